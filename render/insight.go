package render

import (
	"bytes"
	"fmt"
	"io"

	"ehcplan/plan"
	"ehcplan/plan/insight"
)

// InsightPDF writes the caseload insight (plan/insight) as a PDF for
// sharing with commissioners: how the numbers were made, then each
// section as a bar chart drawn with rectangles and a table. It prints only
// what the sections hold (already shared safely: see insight.Sections);
// it never panics.
func InsightPDF(w io.Writer, method []string, secs []insight.Section, today plan.Date) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("render caseload insight: internal error: %v", r)
		}
	}()
	d, err := newInsightDoc(today)
	if err != nil {
		return Result{}, fmt.Errorf("render caseload insight: %w", err)
	}
	d.insightFront(method)
	for _, s := range secs {
		d.insightSection(s)
	}
	last := d.pdf.PageNo()
	for n := 1; n <= last; n++ {
		d.pdf.SetPage(n)
		d.cur = style{}
		d.insightFooter(n, last)
	}
	d.pdf.SetPage(last)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return Result{}, fmt.Errorf("render caseload insight: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return Result{}, fmt.Errorf("write caseload insight PDF: %w", err)
	}
	return Result{Pages: d.pdf.PageCount(), Replaced: d.cl.list()}, nil
}

// insightTitle is the document's title, on its first page and its header.
const insightTitle = "Caseload insight for commissioning"

