package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/diff"
	"ehcplan/plan/store"
)

// cyclePlan is a plan ready to issue, issued on 20 March 2025 as version
// 1: its first annual review is due by 20 March 2026. Sam is in Year 10,
// so there is no phase transfer this year.
func cyclePlan(t *testing.T) *plan.Plan {
	t.Helper()
	p := plan.New("Sam Cycle")
	p.Status, p.Version = plan.StatusFinal, 1
	p.LocalAuthority = "Northbridge Council"
	p.Person.DateOfBirth = plan.MustDate("2010-11-02")
	p.Person.Setting = "Riverside Academy"
	p.Dates.Request = plan.MustDate("2024-10-01")
	p.Dates.Issued = plan.MustDate("2025-03-20")
	p.Dates.NextReview = plan.MustDate("2026-03-20")
	p.Placement = plan.Placement{Name: "Riverside Academy", Type: "Mainstream academy, secondary"}
	words := []string{"I want to work with animals when I leave school.", "I like drawing and looking after my rabbit.",
		"I am kind and I keep trying.", "I live with my mum and my little brother."}
	for i := range p.SectionA.Headings {
		p.SectionA.Headings[i].Text = words[i%len(words)]
	}
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaEmployment, Text: "I want to work with animals."}}
	ar := &p.Areas[0]
	ar.Needs = []plan.Need{{ID: "N1", Section: plan.SectionB, Category: plan.CategoryCognition,
		Text: "Sam reads well below the level expected for his age and loses his place in long texts."}}
	ar.Outcomes = []plan.Outcome{
		{ID: "O1", Text: "Sam will read a one-page animal care sheet aloud with no more than 2 prompts.", By: "2027-07-31",
			Measure: "His teacher records the prompts each week in his reading log.", Aspirations: []string{"A1"}, Needs: []string{"N1"}},
		{ID: "O2", Text: "Sam will write his name and address without help on 5 forms in a row.", By: "2026-07-31",
			Measure: "His tutor keeps the forms in his folder.", Aspirations: []string{"A1"}, Needs: []string{"N1"}},
	}
	ar.Provision = []plan.Provision{
		{ID: "P1", Section: plan.SectionF, Text: "Individual reading sessions using a structured phonics programme.",
			Who: "Specialist teacher for literacy", HowOften: "3 times a week", Duration: "30 minutes, until July 2027",
			Outcomes: []string{"O1"}, Needs: []string{"N1"}},
		{ID: "P2", Section: plan.SectionF, Text: "Practice filling in forms with a teaching assistant.",
			Who: "Teaching assistant", HowOften: "Once a week", Duration: "20 minutes, until July 2026",
			Outcomes: []string{"O2"}, Needs: []string{"N1"}},
	}
	if r := check.Check(p, plan.MustDate("2025-03-20")); !r.Ready {
		t.Fatalf("the cycle's plan is not ready to issue: %+v", r.Findings)
	}
	return p
}

