package editor

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// amendReviewPlan is an issued plan whose review decided to amend: O1
// achieved, O2 no longer relevant, O3 still progressing; two things said
// for the future, one of them an aspiration already.
func amendReviewPlan() *plan.Plan {
	p := issuedPlan()
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaEmployment, Text: "I want to work with animals."}}
	p.Areas[0].Outcomes[0].Aspirations = []string{"A1"}
	p.Reviews = []plan.Review{{Date: d("2026-02-20"), Decision: "amend", DecisionDate: d("2026-02-25"),
		Progress: []plan.Progress{
			{Outcome: "O1", Status: "achieved"}, {Outcome: "O2", Status: "no_longer_relevant"},
			{Outcome: "O3", Status: "progressing"}, {Outcome: "O9", Status: "achieved"},
		},
		Views: []plan.View{
			{Who: "young_person", Kind: "future", Text: "I want to live with my friends."},
			{Who: "family", Kind: "future", Text: "  i want to WORK with animals. "},
			{Who: "family", Kind: "working", Text: "The buddy scheme"},
		},
		Future: []string{"I want to live with my friends.", "Learn to cook"},
	}}
	return p
}

// What a review carries forward: its achieved and no longer relevant
// outcomes still in the plan, and what was said for the future that is
// not an aspiration already, each once.
func TestCarryForward(t *testing.T) {
	p := amendReviewPlan()
	removals, additions := carryForward(p, &p.Reviews[0])
	wantRemovals := []carried{{Remove: "O1", Reason: "Achieved"}, {Remove: "O2", Reason: "No longer relevant"}}
	wantAdditions := []carried{{Add: plan.Aspiration{Text: "I want to live with my friends."}}, {Add: plan.Aspiration{Text: "Learn to cook"}}}
	if !reflect.DeepEqual(removals, wantRemovals) || !reflect.DeepEqual(additions, wantAdditions) {
		t.Fatalf("carryForward = %+v, %+v\nwant %+v, %+v", removals, additions, wantRemovals, wantAdditions)
	}

	picked := []carried{removals[0], {Add: plan.Aspiration{Text: "Learn to cook", Area: plan.AreaIndependentLiving}}}
	did := applyCarried(p, picked)
	if want := []string{"outcome O1 taken out", "aspiration A2 added"}; !slices.Equal(did, want) {
		t.Errorf("applyCarried says %q, want %q", did, want)
	}
	var ids []string
	for _, o := range p.Areas[0].Outcomes {
		ids = append(ids, o.ID)
	}
	if !slices.Equal(ids, []string{"O2", "O3"}) {
		t.Errorf("outcomes after the amendment: %q, want O2 and O3 (only the ticked one goes)", ids)
	}
	if want := (plan.Aspiration{ID: "A2", Area: plan.AreaIndependentLiving, Text: "Learn to cook"}); p.SectionA.Aspirations[1] != want {
		t.Errorf("new aspiration %+v, want %+v", p.SectionA.Aspirations[1], want)
	}
}

// Start amendment on a review that decided to amend offers its changes,
// all unticked; only what is ticked goes to the shell's amendment, and
// Cancel starts nothing.
func TestStartAmendmentFromAReview(t *testing.T) {
	p := amendReviewPlan()
	var applies []func(*plan.Plan) []string
	h := newHarness(t, p, Options{OnAmendFrom: func(apply func(*plan.Plan) []string) { applies = append(applies, apply) }})
	h.e.ShowPage("reviews")
	test.Tap(h.button("reviews[0].amend"))
	dlg := h.w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("Start amendment opened no dialog")
	}
	ticks := map[string]*widget.Check{}
	for _, o := range objects(dlg) {
		if c, ok := o.(*widget.Check); ok {
			ticks[c.Text] = c
			if c.Checked {
				t.Errorf("%q is ticked before the caseworker ticked it", c.Text)
			}
		}
	}
	want := []string{
		"Take out O1 (achieved): I will travel to college on my own.",
		"Take out O2 (no longer relevant): I will work at a café two mornings a week.",
		"Add: I want to live with my friends.",
		"Add: Learn to cook",
	}
	if got := checksIn(dlg); !slices.Equal(got, want) {
		t.Fatalf("the dialog offers %q, want %q", got, want)
	}
	test.Tap(buttonIn(dlg, "Cancel"))
	if len(applies) != 0 {
		t.Fatal("Cancel started an amendment")
	}

	test.Tap(h.button("reviews[0].amend"))
	dlg = h.w.Canvas().Overlays().Top()
	for _, o := range objects(dlg) {
		if c, ok := o.(*widget.Check); ok && (c.Text == want[1] || c.Text == want[2]) {
			test.Tap(c)
		}
	}
	var areas []*widget.Select
	for _, o := range objects(dlg) {
		if s, ok := o.(*widget.Select); ok {
			areas = append(areas, s)
		}
	}
	if len(areas) != 2 || areas[0].Selected != "Not sure yet" {
		t.Fatalf("want an area choice per new aspiration, starting at Not sure yet; got %d", len(areas))
	}
	areas[0].SetSelected(p.Areas[1].Title)
	test.Tap(buttonIn(dlg, "Start amendment"))
	if len(applies) != 1 {
		t.Fatalf("Start amendment called the shell %d times", len(applies))
	}
	if len(p.Areas[0].Outcomes) != 3 || len(p.SectionA.Aspirations) != 1 {
		t.Error("the dialog changed the issued plan itself")
	}
	draft := p.Clone()
	did := applies[0](draft)
	if want := []string{"outcome O2 taken out", "aspiration A2 added"}; !slices.Equal(did, want) {
		t.Errorf("the amendment did %q, want %q", did, want)
	}
	if len(draft.Areas[0].Outcomes) != 2 || draft.Areas[0].Outcomes[1].ID != "O3" || draft.Areas[0].Outcomes[0].ID != "O1" {
		t.Errorf("the draft's outcomes: %+v", draft.Areas[0].Outcomes)
	}
	if a := draft.SectionA.Aspirations[1]; a.Text != "I want to live with my friends." || a.Area != p.Areas[1].Key {
		t.Errorf("new aspiration %+v, want it in %s", a, p.Areas[1].Key)
	}

	// Only a decision to amend offers it.
	p.Reviews[0].Decision = "maintain"
	h.e.ShowPage("reviews")
	if h.e.Field("reviews[0].amend") != nil {
		t.Error("Start amendment on a review decided to maintain")
	}
	if strings.Contains(h.pageText(), "5. Send the proposed amendments") {
		t.Error("the amendments step shows after a decision to maintain")
	}
}
