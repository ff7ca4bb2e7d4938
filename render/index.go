package render

import "ehcplan/plan"

// reserveIndex starts the "Where to find each section" page. Its table is
// filled in by fillIndex once every page is laid out, so it is always true.
func (d *doc) reserveIndex() {
	d.chapter("Where to find each section", "")
	intro := "The law says an EHC plan has sections A to K. This plan is organised around " +
		"the young person's life, so a section can appear in several places. This table shows " +
		"the pages where each section is."
	if d.kind() == KindSections {
		intro = "The law says an EHC plan has sections A to K. This document sets them out in that " +
			"order. This table shows the pages where each section is."
	}
	d.para(span{stBody, intro})
	d.y += 2
	d.indexAt = spot{d.pdf.PageNo(), d.y}
}

// fillIndex draws the index table on the reserved page.
func (d *doc) fillIndex() {
	if d.indexAt.page == 0 {
		return // the check report has no index
	}
	d.pdf.SetPage(d.indexAt.page)
	d.cur = style{}
	d.y = d.indexAt.y
	t := d.newTable([]column{{"Section", 110}, {"Pages", contentW - 110}})
	d.table = t
	t.drawHeader(d)
	for _, letter := range plan.StatutorySections {
		pages := d.marks[letter]
		where := span{stCell, pageList(pages)}
		if len(pages) == 0 {
			where = span{stCellI, "Not in this plan"}
		}
		r := row{cells: [][]span{{{stCellB, "Section " + letter}, {stCell, " – " + sectionNames[letter]}}, {where}}}
		cells := [][]line{d.wrap(110-2*padX, r.cells[0]...), d.wrap(contentW-110-2*padX, r.cells[1]...)}
		h := tallest(cells) + 2*padY
		d.linkTo(letter, h)
		d.drawRow(r, cells, h)
	}
	d.table = nil
}

// linkTo makes the next h millimetres of the index a link to where the
// section first appears.
func (d *doc) linkTo(letter string, h float64) {
	at, ok := d.first[letter]
	if !ok {
		return
	}
	link := d.pdf.AddLink()
	d.pdf.SetLink(link, at.y, at.page)
	d.pdf.Link(marginX, d.y, contentW, h, link)
}

// sectionBookmarks adds an outline entry for each statutory section,
// pointing at its first appearance.
func (d *doc) sectionBookmarks() {
	if d.indexAt.page == 0 {
		return
	}
	d.pdf.SetPage(d.indexAt.page)
	d.cur = style{}
	d.y = bodyTop
	d.bookmark("Statutory sections A to K", 0)
	for _, letter := range plan.StatutorySections {
		at, ok := d.first[letter]
		if !ok {
			continue
		}
		d.pdf.SetPage(at.page)
		d.y = at.y
		d.bookmark("Section "+sectionTitle(letter), 1)
	}
}
