// Package app is EHC Plan Writer's window: the caseload, the plan editor
// with autosave, issuing, versions and printing. It builds on a fyne.App it
// is given, so tests drive it headless (fyne.io/fyne/v2/test) and only
// cmd/ehcplan creates the real application.
package app

import (
	"time"

	"fyne.io/fyne/v2"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// Options are the things the window needs from outside.
type Options struct {
	// Caseworker is the name recorded in the change log when the user has
	// given none (cmd/ehcplan passes the computer's login name). It is
	// never written or printed on a plan.
	Caseworker string
	// Today returns the date used for year groups, deadlines and issuing.
	Today func() plan.Date
	// StorePath is the plans file; safety copies of deleted plans go beside it.
	StorePath string
	// NoticesPath is the notices file (see plan/notices); "" means the one
	// beside StorePath.
	NoticesPath string
	// OnMilestone, if set, is told (on the UI goroutine) when start-up
	// reaches a milestone: MilestoneRows when the caseload first shows
	// its rows, MilestoneChecked when the first checker pass has marked
	// every plan. cmd/ehcplan uses it for --timing.
	OnMilestone func(Milestone)

	// do runs a function on the UI goroutine; nil means fyne.Do. Tests
	// replace it with a queue they drain, so UI work never races them.
	do func(func())
	// background runs a function off the UI goroutine (a store query, a
	// save, a checker pass, a PDF); nil means a new goroutine. Tests
	// count what is running, so they wait for it instead of sleeping.
	background func(func())
	// after runs f once d has passed and returns a function that stops it;
	// nil means time.AfterFunc. Tests move a clock of their own instead.
	after func(d time.Duration, f func()) (stop func())
}

// Milestone is a point in start-up that --timing reports.
type Milestone int

const (
	// MilestoneRows: the caseload's first rows are in the list.
	MilestoneRows Milestone = iota
	// MilestoneChecked: the first checker pass over the store is done.
	MilestoneChecked
)

// milestone tells Options.OnMilestone, if set.
func (a *App) milestone(m Milestone) {
	if a.opt.OnMilestone != nil {
		a.opt.OnMilestone(m)
	}
}

// App is the main window and what is open in it.
type App struct {
	fa  fyne.App
	st  *store.Store
	opt Options
	win fyne.Window
	do  func(func())
	// background and after are Options.background and Options.after.
	background func(func())
	after      func(time.Duration, func()) func()
	menu       *mainMenu

	caseload *caseload
	plan     *planView // nil while the caseload is showing
	presence presence  // who else has which plan open
}

// New builds the main window on fa, showing the caseload. It does not show
// the window: call Window().ShowAndRun() (or Show) for that.
func New(fa fyne.App, st *store.Store, opt Options) *App {
	if opt.Today == nil {
		opt.Today = func() plan.Date { return plan.DateOf(time.Now()) }
	}
	a := &App{fa: fa, st: st, opt: opt, do: opt.do, background: opt.background, after: opt.after}
	if a.do == nil {
		a.do = fyne.Do
	}
	if a.background == nil {
		a.background = func(f func()) { go f() }
	}
	if a.after == nil {
		a.after = func(d time.Duration, f func()) func() {
			t := time.AfterFunc(d, f)
			return func() { t.Stop() }
		}
	}
	applyTextSize(fa, loadTextSize(fa.Preferences()))
	a.win = fa.NewWindow("EHC Plan Writer")
	a.win.Resize(fyne.NewSize(1366, 768))
	a.win.SetCloseIntercept(a.requestClose)
	a.menu = newMainMenu(a)
	a.win.SetMainMenu(a.menu.main)
	a.addShortcuts()
	a.caseload = newCaseload(a)
	a.showCaseload()
	a.firstRun()
	return a
}

// runner is how the app's parts start work (see Options).
func (a *App) runner() runner { return runner{do: a.do, background: a.background, after: a.after} }

// Window is the main window.
func (a *App) Window() fyne.Window { return a.win }

func (a *App) today() plan.Date { return a.opt.Today() }

// by is the name recorded with each change in the store's change log.
func (a *App) by() string {
	if n := caseworkerName(a.fa.Preferences()); n != "" {
		return n
	}
	if a.opt.Caseworker != "" {
		return a.opt.Caseworker
	}
	return "EHC Plan Writer user"
}

// showCaseload saves any open plan, then shows the caseload. It stays on
// the plan (and says why) if the plan cannot be saved.
func (a *App) showCaseload() {
	if a.plan != nil {
		if err := a.plan.flush(); err != nil {
			a.showSaveProblem(err)
			return
		}
		a.plan.saver.stop()
		a.plan = nil
	}
	a.win.SetTitle("EHC Plan Writer – caseload")
	a.win.SetContent(a.fitted(a.caseload.content))
	a.menu.update()
	a.caseload.reload()
}

// openPlan loads a plan from the store and shows it in the editor.
func (a *App) openPlan(id string) {
	p, rev, err := a.st.LoadRevision(id)
	if err != nil {
		a.showProblem("The plan could not be opened", err)
		return
	}
	a.showPlanAt(p, rev)
}

// showPlan puts p, as just stored, in the editor, replacing whatever is open.
func (a *App) showPlan(p *plan.Plan) {
	_, rev, _ := a.st.LoadRevision(p.ID)
	a.showPlanAt(p, rev)
}

// showPlanAt puts p in the editor, its saves starting from stored revision rev.
func (a *App) showPlanAt(p *plan.Plan, rev int64) {
	if a.plan != nil {
		a.plan.saver.stop()
	}
	a.plan = newPlanView(a, p, rev)
	a.win.SetTitle("EHC Plan Writer – " + p.Person.Name)
	a.win.SetContent(a.fitted(a.plan.content))
	a.menu.update()
}

// requestClose is the window's close intercept: save first, then close.
// If the save fails the user chooses between staying and losing the
// latest changes.
func (a *App) requestClose() {
	if a.plan == nil {
		a.win.Close()
		return
	}
	err := a.plan.flush()
	if err == nil {
		a.plan.saver.stop()
		a.win.Close()
		return
	}
	what, todo := explainSaveError(err)
	keydialog.ShowCustomConfirm("Your latest changes are not saved", "Close anyway", "Stay",
		messageLabel(what+"\n\n"+todo+"\n\nIf you close now, the changes you made since the last save will be lost."),
		func(closeAnyway bool) {
			if closeAnyway {
				a.plan.saver.stop()
				a.win.Close()
			}
		}, a.win)
}

// OpenPlan opens the plan with this ID in the editor (as from the caseload).
func (a *App) OpenPlan(id string) { a.openPlan(id) }

// ShowPage shows a page of the open plan: an editor page key, "Versions"
// or "Print". It does nothing on the caseload.
func (a *App) ShowPage(key string) {
	if a.plan != nil {
		a.plan.ed.ShowPage(key)
	}
}
