package editor

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// issuedPlan is a final plan issued on 20 March 2025, whose first annual
// review is due by 20 March 2026 (testToday is 2 March 2026).
func issuedPlan() *plan.Plan {
	p := twoOutcomePlan()
	p.Status = plan.StatusFinal
	p.Version = 1
	p.Person.DateOfBirth = d("2010-11-02") // Year 10: no phase transfer this year
	p.Dates.Issued = d("2025-03-20")
	p.Dates.NextReview = d("2026-03-20")
	p.Areas[0].Outcomes = append(p.Areas[0].Outcomes, plan.Outcome{ID: "O3", Text: "I will buy my lunch on my own."})
	return p
}

// pageText is every visible label on the form, one a line.
func (h *harness) pageText() string { return strings.Join(labelsIn(h.e.formScroll.Content), "\n") }

// noteUnder is the line under the date box for path.
func (h *harness) noteUnder(path string) *widget.Label {
	h.t.Helper()
	box := h.entry(path)
	for _, o := range objects(h.e.formScroll.Content) {
		if v, ok := o.(*fyne.Container); ok && len(v.Objects) == 2 && v.Objects[0] == fyne.CanvasObject(box) {
			if l, ok := v.Objects[1].(*widget.Label); ok {
				return l
			}
		}
	}
	h.t.Fatalf("no note under %s", path)
	return nil
}

// Each step shows the date the law sets for it, and what the page says
// moves on as the review is written: the last day for invitations, the
// report and the decision from the meeting, the family's 15 days and the
// amended plan's 8 weeks from the proposed amendments.
func TestReviewStepsShowTheirDueDates(t *testing.T) {
	p := issuedPlan()
	h := newHarness(t, p, Options{OnAmendFrom: func(func(*plan.Plan) []string) {}})
	h.e.ShowPage("reviews")
	if got := h.pageText(); !strings.Contains(got, "Next step: Send review invitations and advice by 6 Mar.") {
		t.Errorf("no next step on the page:\n%s", got)
	}
	test.Tap(h.button("reviews"))
	if got := h.pageText(); !strings.Contains(got, "Hold the annual review by 20 March 2026.") {
		t.Errorf("a new review does not say when the meeting is due:\n%s", got)
	}

	test.Type(h.entry("reviews[0].date"), "17/03/2026")
	text := h.pageText()
	for _, want := range []string{
		"Review planned for 17 March 2026",
		"The meeting is within the time the law sets: it was due by 20 March 2026.",
		"Send review invitations and advice by 3 March 2026.",
		"After the meeting on 17 March 2026, record here who came and what was said.",
		"Next step: Send review invitations and advice by 3 Mar.",
		"Send the review report by 31 March 2026.",
		"Decision due 14 April 2026.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("planned meeting: no %q on the page:\n%s", want, text)
		}
	}
	if h.e.Field("reviews[0].recommendation") != nil {
		t.Error("the meeting's record shows before the meeting")
	}
	if !p.Dates.LastReview.IsZero() || p.Dates.NextReview != d("2026-03-20") {
		t.Errorf("planning a meeting changed the review dates: %+v", p.Dates)
	}
	typeLines(h.entry("reviews[0].attendees"), "Jordan", "Mum")
	test.Type(h.entry("reviews[0].invited"), "01/03/2026")
	if got := h.pageText(); !strings.Contains(got, "Invitations sent on 1 March 2026. The last day for them was 3 March 2026.") ||
		!strings.Contains(got, "Next step: Hold the annual review by 17 Mar.") {
		t.Errorf("after the invitations went:\n%s", got)
	}

	// The meeting happened earlier than planned: the record opens.
	meeting := h.entry("reviews[0].date")
	meeting.SetText("")
	test.Type(h.entry("reviews[0].date"), "10/02/2026")
	if h.e.Field("reviews[0].recommendation") == nil {
		t.Fatal("the meeting's record did not open once the meeting was held")
	}
	if got := h.entry("reviews[0].attendees").Text; got != "Jordan\nMum" {
		t.Errorf("who came starts as %q, want who was invited", got)
	}
	if p.Dates.LastReview != d("2026-02-10") || p.Dates.NextReview != d("2027-02-10") {
		t.Errorf("recording the meeting set %+v, want last 2026-02-10 and next 2027-02-10", p.Dates)
	}
	text = h.pageText()
	for _, want := range []string{
		"The plan’s last review is now 10 February 2026 and the next review is due by 10 February 2027 (on About the young person).",
		"Overdue by 6 days: Send the review report by 24 February 2026.",
		"Next step, overdue: Send the review report by 24 Feb (6 days late).",
		"Decision due 10 March 2026.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("held meeting: no %q on the page:\n%s", want, text)
		}
	}
	test.Type(h.entry("reviews[0].report_sent"), "26/02/2026")
	h.selectFor("reviews[0].decision").SetSelected("Change (amend) the plan")
	test.Type(h.entry("reviews[0].decision_date"), "27/02/2026")
	text = h.pageText()
	for _, want := range []string{
		"Done: sent on 26 February 2026.",
		"Done: decided on 27 February 2026 to change (amend) the plan.",
		"Send the proposed amendments by 10 March 2026.",
		"Once they are sent, the family have 15 days to comment, and the amended plan is due within 8 weeks.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("after the decision: no %q on the page:\n%s", want, text)
		}
	}
	if h.e.Field("reviews[0].amend") == nil {
		t.Error("no Start amendment on a review whose decision is to amend")
	}
	test.Type(h.entry("reviews[0].amendment_sent"), "02/03/2026")
	text = h.pageText()
	for _, want := range []string{
		"The family may comment until 17 March 2026. Issue the amended plan by 27 April 2026.",
		"Next step: Issue the amended plan by 27 Apr.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("after the amendments went: no %q on the page:\n%s", want, text)
		}
	}
}

