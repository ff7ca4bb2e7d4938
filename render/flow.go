package render

// flow prints lines from the current position, starting continuation pages
// as needed. It keeps at least two lines of a paragraph together at the
// foot of a page (no orphans).
func (d *doc) flow(x float64, lines []line) {
	if len(lines) > 1 {
		d.need(lines[0].h + lines[1].h)
	}
	for _, l := range lines {
		d.need(l.h)
		d.drawLine(x, d.y, l)
		d.y += l.h
	}
}

// para prints spans wrapped to the text column, then a small gap.
func (d *doc) para(spans ...span) {
	d.flow(marginX, d.wrap(contentW, spans...))
	d.y += 2
}

// text prints plan text in body style, or a grey note when it is empty.
func (d *doc) text(s, ifEmpty string) {
	if s = d.clean(s); trimmed(s) == "" {
		d.para(span{stNote, ifEmpty})
		return
	}
	d.para(span{stBody, s})
}

// labelled prints "Label: value" with the label in bold.
func (d *doc) labelled(label, value, ifEmpty string) {
	value = d.clean(value)
	if trimmed(value) == "" {
		d.para(span{stBold, label + ": "}, span{stNote, ifEmpty})
		return
	}
	d.para(span{stBold, label + ": "}, span{stBody, value})
}

// heading prints a heading kept with the start of what follows it. A new
// block starts: continuation pages will name it.
func (d *doc) heading(st style, title, letter string, keep float64) {
	lines := d.wrap(contentW, span{st, d.clean(title)})
	gap := st.lineHeight() * 0.5
	if d.y > bodyTop+1 {
		d.y += gap
	}
	after := gap * 0.6 // the space below the heading, before what it is kept with
	if !d.room(min(height(lines), bodyBottom-bodyTop-keep) + after + keep) {
		// A heading that starts a statutory section starts a new block;
		// any other heading carries on the block (and section) in
		// progress, so the new page says what it continues.
		d.newPage(letter == "")
	}
	d.mark(letter)
	d.headAt = d.y
	d.flow(marginX, lines)
	d.y += after
}

// chapter starts a new page with a top-level heading and bookmark.
func (d *doc) chapter(title, letter string) { d.chapterIn(stH1, title, letter) }

// chapterIn is chapter with its heading set in st.
func (d *doc) chapterIn(st style, title, letter string) {
	d.running = running{}
	d.newPage(false)
	d.bookmark(title, 0)
	d.running = running{title: shorten(d.clean(title), 90), letter: letter}
	d.heading(st, title, letter, 20)
	d.rule(d.y, accent)
	d.y += 3
}

// headBookmark adds an outline entry pointing at the last heading.
func (d *doc) headBookmark(title string, level int) {
	y := d.y
	d.y = d.headAt
	d.bookmark(title, level)
	d.y = y
}
