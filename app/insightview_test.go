package app

import (
	"strings"
	"testing"
)

// TestInsightFromTheMenuAndBack: the Plans menu opens the Insight page
// over the caseload, which reads every plan off the UI goroutine, and
// "Caseload" goes back.
func TestInsightFromTheMenuAndBack(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	var item func()
	for _, it := range h.a.menu.main.Items[0].Items {
		if it.Label == "Caseload insight for commissioning…" {
			item = it.Action
		}
	}
	if item == nil {
		t.Fatal("no Insight item in the Plans menu")
	}
	item()
	h.wait()
	if got := h.a.Window().Title(); got != "EHC Plan Writer – caseload insight" {
		t.Fatalf("title %q", got)
	}
	if text := allText(h.a.Window().Content()); !strings.Contains(text, "young people in this choice") {
		t.Errorf("the page does not say what it counted:\n%s", text)
	}
	h.tapButton(h.a.Window().Content(), "Caseload")
	h.wait()
	if got := h.a.Window().Title(); got != "EHC Plan Writer – caseload" {
		t.Errorf("after Caseload, title %q", got)
	}
}
