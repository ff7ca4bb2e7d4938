package render

import (
	"fmt"

	"ehcplan/plan"
)

// Column sets of the area tables: section, item, details.
func itemCols(item, more string) []column {
	return []column{{"Section", 26}, {item, 70}, {more, contentW - 26 - 70}}
}

// Tints of the section cells, by what the item is.
var (
	needFill      = rgb{234, 241, 250}
	outcomeFill   = rgb{234, 246, 236}
	provisionFill = rgb{252, 243, 228}
)

// area prints one Preparing for Adulthood area as a chapter.
func (d *doc) area(i int) {
	a := d.p.Areas[i]
	title := orDash(a.Title, d.p.AreaTitle(a.Key))
	d.chapter(title, "")
	d.para(span{stSmall, fmt.Sprintf("Preparing for adulthood area %d of %d", i+1, len(d.p.Areas))})
	if note := d.clean(trimmed(a.Note)); note != "" {
		d.para(span{stBody, note})
	}
	d.areaAspirations(a.Key)
	d.needs(a)
	d.aims(a)
	d.outcomes(a)
	d.provision(a)
}

// areaAspirations reminds the reader what the young person wants here.
func (d *doc) areaAspirations(key string) {
	var spans []span
	for _, asp := range d.p.SectionA.Aspirations {
		if asp.Area == key {
			spans = append(spans, span{stCellB, "\n" + d.clean(asp.ID) + "  "}, span{stCell, d.clean(asp.Text)})
		}
	}
	if len(spans) == 0 {
		return
	}
	lines := d.wrap(contentW-8, append([]span{{stLabel, "What I want in this area (my aspirations, from Section A)"}}, spans...)...)
	h := height(lines) + 5
	d.need(min(h, 40))
	if d.room(h) {
		d.setFill(noteFill)
		d.pdf.Rect(marginX, d.y, contentW, h, "F")
	}
	d.y += 2.5
	d.flow(marginX+4, lines)
	d.y += 5
}

// itemTable prints an area's list of items under a heading, or a note
// when the list is empty.
func (d *doc) itemTable(title string, cols []column, rows []row, ifEmpty string) {
	if len(rows) == 0 {
		d.heading(stH2, title, "", 12)
		d.headBookmark(title, 1)
		d.para(span{stNote, ifEmpty})
		return
	}
	d.headedTable(stH2, title, 1, cols, rows)
}

// itemCell is an item's ID in bold followed by its text.
func (d *doc) itemCell(id, text string) []span {
	return []span{{stCellB, d.clean(id) + "  "}, {stCell, d.clean(text)}}
}

func (d *doc) needs(a plan.Area) {
	var rows []row
	for _, n := range a.Needs {
		letter := string(n.Section)
		cat := span{stCell, d.clean(plan.CategoryName(n.Category))}
		if trimmed(n.Category) == "" {
			cat = span{stCellI, "Not stated"}
		}
		rows = append(rows, row{id: n.ID, letter: letter, fill: &needFill, cells: [][]span{
			sectionCell(letter, itemKinds[letter]), d.itemCell(n.ID, n.Text), {cat},
		}})
	}
	d.itemTable("Needs (Sections B, C and D)", itemCols("What the need is", "Area of need"), rows,
		"No needs are recorded in this area.")
}

func (d *doc) aims(a plan.Area) {
	var rows []row
	for _, aim := range a.Aims {
		rows = append(rows, row{id: aim.ID, letter: "E", fill: &outcomeFill, cells: [][]span{
			sectionCell("E", "Long-term aim"), d.itemCell(aim.ID, aim.Text),
			d.detail("By when", byWhen(aim.By), "Not set"),
		}})
	}
	if len(rows) > 0 { // long-term aims are optional
		d.itemTable("Long-term aims (Section E)", itemCols("Long-term aim", "By when"), rows, "")
	}
}

func (d *doc) outcomes(a plan.Area) {
	var rows []row
	for _, o := range a.Outcomes {
		parts := [][]span{
			d.detail("By when", byWhen(o.By), "Not set"),
			d.detail("How we will know", o.Measure, "Not stated"),
		}
		if trimmed(o.Aim) != "" {
			parts = append(parts, d.detail("Long-term aim", d.refs([]string{o.Aim}), ""))
		}
		parts = append(parts,
			d.detail("Helps with my aspirations", d.refs(o.Aspirations), "None linked"),
			d.detail("Meets needs", d.refs(o.Needs), "None linked"))
		rows = append(rows, row{id: o.ID, letter: "E", fill: &outcomeFill, cells: [][]span{
			sectionCell("E", "Outcome"), d.itemCell(o.ID, o.Text), details(parts...),
		}})
	}
	d.itemTable("Outcomes (Section E)", itemCols("What we want to achieve", "How and when"), rows,
		"No outcomes are recorded in this area.")
}

func (d *doc) provision(a plan.Area) {
	var rows []row
	for _, pr := range a.Provision {
		letter := string(pr.Section)
		parts := [][]span{
			d.detail("Who", pr.Who, "Not stated"),
			d.detail("How often", pr.HowOften, "Not stated"),
			d.detail("For how long", pr.Duration, "Not stated"),
			d.detail("For outcomes", d.refs(pr.Outcomes), "None linked"),
		}
		if len(pr.Needs) > 0 {
			parts = append(parts, d.detail("Meets needs", d.refs(pr.Needs), ""))
		}
		if funded(pr.Section) {
			parts = append(parts, d.detail("Agreed and funded by", pr.Commissioner, "Not stated"))
		}
		rows = append(rows, row{id: pr.ID, letter: letter, fill: &provisionFill, cells: [][]span{
			sectionCell(letter, itemKinds[letter]), d.itemCell(pr.ID, pr.Text), details(parts...),
		}})
	}
	d.itemTable("Provision (Sections F, G, H1 and H2)", itemCols("What will be provided", "Who, how often, how long"), rows,
		"No provision is recorded in this area.")
}
