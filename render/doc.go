package render

import (
	"slices"
	"strings"

	"ehcplan/render/internal/fpdf"

	"ehcplan/plan"
)

// doc is one PDF being laid out. It draws every line itself (no automatic
// page breaks) so it always knows where it is, which page each statutory
// section lands on, and when a table must repeat its header.
type doc struct {
	pdf   *fpdf.Fpdf
	fonts *fontSet
	cl    *cleaner
	p     *plan.Plan
	opt   Options
	draft bool
	idx   map[string]plan.ItemRef
	who   who // "Jordan Ellis, born 2 November 2010" for every page

	y       float64
	headAt  float64 // top of the last heading
	cur     style   // the style last sent to gofpdf; zero after a page starts
	running running
	table   *table // the table being drawn, whose header repeats

	indexAt spot             // where the index table goes
	marks   map[string][]int // section letter -> pages, in order
	first   map[string]spot  // section letter -> where it first appears

	secrets []string       // values a copy for a provider leaves out (see scrub)
	terms   []bool         // glossary terms met in the text (see noteTerms)
	itemAt  map[string]int // item ID -> the page its row starts on
	// inNotice is set while the notice to the family is printed: a letter,
	// which is not itself a draft, so its pages have no DRAFT mark.
	inNotice bool
}

// running says what a page that continues a block is continuing.
type running struct {
	title  string // printed at the top of a continuation page
	letter string // the statutory section continued, or ""
}

// head is the line at the top of a continuation page: "Section A – About
// me… (continued)", or "Other statutory sections (continued) · Section C
// (continued)" when the block's title does not name the section in
// progress, so every page an index lists says "Section X". It is split
// into the block's title and the rest, which is never shortened.
func (r running) head() (title, rest string) {
	if r.title != "" {
		title, rest = r.title, " (continued)"
	}
	if r.letter != "" && !strings.HasPrefix(r.title, "Section "+r.letter+" ") {
		if rest != "" {
			rest += " · "
		}
		rest += "Section " + r.letter + " (continued)"
	}
	return title, rest
}

// spot is a place in the document.
type spot struct {
	page int
	y    float64
}

// mark records that statutory section letter appears on the current page.
// Every call site also prints "Section <letter>" on that page: a heading or
// row label, or the running head of a page that continues the section.
func (d *doc) mark(letter string) {
	if letter == "" {
		return
	}
	page := d.pdf.PageNo()
	pages := d.marks[letter]
	if len(pages) == 0 {
		d.first[letter] = spot{page, d.y}
	}
	// Pages come in order, so the last one tells (scanning the whole list
	// was quadratic in long plans); the scan stays for out-of-order calls.
	if n := len(pages); n == 0 || page > pages[n-1] || (page < pages[n-1] && !slices.Contains(pages, page)) {
		d.marks[letter] = append(pages, page)
	}
}

// newPage starts a page. A continuation page says what it continues and
// repeats the header of the table being drawn.
func (d *doc) newPage(continuation bool) {
	d.pdf.AddPage() // the header function draws the DRAFT mark and name line
	d.cur = style{}
	d.y = bodyTop
	if !continuation {
		return
	}
	if title, rest := d.running.head(); title+rest != "" {
		d.write(marginX, d.y, stRunHead, d.fitName(stRunHead, title, rest, contentW))
		d.mark(d.running.letter) // the section in progress carries on here
		d.y += stRunHead.lineHeight() + 2
	}
	if d.table != nil {
		d.table.drawHeader(d)
	}
}

// room reports whether h millimetres fit below the current position.
func (d *doc) room(h float64) bool { return d.y+h <= bodyBottom }

// need starts a continuation page unless h millimetres fit.
func (d *doc) need(h float64) {
	if !d.room(h) {
		d.newPage(true)
	}
}

// setStyle selects s in gofpdf, only when it changed.
func (d *doc) setStyle(s style) {
	if s == d.cur {
		return
	}
	d.pdf.SetFont(family, s.fontStyle(), s.size)
	d.pdf.SetTextColor(s.color[0], s.color[1], s.color[2])
	d.cur = s
}

// write prints one line of already-clean text with its top at (x, top).
func (d *doc) write(x, top float64, s style, text string) {
	if text == "" {
		return
	}
	d.setStyle(s)
	lh := s.lineHeight()
	em := s.size * ptToMM
	baseline := top + (lh-em)/2 + 0.8*em
	d.pdf.Text(x, baseline, text)
}

func (d *doc) setDraw(c rgb, width float64) {
	d.pdf.SetDrawColor(c[0], c[1], c[2])
	d.pdf.SetLineWidth(width)
}

func (d *doc) setFill(c rgb) { d.pdf.SetFillColor(c[0], c[1], c[2]) }

// rule draws a thin horizontal line across the text column.
func (d *doc) rule(y float64, c rgb) {
	d.setDraw(c, 0.3)
	d.pdf.Line(marginX, y, pageW-marginX, y)
}

// clean makes plan text printable (see cleaner), notes the glossary terms
// in it and, in a copy for a provider, scrubs the details left out.
func (d *doc) clean(s string) string {
	s = d.scrub(d.cl.clean(s))
	d.noteTerms(s)
	return s
}

// bookmark adds an outline entry at the current position.
func (d *doc) bookmark(title string, level int) {
	d.setStyle(stBody) // gofpdf encodes the title by the current font
	d.pdf.Bookmark(shorten(d.clean(title), 80), level, d.y)
}
