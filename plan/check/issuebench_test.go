package check

import (
	"strconv"
	"testing"

	"ehcplan/plan"
)

// BenchmarkIssueReport40 is what the Checks panel runs after a keystroke
// in a draft: the draft's check and the check of the plan as it would be
// issued today.
func BenchmarkIssueReport40(b *testing.B) {
	p := benchPlan(40)
	p.Status, p.Placement = plan.StatusDraft, plan.Placement{}
	today := plan.MustDate("2026-01-12")
	typed := p.Areas[1].Outcomes[0].Text
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		p.Areas[1].Outcomes[0].Text = typed + strconv.Itoa(i)
		IssueReport(p, today)
	}
}
