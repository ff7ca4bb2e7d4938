package render

import (
	"strings"

	"ehcplan/plan"
)

// buildSections lays out the whole statutory sections in order, A to K:
// every need of Section B together, every piece of Section F provision
// together, and so on, each item with its Preparing for Adulthood area,
// its ID and the IDs it links to. It is for tribunal amendment orders and
// schools' provision maps; the plan itself is set out by area.
func (d *doc) buildSections() {
	d.sectionsFront()
	d.reserveIndex()
	d.details()
	d.sectionA()
	d.needSections()
	d.sectionE()
	d.provisionSections()
	d.sectionI()
	d.sectionJ()
	d.sectionK()
	d.glossaryPage()
	d.finish()
}

// sectionsFront is the first page of the sections view.
func (d *doc) sectionsFront() {
	d.newPage(false)
	d.bookmark("Front page: about this document", 0)
	d.y = 34
	d.para(span{style{bold: true, size: 24, color: accent}, "Education, Health and Care Plan"})
	d.para(span{style{bold: true, size: 16, color: accent}, "The statutory sections A to K in order"})
	d.y += 2
	d.para(span{style{bold: true, size: 20, color: black}, d.who.name})
	if d.draft {
		d.para(span{style{bold: true, size: 13, color: orange}, "DRAFT: this plan has not been agreed yet."})
	}
	if d.opt.Redact {
		d.para(span{style{bold: true, size: 13, color: orange}, redactedMark + "."})
	}
	d.y += 4
	d.factTable()
	d.y += 4
	d.para(span{stNote, "This document sets out the plan's sections in the order the law gives them, " +
		"A to K: every need of Section B together, every piece of Section F provision together, and so on. " +
		"Each item shows its ID, the Preparing for Adulthood area it belongs to and the IDs of the items " +
		"it is linked to. The plan itself, set out by area of life, has the same words."})
}

// sectionItems starts a statutory section and prints its items as one
// table, or "No entries." (and any section note).
func (d *doc) sectionItems(letter, item string, rows []row) {
	title := "Section " + sectionTitle(letter)
	d.heading(stH1, title, letter, 25)
	d.headBookmark(title, 0)
	d.running = running{title: title, letter: letter}
	note := d.clean(trimmed(d.p.SectionNotes[letter]))
	if len(rows) == 0 {
		d.para(span{stBody, orDash(note, "No entries.")})
		return
	}
	d.drawTable([]column{{item + " and its area of life", 98}, {"Details and links", contentW - 98}}, rows)
	if note != "" {
		d.para(span{stBold, "Note: "}, span{stBody, note})
	}
}

// labelledItem is an item's first cell: what it is and its Preparing for
// Adulthood area ("Outcome · Good health"), then its ID and text.
func (d *doc) labelledItem(kind string, a plan.Area, id, text string) []span {
	area := d.clean(orDash(a.Title, d.p.AreaTitle(a.Key)))
	return append([]span{{stLabel, kind + " · " + area + "\n"}}, d.itemCell(id, text)...)
}

// ids lists item IDs for a "links" detail: "O1, O4", or "" for none.
func ids(list []string) string {
	var out []string
	for _, id := range list {
		if id = trimmed(id); id != "" {
			out = append(out, id)
		}
	}
	return strings.Join(out, ", ")
}

// backLinks are, for each item ID, the outcomes and provision that name it.
type backLinks struct{ outcomes, provision map[string][]string }

func (d *doc) backLinks() backLinks {
	b := backLinks{map[string][]string{}, map[string][]string{}}
	for _, a := range d.p.Areas {
		for _, o := range a.Outcomes {
			for _, id := range append(append([]string{o.Aim}, o.Needs...), o.Aspirations...) {
				b.outcomes[id] = append(b.outcomes[id], o.ID)
			}
		}
		for _, pr := range a.Provision {
			for _, id := range append(append([]string(nil), pr.Outcomes...), pr.Needs...) {
				b.provision[id] = append(b.provision[id], pr.ID)
			}
		}
	}
	return b
}

// needSections prints Sections B, C and D, every need of each together.
func (d *doc) needSections() {
	back := d.backLinks()
	for _, letter := range []string{"B", "C", "D"} {
		var rows []row
		for _, a := range d.p.Areas {
			for _, n := range a.Needs {
				if string(n.Section) != letter {
					continue
				}
				cat := d.clean(plan.CategoryName(n.Category))
				if trimmed(n.Category) == "" {
					cat = ""
				}
				rows = append(rows, row{letter: letter, cells: [][]span{
					d.labelledItem("Need", a, n.ID, n.Text), details(
						d.detail("Area of need", cat, "Not stated"),
						d.detail("Outcomes for it", ids(back.outcomes[n.ID]), "None linked"),
						d.detail("Provision for it", ids(back.provision[n.ID]), "None linked")),
				}})
			}
		}
		d.sectionItems(letter, "Need", rows)
	}
}

// sectionE prints every long-term aim and outcome together.
func (d *doc) sectionE() {
	back := d.backLinks()
	var rows []row
	for _, a := range d.p.Areas {
		for _, aim := range a.Aims {
			rows = append(rows, row{letter: "E", cells: [][]span{
				d.labelledItem("Long-term aim", a, aim.ID, aim.Text), details(
					d.detail("By when", byWhen(aim.By), "Not set"),
					d.detail("Outcomes towards it", ids(back.outcomes[aim.ID]), "None linked")),
			}})
		}
		for _, o := range a.Outcomes {
			parts := [][]span{
				d.detail("By when", byWhen(o.By), "Not set"),
				d.detail("How we will know", o.Measure, "Not stated"),
			}
			if trimmed(o.Aim) != "" {
				parts = append(parts, d.detail("Long-term aim", trimmed(o.Aim), ""))
			}
			parts = append(parts,
				d.detail("Aspirations", ids(o.Aspirations), "None linked"),
				d.detail("Needs", ids(o.Needs), "None linked"),
				d.detail("Provision", ids(back.provision[o.ID]), "None linked"))
			rows = append(rows, row{letter: "E", cells: [][]span{
				d.labelledItem("Outcome", a, o.ID, o.Text), details(parts...),
			}})
		}
	}
	d.sectionItems("E", "Outcome", rows)
}

// provisionSections prints Sections F, G, H1 and H2, every piece of
// provision of each together.
func (d *doc) provisionSections() {
	for _, letter := range []string{"F", "G", "H1", "H2"} {
		var rows []row
		for _, a := range d.p.Areas {
			for _, pr := range a.Provision {
				if string(pr.Section) != letter {
					continue
				}
				parts := [][]span{
					d.detail("Who", pr.Who, "Not stated"),
					d.detail("How often", pr.HowOften, "Not stated"),
					d.detail("For how long", pr.Duration, "Not stated"),
				}
				if letter != "F" {
					parts = append(parts, d.detail("Agreed and funded by", pr.Commissioner, shortBlank))
				}
				parts = append(parts,
					d.detail("For outcomes", ids(pr.Outcomes), "None linked"),
					d.detail("Meets needs", ids(pr.Needs), "None linked"))
				rows = append(rows, row{letter: letter, cells: [][]span{
					d.labelledItem("Provision", a, pr.ID, pr.Text), details(parts...),
				}})
			}
		}
		d.sectionItems(letter, "Provision", rows)
	}
}
