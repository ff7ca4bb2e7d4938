package editor

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
)

// plan40 is a plan with 40 outcomes: per area 10 outcomes, 5 needs,
// 2 aims and 10 provision, all linked.
func plan40() *plan.Plan {
	p := plan.New("Zara Test")
	p.Person.DateOfBirth = plan.MustDate("2010-10-10")
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		asp := p.NewID(plan.KindAspiration)
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: asp, Area: ar.Key, Text: "I want to do well in " + ar.Title})
		for range 5 {
			ar.Needs = append(ar.Needs, plan.Need{ID: p.NewID(plan.KindNeed), Section: plan.SectionB, Category: plan.CategoryCognition, Text: "Zara finds it hard to remember instructions with more than two steps."})
		}
		for range 2 {
			ar.Aims = append(ar.Aims, plan.Aim{ID: p.NewID(plan.KindAim), Text: "Zara will live with friends.", By: "end of Year 13"})
		}
		for i := range 10 {
			o := plan.Outcome{ID: p.NewID(plan.KindOutcome), Text: fmt.Sprintf("I will make a hot drink independently %d days out of 5.", i%5+1),
				By: "2027-07-31", Measure: "Staff record it weekly.", Aspirations: []string{asp}, Needs: []string{ar.Needs[i%5].ID}, Aim: ar.Aims[0].ID}
			ar.Outcomes = append(ar.Outcomes, o)
			ar.Provision = append(ar.Provision, plan.Provision{ID: p.NewID(plan.KindProvision), Section: plan.SectionF,
				Text: "Teaching assistant teaches the steps of making a drink.", Who: "Teaching assistant", HowOften: "3 times a week",
				Duration: "20 minutes, until July 2027", Outcomes: []string{o.ID}, Needs: []string{ar.Needs[i%5].ID}})
		}
	}
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
