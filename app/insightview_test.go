package app

import (
	"strings"
	"testing"

	"ehcplan/plan/store"
	"ehcplan/plan/store/storetest"
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

// TestInsightCountsThePlansItCanRead: one damaged plan does not hide the
// caseload's insight (as the store's Each and ehcplanctl insight promise):
// the page shows the view of the plans that could be read and says how
// many were left out.
func TestInsightCountsThePlansItCanRead(t *testing.T) {
	h := newHarness(t, setup{plans: []string{"Ada Brook", "Ben Carr", "Cal Dunn"}})
	rows, err := h.st.List(store.Filter{Search: "Ben Carr"})
	if err != nil || len(rows) != 1 {
		t.Fatalf("list: %v, %d", err, len(rows))
	}
	storetest.DamageBody(t, h.path, rows[0].ID)
	h.a.showInsight()
	h.wait()
	text := allText(h.a.Window().Content())
	for _, want := range []string{"2 young people in this choice", "1 plan could not be read and is not counted"} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not say %q:\n%s", want, text)
		}
	}
}
