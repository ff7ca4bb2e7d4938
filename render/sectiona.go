package render

// sectionA prints the young person's own headings, aspirations, how they
// communicate and took part, and their family's views.
func (d *doc) sectionA() {
	a := d.p.SectionA
	d.chapter("Section A – About me: my views, interests and aspirations", "A")
	for _, h := range a.Headings {
		title := orDash(h.Title, "(A heading with no title)")
		d.heading(stH3, title, "", 12)
		d.text(h.Text, "Not written yet.")
	}
	if story := trimmed(a.History); story != "" {
		d.heading(stH3, "My story so far", "", 12)
		d.text(story, "")
	}
	d.aspirations()
	d.heading(stH3, "How I communicate", "", 12)
	if lang := d.clean(trimmed(d.p.Person.HomeLanguage)); lang != "" {
		d.para(span{stBold, "Home language: "}, span{stBody, lang})
	}
	d.text(d.p.Person.Communication, "Not written yet.")
	d.heading(stH3, "How I took part in making this plan", "", 12)
	d.text(a.HowInvolved, "Not written yet.")
	d.heading(stH3, "What my family thinks", "", 12)
	d.text(a.FamilyViews, "Not written yet.")
}

// aspirations prints the numbered aspirations with their PfA area.
func (d *doc) aspirations() {
	const title = "My aspirations: what I want for my life"
	if len(d.p.SectionA.Aspirations) == 0 {
		d.heading(stH3, title, "", 12)
		d.para(span{stNote, "No aspirations written yet."})
		return
	}
	var rows []row
	for _, asp := range d.p.SectionA.Aspirations {
		rows = append(rows, row{
			id:     asp.ID,
			letter: "A",
			fill:   &noteFill,
			cells: [][]span{
				sectionCell("A", "Aspiration"),
				d.itemCell(asp.ID, asp.Text),
				{{stCell, d.clean(d.p.AreaTitle(asp.Area))}},
			},
		})
	}
	d.headedTable(stH3, title, -1, []column{{"Section", 27}, {"Aspiration", 103}, {"Area of life", 40}}, rows)
}

// sectionCell is the first cell of an item's row: "Section B" and what
// kind of item it is.
func sectionCell(letter, kind string) []span {
	return []span{{stCellB, "Section " + letter}, {stSmall, "\n" + kind}}
}
