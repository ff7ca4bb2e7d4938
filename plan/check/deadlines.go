package check

import (
	"time"

	"ehcplan/plan"
)

// Statutory deadlines (SEND Regulations 2014 regs 13, 18 and 20).

// FinalPlanWeeks is the statutory limit from request for assessment to the
// final plan; DraftWarningWeeks is when the checker starts to warn.
const (
	FinalPlanWeeks    = 20
	DraftWarningWeeks = 18
)

// FinalPlanDue returns the last day for issuing the final plan: the request
// date plus 20 weeks.
func FinalPlanDue(request plan.Date) plan.Date { return request.AddDays(7 * FinalPlanWeeks) }

// DraftWarningFrom returns the request date plus 18 weeks, from when a plan
// still in draft is close to the 20-week limit.
func DraftWarningFrom(request plan.Date) plan.Date { return request.AddDays(7 * DraftWarningWeeks) }

// NextReviewDue returns the latest date for the next annual review: 12
// calendar months after the plan was issued or last reviewed (31 March 2025
// gives 31 March 2026; 29 February 2024 gives 28 February 2025).
func NextReviewDue(issuedOrLastReview plan.Date) plan.Date { return issuedOrLastReview.AddMonths(12) }

// PhaseTransferDeadline returns the date by which the amended plan of a
// young person moving phase must be issued: 15 February for Year 6 (to
// secondary school) and 31 March for Year 11 (to post-16), in the school
// year that contains today. ok is false for other year groups.
func PhaseTransferDeadline(yearGroup int, today plan.Date) (due plan.Date, ok bool) {
	year := plan.SchoolYearStart(today).Year + 1
	switch yearGroup {
	case 6:
		return plan.Date{Year: year, Month: time.February, Day: 15}, true
	case 11:
		return plan.Date{Year: year, Month: time.March, Day: 31}, true
	}
	return plan.Date{}, false
}
