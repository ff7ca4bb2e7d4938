package render

import (
	"slices"
	"strings"

	"ehcplan/plan"
)

// The thread map draws three columns of boxes joined by lines.
const (
	mapColW   = 50.0
	mapGap    = (contentW - 3*mapColW) / 2
	mapBoxGap = 4.0
	mapPad    = 1.8
	mapLines  = 5 // most lines of item text in a box
)

var (
	stBox     = style{size: 9, color: black}
	stBoxB    = style{bold: true, size: 9, color: black}
	stBoxWarn = style{size: 8.5, color: orange}
	stBoxNote = style{size: 8, color: grey}
)

// mapBox is one item on the map.
type mapBox struct {
	id       string
	lines    []line
	h        float64
	unlinked string   // why the item is not linked, or ""
	links    []string // IDs in the next column it leads to
	off      []line   // "→ O7 on another page", when a link could not be drawn
	page     int      // which page of the area's map it is on (0-based)
	y        float64
}

// threadMaps prints the golden thread appendix: a page per area.
func (d *doc) threadMaps() {
	d.chapter("Appendix: the golden thread", "")
	d.para(span{stBody, "These maps show how each aspiration leads to outcomes, and each outcome to the provision " +
		"that will help achieve it. A line joins two boxes that are linked. A box with an "},
		span{style{bold: true, size: 11, color: orange}, "orange border"},
		span{stBody, " is not linked as it should be; the words in it say what is missing."})
	for i, a := range d.p.Areas {
		if i > 0 || d.y > bodyBottom-120 {
			d.running = running{title: "Appendix: the golden thread"}
			d.newPage(false)
		}
		d.areaMap(a)
	}
}

// areaMap draws one area's map, over several pages when it is long.
func (d *doc) areaMap(a plan.Area) {
	title := orDash(a.Title, d.p.AreaTitle(a.Key))
	d.heading(stH2, d.clean(title), "", 40)
	d.headBookmark("Map: "+title, 1)
	cols := [3][]*mapBox{d.aspirationBoxes(a), d.outcomeBoxes(a), d.provisionBoxes(a)}
	if len(cols[0])+len(cols[1])+len(cols[2]) == 0 {
		d.para(span{stNote, "Nothing is recorded in this area yet."})
		return
	}
	pages := d.paginate(cols)
	if pages > 0 && d.noteOffPage(cols) {
		pages = d.paginate(cols) // the notes made some boxes taller
		d.noteOffPage(cols)
	}
	onPage := byPage(cols, pages)
	for pg := 0; pg <= pages; pg++ {
		if pg > 0 {
			d.newPage(true)
		}
		d.drawMapPage(onPage[pg])
	}
}

// mapPage is what one page of an area's map shows: each column's boxes,
// and the links between boxes that are both on the page.
type mapPage struct {
	cols  [3][]*mapBox
	links []mapLink
}

// mapLink joins a box in column col to one in column col+1.
type mapLink struct {
	col      int
	from, to *mapBox
}

// byPage sorts the boxes and their links onto the map's pages, in one
// pass over them (looking up every box for every page made long plans
// quadratic).
func byPage(cols [3][]*mapBox, last int) []mapPage {
	pages := make([]mapPage, last+1)
	for c := range cols {
		for _, b := range cols[c] {
			pages[b.page].cols[c] = append(pages[b.page].cols[c], b)
		}
	}
	for c := 0; c < 2; c++ {
		next := make(map[string]*mapBox, len(cols[c+1]))
		for _, b := range cols[c+1] {
			next[b.id] = b
		}
		for _, b := range cols[c] {
			for _, id := range b.links {
				if to, ok := next[id]; ok && to.page == b.page {
					pages[b.page].links = append(pages[b.page].links, mapLink{c, b, to})
				}
			}
		}
	}
	return pages
}

// paginate gives each box a page and a y; it returns the last page index.
func (d *doc) paginate(cols [3][]*mapBox) int {
	top := d.y + stSmallB.lineHeight() + 3
	last := 0
	for _, col := range cols {
		page, y := 0, top
		for _, b := range col {
			if y+b.h > bodyBottom && y > top {
				page++
				y = bodyTop + stRunHead.lineHeight() + 2 + stSmallB.lineHeight() + 3
				top = min(top, y)
			}
			b.page, b.y = page, y
			y += b.h + mapBoxGap
		}
		last = max(last, page)
	}
	return last
}

var mapTitles = [3]string{"Aspirations (Section A)", "Outcomes (Section E)", "Provision (F, G, H1, H2)"}

func (d *doc) drawMapPage(pg mapPage) {
	for c, title := range mapTitles {
		d.write(mapX(c), d.y, stSmallB, title)
	}
	for _, l := range pg.links {
		d.setDraw(grey, 0.35)
		d.pdf.Line(mapX(l.col)+mapColW, l.from.y+l.from.h/2, mapX(l.col+1), l.to.y+l.to.h/2)
	}
	for c := range pg.cols {
		for _, b := range pg.cols[c] {
			d.drawBox(mapX(c), b)
		}
	}
	d.y = bodyBottom
}

func mapX(col int) float64 { return marginX + float64(col)*(mapColW+mapGap) }

// noteOffPage gives each box whose links run to another page of the map
// a note naming them; it reports whether any box grew.
func (d *doc) noteOffPage(cols [3][]*mapBox) bool {
	grew := false
	for c := 0; c < 2; c++ {
		pageOf := map[string]int{}
		for _, b := range cols[c+1] {
			pageOf[b.id] = b.page
		}
		for _, b := range cols[c] {
			b.off = nil
			var ids []string
			for _, id := range b.links {
				if pg, ok := pageOf[id]; ok && pg != b.page {
					ids = append(ids, id)
				}
			}
			if len(ids) == 0 {
				continue
			}
			b.off = d.wrap(mapColW-2*mapPad, span{stBoxNote, "→ " + strings.Join(ids, ", ") + " on another page"})
			if need := height(b.lines) + height(b.off) + 2*mapPad; need > b.h {
				b.h, grew = need, true
			}
		}
	}
	return grew
}

func (d *doc) drawBox(x float64, b *mapBox) {
	d.setFill(rgb{255, 255, 255})
	if b.unlinked != "" {
		d.setDraw(orange, 0.8)
	} else {
		d.setDraw(accent, 0.3)
	}
	d.pdf.Rect(x, b.y, mapColW, b.h, "FD")
	y := b.y + mapPad
	for _, l := range append(slices.Clone(b.lines), b.off...) {
		d.drawLine(x+mapPad, y, l)
		y += l.h
	}
}

// box lays out one item's box.
func (d *doc) box(id, text, unlinked string, links []string) *mapBox {
	w := mapColW - 2*mapPad
	var lines []line
	for n := 160; n >= 20; n -= 20 { // shorten until it fits, ending in "…"
		lines = d.wrap(w, span{stBoxB, d.clean(id) + "  "}, span{stBox, d.clean(shorten(text, n))})
		if len(lines) <= mapLines {
			break
		}
	}
	if unlinked != "" {
		lines = append(lines, d.wrap(w, span{stBoxWarn, "not linked: " + unlinked})...)
	}
	return &mapBox{id: id, lines: lines, h: height(lines) + 2*mapPad, unlinked: unlinked, links: links}
}
