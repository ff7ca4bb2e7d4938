package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// reviewCard builds one review's card as the steps of the cycle. Every
// line that says a due date or a problem is refreshed after each edit (as
// one of the page's onCheck refreshers), so a date typed in one step moves
// the due dates of the others at once.
type reviewCard struct {
	e    *Editor
	i    int
	path string // "reviews[2]"
}

func (c *reviewCard) r() *plan.Review  { return &c.e.p.Reviews[c.i] }
func (c *reviewCard) today() plan.Date { return c.e.opt.Today() }

// live shows text from f now and after every edit.
func (c *reviewCard) live(l *widget.Label, f func() (string, widget.Importance)) *widget.Label {
	show := func(check.Report) {
		text, imp := f()
		l.Importance = imp
		l.SetText(text)
		if text == "" {
			l.Hide()
		} else {
			l.Show()
		}
	}
	show(c.e.report)
	c.e.onCheck = append(c.e.onCheck, show)
	return l
}

// stepHead is a step's number and title over its due line.
func (c *reviewCard) stepHead(n int, title string, due func() (string, widget.Importance)) fyne.CanvasObject {
	h := boldLabel(fmt.Sprintf("%d. %s", n, title))
	h.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(widget.NewSeparator(), h, c.live(para(""), due))
}

// dueLine words a step's due date: done, overdue or still to come.
// A review followed by a later meeting is history: what it left open is
// no longer due, and says only that it was not recorded.
func (c *reviewCard) dueLine(rule plan.Rule, due plan.Date, done bool, doneWords string) (string, widget.Importance) {
	switch {
	case done:
		return "Done: " + doneWords + ".", widget.SuccessImportance
	case due.IsZero():
		return "", widget.LowImportance
	case superseded(c.e.p, c.i, c.today()):
		return "Not recorded (a later review has been held).", widget.LowImportance
	case due.Before(c.today()):
		late := due.DaysUntil(c.today())
		return fmt.Sprintf("Overdue by %s: %s.", plural(late, "day"), dueWords(rule, due)), widget.DangerImportance
	}
	return dueWords(rule, due) + ".", widget.WarningImportance
}

// dateBox edits one of the review's dates. Under it a quiet line reads the
// date back in words, or says in plain words what is wrong with it (typed
// badly, or out of order with the meeting, see reviewProblem); the date is
// kept either way, so nothing typed is lost. after runs after a new date,
// with the old one, and says how much the edit changed.
func (c *reviewCard) dateBox(field string, after func(old plan.Date) change) fyne.CanvasObject {
	e := c.e
	get := func() *plan.Date { return reviewDate(c.r(), field) }
	en := e.newTextBox(showDate(*get()), 0)
	en.SetPlaceHolder("DD/MM/YYYY")
	note := hint("")
	show := func(check.Report) {
		if _, err := parseDateInput(en.Text); err != nil {
			setNote(note, widget.WarningImportance, sentence(err.Error()))
			return
		}
		if msg := reviewProblem(c.r(), field, c.today()); msg != "" {
			setNote(note, widget.DangerImportance, msg)
			return
		}
		setNote(note, widget.LowImportance, get().Long())
	}
	en.OnChanged = func(s string) {
		d, err := parseDateInput(s)
		if err != nil || *get() == d {
			show(e.report)
			return
		}
		old := *get()
		*get() = d
		how := textChange
		if after != nil {
			how = after(old)
		}
		e.changed(how)
		if how == structChange { // the page was built again: keep typing where it was
			e.focusPath(c.path + "." + field)
			if box, ok := e.Field(c.path + "." + field).(*textBox); ok {
				box.CursorColumn = len([]rune(box.Text))
				box.Refresh()
			}
		}
	}
	show(e.report)
	e.onCheck = append(e.onCheck, show)
	e.register(en, c.path+"."+field)
	return container.NewVBox(en, note)
}

// syncReview sets the plan's review dates from review i, if its meeting
// is the latest held (syncReviewDates). Called before an edit of what was
// said at the meeting reports its change, so a meeting planned ahead sets
// the dates once it is recorded.
func (e *Editor) syncReview(i int) {
	syncReviewDates(e.p, i, e.p.Reviews[i].Date, e.opt.Today())
}

// syncing makes a text box about review i's meeting set the review dates
// before it reports its change.
func (e *Editor) syncing(i int, en *textBox) *textBox {
	typed := en.OnChanged
	en.OnChanged = func(s string) {
		e.syncReview(i)
		typed(s)
	}
	return en
}

