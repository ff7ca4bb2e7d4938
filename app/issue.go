package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
)

// issueOrAmend is the top bar's main button: issue a draft, or start an
// amendment of a final plan.
func (v *planView) issueOrAmend() {
	if v.plan().Status == plan.StatusFinal {
		v.askAmendment()
		return
	}
	v.askIssue()
}

// askIssue checks the plan as it would be issued: with errors it refuses
// and lists them, otherwise it asks for confirmation.
func (v *planView) askIssue() {
	p := v.plan()
	if r := plan.Check(issueCandidate(p, v.a.today()), v.a.today()); !r.Ready {
		v.showBlockers(r)
		return
	}
	text := fmt.Sprintf("This makes version %d of %s’s plan the final plan, issued today (%s). "+
		"A copy of this version is kept, and later changes need an amendment.", p.Version, p.Person.Name, v.a.today().Long())
	keydialog.ShowCustomConfirm("Issue the final plan?", "Issue final plan", "Not yet", messageLabel(text),
		func(ok bool) {
			if ok {
				v.issue()
			}
		}, v.a.win)
}

// showBlockers lists the checker's errors; clicking one goes to it.
func (v *planView) showBlockers(r plan.Report) {
	var d dialog.Dialog
	items := container.NewVBox()
	for _, f := range r.Findings {
		if f.Severity != plan.Error {
			continue
		}
		f := f
		goTo := widget.NewButtonWithIcon("Go to it", theme.NavigateNextIcon(), func() {
			d.Hide()
			v.ed.GoTo(f)
		})
		icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
		items.Add(container.NewBorder(nil, nil, icon, goTo, wrapped(f.Message)))
	}
	intro := messageLabel(fmt.Sprintf("Before the plan can be issued as final, %s must be put right. "+
		"“Go to it” shows you where.", plural(r.Errors, "thing", "things")))
	scroll := container.NewVScroll(items)
	scroll.SetMinSize(fyne.NewSize(640, min(float32(len(items.Objects))*64, 360)))
	d = keydialog.NewCustom("This plan cannot be issued yet", "Close", container.NewBorder(intro, nil, nil, nil, scroll), v.a.win)
	d.Show()
}

// issue makes the plan final, dated today, and keeps the version.
func (v *planView) issue() {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	today := v.a.today()
	p := issueCandidate(v.plan(), today)
	if err := v.a.st.IssueVersion(p, v.a.by()); err != nil {
		what, todo := explainSaveError(err)
		v.a.showMessage("The plan was not issued", what+"\n\n"+todo)
		return
	}
	v.reloadFromStore(p.ID)
	v.a.showMessage("Final plan issued", fmt.Sprintf("Version %d of %s’s plan is now final, issued %s. Next review due %s.",
		p.Version, p.Person.Name, today.Long(), orDash(p.Dates.NextReview.Long())))
}

// issueCandidate is a copy of p as it would be issued today: final,
// dated today, with the next review 12 months on unless one is set. The
// checker judges this copy, so rules for final plans (a named placement,
// a review date) apply and the draft-only rule (Section I blank) does not.
func issueCandidate(p *plan.Plan, today plan.Date) *plan.Plan {
	c := p.Clone()
	c.Status = plan.StatusFinal
	c.Dates.Issued = today
	if c.Dates.NextReview.IsZero() {
		c.Dates.NextReview = nextReview(c)
	}
	return c
}

// nextReview is when a newly issued plan's annual review falls due.
func nextReview(p *plan.Plan) plan.Date {
	if p.Dates.LastReview.After(p.Dates.Issued) {
		return plan.NextReviewDue(p.Dates.LastReview)
	}
	return plan.NextReviewDue(p.Dates.Issued)
}

// askAmendment explains and starts an amendment of a final plan.
func (v *planView) askAmendment() {
	p := v.plan()
	text := fmt.Sprintf("This starts version %d of %s’s plan as a draft, copied from the final plan. "+
		"The issued version %d stays as it is.", p.Version+1, p.Person.Name, p.Version)
	keydialog.ShowCustomConfirm("Start an amendment?", "Start amendment", "Cancel", messageLabel(text),
		func(ok bool) {
			if ok {
				v.startAmendment()
			}
		}, v.a.win)
}

func (v *planView) startAmendment() {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	p, err := v.a.st.StartAmendment(v.plan().ID, v.a.by())
	if err != nil {
		v.a.showProblem("The amendment could not be started", err)
		return
	}
	v.reload(p, "")
}

// reloadFromStore reopens the plan as stored.
func (v *planView) reloadFromStore(id string) {
	p, err := v.a.st.Load(id)
	if err != nil {
		v.a.showProblem("The plan could not be read again", err)
		return
	}
	v.reload(p, "")
}
