package editor

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// statusHint explains why each new progress row already says "Progressing".
const statusHint = "When a review is planned, each outcome starts as “Progressing”. Change each one to what the meeting agreed."

// reviewsPage: the plan's annual reviews, newest first, each as the steps
// of the cycle in order, with the date each is due. Reviews are kept in
// the plan in the order they were recorded, so paths stay put; only the
// page shows them by date.
func (e *Editor) reviewsPage() fyne.CanvasObject {
	parts := []fyne.CanvasObject{
		pageTitle("Reviews", "Each annual review, step by step: plan the meeting, record it, send the report, record the local authority’s decision and, to amend the plan, send the proposed amendments. Each step shows the date the law sets for it. The newest review is first."),
		e.nextStepLine(),
	}
	record := addButton("Plan a review meeting", e.recordReview)
	e.register(record, "reviews")
	parts = append(parts, record)
	if len(e.p.Reviews) == 0 {
		parts = append(parts, hint("No reviews recorded yet."))
	}
	for _, i := range e.reviewOrder() {
		parts = append(parts, e.reviewCard(i))
	}
	return page(parts...)
}

// nextStepLine says the plan's next statutory step (plan.NextStep), kept
// up to date as the review is written.
func (e *Editor) nextStepLine() fyne.CanvasObject {
	l := para("")
	l.TextStyle.Bold = true
	show := func(check.Report) {
		s, ok := plan.NextStep(e.p, e.opt.Today())
		switch {
		case !ok:
			l.Importance = widget.LowImportance
			l.SetText("Next step: nothing is due for this plan.")
		case s.Overdue:
			l.Importance = widget.DangerImportance
			l.SetText("Next step, overdue: " + s.Words + ".")
		default:
			l.Importance = widget.MediumImportance
			l.SetText("Next step: " + s.Words + ".")
		}
	}
	show(e.report)
	e.onCheck = append(e.onCheck, show)
	return l
}

// reviewOrder lists the reviews' indexes newest first; reviews without a
// date come first, and of two on the same day the later recorded leads.
func (e *Editor) reviewOrder() []int {
	rs := e.p.Reviews
	order := make([]int, len(rs))
	for i := range order {
		order[i] = len(rs) - 1 - i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		da, db := rs[a].Date, rs[b].Date
		switch {
		case da.IsZero() && db.IsZero():
			return 0
		case da.IsZero():
			return -1
		case db.IsZero():
			return 1
		}
		return db.Compare(da)
	})
	return order
}

func reviewTitle(d plan.Date, today plan.Date) string {
	switch {
	case d.IsZero():
		return "Review (no date yet)"
	case d.After(today):
		return "Review planned for " + d.Long()
	}
	return "Review on " + d.Long()
}

func (e *Editor) reviewCard(i int) fyne.CanvasObject {
	c := &reviewCard{e: e, i: i, path: itemPath("reviews", i)}
	title := boldLabel(reviewTitle(c.r().Date, e.opt.Today()))
	e.onCheck = append(e.onCheck, func(check.Report) { title.SetText(reviewTitle(c.r().Date, e.opt.Today())) })
	parts := []fyne.CanvasObject{c.planStep(), c.meetingStep(), c.reportStep(), c.decisionStep()}
	if c.r().Decision == "amend" {
		parts = append(parts, c.amendStep())
	}
	return cardWith(title, []fyne.CanvasObject{e.removeFor(c.path, func() { e.askRemoveReview(i) })}, parts...)
}

// progressRow is one outcome's progress at review i: which outcome, how it
// is going, and a note.
func (e *Editor) progressRow(i, j int) fyne.CanvasObject {
	g := func() *plan.Progress { return &e.p.Reviews[i].Progress[j] }
	path := itemPath(itemPath("reviews", i)+".progress", j)
	outcome, broken := e.progressOutcomeSelect(i, j, path+".outcome", path)
	status := choose(e, progressStatuses, func() *plan.ProgressStatus { return &g().Status }, textChange,
		func(plan.ProgressStatus) { e.syncReview(i) }, path+".status")
	note := e.syncing(i, e.textEntry(func() *string { return &g().Note }, 2, path+".note"))
	note.SetPlaceHolder("What the meeting said about this outcome.")
	body := []fyne.CanvasObject{
		twoCols(labelled("Outcome", "", outcome), labelled("How it is going", "", status)),
	}
	if broken != nil {
		body = append(body, broken)
	}
	body = append(body, labelled("Note", "", note))
	remove := e.removeFor(path, func() { e.askRemoveProgress(i, j) })
	return container.NewBorder(nil, nil, nil, container.NewVBox(remove), container.NewVBox(body...))
}

