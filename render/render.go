// Package render prints an EHC plan as an A4 PDF that a family and a
// tribunal can both read: a front page, an index of the statutory sections
// (A to K) with the pages they are on, Section A, one chapter per
// Preparing for Adulthood area, Sections I, J and K, reviews and a golden
// thread map. It also prints the whole statutory sections in order A to K
// (KindSections) and the caseworker's check report (KindCheck), which is
// never part of the plan the family receives, and two papers for the young
// person in large type: their one-page profile (KindProfile) and the plan
// in easy words (KindEasyRead).
//
// All use of gofpdf stays inside this package.
package render

import (
	"bytes"
	"fmt"
	"io"
	"slices"

	"ehcplan/render/internal/fpdf"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// Options control one rendering.
type Options struct {
	// Today is the date printed on the plan and used by the checker.
	Today plan.Date
	// Report is a precomputed checker report. When nil and the plan is a
	// draft, the checker is run.
	Report *check.Report
	// Kind is what to print: the plan (the default), the whole statutory
	// sections in order A-K, or the caseworker's check report.
	Kind Kind
	// Redact leaves out the address, contacts' details, NHS number and UPN
	// (a copy for a provider or for consultation).
	Redact bool
	// Notice is the notice to the family printed with the plan, already
	// filled in for this plan (see plan/notices); nil prints none.
	Notice *Notice
	// Base is the last issued version of the plan, which an amendment
	// notice (KindAmendment) lists the proposed changes against.
	Base *plan.Plan
}

// Kind is a kind of document render prints from a plan.
type Kind string

const (
	KindPlan     Kind = "plan"
	KindSections Kind = "sections"
	KindCheck    Kind = "check"
	// KindReview is the report of the latest review meeting.
	KindReview Kind = "review"
	// KindAmendment is the notice of proposed amendments against Base.
	KindAmendment Kind = "amendment"
	// KindProfile is the young person's one-page profile, on one A4 page.
	KindProfile Kind = "profile"
	// KindEasyRead is the easy-read summary of the plan for the young person.
	KindEasyRead Kind = "easyread"
)

// Notice is a notice to the family: a title and its paragraphs, with the
// dates and names already filled in.
type Notice struct {
	Title      string
	Paragraphs []string
}

// Result says what was printed.
type Result struct {
	Pages int
	// Replaced lists the characters the font could not show; each was
	// printed as U+FFFD (a question mark in a diamond).
	Replaced []rune
	// Index maps each statutory section letter to the pages it is on.
	Index map[string][]int
}

// PDF writes the plan as a PDF to w. It never panics: a failure inside the
// layout is returned as an error naming the plan.
func PDF(w io.Writer, p *plan.Plan, opt Options) (res Result, err error) {
	if p == nil {
		return Result{}, fmt.Errorf("render: no plan")
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("render plan %s (%s): internal error: %v", p.ID, p.Person.Name, r)
		}
	}()
	build, err := builder(opt.Kind)
	if err == nil {
		err = kindNeeds(p, opt)
	}
	if err != nil {
		return Result{}, fmt.Errorf("render plan %s (%s): %w", p.ID, p.Person.Name, err)
	}
	d, err := newDoc(p, opt)
	if err == nil {
		err = d.layoutNeeds()
	}
	if err != nil {
		return Result{}, fmt.Errorf("render plan %s (%s): %w", p.ID, p.Person.Name, err)
	}
	build(d)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return Result{}, fmt.Errorf("render plan %s (%s): %w", p.ID, p.Person.Name, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return Result{}, fmt.Errorf("write PDF of plan %s (%s): %w", p.ID, p.Person.Name, err)
	}
	return d.result(), nil
}

// newPDF is an empty A4 document with the embedded fonts loaded, and
// their metrics.
func newPDF() (*fpdf.Fpdf, *fontSet, error) {
	fs, err := fontMetrics()
	if err != nil {
		return nil, nil, err
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range faces {
		pdf.AddUTF8FontFromBytes(family, f.style, f.data)
	}
	if err := pdf.Error(); err != nil {
		return nil, nil, fmt.Errorf("load fonts: %w", err)
	}
	return pdf, fs, nil
}

func newDoc(p *plan.Plan, opt Options) (*doc, error) {
	pdf, fs, err := newPDF()
	if err != nil {
		return nil, err
	}
	d := &doc{
		pdf: pdf, fonts: fs, cl: newCleaner(fs), p: p, opt: opt,
		draft: p.Status == plan.StatusDraft,
		idx:   p.Index(),
		marks: map[string][]int{}, first: map[string]spot{},
		itemAt: map[string]int{},
	}
	if opt.Redact {
		d.secrets = d.redactedValues(&p.Person)
	}
	d.setup()
	return d, nil
}

// setup sets page geometry, metadata and the page header.
func (d *doc) setup() {
	pdf := d.pdf
	pdf.SetMargins(marginX, bodyTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCatalogSort(true)
	if !d.opt.Today.IsZero() {
		pdf.SetCreationDate(d.opt.Today.Time())
		pdf.SetModificationDate(d.opt.Today.Time())
	}
	name := d.clean(d.p.Person.Name)
	pdf.SetTitle("Education, Health and Care Plan – "+name, true)
	pdf.SetSubject(fmt.Sprintf("EHC plan for %s, version %d (%s)", name, d.p.Version, d.p.Status), true)
	pdf.SetAuthor(d.clean(d.p.LocalAuthority), true)
	pdf.SetCreator("EHC Plan Writer", true)
	pdf.SetKeywords("EHC plan, SEND, Preparing for Adulthood", true)
	pdf.SetFont(family, "", stBody.size) // bookmarks need a UTF-8 font selected
	d.who = d.personLine()
	pdf.SetHeaderFunc(d.pageHeader)
}

// build lays the whole document out, in print order.
func (d *doc) build() {
	d.frontPage()
	d.noticePages()
	d.reserveIndex()
	d.details()
	d.sectionA()
	for i := range d.p.Areas {
		d.area(i)
	}
	d.statements()
	d.sectionI()
	d.sectionJ()
	d.sectionK()
	d.reviews()
	d.signOff()
	d.threadMaps()
	d.glossaryPage()
	d.finish()
}

// finish fills what needs the final page count: the index, the section
// bookmarks and every page's footer.
func (d *doc) finish() {
	last := d.pdf.PageNo()
	d.fillIndex()
	d.sectionBookmarks()
	for n := 1; n <= last; n++ {
		d.pdf.SetPage(n)
		d.cur = style{} // the page's own stream has its own font state
		d.pageFooter(n, last)
	}
	d.pdf.SetPage(last)
}

func (d *doc) result() Result {
	idx := make(map[string][]int, len(d.marks))
	for k, v := range d.marks {
		pages := slices.Clone(v)
		slices.Sort(pages)
		idx[k] = pages
	}
	return Result{Pages: d.pdf.PageCount(), Replaced: d.cl.list(), Index: idx}
}
