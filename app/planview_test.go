package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/demo"
)

func TestNewPlanAsksNameAndOpensEditor(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	h.tapButton(h.a.caseload.content, "New plan")
	form := h.overlay()
	entries := find[*widget.Entry](form)
	if len(entries) == 0 {
		t.Fatal("the New plan dialog has no box for the name")
	}
	test.Type(entries[0], "Sam Taylor")
	h.tapButton(form, "Create plan")
	if h.a.plan == nil {
		t.Fatal("the editor did not open")
	}
	if got := h.a.plan.name.Text; got != "Sam Taylor" {
		t.Errorf("top bar name = %q", got)
	}
	if n, _ := h.st.Count(); n != 4 {
		t.Errorf("store has %d plans, want 4", n)
	}
	p, err := h.st.Load(h.a.plan.plan().ID)
	// No name was given, so none is recorded: never the login name (Options.Caseworker).
	if err != nil || p.Status != plan.StatusDraft || p.Caseworker != "" {
		t.Errorf("stored new plan = %+v, %v; want a draft with no caseworker", p, err)
	}
}

func TestNewPlanNeedsAName(t *testing.T) {
	h := newHarness(t, setup{})
	h.a.askNewPlan()
	h.tapButton(h.overlay(), "Create plan")
	if h.a.plan != nil {
		t.Fatal("a plan was created with no name")
	}
	if n, _ := h.st.Count(); n != 0 {
		t.Errorf("store has %d plans, want none", n)
	}
}

// typeIntoEditor types text into the first text box of the open plan.
func (h *harness) typeIntoEditor(text string) {
	h.t.Helper()
	for _, e := range find[*widget.Entry](h.a.plan.ed.Content()) {
		if e.Visible() && !e.Disabled() {
			test.Type(e, text)
			return
		}
	}
	h.t.Fatal("the editor has no text box to type in")
}

func TestTypingIsSavedAfterAPause(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Leo")
	h.a.openPlan(id)
	h.typeIntoEditor("Wombat")
	if got := h.a.plan.saveNote.Text; got != "Saving…" {
		t.Errorf("while typing the top bar says %q, want Saving…", got)
	}
	h.elapse(saveDelay)
	if !strings.Contains(h.storedJSON(id), "Wombat") {
		t.Error("the typing did not reach the store after the autosave delay")
	}
	if got := h.a.plan.saveNote.Text; !strings.HasPrefix(got, "All changes saved") {
		t.Errorf("after saving the top bar says %q", got)
	}
}

func TestGoingBackSavesAtOnce(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Leo") // a draft: the store refuses edits to an issued plan
	h.a.openPlan(id)
	h.typeIntoEditor("Platypus")
	h.tapButton(h.a.plan.content, "Caseload")
	if h.a.plan != nil {
		t.Fatal("still on the plan after Caseload")
	}
	if !strings.Contains(h.storedJSON(id), "Platypus") {
		t.Error("the edit was not saved on going back to the caseload")
	}
}

func TestClosingTheWindowSavesFirst(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Leo") // a draft: the store refuses edits to an issued plan
	h.a.openPlan(id)
	h.typeIntoEditor("Narwhal")
	h.a.requestClose()
	if !strings.Contains(h.storedJSON(id), "Narwhal") {
		t.Error("the edit was not saved before the window closed")
	}
}

func TestIssueRefusesAPlanWithErrors(t *testing.T) {
	h := newHarness(t, setup{plans: []string{"Ivy Incomplete"}})
	h.settle()
	id := h.idOf("Ivy")
	h.a.openPlan(id)
	report := check.IssueReport(h.a.plan.plan(), testToday)
	if report.Ready {
		t.Fatal("a blank plan has no checker errors; the test needs one that does")
	}
	h.tapButton(h.a.plan.content, "Issue final plan")
	d := h.overlay()
	text := allText(d)
	if !strings.Contains(text, "cannot be issued yet") {
		t.Errorf("dialog does not refuse:\n%s", text)
	}
	for _, f := range report.Findings {
		if f.Severity == check.Error && !strings.Contains(text, f.Message) {
			t.Errorf("dialog does not list %q", f.Message)
		}
	}
	// "Go to it" closes the list and goes to the problem
	h.tapButton(d, "Go to it")
	if h.a.Window().Canvas().Overlays().Top() != nil {
		t.Error("the list stayed open after a problem was clicked")
	}
	if p, _ := h.st.Load(id); p.Status != plan.StatusDraft {
		t.Errorf("status after refusal = %s, want draft", p.Status)
	}
	if vs, _ := h.st.Versions(id); len(vs) != 0 {
		t.Errorf("a version was issued: %+v", vs)
	}
}

func TestIssueMakesTheDraftFinal(t *testing.T) {
	h := newHarness(t, setup{})
	p := readyToIssue(t)
	if err := h.st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(p.ID)
	h.tapButton(h.a.plan.content, "Issue final plan")
	d := h.overlay()
	entries := find[*widget.Entry](d)
	test.Type(entries[0], "Hillside School")
	test.Type(entries[1], "Special school, all-through")
	test.Type(entries[2], "02/02/2026")
	h.tapButton(d, "Issue final plan")
	got, err := h.st.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != plan.StatusFinal || got.Dates.Issued != testToday || got.Dates.NextReview != check.NextReviewDue(testToday) {
		t.Errorf("after issue: status %s issued %s next review %s", got.Status, got.Dates.Issued, got.Dates.NextReview)
	}
	if vs, _ := h.st.Versions(p.ID); len(vs) != 1 || vs[0].Version != p.Version || vs[0].By != "Test Caseworker" {
		t.Errorf("versions = %+v, want version %d by Test Caseworker", vs, p.Version)
	}
	if got.Placement != (plan.Placement{Name: "Hillside School", Type: "Special school, all-through"}) {
		t.Errorf("after issue: Section I = %+v", got.Placement)
	}
	if d, ok := placementPreference(got); !ok || d != plan.MustDate("2026-02-02") {
		t.Errorf("after issue: preference received %s, %v; want 2 February 2026", d, ok)
	}
	if h.a.plan.issueBtn.Visible() || !strings.Contains(allText(h.a.plan.ed.Content()), "This plan is issued.") {
		t.Errorf("after issue the top bar shows %q and the editor has no read-only banner", h.a.plan.issueBtn.Text)
	}
}

// readyToIssue is a made-up draft that the checker lets through as final.
func readyToIssue(t *testing.T) *plan.Plan {
	t.Helper()
	for _, p := range demo.Plans(30, 2026, testToday) {
		p.Status, p.Version = plan.StatusDraft, 1
		p.Dates.Issued, p.Dates.NextReview, p.Dates.LastReview = plan.Date{}, plan.Date{}, plan.Date{}
		p.Reviews = nil
		p.Placement = plan.Placement{} // a draft leaves Section I blank
		if check.IssueReport(p, testToday).Ready {
			return p
		}
	}
	t.Skip("no made-up plan passes the checker")
	return nil
}
