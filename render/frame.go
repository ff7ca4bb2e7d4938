package render

import "fmt"

// personLine is the young person's name and date of birth, for every page.
func (d *doc) personLine() string {
	name := d.clean(trimmed(d.p.Person.Name))
	if name == "" {
		name = "Name not recorded"
	}
	if dob := d.p.Person.DateOfBirth; !dob.IsZero() {
		return name + ", born " + dob.Long()
	}
	return name + ", date of birth not recorded"
}

// pageHeader runs as each page starts: the DRAFT mark goes underneath
// everything, then the name line.
func (d *doc) pageHeader() {
	d.cur = style{}
	if d.draft {
		d.draftMark()
	}
	d.write(marginX, headerY, stSmallB, shorten(d.who, 70))
	right := fmt.Sprintf("EHC plan, version %d", d.p.Version)
	if d.draft {
		right += " – DRAFT"
	}
	d.write(pageW-marginX-d.fonts.width("", stSmall.size, right), headerY, stSmall, right)
	d.rule(headerY+stSmall.lineHeight()+1, lightGrey)
}

// draftMark prints a large light grey diagonal DRAFT across the page.
func (d *doc) draftMark() {
	const size = 110.0
	st := style{bold: true, size: size, color: draftGrey}
	w := d.fonts.width("B", size, "DRAFT")
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(55, pageW/2, pageH/2)
	d.setStyle(st)
	d.pdf.Text(pageW/2-w/2, pageH/2+size*ptToMM*0.35, "DRAFT")
	d.pdf.TransformEnd()
}

// pageFooter prints "Page N of M" and who the plan is for; it is drawn
// once the page count is known.
func (d *doc) pageFooter(n, total int) {
	d.rule(footerY-2, lightGrey)
	left := shorten(d.who, 60) + fmt.Sprintf(" · version %d", d.p.Version)
	if !d.opt.Today.IsZero() {
		left += " · printed " + d.opt.Today.Long()
	}
	d.write(marginX, footerY, stSmall, left)
	right := fmt.Sprintf("Page %d of %d", n, total)
	d.write(pageW-marginX-d.fonts.width("B", stSmallB.size, right), footerY, stSmallB, right)
}
