package check

import (
	"slices"
	"strings"

	"ehcplan/plan"
)

// Readiness to issue. The Checks panel, the PDF's checker appendix and the
// Issue dialog all ask IssueReport, so "Ready to issue" means one thing:
// the draft can be issued as final today.
//
// In law the draft leaves Section I blank (S4); the family may ask for a
// school, the local authority consults, and only the final plan names the
// placement. So the placement is not written in the draft: the Issue
// dialog asks for it, and an empty Section I (S5 on a final plan) never
// stops a draft from being ready.

// PlacementAtIssue says, in the words every readiness answer uses, where
// Section I is filled in.
const PlacementAtIssue = "Section I (the placement) stays blank in the draft: " +
	"you name the school, college or other placement when you issue the final plan."

// IssueReport is the checker's report on p, judged for issuing today. For
// a draft it is Check of the draft, plus any error the same plan would have
// once issued today (e.g. a next review date already passed), except
// the empty Section I that the Issue dialog fills in; Ready says it can be
// issued. For a final or ceased plan it is Check of the plan itself.
func IssueReport(p *plan.Plan, today plan.Date) Report { return issueReport(p, today, nil) }

func issueReport(p *plan.Plan, today plan.Date, cl *Caseload) Report {
	r := CheckAmong(p, today, cl)
	if p.Status != plan.StatusDraft {
		return r
	}
	// The checker never changes a plan, so the plan as issued is judged on a
	// shallow copy: only its status and dates differ. (A deep copy, through
	// JSON, was three quarters of this report's cost on every keystroke.)
	issued := *p
	setIssued(&issued, today)
	cand := CheckAmong(&issued, today, cl)
	var extra []Finding
	for _, f := range cand.Findings {
		if f.Severity != Error || f.Rule == "S5" || slices.Contains(r.Findings, f) {
			continue
		}
		extra = append(extra, f)
	}
	if len(extra) == 0 {
		return r
	}
	// They concern the plan as a whole (dates), which the report lists first.
	r.Findings = append(extra, r.Findings...)
	r.Errors += len(extra)
	r.Ready = r.Errors == 0
	return r
}

// IssueCandidate is a copy of p as it would be issued today: final, dated
// today, with the next review 12 months on unless one is set. Its Section
// I is whatever p has; the Issue dialog sets it before issuing.
func IssueCandidate(p *plan.Plan, today plan.Date) *plan.Plan {
	c := p.Clone()
	setIssued(c, today)
	return c
}

// setIssued makes c final, issued today, with its next review due.
func setIssued(c *plan.Plan, today plan.Date) {
	c.Status = plan.StatusFinal
	c.Dates.Issued = today
	if c.Dates.NextReview.IsZero() {
		c.Dates.NextReview = issueNextReview(c)
	}
}

// issueNextReview is when a newly issued plan's annual review falls due.
func issueNextReview(p *plan.Plan) plan.Date {
	if p.Dates.LastReview.After(p.Dates.Issued) {
		return NextReviewDue(p.Dates.LastReview)
	}
	return NextReviewDue(p.Dates.Issued)
}

// PlacementAskedAtIssue reports whether issuing p will ask for Section I:
// p is a draft whose Section I is blank, as a draft's should be.
func PlacementAskedAtIssue(p *plan.Plan) bool {
	return p.Status == plan.StatusDraft &&
		strings.TrimSpace(p.Placement.Name) == "" && strings.TrimSpace(p.Placement.Type) == ""
}
