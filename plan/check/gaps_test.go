package check

import (
	"slices"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// TestNeedsWithoutProvisionAgreesWithCheck: the same needs as Check's G4
// findings, plan after plan (about one demo plan in four has some).
func TestNeedsWithoutProvisionAgreesWithCheck(t *testing.T) {
	today := plan.Date{Year: 2026, Month: 12, Day: 1}
	some := 0
	for _, p := range demo.Plans(200, 3, today) {
		var want []string
		for _, f := range Check(p, today).Findings {
			if f.Rule == "G4" {
				want = append(want, f.Item)
			}
		}
		got := NeedsWithoutProvision(p)
		if !slices.Equal(got, want) {
			t.Errorf("%s: NeedsWithoutProvision = %v, Check's G4 = %v", p.ID, got, want)
		}
		if len(want) > 0 {
			some++
		}
	}
	if some == 0 {
		t.Error("no demo plan has a need without provision: the test shows nothing")
	}
}
