package render

import "slices"

// column is one table column.
type column struct {
	title string
	w     float64
}

// table is a table being drawn. Its header repeats after a page break and
// a row taller than a page is split with "continued" markers, never cut.
// Header titles wrap within their column; the header is as tall as its
// tallest title.
type table struct {
	cols  []column
	head  [][]line // each column's title, wrapped to the column
	headH float64
}

// row is one table row. Cells hold clean spans. letter, if set, is the
// statutory section the row belongs to (its first cell says "Section X");
// fill tints the first cell.
type row struct {
	cells  [][]span
	letter string
	fill   *rgb
	cont   []span   // first cell on a continuation; default: first cell + "(continued)"
	id     string   // the item the row prints, if any: links to it name its page
	lines  [][]line // the cells laid out, once (see layRow)
}

const (
	maxParts = 10000 // a row split into more parts than this is a bug
	padX     = 2.0
	padY     = 1.6
)

var stCont = style{size: 8.5, color: grey}

// minPart is the least of a split row left at the foot of a page.
var minPart = 3*stCell.lineHeight() + stCont.lineHeight() + 2*padY

// newTable lays out the header of a table with columns cols.
func (d *doc) newTable(cols []column) *table {
	t := &table{cols: cols, head: make([][]line, len(cols))}
	for i, c := range cols {
		t.head[i] = d.wrap(c.w-2*padX, span{stCellB, c.title})
	}
	t.headH = max(tallest(t.head), stCellB.lineHeight()) + 2*padY
	return t
}

// drawTable draws a table, its header kept with the start of its first row.
func (d *doc) drawTable(cols []column, rows []row) {
	d.placeTable(d.newTable(cols), rows)
}

func (d *doc) placeTable(t *table, rows []row) {
	if len(rows) > 0 && !d.room(t.headerHeight()+d.firstPart(t, &rows[0])) {
		d.newPage(true)
	}
	t.drawHeader(d)
	d.table = t
	for i := range rows {
		d.addRow(&rows[i])
	}
	d.table = nil
	d.y += 4
}

// headedTable draws a heading (with a bookmark when level >= 0) kept with
// the table's header and the start of its first row.
func (d *doc) headedTable(st style, title string, level int, cols []column, rows []row) {
	t := d.newTable(cols)
	keep := t.headerHeight() + 12
	if len(rows) > 0 {
		keep = t.headerHeight() + d.firstPart(t, &rows[0])
	}
	d.heading(st, title, "", keep)
	if level >= 0 {
		d.headBookmark(title, level)
	}
	d.placeTable(t, rows)
}

// layRow wraps each cell of r to its column, once.
func (d *doc) layRow(t *table, r *row) [][]line {
	if r.lines == nil {
		r.lines = make([][]line, len(t.cols))
		for i, c := range t.cols {
			if i < len(r.cells) {
				r.lines[i] = d.wrap(c.w-2*padX, r.cells[i]...)
			}
		}
	}
	return r.lines
}

// firstPart is the height of a row, or of the smallest part of it that
// may stand at the foot of a page when the row is split.
func (d *doc) firstPart(t *table, r *row) float64 {
	if h := tallest(d.layRow(t, r)) + 2*padY; h <= t.freshRoom() {
		return h // addRow keeps such a row whole
	}
	return minPart
}

// freshRoom is the height a row has on a new continuation page.
func (t *table) freshRoom() float64 {
	return bodyBottom - bodyTop - t.headerHeight() - stRunHead.lineHeight() - 2
}

func (t *table) headerHeight() float64 { return t.headH }

func (t *table) drawHeader(d *doc) {
	h := t.headerHeight()
	d.setFill(headFill)
	d.pdf.Rect(marginX, d.y, contentW, h, "F")
	x := marginX
	for i, c := range t.cols {
		y := d.y + padY
		for _, l := range t.head[i] {
			d.drawLine(x+padX, y, l)
			y += l.h
		}
		x += c.w
	}
	d.y += h
}

// addRow draws r in the current table.
func (d *doc) addRow(r *row) {
	t := d.table
	cells := slices.Clone(d.layRow(t, r)) // parts replace cells; keep r.lines whole
	h := tallest(cells) + 2*padY
	if !d.room(h) && h <= t.freshRoom() {
		d.newPage(true)
	}
	for part := 0; ; part++ {
		if part > 0 && (r.letter != "" || r.cont != nil) {
			cells[0] = d.wrap(t.cols[0].w-2*padX, r.contSpans()...)
		}
		if part > maxParts {
			panic("table row never fits a page")
		}
		if d.room(tallest(cells) + 2*padY) {
			d.drawRow(*r, cells, tallest(cells)+2*padY)
			return
		}
		if !d.room(minPart) {
			d.newPage(true)
			continue
		}
		cells = d.drawPart(*r, cells)
		d.newPage(true)
	}
}

// contSpans is the first cell of a continuation.
func (r row) contSpans() []span {
	if r.cont != nil {
		return r.cont
	}
	out := append([]span(nil), r.cells[0]...)
	return append(out, span{stCont, "\n(continued)"})
}

// drawPart draws as much of a row as fits, a "continued" note under it, and
// returns the lines still to print.
func (d *doc) drawPart(r row, cells [][]line) [][]line {
	avail := bodyBottom - d.y - 2*padY - stCont.lineHeight()
	now := make([][]line, len(cells))
	rest := make([][]line, len(cells))
	for i, lines := range cells {
		n, used := 0, 0.0
		for n < len(lines) && used+lines[n].h <= avail {
			used += lines[n].h
			n++
		}
		now[i], rest[i] = lines[:n:n], lines[n:] // capped: appending must not overwrite rest
	}
	// The note goes under the column that carries on the most.
	longest := len(cells) - 1
	for i := range rest {
		if height(rest[i]) > height(rest[longest]) {
			longest = i
		}
	}
	note := line{segs: []seg{{st: stCont, text: "continued on the next page"}}, h: stCont.lineHeight()}
	now[longest] = append(now[longest], note)
	d.drawRow(r, now, bodyBottom-d.y)
	return rest
}

// drawRow draws one row (or part of one) h millimetres high.
func (d *doc) drawRow(r row, cells [][]line, h float64) {
	t := d.table
	if r.fill != nil {
		d.setFill(*r.fill)
		d.pdf.Rect(marginX, d.y, t.cols[0].w, h, "F")
	}
	d.mark(r.letter)
	if _, seen := d.itemAt[r.id]; r.id != "" && !seen {
		d.itemAt[r.id] = d.pdf.PageNo()
	}
	x := marginX
	for i, c := range t.cols {
		y := d.y + padY
		for _, l := range cells[i] {
			d.drawLine(x+padX, y, l)
			y += l.h
		}
		x += c.w
	}
	d.y += h
	d.rule(d.y, lightGrey)
}

func tallest(cells [][]line) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, height(c))
	}
	return h
}
