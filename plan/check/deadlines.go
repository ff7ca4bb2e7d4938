package check

import (
	"time"

	"ehcplan/plan"
)

// Statutory deadlines, read from the review cycle's one table of rules
// (plan.Rules), so a change in the law is one edit there.

var (
	ruleFinalPlan      = plan.RuleFor("final_plan")
	ruleReview         = plan.RuleFor("review_meeting")
	ruleTransfer       = plan.RuleFor("phase_transfer")
	ruleTransferPost16 = plan.RuleFor("phase_transfer_post_16")
)

// FinalPlanWeeks is the statutory limit from request for assessment to the
// final plan; DraftWarningWeeks is when the checker starts to warn, two
// weeks before it.
var (
	FinalPlanWeeks    = ruleFinalPlan.Weeks
	DraftWarningWeeks = FinalPlanWeeks - 2
)

// FinalPlanDue returns the last day for issuing the final plan: the request
// date plus 20 weeks.
func FinalPlanDue(request plan.Date) plan.Date { return ruleFinalPlan.Due(request) }

// DraftWarningFrom returns the request date plus 18 weeks, from when a plan
// still in draft is close to the 20-week limit.
func DraftWarningFrom(request plan.Date) plan.Date {
	return FinalPlanDue(request).AddDays(-7 * (FinalPlanWeeks - DraftWarningWeeks))
}

// NextReviewDue returns the latest date for the next annual review: 12
// calendar months after the plan was issued or last reviewed (31 March 2025
// gives 31 March 2026; 29 February 2024 gives 28 February 2025).
func NextReviewDue(issuedOrLastReview plan.Date) plan.Date { return ruleReview.Due(issuedOrLastReview) }

// PhaseTransferDeadline returns the date by which the amended plan of a
// young person moving phase must be issued: 15 February for Year 6 (to
// secondary school) and 31 March for Year 11 (to post-16), in the school
// year that contains today. ok is false for other year groups.
func PhaseTransferDeadline(yearGroup int, today plan.Date) (due plan.Date, ok bool) {
	// The rules' fixed days fall in the calendar year after the school year
	// starts (1 September).
	spring := plan.Date{Year: plan.SchoolYearStart(today).Year + 1, Month: time.January, Day: 1}
	switch yearGroup {
	case 6:
		return ruleTransfer.Due(spring), true
	case 11:
		return ruleTransferPost16.Due(spring), true
	}
	return plan.Date{}, false
}