// planStep: the meeting's date, when the invitations went, who is invited.
func (c *reviewCard) planStep() fyne.CanvasObject {
	e, r := c.e, c.r
	head := c.stepHead(1, "Plan the meeting", func() (string, widget.Importance) {
		base := meetingBase(e.p, c.i)
		if base.IsZero() {
			return "", widget.LowImportance
		}
		rule := meetingRule(e.p, base)
		due := rule.Due(base)
		if d := r().Date; !d.IsZero() {
			if d.After(due) {
				return fmt.Sprintf("The meeting is after the date the law sets for it: it was due by %s.", due.Long()), widget.DangerImportance
			}
			return fmt.Sprintf("The meeting is within the time the law sets: it was due by %s.", due.Long()), widget.SuccessImportance
		}
		return c.dueLine(rule, due, false, "")
	})
	date := c.dateBox(fieldDate, func(old plan.Date) change {
		wasHeld := !old.IsZero() && !old.After(c.today())
		syncReviewDates(e.p, c.i, old, c.today())
		if held(r(), c.today()) != wasHeld {
			return structChange // step 2 opens once the meeting has happened
		}
		return textChange
	})
	invite := c.live(para(""), func() (string, widget.Importance) {
		d := r().Date
		if d.IsZero() {
			return "Put in the date of the meeting: the invitations go out at least 2 weeks before it.", widget.LowImportance
		}
		rule := plan.RuleFor("review_invite")
		if !r().Invited.IsZero() {
			return fmt.Sprintf("Invitations sent on %s. The last day for them was %s.", r().Invited.Long(), rule.Due(d).Long()), widget.SuccessImportance
		}
		if held(r(), c.today()) {
			return fmt.Sprintf("The last day for invitations was %s. Put in the date they were sent.", rule.Due(d).Long()), widget.LowImportance
		}
		return c.dueLine(rule, rule.Due(d), false, "")
	})
	parts := []fyne.CanvasObject{head,
		twoCols(labelled("Date of the review meeting", "", date),
			labelled("Invitations and advice sent on", "", c.dateBox(fieldInvited, nil))),
		invite,
	}
	if !held(r(), c.today()) {
		parts = append(parts, labelled("Who is invited", "One name per line, for example: Jordan, Mum, Form tutor.",
			e.linesEntry(func() *[]string { return &r().Attendees }, 3, c.path+".attendees")))
	}
	return container.NewVBox(parts...)
}

// meetingStep: who came, the views, progress on each outcome and the
// recommendation, once the meeting has happened.
func (c *reviewCard) meetingStep() fyne.CanvasObject {
	e, r := c.e, c.r
	head := c.stepHead(2, "Record the meeting", func() (string, widget.Importance) {
		switch {
		case r().Date.IsZero():
			return "Put in the date of the meeting first.", widget.LowImportance
		case r().Recommendation != "":
			return "Done. The meeting recommends: " + plan.Lower(plan.RecommendationWord(r().Recommendation)) + ".", widget.SuccessImportance
		case held(r(), c.today()):
			return "Record who came, what was said, progress on each outcome and what the meeting recommends.", widget.WarningImportance
		}
		return fmt.Sprintf("After the meeting on %s, record here who came and what was said.", r().Date.Long()), widget.LowImportance
	})
	if !held(r(), c.today()) && !meetingRecorded(r()) {
		return head
	}
	datesSet := c.live(hint(""), func() (string, widget.Importance) {
		if d := e.p.Dates; d.LastReview == r().Date && !d.NextReview.IsZero() {
			return fmt.Sprintf("The plan’s last review is now %s and the next review is due by %s (on About the young person).",
				d.LastReview.Long(), d.NextReview.Long()), widget.LowImportance
		}
		return "", widget.LowImportance
	})
	parts := []fyne.CanvasObject{head, datesSet,
		labelled("Who came", "One name per line. It starts with who was invited: take out anyone who did not come.",
			e.syncing(c.i, e.linesEntry(func() *[]string { return &r().Attendees }, 4, c.path+".attendees"))),
	}
	parts = append(parts, c.viewsPart()...)
	parts = append(parts, sectionTitle("Progress towards each outcome", statusHint))
	for j := range r().Progress {
		parts = append(parts, e.progressRow(c.i, j))
	}
	add := addButton("Add an outcome to this review", func() { e.addProgress(c.i) })
	e.register(add, c.path+".progress")
	parts = append(parts, add,
		labelled("What the meeting recommends", "", choose(e, recommendations,
			func() *plan.Recommendation { return &r().Recommendation }, textChange,
			func(plan.Recommendation) { e.syncReview(c.i) }, c.path+".recommendation")))
	return container.NewVBox(parts...)
}

