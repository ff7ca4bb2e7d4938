package app

import (
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// A plan that names another young person of the caseload (copied from
// their plan) shows it like any finding, and cannot be issued (X1).
func TestIssueRefusesAPlanNamingAnotherYoungPerson(t *testing.T) {
	h := newHarness(t, setup{})
	other := plan.New("Maya Kowalska")
	if err := h.st.Save(other, "test"); err != nil {
		t.Fatal(err)
	}
	p := readyToIssue(t)
	o := &p.Areas[0].Outcomes[0]
	o.Text += " Maya Kowalska will help."
	if err := h.st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(p.ID)
	i := slices.IndexFunc(h.a.plan.ed.Report().Findings, func(f check.Finding) bool { return f.Rule == "X1" })
	if i < 0 {
		t.Fatalf("the editor's findings have no X1: %+v", h.a.plan.ed.Report().Findings)
	}
	x1 := h.a.plan.ed.Report().Findings[i]
	if !strings.Contains(x1.Message, "“Maya Kowalska”") || x1.Item != o.ID || x1.Where.Field != "text" {
		t.Errorf("X1 does not name the name and the field: %+v", x1)
	}
	if !strings.Contains(allText(h.a.plan.ed.Content()), "Maya Kowalska") {
		t.Error("the findings panel does not show X1")
	}
	h.tapButton(h.a.plan.content, "Issue final plan")
	text := allText(h.overlay())
	if !strings.Contains(text, "cannot be issued yet") || !strings.Contains(text, x1.Message) {
		t.Errorf("the Issue dialog does not refuse the plan for X1:\n%s", text)
	}
	if got, _ := h.st.Load(p.ID); got.Status != plan.StatusDraft {
		t.Errorf("status after refusal = %s, want draft", got.Status)
	}
}
