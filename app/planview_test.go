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
	if err != nil || p.Status != plan.StatusDraft || p.Caseworker != "Test Caseworker" {
		t.Errorf("stored new plan = %+v, %v; want a draft by Test Caseworker", p, err)
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
	h.eventually("the typing to reach the store", func() bool {
		return strings.Contains(h.storedJSON(id), "Wombat")
	})
	h.eventually("the top bar to say saved", func() bool {
		return strings.HasPrefix(h.a.plan.saveNote.Text, "All changes saved")
	})
}

func TestGoingBackSavesAtOnce(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Amira")
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
	id := h.idOf("Jordan")
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
	report := check.Check(issueCandidate(h.a.plan.plan(), testToday), testToday)
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
	h.tapButton(h.overlay(), "Issue final plan")
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
	if h.a.plan.issueBtn.Text != "Start amendment" {
		t.Errorf("top button says %q after issue", h.a.plan.issueBtn.Text)
	}
}

// readyToIssue is a made-up draft that the checker lets through as final.
func readyToIssue(t *testing.T) *plan.Plan {
	t.Helper()
	for _, p := range demo.Plans(30, 2026, testToday) {
		p.Status, p.Version = plan.StatusDraft, 1
		p.Dates.Issued, p.Dates.NextReview, p.Dates.LastReview = plan.Date{}, plan.Date{}, plan.Date{}
		p.Reviews = nil
		if check.Check(issueCandidate(p, testToday), testToday).Ready {
			return p
		}
	}
	t.Skip("no made-up plan passes the checker")
	return nil
}
