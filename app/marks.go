package app

import (
	"fmt"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/store"
)

// markKind is something about a plan that needs the caseworker's attention.
type markKind int

const (
	markReviewOverdue markKind = iota
	markDraftLate
	markProblems
	markReviewSoon
)

// markOrder is the order marks are listed in.
var markOrder = []markKind{markReviewOverdue, markDraftLate, markProblems, markReviewSoon}

// reviewSoonDays is how near a review must be to be "due soon".
const reviewSoonDays = 28

// mark is one mark on a caseload row, in words (never colour alone).
type mark struct {
	kind   markKind
	text   string
	urgent bool // shown in the error colour with an error icon
}

// marks lists what needs attention on a row: reviews overdue or due soon,
// drafts past 18 weeks from the request, and checker errors (once the
// background check has reached the plan).
func (c *caseload) marks(s store.Summary, today plan.Date) []mark {
	var out []mark
	if s.Status != plan.StatusCeased && !s.NextReview.IsZero() {
		switch {
		case s.NextReview.Before(today):
			out = append(out, mark{markReviewOverdue, "Review overdue", true})
		case s.NextReview.Before(today.AddDays(reviewSoonDays + 1)):
			out = append(out, mark{markReviewSoon, "Review due soon", false})
		}
	}
	if s.Status == plan.StatusDraft && !s.Request.IsZero() && !today.Before(check.DraftWarningFrom(s.Request)) {
		out = append(out, mark{markDraftLate, "Draft past 18 weeks", true})
	}
	if n := c.checks.errorsFor(s); n > 0 && s.Status != plan.StatusCeased {
		out = append(out, mark{markProblems, plural(n, "problem", "problems"), false})
	}
	return out
}

// markCountText words a count of marks for the summary line.
func markCountText(k markKind, n int) string {
	switch k {
	case markReviewOverdue:
		return plural(n, "review", "reviews") + " overdue"
	case markDraftLate:
		return plural(n, "draft", "drafts") + " past 18 weeks"
	case markProblems:
		return fmt.Sprintf("%s with problems to fix", plural(n, "plan", "plans"))
	}
	return plural(n, "review", "reviews") + " due in 4 weeks"
}
