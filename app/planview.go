package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/editor"
	"ehcplan/app/meeting"
	"ehcplan/plan"
)

// planView is the editor screen: a top bar over the plan editor.
type planView struct {
	a        *App
	ed       *editor.Editor
	saver    *saver
	content  fyne.CanvasObject
	name     *widget.Label
	status   *widget.Label
	saveNote *widget.Label
	issueBtn *widget.Button
	textSize *widget.Select
	versions *fyne.Container  // the Versions page, rebuilt each time it shows
	printed  *widget.Label    // what the last print did
	base     revision         // the stored revision saves start from
	choosing bool             // the conflict chooser is open
	meeting  *meeting.Meeting // meeting mode, while it shows
}

func newPlanView(a *App, p *plan.Plan, rev int64) *planView {
	v := &planView{a: a}
	v.base.set(rev)
	v.saver = newSaver(v.saveFrom, a.by, a.runner(), func() *plan.Plan { return v.ed.Plan().Clone() }, v.showSaveState)
	v.saver.onFail = a.showSaveProblem
	v.saver.onConflict = v.resolveConflict
	defer v.startPresence()
	set, _ := a.loadPrompts() // a file that is not valid is explained when meeting mode opens
	v.ed = editor.New(a.win, p, editor.Options{
		Today:       a.opt.Today,
		Headings:    a.sectionAHeadings(),
		OnChange:    func(*plan.Plan) { v.changed() },
		OnAmend:     func() { v.askAmendment() },
		OnAmendFrom: func(apply func(*plan.Plan) []string) { v.startAmendmentFrom(apply) },
		Caseload:    a.caseloadNames(),
		AreaPrompt:  areaPrompt(set, p, a.today()),
		Extra: []editor.NavEntry{
			{Label: "Versions", Icon: theme.HistoryIcon(), Build: v.versionsPage},
			{Label: "Print", Icon: theme.DocumentPrintIcon(), Build: v.printPage},
		},
	})
	v.content = container.NewBorder(v.topBar(), nil, nil, nil, v.ed.Content())
	v.refreshTop()
	return v
}

// plan is the plan being edited (the editor's own copy).
func (v *planView) plan() *plan.Plan { return v.ed.Plan() }

func (v *planView) topBar() fyne.CanvasObject {
	back := widget.NewButtonWithIcon("Caseload", theme.NavigateBackIcon(), v.a.showCaseload)
	v.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.name.Truncation = fyne.TextTruncateEllipsis
	v.name.SizeName = theme.SizeNameSubHeadingText
	v.status = widget.NewLabel("")
	v.saveNote = widget.NewLabel("All changes saved")
	v.issueBtn = widget.NewButtonWithIcon("Issue final plan", theme.ConfirmIcon(), v.issueOrAmend)
	v.issueBtn.Importance = widget.HighImportance
	v.textSize = v.a.newTextSizeSelect()
	meet := widget.NewButtonWithIcon("Meeting mode", theme.AccountIcon(), v.a.showMeeting)
	who := container.NewBorder(nil, nil, nil, v.status, v.name)
	right := container.NewHBox(v.saveNote, meet, v.issueBtn, v.textSize)
	bar := container.NewBorder(nil, nil, back, right, who)
	return container.NewVBox(bar, widget.NewSeparator())
}

// changed is the editor's OnChange: note the edit for autosave.
func (v *planView) changed() {
	v.saver.changed()
	v.refreshTop()
}

// refreshTop shows the name, status and the right button for the status.
func (v *planView) refreshTop() {
	p := v.plan()
	v.name.SetText(orDash(p.Person.Name))
	v.status.SetText(fmt.Sprintf("%s, version %d", plan.StatusWord(p.Status), p.Version))
	v.a.win.SetTitle("EHC Plan Writer – " + p.Person.Name)
	switch p.Status {
	case plan.StatusDraft:
		v.issueBtn.SetText("Issue final plan")
		v.issueBtn.Enable()
	case plan.StatusFinal:
		v.issueBtn.SetText("Start amendment")
		v.issueBtn.Enable()
	default:
		v.issueBtn.SetText("Plan ceased")
		v.issueBtn.Disable()
	}
	// An issued or ceased plan says so, with Start amendment, in the
	// editor's banner; the top bar does not repeat it.
	if v.ed.ReadOnly() {
		v.issueBtn.Hide()
	} else {
		v.issueBtn.Show()
	}
}

// showSaveState words the autosave state for the top bar.
func (v *planView) showSaveState(s saveState) {
	switch {
	case s.err != nil:
		v.saveNote.Importance = widget.DangerImportance
		v.saveNote.SetText("Not saved: " + shortSaveReason(s.err))
	case s.saving:
		v.saveNote.Importance = widget.MediumImportance
		v.saveNote.SetText("Saving…")
	default:
		v.saveNote.Importance = widget.SuccessImportance
		v.saveNote.SetText("All changes saved " + s.saved.Format("15:04"))
	}
}

// flush saves unsaved edits now (UI goroutine).
func (v *planView) flush() error { return v.saver.flush() }

// reload replaces the editor with the stored plan (after issuing or
// starting an amendment), keeping the page that was showing.
func (v *planView) reload(p *plan.Plan, page string) {
	v.a.showPlan(p)
	if page != "" {
		v.a.plan.ed.ShowPage(page)
	}
	v.a.plan.showSaveState(saveState{saved: time.Now()})
}