// A date out of order with the meeting, or a meeting recorded before it
// happened, says why beside the field in plain words, and keeps the date
// as typed, reported as an edit so autosave keeps it too.
func TestReviewDatesOutOfOrderSayWhyAndAreKept(t *testing.T) {
	p := issuedPlan()
	p.Reviews = []plan.Review{{Date: d("2026-02-20"), Recommendation: "maintain",
		Progress: []plan.Progress{{Outcome: "O1", Status: "achieved"}}}}
	p.Dates.LastReview, p.Dates.NextReview = d("2026-02-20"), d("2027-02-20")
	h := newHarness(t, p, Options{})
	h.e.ShowPage("reviews")
	cases := []struct {
		field, typed string
		want         string
		stored       func() plan.Date
	}{
		{"decision_date", "19/02/2026", "The decision is dated before the meeting (20 February 2026). It can only be made after the meeting.",
			func() plan.Date { return p.Reviews[0].DecisionDate }},
		{"report_sent", "01/02/2026", "The report is dated before the meeting (20 February 2026). It can only be sent after the meeting.",
			func() plan.Date { return p.Reviews[0].ReportSent }},
		{"invited", "21/02/2026", "The invitations are dated after the meeting (20 February 2026). They go out before it: at least 2 weeks before.",
			func() plan.Date { return p.Reviews[0].Invited }},
		{"date", "20/03/2026", "This date is after today, but what was said at the meeting is already recorded below. A meeting can only be recorded once it has happened: check the date.",
			func() plan.Date { return p.Reviews[0].Date }},
	}
	for _, c := range cases {
		before := h.changes
		h.entry("reviews[0]." + c.field).SetText("")
		test.Type(h.entry("reviews[0]."+c.field), c.typed)
		want, _ := parseDateInput(c.typed)
		if got := c.stored(); got != want {
			t.Errorf("%s: typed %s, stored %s: the date was not kept", c.field, c.typed, got)
		}
		if h.changes == before {
			t.Errorf("%s: the date was not reported as an edit, so it would not be saved", c.field)
		}
		if n := h.noteUnder("reviews[0]." + c.field); n.Text != c.want || n.Importance != widget.DangerImportance {
			t.Errorf("%s: the line under the box says %q (importance %v), want %q", c.field, n.Text, n.Importance, c.want)
		}
	}
	if p.Dates.LastReview != d("2026-02-20") {
		t.Errorf("moving the meeting after today moved the last review to %s", p.Dates.LastReview)
	}
	// Put right, the messages go, and the other dates are read again.
	date := h.entry("reviews[0].date")
	date.SetText("")
	test.Type(h.entry("reviews[0].date"), "18/01/2026")
	for _, f := range []string{"decision_date", "report_sent"} {
		if n := h.noteUnder("reviews[0]." + f); n.Importance == widget.DangerImportance {
			t.Errorf("%s still says %q once the meeting is dated 18 January", f, n.Text)
		}
	}
	if n := h.noteUnder("reviews[0].invited"); !strings.Contains(n.Text, "after the meeting (18 January 2026)") {
		t.Errorf("the invitations' line was not read again against the new date: %q", n.Text)
	}
	if n := h.noteUnder("reviews[0].date"); n.Text != "18 January 2026" {
		t.Errorf("the meeting's date reads back %q", n.Text)
	}
}

