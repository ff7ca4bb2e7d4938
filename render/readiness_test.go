package render

import (
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/demo"
)

// The check report uses the app's readiness rule: a draft whose Section I
// is blank is not held up by it, and the report says the placement is
// named at issue; a draft naming a placement is not ready.
func TestCheckReportJudgesReadinessForIssue(t *testing.T) {
	today := plan.MustDate("2026-03-02")
	ready := readyDraft(t, today)
	tests := []struct {
		name      string
		plan      *plan.Plan
		placement plan.Placement
		asked     bool
	}{
		{"a ready draft, Section I blank", ready, plan.Placement{}, true},
		{"a ready draft naming a placement", ready, plan.Placement{Name: "Hillside Primary School", Type: "Mainstream primary"}, false},
		{"a draft with errors, Section I blank", loadFixture(t, "leo-y5-draft"), plan.Placement{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan.Clone()
			p.Placement = tt.placement
			text := renderText(t, p, Options{Today: today, Kind: KindCheck}).all()
			want := check.IssueReport(p, today)
			ready := strings.Contains(text, squash("Ready to issue:"))
			if ready != want.Ready {
				t.Errorf("appendix says ready %v, the readiness rule says %v", ready, want.Ready)
			}
			if got := strings.Contains(text, squash(check.PlacementAtIssue)); got != tt.asked {
				t.Errorf("appendix explains Section I at issue: %v, want %v", got, tt.asked)
			}
			for _, f := range want.Findings {
				if f.Rule == "S5" {
					t.Errorf("a draft lists S5: %s", f.Message)
				}
			}
		})
	}
}

// readyDraft is a made-up draft the readiness rule lets through.
func readyDraft(t *testing.T, today plan.Date) *plan.Plan {
	t.Helper()
	for _, p := range demo.Plans(40, 2026, today) {
		p.Status, p.Version, p.Placement, p.Reviews = plan.StatusDraft, 1, plan.Placement{}, nil
		p.Dates.Issued, p.Dates.NextReview, p.Dates.LastReview = plan.Date{}, plan.Date{}, plan.Date{}
		if check.IssueReport(p, today).Ready {
			return p
		}
	}
	t.Fatal("no made-up draft is ready to issue")
	return nil
}
