package editor

import (
	"testing"

	"ehcplan/plan"
)

// The selects say each value in the plan's own words, the same as the
// printed plan.
func TestSelectsUseThePlansWords(t *testing.T) {
	check := func(name string, n int, label func(i int) (got, want string)) {
		t.Helper()
		if n == 0 {
			t.Errorf("%s offers nothing", name)
		}
		for i := range n {
			if got, want := label(i); got != want {
				t.Errorf("%s option %d is %q, want %q", name, i, got, want)
			}
		}
	}
	check("progress", len(progressStatuses), func(i int) (string, string) {
		o := progressStatuses[i]
		return o.label, plan.ProgressWord(o.value)
	})
	check("recommendation", len(recommendations), func(i int) (string, string) {
		o := recommendations[i]
		return o.label, plan.RecommendationWord(o.value)
	})
	check("destination", len(destinations), func(i int) (string, string) {
		o := destinations[i]
		return o.label, plan.DestinationWord(o.value)
	})
	check("arrangement", len(arrangements), func(i int) (string, string) {
		o := arrangements[i]
		return o.label, plan.ArrangementExplained(o.value)
	})
	check("need section", len(needSections), func(i int) (string, string) {
		o := needSections[i]
		return o.label, string(o.value) + " – " + plan.SectionItemWord(string(o.value))
	})
	check("provision section", len(provisionSections), func(i int) (string, string) {
		o := provisionSections[i]
		return o.label, string(o.value) + " – " + plan.SectionItemWord(string(o.value))
	})
	if len(destinations) != len(plan.DestinationKinds)+1 || len(progressStatuses) != 4 || len(recommendations) != 4 {
		t.Errorf("a select misses values: %d destinations, %d judgements, %d recommendations",
			len(destinations), len(progressStatuses), len(recommendations))
	}
}
