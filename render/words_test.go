package render

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// The PDF says each value in the plan's own words, the same as the editor:
// the review table, the destination, the budget and the section names.
func TestPDFUsesThePlansWords(t *testing.T) {
	for _, s := range plan.ProgressStatuses() {
		if progressNames[s] != plan.ProgressWord(s) {
			t.Errorf("progress %q prints %q, want %q", s, progressNames[s], plan.ProgressWord(s))
		}
	}
	for _, l := range plan.StatutorySections {
		if sectionNames[l] != plan.SectionWord(l) || sectionTitle(l) != l+" – "+plan.SectionWord(l) {
			t.Errorf("section %s prints %q", l, sectionNames[l])
		}
	}
	for _, a := range plan.Arrangements() {
		if arrangementName(a) != plan.ArrangementExplained(a) {
			t.Errorf("arrangement %q prints %q", a, arrangementName(a))
		}
	}
	if !strings.HasPrefix(statusName(plan.StatusDraft), plan.StatusWord(plan.StatusDraft)) {
		t.Errorf("status prints %q", statusName(plan.StatusDraft))
	}

	p := genPlan(2)
	p.Destination = plan.Destination{Current: "school_sixth_form", Planned: "employment"}
	p.Reviews = []plan.Review{{Date: plan.MustDate("2025-03-04"), Recommendation: "amend",
		Progress: []plan.Progress{{Outcome: "O1", Status: "not_yet"}}}}
	all := renderText(t, p, Options{Today: today}).all()
	for _, want := range []string{plan.DestinationWord("employment"), plan.ProgressWord("not_yet"), plan.RecommendationWord("amend")} {
		if !strings.Contains(all, squash(want)) { // all() has no spaces
			t.Errorf("the PDF does not say %q", want)
		}
	}
}
