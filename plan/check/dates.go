package check

import (
	"fmt"

	"ehcplan/plan"
)

// Date rules D1-D3, against the `today` passed to Check.

func (c *checker) checkDates() {
	c.checkNextReview()
	c.checkDraftDeadline()
	c.checkPhaseTransfer()
}

// D1: a final plan's next review is missing, overdue, or more than 12
// months after the last review (or the issue date). The last review is the
// latest one recorded in reviews, when dates.last_review was not moved on
// with it (plan.LastReviewed).
func (c *checker) checkNextReview() {
	if c.p.Status != plan.StatusFinal {
		return
	}
	d := c.p.Dates
	base := plan.LastReviewed(c.p, c.today)
	recorded := base.After(d.LastReview) // known only from the review records
	if base.IsZero() {
		base = d.Issued
	}
	var msg, fix string
	switch {
	case recorded && d.NextReview.Before(c.today) && !d.NextReview.After(base):
		// A review was held and recorded on or after the date it was due,
		// but the next review date was left at that old date.
		due := NextReviewDue(base).Long()
		msg = fmt.Sprintf("The review on %s is recorded, but the next review date (%s) was not moved on: the next annual review is due by %s.", base.Long(), d.NextReview.Long(), due)
		fix = fmt.Sprintf("Set the next annual review date, on or before %s.", due)
	case d.NextReview.IsZero():
		msg = "No next review date is set."
		fix = "Set the next annual review date."
		if !base.IsZero() {
			due := NextReviewDue(base).Long()
			msg = fmt.Sprintf("No next review date is set: the annual review is due by %s.", due)
			fix = fmt.Sprintf("Set the next annual review date, on or before %s.", due)
		}
	case d.NextReview.Before(c.today):
		msg = fmt.Sprintf("The annual review was due on %s and is overdue (%s).", d.NextReview.Long(), days(d.NextReview.DaysUntil(c.today)))
		fix = fmt.Sprintf("Hold %s's annual review now, then record it and set the next review date.", c.name)
	case !base.IsZero() && d.NextReview.After(NextReviewDue(base)):
		msg = fmt.Sprintf("The next review (%s) is more than 12 months after the last one (%s).", d.NextReview.Long(), base.Long())
		fix = fmt.Sprintf("Set the next review on or before %s.", NextReviewDue(base).Long())
	default:
		return
	}
	c.add(planPos, "D1", plan.At("dates").Dot("next_review"), "", msg, fix)
}

// D2: a draft is past 18 weeks from the request: the 20-week limit for the
// final plan is close, or has passed.
//
// A draft's request date after today is D2 too: D2 is the rule about a
// draft's request date and the 20-week limit worked out from it, and a
// request that has not happened yet (often the wrong year typed) would
// put that limit out of sight, so D2 could never warn. Only drafts, as
// D2 is about drafts.
func (c *checker) checkDraftDeadline() {
	req := c.p.Dates.Request
	if c.p.Status != plan.StatusDraft || req.IsZero() {
		return
	}
	if req.After(c.today) {
		c.add(planPos, "D2", plan.At("dates").Dot("request"), "",
			fmt.Sprintf("The request for assessment is dated %s, which is after today: the 20-week limit for the final plan is worked out from it.", req.Long()),
			"Correct the request date: it is the day the council received the request for an EHC needs assessment.")
		return
	}
	if !c.today.After(DraftWarningFrom(req)) {
		return
	}
	due := FinalPlanDue(req)
	msg := fmt.Sprintf("The final plan is due by %s, 20 weeks from the request on %s: %s left.",
		due.Long(), req.Long(), days(c.today.DaysUntil(due)))
	if c.today.After(due) {
		msg = fmt.Sprintf("The 20-week limit for the final plan passed on %s (requested %s); it is %s late.",
			due.Long(), req.Long(), days(due.DaysUntil(c.today)))
	}
	c.add(planPos, "D2", plan.At("dates").Dot("request"), "", msg,
		"Finish the consultation and issue the final plan now; if an exception to the time limit applies (SEND Regulations 2014 reg. 13(3)), record it and tell the family.")
}

// D3: in Year 6 or Year 11 the plan has not been reviewed this school year;
// the amended plan is due by 15 February or 31 March. A review recorded in
// reviews this school year counts, as does dates.last_review. A new plan
// still in draft has never been reviewed, so D2 covers it instead.
func (c *checker) checkPhaseTransfer() {
	d := c.p.Dates
	if c.p.Status == plan.StatusCeased || c.p.Status == plan.StatusDraft && d.Issued.IsZero() {
		return
	}
	year, ok := c.p.YearGroup(c.today)
	if !ok {
		return
	}
	due, ok := PhaseTransferDeadline(year, c.today)
	start := plan.SchoolYearStart(c.today)
	if !ok || !plan.LastReviewed(c.p, c.today).Before(start) || !d.Issued.Before(start) {
		return
	}
	next := "secondary school"
	if year == 11 {
		next = "post-16 education or training"
	}
	when := "must be issued by"
	if c.today.After(due) {
		when = "was due by"
	}
	c.add(planPos, "D3", plan.At("dates").Dot("last_review"), "",
		fmt.Sprintf("%s is in %s, moving to %s, and the plan has not been reviewed since %s: the amended plan %s %s.",
			c.name, plan.YearGroupName(year), next, start.Long(), when, due.Long()),
		fmt.Sprintf("Hold the transfer review now, and issue the amended plan naming the next setting by %s.", due.Long()))
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