func newInsightDoc(today plan.Date) (*doc, error) {
	pdf, fs, err := newPDF()
	if err != nil {
		return nil, err
	}
	// The plan is empty: no plan's name or details can reach this document.
	d := &doc{pdf: pdf, fonts: fs, cl: newCleaner(fs), p: &plan.Plan{}, opt: Options{Today: today},
		marks: map[string][]int{}, first: map[string]spot{}, itemAt: map[string]int{}}
	pdf.SetMargins(marginX, bodyTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCatalogSort(true)
	if !today.IsZero() {
		pdf.SetCreationDate(today.Time())
		pdf.SetModificationDate(today.Time())
	}
	pdf.SetTitle(insightTitle, true)
	pdf.SetCreator("EHC Plan Writer", true)
	pdf.SetKeywords("EHC plans, Preparing for Adulthood, Working Together for Change", true)
	pdf.SetFont(family, "", stBody.size)
	pdf.SetHeaderFunc(d.insightHeader)
	return d, nil
}

func (d *doc) insightHeader() {
	d.cur = style{}
	right := "For sharing: no names; counts from 1 to 4 show as <5"
	d.write(marginX, headerY, stSmallB, insightTitle)
	d.write(pageW-marginX-d.fonts.width("", stSmall.size, right), headerY, stSmall, right)
	d.rule(headerY+stSmall.lineHeight()+1, lightGrey)
}

func (d *doc) insightFooter(n, total int) {
	d.rule(footerY-2, lightGrey)
	left := "Made with EHC Plan Writer"
	if !d.opt.Today.IsZero() {
		left += " on " + d.opt.Today.Long()
	}
	right := fmt.Sprintf("Page %d of %d", n, total)
	d.write(marginX, footerY, stSmall, left)
	d.write(pageW-marginX-d.fonts.width("B", stSmallB.size, right), footerY, stSmallB, right)
}

func (d *doc) insightFront(method []string) {
	d.chapter(insightTitle, "")
	d.heading(stH2, "How the numbers were made", "", 20)
	for _, m := range method {
		d.para(span{stBody, d.clean(m)})
	}
}

func (d *doc) insightSection(s insight.Section) {
	d.heading(stH2, s.Title, "", 40)
	d.headBookmark(s.Title, 0)
	d.running = running{title: shorten(d.clean(s.Title), 90)}
	if s.About != "" {
		d.para(span{stNote, d.clean(s.About)})
	}
	if s.Empty != "" {
		d.para(span{stNote, "Nothing to show yet: " + d.clean(s.Empty)})
		return
	}
	d.barChart(s)
	d.insightTable(s)
	for _, t := range s.Themes {
		d.heading(stH3, fmt.Sprintf("%s (%s young people)", t.Label, t.YoungPeople), "", 14)
		if t.Words != "" {
			d.para(span{stSmall, "Shared words: " + d.clean(t.Words)})
		}
		for _, st := range t.Statements {
			d.flow(marginX+4, d.wrap(contentW-4, span{stCell, "• " + d.clean(st)}))
		}
		d.y += 2
	}
}

// insightTable prints the section's table: a wide first column, the
// counts after it.
func (d *doc) insightTable(s insight.Section) {
	if len(s.Rows) == 0 {
		return
	}
	n := len(s.Columns)
	first := max(contentW-float64(n-1)*30, 45)
	rest := (contentW - first) / float64(max(n-1, 1))
	cols := []column{{s.Columns[0], first}}
	for _, c := range s.Columns[1:] {
		cols = append(cols, column{c, rest})
	}
	var rows []row
	for _, r := range s.Rows {
		var cells [][]span
		for i, c := range r {
			st := stCell
			if i == 0 {
				st = stCellB
			}
			cells = append(cells, []span{{st, d.clean(c)}})
		}
		rows = append(rows, row{cells: cells})
	}
	d.y += 2
	d.drawTable(cols, rows)
	d.y += 3
}

// seriesColours are the bars' colours, one per series.
var seriesColours = []rgb{accent, orange, {60, 130, 80}, {120, 80, 150}, {110, 110, 110}, {170, 140, 40}}

const (
	barLabelW = 58.0 // the row labels' column
	barGap    = 2.0
)

// barChart draws a section's bars: with one or two series, a bar per
// series with its count beside it; with more, one stacked bar per row
// and a key (the table below has the numbers). A hidden small count has
// no bar.
func (d *doc) barChart(s insight.Section) {
	if len(s.Bars) == 0 || len(s.Series) == 0 {
		return
	}
	stacked := len(s.Series) > 2
	most := 1
	for _, b := range s.Bars {
		total := 0
		for _, v := range b.Values {
			most = max(most, v)
			total += v
		}
		if stacked {
			most = max(most, total)
		}
	}
	if len(s.Series) > 1 {
		d.barKey(s.Series)
	}
	width := contentW - barLabelW - 18
	for _, b := range s.Bars {
		h := 5.0
		if !stacked {
			h = float64(len(b.Values))*3.6 + 1.4
		}
		d.need(h + barGap)
		label := d.fitName(stSmall, d.clean(b.Label), "", barLabelW-2)
		d.write(marginX, d.y+(h-stSmall.lineHeight())/2, stSmall, label)
		x := marginX + barLabelW
		for i, v := range b.Values {
			c := seriesColours[i%len(seriesColours)]
			d.setFill(c)
			l := width * float64(v) / float64(most)
			if stacked {
				if l > 0 {
					d.pdf.Rect(x, d.y, l, h, "F")
				}
				x += l
				continue
			}
			y := d.y + float64(i)*3.6
			if l > 0 {
				d.pdf.Rect(x, y, l, 3, "F")
			}
			d.write(x+l+1.5, y-0.6, stSmall, b.Shown[i])
		}
		d.y += h + barGap
	}
	d.y += 2
}

// barKey prints which colour is which series.
func (d *doc) barKey(series []string) {
	d.need(6)
	x := marginX + barLabelW
	for i, name := range series {
		name = d.clean(name)
		w := d.fonts.width("", stSmall.size, name) + 9
		if x+w > pageW-marginX {
			d.y += 5
			d.need(6)
			x = marginX + barLabelW
		}
		d.setFill(seriesColours[i%len(seriesColours)])
		d.pdf.Rect(x, d.y+0.8, 3, 3, "F")
		d.write(x+4, d.y, stSmall, name)
		x += w
	}
	d.y += 6
}
