package editor

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// aboutDatesHint is shown under the date of a newly recorded review: the
// plan's own review dates are not changed for the caseworker.
const aboutDatesHint = "Also set the last and next review dates on About the young person."

// statusHint explains why each new progress row already says "Progressing".
const statusHint = "When a review is recorded, each outcome starts as “Progressing”. Change each one to what the meeting agreed."

// reviewsPage: the plan's annual reviews, newest first. Reviews are kept
// in the plan in the order they were recorded, so paths stay put; only the
// page shows them by date.
func (e *Editor) reviewsPage() fyne.CanvasObject {
	parts := []fyne.CanvasObject{
		pageTitle("Reviews", "What was said at each annual review meeting: who came, what is working and what is not, progress towards each outcome, and what the review recommends. The newest review is first."),
	}
	record := addButton("Record a review", e.recordReview)
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

func reviewTitle(d plan.Date) string {
	if d.IsZero() {
		return "Review (no date yet)"
	}
	return "Review on " + d.Long()
}

func (e *Editor) reviewCard(i int) fyne.CanvasObject {
	r := func() *plan.Review { return &e.p.Reviews[i] }
	path := itemPath("reviews", i)
	title := boldLabel(reviewTitle(r().Date))
	aboutHint := hint(aboutDatesHint)
	showAboutHint := func() {
		if e.needsAboutDates(i) {
			aboutHint.Show()
		} else {
			aboutHint.Hide()
		}
	}
	showAboutHint()
	_, date := e.dateEntry(func() *plan.Date { return &r().Date }, func() {
		title.SetText(reviewTitle(r().Date))
		showAboutHint()
	}, path+".date", path)

	parts := []fyne.CanvasObject{
		labelled("Date of the review meeting", "", container.NewVBox(date, aboutHint)),
		labelled("Who came", "One name per line, for example: Jordan, Mum, Form tutor.",
			e.linesEntry(func() *[]string { return &r().Attendees }, 4, path+".attendees")),
		labelled("What is working", "One point per line.",
			e.linesEntry(func() *[]string { return &r().Working }, 3, path+".working")),
		labelled("What is not working", "One point per line.",
			e.linesEntry(func() *[]string { return &r().NotWorking }, 3, path+".not_working")),
		labelled("What we want to happen next", "One point per line.",
			e.linesEntry(func() *[]string { return &r().Future }, 3, path+".future")),
		sectionTitle("Progress towards each outcome", statusHint),
	}
	for j := range r().Progress {
		parts = append(parts, e.progressRow(i, j))
	}
	add := addButton("Add an outcome to this review", func() { e.addProgress(i) })
	e.register(add, path+".progress")
	parts = append(parts, add,
		widget.NewSeparator(),
		labelled("What the review recommends", "", choose(e, recommendations,
			func() *plan.Recommendation { return &r().Recommendation }, textChange, nil, path+".recommendation")),
	)
	return cardWith(title, []fyne.CanvasObject{e.removeFor(path, func() { e.askRemoveReview(i) })}, parts...)
}

// needsAboutDates is true when review i is the newest and is later than
// the last review date on the About page, so that date wants updating.
func (e *Editor) needsAboutDates(i int) bool {
	d := e.p.Reviews[i].Date
	if d.IsZero() {
		return false
	}
	for k, o := range e.p.Reviews {
		if k != i && o.Date.After(d) {
			return false
		}
	}
	last := e.p.Dates.LastReview
	return last.IsZero() || d.After(last)
}

// progressRow is one outcome's progress at review i: which outcome, how it
// is going, and a note.
func (e *Editor) progressRow(i, j int) fyne.CanvasObject {
	g := func() *plan.Progress { return &e.p.Reviews[i].Progress[j] }
	path := itemPath(itemPath("reviews", i)+".progress", j)
	outcome, broken := e.progressOutcomeSelect(i, j, path+".outcome", path)
	status := choose(e, progressStatuses, func() *plan.ProgressStatus { return &g().Status }, textChange, nil, path+".status")
	note := e.textEntry(func() *string { return &g().Note }, 2, path+".note")
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

// recordReview adds a review dated today, with a row for each outcome in
// the plan marked "Progressing". It does not change the plan's own review
// dates: the card says where to set them.
func (e *Editor) recordReview() {
	r := plan.Review{Date: e.opt.Today()}
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
