package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// plan40 is a plan with 40 outcomes: per area 10 outcomes, 5 needs,
// 2 aims and 10 provision, all linked.
func plan40() *plan.Plan {
	p := demo.Large("Zara Test", 10)
	return p
}

// BenchmarkKeystroke40 types one character into an outcome of a
// 40-outcome plan: the plan field, the checker, the findings panel and the
// rail badges all update.
func BenchmarkKeystroke40(b *testing.B) {
	h := newHarness(b, plan40(), Options{})
	h.e.ShowPage("area:employment")
	en := h.entry("areas[0].outcomes[5].text")
	en.FocusGained()
	for b.Loop() {
		test.Type(en, "x")
	}
}

// BenchmarkShowAreaPage builds an area page of a 40-outcome plan.
func BenchmarkShowAreaPage(b *testing.B) {
	h := newHarness(b, plan40(), Options{})
	for b.Loop() {
		h.e.ShowPage("area:employment")
		h.e.ShowPage("about")
	}
}

// BenchmarkEditChangingFindings40 is the worst keystroke: each edit changes
// the findings, so the findings panel and rail badges are redrawn.
func BenchmarkEditChangingFindings40(b *testing.B) {
	h := newHarness(b, plan40(), Options{})
	h.e.ShowPage("area:employment")
	en := h.entry("areas[0].provision[2].who")
	texts := []string{"", "Teaching assistant"} // P3: provider missing, then given
	i := 0
	for b.Loop() {
		en.SetText(texts[i%2])
		i++
	}
}
