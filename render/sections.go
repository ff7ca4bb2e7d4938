package render

import (
	"ehcplan/plan"
)

// sectionI prints the placement; a draft leaves it blank by law.
func (d *doc) sectionI() {
	d.chapter("Section I – Placement: school or college", "I")
	pl := d.p.Placement
	switch {
	case d.draft:
		d.para(span{stBody, "This section is left blank in a draft plan. The school or college will be named in the final plan, after you have had the chance to say which you would like."})
	case trimmed(pl.Name) == "" && trimmed(pl.Type) == "":
		d.sectionNote("I", "No school or college is named yet.")
	default:
		d.labelled("School or college", pl.Name, "Not named")
		d.labelled("Type of school or college", pl.Type, "Not stated")
		if note := trimmed(d.p.SectionNotes["I"]); note != "" {
			d.text(note, "")
		}
	}
}

// sectionJ prints the personal budget.
func (d *doc) sectionJ() {
	pb := d.p.PersonalBudget
	d.heading(stH1, "Section J – Personal budget", "J", 20)
	d.headBookmark("Section J – Personal budget", 0)
	d.running = running{title: "Section J – Personal budget", letter: "J"}
	d.labelled("How the budget is held", arrangementName(pb.Arrangement), "")
	none := pb.Arrangement == "" || pb.Arrangement == plan.ArrangementNone
	if !none || pb.AmountGBP != 0 {
		d.labelled("Amount", money(pb.AmountGBP)+" a year", "")
	}
	if len(pb.Provision) > 0 {
		d.para(span{stBold, "The budget pays for:"})
		d.para(span{stBody, d.refs(pb.Provision)})
	} else if !none {
		d.para(span{stNote, "No provision is linked to the budget."})
	}
	if notes := trimmed(pb.Notes); notes != "" {
		d.labelled("Notes", notes, "")
	}
	if note := trimmed(d.p.SectionNotes["J"]); note != "" {
		d.text(note, "")
	}
}

// sectionK lists the advice and information the plan draws on.
func (d *doc) sectionK() {
	d.heading(stH1, "Section K – Advice and information", "K", 25)
	d.headBookmark("Section K – Advice and information", 0)
	d.running = running{title: "Section K – Advice and information", letter: "K"}
	if len(d.p.Advice) == 0 {
		d.sectionNote("K", "No entries.")
		return
	}
	d.para(span{stBody, "This plan was written using the following advice and information."})
	var rows []row
	for _, a := range d.p.Advice {
		by := d.clean(trimmed(a.Author))
		if role := d.clean(trimmed(a.Role)); role != "" {
			by += "\n" + role
		}
		date := span{stCell, a.Date.Long()}
		if a.Date.IsZero() {
			date = span{stCellI, "Not recorded"}
		}
		rows = append(rows, row{letter: "K", fill: &noteFill, cells: [][]span{
			sectionCell("K", "Advice"),
			{{stCell, d.clean(orDash(a.Title, "Untitled advice"))}},
			{{stCell, orDash(by, "Not recorded")}},
			{date},
		}})
	}
	d.drawTable([]column{{"Section", 27}, {"Advice", 63}, {"Given by", 50}, {"Date", contentW - 140}}, rows)
	if note := trimmed(d.p.SectionNotes["K"]); note != "" {
		d.text(note, "")
	}
}
