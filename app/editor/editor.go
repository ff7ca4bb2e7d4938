// Package editor is the EHC plan form: a navigation rail, one form per
// part of the plan, a findings panel that re-runs the checker on every edit,
// and a thread map per Preparing for Adulthood area.
//
// It builds only the page on screen. Keystrokes update the plan field and
// re-run the checker; a page is rebuilt only when items are added, removed
// or reordered.
package editor

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// Options are the shell's settings for an editor.
type Options struct {
	Today    func() plan.Date   // date for the checker (default: the clock)
	OnChange func(p *plan.Plan) // called on the UI goroutine after every edit
	Extra    []NavEntry         // rail entries the shell appends (Versions, Print)
	Headings []plan.Heading     // the local authority's default Section A headings
	// OnAmend, if set, is the read-only banner's Start amendment button.
	OnAmend func()
	// AreaPrompt, if set, words the quiet hint beside an area's
	// aspirations and outcomes: what meeting mode asks the young person
	// about that area, for their age.
	AreaPrompt func(areaKey string) string
	// OnAmendFrom, if set, starts an amendment from a review (the Reviews
	// page's Start amendment): the shell starts the new draft and runs
	// apply on it, which makes the changes the caseworker ticked and says
	// what it did.
	OnAmendFrom func(apply func(*plan.Plan) []string)
	// Caseload is the caseload's other young people, by name, for the
	// checker's caseload rules (X1, X2); nil runs none.
	Caseload *check.Caseload
}

// NavEntry is a rail entry whose page the shell builds.
type NavEntry struct {
	Label string
	Icon  fyne.Resource
	Build func() fyne.CanvasObject
}

// Editor edits one plan.
type Editor struct {
	w      fyne.Window
	p      *plan.Plan
	opt    Options
	report check.Report

	root       fyne.CanvasObject
	body       *fyne.Container // the centre: the form scroll or an Extra page
	formScroll *pageScroll     // scrolls the current form page
	rail       *rail
	panel      *findingsPanel

	page    string                     // key of the page on screen
	fields  map[string]fyne.Focusable  // JSON path -> widget on the current page
	labels  map[string][]func()        // item ID -> label refreshers on this page
	actions map[string]*widget.Button  // "<path> remove" -> its Remove button
	tmap    *ThreadMap                 // the thread map on screen, if any
	mapOn   map[string]bool            // area key -> thread map shown
	keep    map[fyne.CanvasObject]bool // left editable on a read-only plan (see lockPage)
	// onCheck are the current page's refreshers of what shows a finding
	// beside its field (e.g. the NHS number's hint), run after each check.
	onCheck []func(check.Report)

	// confirm asks before a deletion; tests may replace it.
	confirm func(title, message, action string, ok func())
}

// New makes an editor for p. A plan with no Section A headings is given
// opt.Headings (or the national defaults) so there is somewhere to write.
func New(w fyne.Window, p *plan.Plan, opt Options) *Editor {
	if opt.Today == nil {
		opt.Today = func() plan.Date { return plan.DateOf(time.Now()) }
	}
	if len(p.SectionA.Headings) == 0 {
		p.SectionA.Headings = defaultHeadings(opt.Headings)
	}
	if p.SectionNotes == nil {
		p.SectionNotes = map[string]string{}
	}
	e := &Editor{w: w, p: p, opt: opt, fields: map[string]fyne.Focusable{}, mapOn: map[string]bool{}}
	e.confirm = e.confirmDialog
	e.report = check.IssueReportAmong(p, opt.Today(), opt.Caseload)
	e.build()
	e.ShowPage(pageAbout)
	return e
}

func defaultHeadings(local []plan.Heading) []plan.Heading {
	if len(local) > 0 {
		return append([]plan.Heading(nil), local...)
	}
	return append([]plan.Heading(nil), plan.DefaultHeadings...)
}

// Content is the whole editor: rail | form | findings panel.
func (e *Editor) Content() fyne.CanvasObject { return e.root }

// Plan is the live plan being edited.
func (e *Editor) Plan() *plan.Plan { return e.p }

// Report is the latest checker report.
func (e *Editor) Report() check.Report { return e.report }

// Page is the key of the page on screen.
func (e *Editor) Page() string { return e.page }

// Field is the widget registered for a JSON path on the current page, or nil.
func (e *Editor) Field(path string) fyne.Focusable { return e.fields[path] }

func (e *Editor) build() {
	e.formScroll = newPageScroll()
	e.body = container.NewStack(e.formScroll)
	e.rail = newRail(e)
	e.panel = newFindingsPanel(e)
	e.panel.update(e.report)
	e.rail.update(e.report)
	e.root = container.NewBorder(e.lockBanner(), nil, e.rail.object(), nil, e.panel.wrap(e.body))
}

// change says how much an edit changed.
type change int

const (
	textChange   change = iota // a field's text: re-check only
	linkChange                 // a link between items: re-check and redraw the thread map
	structChange               // items added, removed or moved: rebuild the page
)

// changed is called after every edit on the UI goroutine.
func (e *Editor) changed(c change) {
	if c == structChange {
		e.rebuild()
	}
	if c >= linkChange && e.tmap != nil {
		e.tmap.Refresh()
	}
	e.recheck()
	if e.opt.OnChange != nil {
		e.opt.OnChange(e.p)
	}
}

// recheck runs the checker, judging the plan for issue (the one readiness
// rule, check.IssueReport, with the caseload rules), and refreshes what shows its answer.
func (e *Editor) recheck() {
	e.report = check.IssueReportAmong(e.p, e.opt.Today(), e.opt.Caseload)
	e.panel.update(e.report)
	e.rail.update(e.report)
	for _, f := range e.onCheck {
		f(e.report)
	}
}

// Recheck re-runs the checker, e.g. when the shell changed the plan's status.
func (e *Editor) Recheck() {
	e.recheck()
	e.rebuild()
}