// reportStep: the report of the meeting, due 2 weeks after it.
func (c *reviewCard) reportStep() fyne.CanvasObject {
	r := c.r
	rule := plan.RuleFor("review_report")
	head := c.stepHead(3, "Send the report of the meeting", func() (string, widget.Importance) {
		if r().Date.IsZero() {
			return "", widget.LowImportance
		}
		return c.dueLine(rule, rule.Due(r().Date), !r().ReportSent.IsZero(), "sent on "+r().ReportSent.Long())
	})
	return container.NewVBox(head, labelled("Report sent to everyone invited on", "",
		halfWidth(c.dateBox(fieldReportSent, nil))))
}

// decisionStep: the local authority's decision, due 4 weeks after the
// meeting. It may differ from what the meeting recommended.
func (c *reviewCard) decisionStep() fyne.CanvasObject {
	e, r := c.e, c.r
	rule := plan.RuleFor("review_decision")
	head := c.stepHead(4, "Record the local authority’s decision", func() (string, widget.Importance) {
		if r().Date.IsZero() {
			return "", widget.LowImportance
		}
		done := r().Decision != "" && !r().DecisionDate.IsZero()
		return c.dueLine(rule, rule.Due(r().Date), done,
			"decided on "+r().DecisionDate.Long()+" to "+plan.Lower(plan.RecommendationWord(r().Decision)))
	})
	decision := choose(e, recommendations, func() *plan.Recommendation { return &r().Decision }, structChange, nil, c.path+".decision")
	return container.NewVBox(head,
		hint("The decision may differ from what the meeting recommended. The family must be told it within 4 weeks of the meeting."),
		twoCols(labelled("The decision", "", decision),
			labelled("Decided on", "", c.dateBox(fieldDecisionDate, nil))))
}

// amendStep: after a decision to amend, the proposed amendments go to the
// family, who have 15 days to comment; the amended plan is due 8 weeks
// after they were sent.
func (c *reviewCard) amendStep() fyne.CanvasObject {
	e, r := c.e, c.r
	notice := plan.RuleFor("amendment_notice")
	head := c.stepHead(5, "Send the proposed amendments", func() (string, widget.Importance) {
		if r().Date.IsZero() {
			return "", widget.LowImportance
		}
		due := notice.Due(r().Date)
		if r().DecisionDate.After(due) {
			due = r().DecisionDate
		}
		return c.dueLine(notice, due, !r().AmendmentSent.IsZero(), "sent on "+r().AmendmentSent.Long())
	})
	after := c.live(para(""), func() (string, widget.Importance) {
		sent := r().AmendmentSent
		if sent.IsZero() {
			return "Once they are sent, the family have 15 days to comment, and the amended plan is due within 8 weeks.", widget.LowImportance
		}
		comment := dueWords(plan.RuleFor("amendment_comments"), plan.CommentBy(sent)) + "."
		planRule := plan.RuleFor("amended_plan")
		if e.p.Status == plan.StatusFinal && !e.p.Dates.Issued.Before(sent) {
			return comment + " Done: the amended plan was issued on " + e.p.Dates.Issued.Long() + ".", widget.SuccessImportance
		}
		text, imp := c.dueLine(planRule, planRule.Due(sent), false, "")
		return comment + " " + text, imp
	})
	parts := []fyne.CanvasObject{head,
		labelled("Proposed amendments and notice sent to the family on", "",
			halfWidth(c.dateBox(fieldAmendmentSent, nil))),
		after,
	}
	switch {
	case superseded(e.p, c.i, c.today()):
	case e.p.Status == plan.StatusFinal && e.opt.OnAmendFrom != nil:
		start := widget.NewButtonWithIcon("Start amendment", theme.DocumentCreateIcon(), func() { e.askAmendFromReview(c.i) })
		start.Importance = widget.HighImportance
		e.register(start, c.path+".amend")
		parts = append(parts, hint("Start the amended plan from what this review found: you choose what it carries forward."),
			container.NewHBox(start))
	case e.p.Status == plan.StatusDraft && !e.p.Dates.Issued.IsZero():
		parts = append(parts, hint(fmt.Sprintf("The amendment is being written as version %d. Put in the date above when the proposed amendments go to the family.", e.p.Version)))
	}
	return container.NewVBox(parts...)
}

// halfWidth keeps a short field to the width of one of twoCols' columns.
func halfWidth(o fyne.CanvasObject) fyne.CanvasObject { return twoCols(o, layout.NewSpacer()) }
