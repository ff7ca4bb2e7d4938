package insight

import (
	"testing"

	"ehcplan/plan"
)

func TestBaselineShowsTheChange(t *testing.T) {
	plans := plantedPlans()
	then := Compute(plans, Scope{}, today.AddDays(-90), nil)
	saved := Baselines{}
	saved[then.Scope.Describe()] = then.Baseline()
	read, err := ParseBaselines(saved.JSON())
	if err != nil {
		t.Fatal(err)
	}
	plans[5].Reviews = append(plans[5].Reviews, plan.Review{Date: today.AddDays(-1), Views: []plan.View{view("young_person", "future", "Travel to college on my own")}})
	now := Compute(plans, Scope{}, today, nil)
	b := read[now.Scope.Describe()]
	if b.Date != today.AddDays(-90) {
		t.Errorf("baseline date %s", b.Date)
	}
	got := map[string]Indicator{}
	for _, in := range now.Indicators(&b) {
		got[in.Key] = in
	}
	for key, want := range map[string][2]int{"young_people": {6, 6}, "reviewed": {5, 6}} {
		in := got[key]
		if !in.HasThen || in.Then != want[0] || in.Now != want[1] {
			t.Errorf("%s: then %d now %d (has %v), want %v", key, in.Then, in.Now, in.HasThen, want)
		}
	}
	// Fay's new statement makes "travel" as widely said as "work", so
	// Cara's "Travelling independently to my work placement" joins travel
	// too (ties go by the alphabet).
	travel := got["theme.future:travel"]
	if travel.Then != 2 || travel.Now != 4 {
		t.Errorf("travel theme: then %d now %d, want 2 and 4", travel.Then, travel.Now)
	}
}
