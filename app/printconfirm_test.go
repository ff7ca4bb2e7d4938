package app

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// Printing a final plan the checker finds errors in asks first; a draft,
// or a final without errors, prints at once.
func TestPrintingAFinalWithErrorsAsksFirst(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	final, err := h.st.Load(h.idOf("Jordan"))
	if err != nil {
		t.Fatal(err)
	}
	if final.Status != plan.StatusFinal {
		t.Fatalf("Jordan's plan is %s, want final", final.Status)
	}
	printed := 0
	print := func() { printed++ }

	h.a.confirmFinalPrint(final, print)
	if text := allText(h.overlay()); !strings.Contains(text, "This final plan has 6 errors the checker found. Print it anyway?") {
		t.Fatalf("no question before printing a final with errors:\n%s", text)
	}
	h.tapButton(h.overlay(), "Cancel")
	h.settle()
	if printed != 0 {
		t.Fatalf("Cancel printed the plan")
	}
	h.a.confirmFinalPrint(final, print)
	h.tapButton(h.overlay(), "Print anyway")
	h.settle()
	if printed != 1 {
		t.Fatalf("Print anyway printed %d times, want once", printed)
	}

	draft, err := h.st.Load(h.idOf("Leo"))
	if err != nil {
		t.Fatal(err)
	}
	h.a.confirmFinalPrint(draft, print)
	if printed != 2 {
		t.Errorf("a draft did not print at once")
	}
}
