package render

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// who names the young person on every page: their name, then ", born 2
// November 2010". A long name is shortened to fit; the date of birth never is.
type who struct {
	name, born string
}

// personLine is the young person's name and date of birth, for every page.
func (d *doc) personLine() who {
	name := d.clean(trimmed(d.p.Person.Name))
	if name == "" {
		name = "Name not recorded"
	}
	if dob := d.p.Person.DateOfBirth; !dob.IsZero() {
		return who{name, ", born " + dob.Long()}
	}
	return who{name, ", date of birth not recorded"}
}

// minName is the fewest characters of a name (its "…" included) that the
// footer keeps before it leaves out the date printed.
const minName = 16

// runGap is the least space between two texts that share a running line.
const runGap = 5.0

// pageHeader runs as each page starts: the DRAFT mark goes underneath
// everything, then the name line.
func (d *doc) pageHeader() {
	d.cur = style{}
	if d.draft && !d.inNotice && d.kind() != KindCheck && !d.kind().forYoungPerson() {
		d.draftMark()
	}
	right := d.headerRight()
	rightW := d.fonts.width("", stSmall.size, right)
	left := d.fitName(stSmallB, d.who.name, d.who.born, contentW-rightW-runGap)
	d.write(marginX, headerY, stSmallB, left)
	d.write(pageW-marginX-rightW, headerY, stSmall, right)
	d.rule(headerY+stSmall.lineHeight()+1, lightGrey)
}

// headerRight is the right of the name line: what the document is.
func (d *doc) headerRight() string {
	right := fmt.Sprintf("EHC plan, version %d", d.p.Version)
	switch d.kind() {
	case KindSections:
		right = fmt.Sprintf("EHC plan sections A to K, version %d", d.p.Version)
	case KindCheck:
		right = fmt.Sprintf("Check report on version %d", d.p.Version)
	case KindProfile, KindEasyRead:
		return youngPersonTitles[d.kind()] // says in words whether it is finished
	}
	if d.draft && d.kind() != KindCheck {
		right += " – DRAFT"
	}
	if d.kind() == KindCheck && !d.opt.Redact {
		right += " – for the caseworker"
	}
	if d.opt.Redact {
		right += " – copy for a provider"
	}
	return right
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
// once the page count is known. The left part makes room for the widest
// page number ("Page M of M"), so every page's footer says the same.
func (d *doc) pageFooter(n, total int) {
	d.rule(footerY-2, lightGrey)
	right := fmt.Sprintf("Page %d of %d", n, total)
	room := contentW - d.fonts.width("B", stSmallB.size, fmt.Sprintf("Page %d of %d", total, total)) - runGap
	rest := d.who.born + fmt.Sprintf(" · version %d", d.p.Version)
	left := d.fitName(stSmall, d.who.name, rest, room)
	if !d.opt.Today.IsZero() {
		// The date printed goes when it would leave too little of the name.
		printed := rest + " · printed " + d.opt.Today.Long()
		l := d.fitName(stSmall, d.who.name, printed, room)
		if l == d.who.name+printed || utf8.RuneCountInString(l) >= utf8.RuneCountInString(printed)+minName {
			left = l
		}
	}
	d.write(marginX, footerY, stSmall, left)
	d.write(pageW-marginX-d.fonts.width("B", stSmallB.size, right), footerY, stSmallB, right)
}

// fits reports whether s set in st is at most w millimetres wide.
func (d *doc) fits(st style, s string, w float64) bool {
	return d.fonts.width(st.fontStyle(), st.size, s) <= w
}

// fitName is name followed by rest, the name cut short (ending in "…") so
// the whole is at most w millimetres wide in st. rest is never cut. (Used
// for the running lines: the name line, the footer, continuation heads.)
func (d *doc) fitName(st style, name, rest string, w float64) string {
	if d.fits(st, name+rest, w) {
		return name + rest
	}
	room := w - d.fonts.width(st.fontStyle(), st.size, "…"+rest)
	used, cut := 0.0, 0
	for i, r := range name {
		used += d.fonts.width(st.fontStyle(), st.size, string(r))
		if used > room {
			break
		}
		cut = i + utf8.RuneLen(r)
	}
	return strings.TrimRight(name[:cut], " ,;:.–-") + "…" + rest
}
