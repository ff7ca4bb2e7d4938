package render

import "fmt"

// frontPage prints the title, who the plan is for and its key facts.
func (d *doc) frontPage() {
	d.newPage(false)
	d.bookmark("Front page: about this plan", 0)
	d.y = 34
	d.para(span{style{bold: true, size: 24, color: accent}, "Education, Health and Care Plan"})
	d.y += 2
	name := d.clean(trimmed(d.p.Person.Name))
	if name == "" {
		name = "Name not recorded"
	}
	d.para(span{style{bold: true, size: 20, color: black}, name})
	if pn := d.clean(trimmed(d.p.Person.PreferredName)); pn != "" && pn != name {
		d.para(span{stBody, "Likes to be called "}, span{stBold, pn})
	}
	if d.draft {
		d.para(span{style{bold: true, size: 13, color: orange}, "DRAFT: this plan has not been agreed yet. Section I (placement) is left blank until the final plan."})
	}
	if d.opt.Redact {
		d.para(span{style{bold: true, size: 13, color: orange}, redactedMark + "."})
	}
	d.y += 4
	d.factTable()
	d.y += 4
	d.para(span{stNote, "This plan is set out around the four Preparing for Adulthood areas. " +
		"Every need, outcome and piece of provision shows its statutory section letter (A to K), " +
		"so you can find everything the law requires. " + d.indexWhere() + " lists the pages each section is on."})
}

// factTable prints the plan's key facts as label and value rows.
func (d *doc) factTable() {
	p := d.p
	year := orDash(d.yearGroupText(), "Not known")
	facts := [][2]string{
		{"Date of birth", longDate(p.Person.DateOfBirth, "Not recorded")},
		{"Year group", year},
		{"School or college", orDash(p.Person.Setting, "Not recorded")},
		{"Local authority", orDash(p.LocalAuthority, "Not recorded")},
		{"Caseworker", orDash(p.Caseworker, "Not recorded")},
		{"Status", statusName(p.Status)},
		{"Plan version", fmt.Sprint(p.Version)},
		{"Date issued", longDate(p.Dates.Issued, "Not yet")},
		{"Last review", longDate(p.Dates.LastReview, "Not yet")},
		{"Next review due", longDate(p.Dates.NextReview, "Not yet")},
	}
	var rows []row
	for _, f := range facts {
		st := stCell
		if f[1] == "Not yet" || f[1] == "Not recorded" || f[1] == "Not known" {
			st = stCellI
		}
		rows = append(rows, row{cells: [][]span{{{stCellB, f[0]}}, {{st, d.clean(f[1])}}}})
	}
	d.drawTable([]column{{"About this plan", 55}, {"", contentW - 55}}, rows)
}

// indexWhere says where the index is: the notice to the family, when
// there is one, comes first.
func (d *doc) indexWhere() string {
	if d.opt.Notice != nil {
		return "The page after the notice to the family"
	}
	return "The next page"
}

func orDash(s, ifEmpty string) string {
	if trimmed(s) == "" {
		return ifEmpty
	}
	return s
}
