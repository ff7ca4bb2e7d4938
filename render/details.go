package render

import "ehcplan/plan"

// detailsTitle heads the page of the young person's details.
const detailsTitle = "My details and who is involved"

// details prints the details every local authority's template carries:
// the young person's, their parents' and carers', and the professionals
// involved. A missing detail prints as a line to fill in; a copy for a
// provider says which details it leaves out.
func (d *doc) details() {
	d.chapter(detailsTitle, "")
	if d.opt.Redact {
		d.para(span{style{bold: true, size: 11, color: orange}, redactedMark + "."},
			span{stBody, " The address, the family's phone numbers, emails and addresses, the NHS number and the unique pupil number are not in this copy."})
	}
	d.personTable()
	d.contactsTable()
	d.professionalsTable()
}

// personTable is the young person's own details, a label and value a row.
func (d *doc) personTable() {
	ps := d.p.Person
	facts := [][2]string{
		{"Full name", ps.Name},
		{"Likes to be called", ps.PreferredName},
		{"Date of birth", longDate(ps.DateOfBirth, "")},
		{"Year group", d.yearGroupText()},
		{"School or college", ps.Setting},
		{"Home language", ps.HomeLanguage},
		{"How I communicate", ps.Communication},
		{"Sex", ps.Sex},
		{"Ethnicity", ps.Ethnicity},
		{"Home address", d.private(ps.Address)},
		{"NHS number", d.private(ps.NHSNumber)},
		{"Unique pupil number (UPN)", d.private(ps.UPN)},
		{"Looked after by a local authority", yesNo(ps.LookedAfter, "Yes", "No", "Not recorded")},
	}
	if d.overSchoolAge() || ps.OwnDecisions != nil {
		facts = append(facts, [2]string{"Makes their own decisions about this plan",
			yesNo(ps.OwnDecisions, "Yes", "No: their parents or carers make decisions with them", "")})
	}
	rows := make([]row, 0, len(facts))
	for _, f := range facts {
		rows = append(rows, row{cells: [][]span{{{stCellB, f[0]}}, d.valueCell(f[1])}})
	}
	d.bookmark("About me", 1)
	d.drawTable([]column{{"About me", 62}, {"", contentW - 62}}, rows)
}

// contactsTable is the parents and carers, with who holds parental
// responsibility and how to reach them. With none recorded it is a row of
// lines to fill in.
func (d *doc) contactsTable() {
	contacts := d.p.Person.Contacts
	if len(contacts) == 0 {
		contacts = []plan.Contact{{}}
	}
	var rows []row
	for _, c := range contacts {
		who := d.nameCell(c.Name)
		who = append(who, d.detailOrBlank("\nRelationship", c.Relationship)...)
		if c.Main {
			who = append(who, span{stLabel, "\nMain contact"})
		}
		pr := []span{{stCell, "No"}}
		if c.ParentalResponsibility {
			pr = []span{{stCellB, "Yes"}}
		}
		if c == (plan.Contact{}) {
			pr = []span{{stCellI, "_______"}}
		}
		var reach []span
		if d.opt.Redact {
			reach = []span{{stCellI, leftOut}}
		} else {
			reach = details(d.detail("Phone", c.Phone, shortBlank), d.detail("Email", c.Email, shortBlank), d.detail("Address", c.Address, shortBlank))
		}
		rows = append(rows, row{cells: [][]span{who, pr, reach}})
	}
	d.headedTable(stH2, "My parents and carers", 1,
		[]column{{"Name", 55}, {"Parental responsibility", 35}, {"How to reach them", contentW - 90}}, rows)
}

// professionalsTable is the professionals involved (GP, social worker,
// key worker...). Their work contact details stay in a copy for a
// provider, who may need to reach them.
func (d *doc) professionalsTable() {
	pros := d.p.Person.Professionals
	if len(pros) == 0 {
		pros = []plan.Professional{{}}
	}
	var rows []row
	for _, p := range pros {
		name := d.nameCell(p.Name)
		rows = append(rows, row{cells: [][]span{
			name,
			details(d.detail("Role", p.Role, shortBlank), d.detail("Service", p.Service, shortBlank)),
			details(d.detail("Phone", p.Phone, shortBlank), d.detail("Email", p.Email, shortBlank)),
		}})
	}
	d.headedTable(stH2, "Professionals involved", 1,
		[]column{{"Name", 55}, {"Role and service", 55}, {"Phone and email", contentW - 110}}, rows)
}

// valueCell is a clean value, or a line to fill in.
func (d *doc) valueCell(v string) []span {
	if v = d.clean(trimmed(v)); v == "" {
		return []span{{stCellI, blank}}
	}
	if v == leftOut {
		return []span{{stCellI, v}}
	}
	return []span{{stCell, v}}
}

// nameCell is a person's name in bold, or a line to fill in that fits a
// narrow column.
func (d *doc) nameCell(v string) []span {
	if v = d.clean(trimmed(v)); v == "" {
		return []span{{stCellI, shortBlank}}
	}
	return []span{{stCellB, v}}
}

// detailOrBlank is "label: value" in small type, or a line to fill in.
func (d *doc) detailOrBlank(label, v string) []span {
	if v = d.clean(trimmed(v)); v == "" {
		v = shortBlank
	}
	return []span{{stSmall, label + ": " + v}}
}

// private is v, or "Left out of this copy" in a copy for a provider.
func (d *doc) private(v string) string {
	if d.opt.Redact {
		return leftOut
	}
	return v
}

// overSchoolAge reports whether the young person is over compulsory
// school age at the plan's date (from Year 12).
func (d *doc) overSchoolAge() bool {
	day, _ := d.planDate()
	y, ok := yearGroupAt(d.p, day, d.opt.Today)
	return ok && y >= 12
}

// yesNo says a recorded yes or no; ifNil when it is not recorded.
func yesNo(b *bool, yes, no, ifNil string) string {
	switch {
	case b == nil:
		return ifNil
	case *b:
		return yes
	}
	return no
}

// funded reports whether provision in section s names the body that
// agreed and funds it (health and social care: G, H1 and H2).
func funded(s plan.ProvisionSection) bool {
	return s == plan.SectionG || s == plan.SectionH1 || s == plan.SectionH2
}
