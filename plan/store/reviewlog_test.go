package store

import (
	"slices"
	"testing"

	"ehcplan/plan"
)

// A save that records a review's dates or the local authority's decision
// writes a row saying so; saves that change nothing of the cycle, and
// reviews without it, add only the usual "saved".
func TestChangeLogNamesTheReviewCycle(t *testing.T) {
	s := openTemp(t)
	p := person("Rhys Review", "")
	p.Reviews = []plan.Review{{Date: plan.MustDate("2025-06-10"), Recommendation: "maintain"}}
	steps := []struct {
		edit func(r *plan.Review)
		want string // the new row, "" for none but "saved"
	}{
		{func(r *plan.Review) {}, ""},
		{func(r *plan.Review) { r.Invited = plan.MustDate("2025-05-20") }, "review of 2025-06-10: invitations sent 2025-05-20"},
		{func(r *plan.Review) { r.Attendees = []string{"Mum"} }, ""},
		{func(r *plan.Review) { r.ReportSent = plan.MustDate("2025-06-20") },
			"review of 2025-06-10: invitations sent 2025-05-20; report sent 2025-06-20"},
		{func(r *plan.Review) { r.Decision = "amend" },
			"review of 2025-06-10: invitations sent 2025-05-20; report sent 2025-06-20; decision amend"},
		{func(r *plan.Review) { r.DecisionDate = plan.MustDate("2025-07-01") },
			"review of 2025-06-10: invitations sent 2025-05-20; report sent 2025-06-20; decision amend on 2025-07-01"},
		{func(r *plan.Review) { r.AmendmentSent = plan.MustDate("2025-07-02") },
			"review of 2025-06-10: invitations sent 2025-05-20; report sent 2025-06-20; decision amend on 2025-07-01; proposed amendments sent 2025-07-02"},
		{func(r *plan.Review) {}, ""},
	}
	for i, st := range steps {
		st.edit(&p.Reviews[0])
		before, err := s.Changes(p.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Save(p, "Test Caseworker"); err != nil {
			t.Fatal(err)
		}
		after, err := s.Changes(p.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		var added []string
		for _, c := range after[:len(after)-len(before)] {
			added = append(added, c.What)
		}
		var cycle []string
		for _, w := range added {
			if w != "saved" {
				cycle = append(cycle, w)
			}
		}
		want := []string{}
		if st.want != "" {
			want = []string{st.want}
		}
		if !slices.Equal(append([]string{}, cycle...), want) {
			t.Errorf("save %d wrote %q, want %q besides saved", i, added, want)
		}
	}
}