// progressOutcomeSelect picks the outcome a progress row is about, from
// the plan's outcomes. A link to an outcome that has gone is shown as
// "O9 (no longer in the plan)", with a warning under the row.
func (e *Editor) progressOutcomeSelect(i, j int, paths ...string) (*widget.Select, fyne.CanvasObject) {
	g := func() *plan.Progress { return &e.p.Reviews[i].Progress[j] }
	var outs []plan.ItemRef
	for _, r := range e.p.Items() {
		if r.Kind == plan.KindOutcome {
			outs = append(outs, r)
		}
	}
	choices := func() (ids, labels []string) {
		for _, r := range outs {
			ids = append(ids, r.ID)
			labels = append(labels, r.ID+" – "+short(orBlank(e.textOf(r)()), 60))
		}
		if cur := g().Outcome; cur != "" && !slices.Contains(ids, cur) {
			ids = append(ids, cur)
			labels = append(labels, cur+" (no longer in the plan)")
		}
		return ids, labels
	}
	s := widget.NewSelect(nil, nil)
	s.PlaceHolder = "Pick an outcome"
	fill := func() {
		ids, labels := choices()
		s.Options = labels
		s.Selected = ""
		if k := slices.Index(ids, g().Outcome); k >= 0 {
			s.Selected = labels[k]
		}
		s.Refresh()
	}
	fill()
	for _, r := range outs {
		e.onRelabel(r.ID, fill)
	}
	s.OnChanged = func(label string) {
		ids, labels := choices()
		if k := slices.Index(labels, label); k >= 0 && ids[k] != g().Outcome {
			cur := g().Outcome
			wasBroken := cur != "" && !slices.ContainsFunc(outs, func(r plan.ItemRef) bool { return r.ID == cur })
			g().Outcome = ids[k]
			if wasBroken {
				e.changed(structChange) // drop the broken-link warning
				return
			}
			e.changed(linkChange)
		}
	}
	e.register(s, paths...)
	var broken fyne.CanvasObject
	if cur := g().Outcome; cur != "" && !slices.ContainsFunc(outs, func(r plan.ItemRef) bool { return r.ID == cur }) {
		w := hint(cur + " is no longer in the plan. Pick the outcome again, or remove this row.")
		w.Importance = widget.DangerImportance
		broken = w
	}
	return s, broken
}

// linesEntry edits a list of short texts as one per line. Blank lines and
// spaces at the ends of lines are not kept.
func (e *Editor) linesEntry(get func() *[]string, rows int, paths ...string) *textBox {
	en := e.newTextBox(strings.Join(*get(), "\n"), rows)
	en.OnChanged = func(s string) {
		*get() = splitLines(s)
		e.changed(textChange)
	}
	e.register(en, paths...)
	return en
}

// splitLines reads one item per line, dropping blank lines; nil if none.
func splitLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// recordReview adds a review with no date yet, with a row for each outcome
// in the plan marked "Progressing", and puts the cursor in its date.
func (e *Editor) recordReview() {
	var r plan.Review
	for _, ref := range e.p.Items() {
		if ref.Kind == plan.KindOutcome {
			r.Progress = append(r.Progress, plan.Progress{Outcome: ref.ID, Status: "progressing"})
		}
	}
	e.p.Reviews = append(e.p.Reviews, r)
	e.changed(structChange)
	e.focusPath(itemPath("reviews", len(e.p.Reviews)-1) + ".date")
}

// addProgress adds a progress row to review i, marked "Progressing".
func (e *Editor) addProgress(i int) {
	r := &e.p.Reviews[i]
	r.Progress = append(r.Progress, plan.Progress{Status: "progressing"})
	e.changed(structChange)
	e.focusPath(itemPath(itemPath("reviews", i)+".progress", len(r.Progress)-1) + ".outcome")
}

func (e *Editor) askRemoveReview(i int) {
	what := "the review with no date"
	if d := e.p.Reviews[i].Date; !d.IsZero() {
		what = "the review on " + d.Long()
	}
	e.confirm("Remove this review?",
		fmt.Sprintf("This removes %s and everything written about it.\n\nThe review dates on About the young person stay as they are.", what),
		"Remove", func() {
			e.p.Reviews = slices.Delete(e.p.Reviews, i, i+1)
			e.changed(structChange)
		})
}

// askRemoveProgress removes a progress row, asking first if it has a note.
func (e *Editor) askRemoveProgress(i, j int) {
	remove := func() {
		r := &e.p.Reviews[i]
		r.Progress = slices.Delete(r.Progress, j, j+1)
		e.changed(structChange)
	}
	g := e.p.Reviews[i].Progress[j]
	if strings.TrimSpace(g.Note) == "" {
		remove()
		return
	}
	name := g.Outcome
	if name == "" {
		name = "this outcome"
	}
	e.confirm("Remove this progress note?",
		fmt.Sprintf("“%s”\n\nThis removes what the review said about %s.", short(g.Note, 120), name),
		"Remove", remove)
}
