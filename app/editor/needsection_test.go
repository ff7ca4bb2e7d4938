package editor

import (
	"slices"
	"testing"

	"ehcplan/plan"
)

// TestMovingANeedToBClearsOwnWordsCategory: a C need whose category is in
// the author's own words (allowed for C) moved to Section B keeps no
// category import would refuse, so the plan still exports to a file that
// imports again (found by plan.FuzzEditedPlanRoundTrips).
func TestMovingANeedToBClearsOwnWordsCategory(t *testing.T) {
	p := loadFixture(t, "leo-y5-draft.json")
	p.Areas[0].Needs[0].Section, p.Areas[0].Needs[0].Category = plan.SectionC, "hearing"
	h := newHarness(t, p, Options{})
	h.e.ShowPage(areaPrefix + p.Areas[0].Key)
	h.selectFor("areas[0].needs[0].section").SetSelected("B – Special educational need")
	if n := p.Areas[0].Needs[0]; n.Section != plan.SectionB || n.Category != "" {
		t.Fatalf("need after the move: %+v", n)
	}
	if cat := h.selectFor("areas[0].needs[0].category"); slices.Contains(cat.Options, "hearing") {
		t.Errorf("category select offers %q", cat.Options)
	}
	out, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.Decode(out); err != nil {
		t.Errorf("the export does not import again: %v", err)
	}
}
