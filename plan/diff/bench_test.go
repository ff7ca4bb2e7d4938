package diff

import (
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// BenchmarkCompare40 compares two versions of a 40-outcome plan with a few
// edits (an outcome reworded, a provision's frequency changed, an outcome
// added, a provision removed, a need moved to another area). Target: under
// 2 ms per comparison.
func BenchmarkCompare40(b *testing.B) {
	old := demo.Large("Zara Forty", 10)
	new := clone(b, old)
	new.Areas[0].Outcomes[3].Text = "I will make a hot drink and a sandwich independently 4 days out of 5."
	new.Areas[1].Provision[2].HowOften = "every school day"
	new.Areas[2].Outcomes = append(new.Areas[2].Outcomes, plan.Outcome{ID: "O99", Text: "I will travel to college by bus."})
	new.Areas[3].Provision = new.Areas[3].Provision[1:]
	new.Areas[1].Needs = append(new.Areas[1].Needs, new.Areas[0].Needs[4])
	new.Areas[0].Needs = new.Areas[0].Needs[:4]
	if n := len(Compare(old, new)); n != 5 {
		b.Fatalf("%d changes, want 5", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		Compare(old, new)
	}
}

// BenchmarkWords is the highlighting of one changed outcome's words.
func BenchmarkWords(b *testing.B) {
	old := "I will make a hot drink independently 3 days out of 5, with a visual prompt card."
	new := "I will make a hot drink and a sandwich independently 4 days out of 5, with a prompt card."
	for b.Loop() {
		Words(old, new)
	}
}