// Each speaker may star two points of each kind: a third star is not kept
// and the row says why; a starred point moved to a speaker with two
// already loses its star, saying so.
func TestTopTwoIsEnforcedGently(t *testing.T) {
	p := issuedPlan()
	p.Reviews = []plan.Review{{Date: d("2026-02-20"), Views: []plan.View{
		{Who: "young_person", Kind: "working", Text: "Football club", Top: true},
		{Who: "young_person", Kind: "working", Text: "My tutor", Top: true},
		{Who: "young_person", Kind: "working", Text: "Lunch club"},
		{Who: "young_person", Kind: "future", Text: "Work with animals"},
		{Who: "family", Kind: "working", Text: "The buddy scheme", Top: true},
	}}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("reviews")
	test.Tap(h.check("reviews[0].views[2].top"))
	if p.Reviews[0].Views[2].Top || h.check("reviews[0].views[2].top").Checked {
		t.Error("a third star for the young person's working points was kept")
	}
	refused := "The young person already has two starred for what is working. Untick one of those first."
	if !strings.Contains(h.pageText(), refused) {
		t.Errorf("no word on why the star was refused:\n%s", h.pageText())
	}
	test.Tap(h.check("reviews[0].views[3].top")) // another kind: its own two
	if !p.Reviews[0].Views[3].Top {
		t.Error("a star on a future point was refused")
	}
	test.Tap(h.check("reviews[0].views[0].top"))
	test.Tap(h.check("reviews[0].views[2].top"))
	if p.Reviews[0].Views[0].Top || !p.Reviews[0].Views[2].Top {
		t.Errorf("after unticking one, the other star was not taken: %+v", p.Reviews[0].Views)
	}
	if strings.Contains(h.pageText(), refused) {
		t.Error("the refusal stays after a star was taken")
	}
	h.e.ShowPage("reviews")
	h.selectFor("reviews[0].views[4].who").SetSelected("The young person")
	if v := p.Reviews[0].Views[4]; v.Who != "young_person" || v.Top {
		t.Errorf("moved to the young person, who has two stars: %+v, want unstarred", v)
	}
	if !strings.Contains(h.pageText(), "No longer starred: "+refused) {
		t.Errorf("no word on the star taken off:\n%s", h.pageText())
	}
	if n := topCount(&p.Reviews[0], "young_person", "working", -1); n != 2 {
		t.Errorf("the young person has %d working points starred", n)
	}
}

// The older lists of a review (speaker not recorded) show only when a
// review has them.
func TestOlderViewListsShowOnlyWhenKept(t *testing.T) {
	p := issuedPlan()
	p.Reviews = []plan.Review{{Date: d("2025-02-20"), Future: []string{"Go to matches with friends"}}, {Date: d("2026-02-20")}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("reviews")
	if h.e.Field("reviews[0].future") == nil {
		t.Error("an older future list is not shown")
	}
	for _, f := range []string{"reviews[0].working", "reviews[1].working", "reviews[1].future"} {
		if h.e.Field(f) != nil {
			t.Errorf("%s shows although it is empty", f)
		}
	}
	if got := checksIn(h.e.formScroll.Content); slices.Contains(got, "Top two") {
		t.Errorf("top-two ticks with no views: %q", got)
	}
}