// The whole annual review cycle, through the app as a caseworker works
// it: plan the meeting, record it, send the report, record the decision
// to amend, start the amendment with what the review carries forward,
// see the changes against the issued version, send the proposed
// amendments and issue the amended plan, with the plan's next statutory
// step and its due date checked at every stage.
func TestAWholeReviewCycle(t *testing.T) {
	h := newHarness(t, setup{})
	today := plan.MustDate("2026-03-02")
	h.a.opt.Today = func() plan.Date { return today }
	p := cyclePlan(t)
	if err := h.st.Import([]*plan.Plan{p}, "test"); err != nil {
		t.Fatal(err)
	}
	h.settle()
	h.a.openPlan(p.ID)
	h.drain()
	next := func(stage string, kind plan.StepKind, due string) {
		t.Helper()
		s, ok := plan.NextStep(h.a.plan.plan(), today)
		if !ok || s.Kind != kind || s.Due != plan.MustDate(due) {
			t.Fatalf("%s: next step %+v (%v), want %s due %s", stage, s, ok, kind, due)
		}
		h.goToPage("Reviews")
		if text := allText(h.a.plan.ed.Content()); !strings.Contains(text, "Next step: "+s.Words+".") {
			t.Errorf("%s: the Reviews page does not say the next step %q", stage, s.Words)
		}
	}
	next("issued", plan.StepReviewInvite, "2026-03-06")

	// 1. Plan the meeting.
	h.tapField("reviews")
	h.typeIn("reviews[0].date", "18/03/2026")
	h.typeIn("reviews[0].attendees", "Sam\nMum\nSENCO\nSpeech therapist")
	h.typeIn("reviews[0].invited", "02/03/2026")
	next("meeting planned, invitations sent", plan.StepReviewMeeting, "2026-03-18")

	// 2. The meeting is held and recorded.
	today = plan.MustDate("2026-03-18")
	h.goToPage("Reviews") // the page opens the meeting's record on the day
	who := field[*widget.Entry](h, "reviews[0].attendees")
	who.SetText("Sam\nMum\nSENCO") // the speech therapist sent apologies
	h.drain()
	got := h.a.plan.plan()
	if got.Dates.LastReview != plan.MustDate("2026-03-18") || got.Dates.NextReview != plan.MustDate("2027-03-18") {
		t.Fatalf("recording the meeting set the review dates %+v, want last 2026-03-18, next 2027-03-18", got.Dates)
	}
	h.tapField("reviews[0].views:working")
	h.typeIn("reviews[0].views[0].text", "Reading sessions help me.")
	h.tapField("reviews[0].views[0].top")
	h.tapField("reviews[0].views:future")
	h.typeIn("reviews[0].views[1].text", "I want to live with my friends one day.")
	h.tapField("reviews[0].views:not_working")
	h.choose("reviews[0].views[2].who", "The family")
	h.typeIn("reviews[0].views[2].text", "Homework takes too long.")
	h.choose("reviews[0].progress[0].status", "Progressing")
	h.choose("reviews[0].progress[1].status", "Achieved")
	h.typeIn("reviews[0].progress[1].note", "Sam fills in forms on his own now.")
	h.choose("reviews[0].recommendation", "Change (amend) the plan")
	next("meeting recorded", plan.StepReviewReport, "2026-04-01")

	// 3. The report goes.
	today = plan.MustDate("2026-03-25")
	h.goToPage("Reviews")
	h.typeIn("reviews[0].report_sent", "25/03/2026")
	next("report sent", plan.StepReviewDecision, "2026-04-15")

	// 4. The local authority decides to amend.
	today = plan.MustDate("2026-04-01")
	h.goToPage("Reviews")
	h.choose("reviews[0].decision", "Change (amend) the plan")
	h.typeIn("reviews[0].decision_date", "01/04/2026")
	next("decision to amend", plan.StepAmendedPlan, "2026-04-15")
	h.elapse(saveDelay)
	changes, err := h.st.Changes(p.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(changes, func(c store.Change) bool {
		return strings.Contains(c.What, "decision amend on 2026-04-01")
	}) {
		t.Errorf("the change log does not name the decision: %+v", changes)
	}

	// 5. Start the amendment, carrying forward what the review found.
	h.tapField("reviews[0].amend")
	d := h.overlay()
	for _, c := range find[*widget.Check](d) {
		if c.Checked {
			t.Errorf("%q is ticked before the caseworker ticked it", c.Text)
		}
		if strings.HasPrefix(c.Text, "Take out O2") || c.Text == "Add: I want to live with my friends one day." {
			test.Tap(c)
		}
	}
	if areas := find[*widget.Select](d); len(areas) == 1 {
		areas[0].SetSelected("Independent living")
	} else {
		t.Fatalf("want one area choice for the new aspiration, got %d", len(areas))
	}
	h.tapButton(d, "Start amendment")
	if msg := allText(h.overlay()); !strings.Contains(msg, "Carried forward from the review: outcome O2 taken out and aspiration A2 added.") {
		t.Errorf("the amendment does not say what it carried forward:\n%s", msg)
	}
	h.tapButton(h.overlay(), "OK")
	draft := h.a.plan.plan()
	if draft.Status != plan.StatusDraft || draft.Version != 2 {
		t.Fatalf("after Start amendment the plan is %s version %d, want a draft of version 2", draft.Status, draft.Version)
	}
	stored, err := h.st.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Areas[0].Outcomes) != 1 || len(stored.SectionA.Aspirations) != 2 {
		t.Fatalf("the stored draft was not amended: outcomes %+v, aspirations %+v", stored.Areas[0].Outcomes, stored.SectionA.Aspirations)
	}
	issued, err := h.st.LoadVersion(p.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(issued.Areas[0].Outcomes) != 2 || len(issued.SectionA.Aspirations) != 1 {
		t.Error("starting the amendment changed the issued version 1")
	}
	next("amendment started", plan.StepAmendedPlan, "2026-04-15")

	// The new aspiration needs an outcome to serve it before the plan can be issued.
	h.goToPage("Employment and education")
	linked := false
	for _, c := range find[*widget.Check](h.a.plan.ed.Content()) {
		if c.Text == "A2" && !linked { // O1's link to the new aspiration, the only outcome left
			test.Tap(c)
			h.drain()
			linked = true
		}
	}
	if got := h.a.plan.plan().Areas[0].Outcomes[0].Aspirations; !slices.Equal(got, []string{"A1", "A2"}) {
		t.Fatalf("O1 serves %q, want A1 and A2", got)
	}

	// A draft leaves Section I blank; the Issue dialog offers it again.
	h.goToPage("Placement")
	h.tapButton(h.a.plan.ed.Content(), "Clear Section I")

	// What changed against the issued version.
	changed := map[string]bool{}
	for _, c := range diff.Compare(issued, h.a.plan.plan()) {
		changed[c.Section+" "+c.Item+" "+c.Change] = true
	}
	for _, want := range []string{"E O2 removed", "A A2 added", "E O1 changed", "F P2 changed"} {
		if !changed[want] {
			t.Errorf("the comparison with version 1 lacks %q: %v", want, changed)
		}
	}

	// 6. The proposed amendments go to the family.
	today = plan.MustDate("2026-04-02")
	h.goToPage("Reviews")
	h.typeIn("reviews[0].amendment_sent", "02/04/2026")
	next("proposed amendments sent", plan.StepAmendedPlan, "2026-05-28")
	if text := allText(h.a.plan.ed.Content()); !strings.Contains(text, "The family may comment until 17 April 2026.") {
		t.Error("the Reviews page does not say until when the family may comment")
	}

	// 7. The amended plan is issued.
	today = plan.MustDate("2026-04-20")
	h.elapse(saveDelay)
	if r := check.IssueReport(h.a.plan.plan(), today); !r.Ready {
		for _, f := range r.Findings {
			if f.Severity == check.Error {
				t.Errorf("the amended plan cannot be issued: %s %s %s", f.Rule, f.Where, f.Message)
			}
		}
		t.FailNow()
	}
	h.tapButton(h.a.plan.content, "Issue final plan")
	if entries := find[*widget.Entry](h.overlay()); len(entries) < 2 || entries[0].Text != "Riverside Academy" {
		t.Fatal("the Issue dialog does not offer the issued placement again")
	}
	h.tapButton(h.overlay(), "Issue final plan")
	vs, err := h.st.Versions(p.ID)
	if err != nil || len(vs) != 2 || vs[1].Version != 2 || vs[1].Issued != today {
		t.Fatalf("versions after issuing the amended plan: %+v, %v", vs, err)
	}
	if h.a.plan.plan().Status != plan.StatusFinal {
		t.Fatalf("the amended plan is %s after issue", h.a.plan.plan().Status)
	}
	next("amended plan issued", plan.StepReviewInvite, "2027-03-04")
}
