package editor

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// The review's own rules, kept apart from the widgets so they are tested
// as tables: what a date on a review may not be (reviewProblem), when the
// meeting counts as recorded, and how recording it moves the plan's review
// dates (syncReviewDates). Every due date comes from plan.Rules.

// The review dates a caseworker types, by their JSON key.
const (
	fieldDate          = "date"
	fieldInvited       = "invited"
	fieldReportSent    = "report_sent"
	fieldDecisionDate  = "decision_date"
	fieldAmendmentSent = "amendment_sent"
)

// reviewDateFields are the review's dates, in the order of the cycle.
var reviewDateFields = []string{fieldDate, fieldInvited, fieldReportSent, fieldDecisionDate, fieldAmendmentSent}

// reviewDate is the date of a review at a field key.
func reviewDate(r *plan.Review, field string) *plan.Date {
	switch field {
	case fieldDate:
		return &r.Date
	case fieldInvited:
		return &r.Invited
	case fieldReportSent:
		return &r.ReportSent
	case fieldDecisionDate:
		return &r.DecisionDate
	case fieldAmendmentSent:
		return &r.AmendmentSent
	}
	panic("editor: no review date " + field)
}

// reviewProblem says, in plain words, what is wrong with one of a review's
// dates on today, or "" when nothing is. The date is kept either way: the
// message only asks the caseworker to look again.
func reviewProblem(r *plan.Review, field string, today plan.Date) string {
	d := *reviewDate(r, field)
	if d.IsZero() {
		return ""
	}
	meeting := r.Date
	switch field {
	case fieldDate:
		if d.After(today) && meetingRecorded(r) {
			return "This date is after today, but what was said at the meeting is already recorded below. " +
				"A meeting can only be recorded once it has happened: check the date."
		}
		return ""
	case fieldInvited:
		if !meeting.IsZero() && d.After(meeting) {
			return fmt.Sprintf("The invitations are dated after the meeting (%s). "+
				"They go out before it: at least 2 weeks before.", meeting.Long())
		}
		return afterToday(d, today, "record it once the invitations have gone")
	case fieldReportSent:
		if !meeting.IsZero() && d.Before(meeting) {
			return fmt.Sprintf("The report is dated before the meeting (%s). It can only be sent after the meeting.", meeting.Long())
		}
		return afterToday(d, today, "mark the report sent once it has gone")
	case fieldDecisionDate:
		if !meeting.IsZero() && d.Before(meeting) {
			return fmt.Sprintf("The decision is dated before the meeting (%s). It can only be made after the meeting.", meeting.Long())
		}
		return afterToday(d, today, "record the decision once it is made")
	case fieldAmendmentSent:
		switch {
		case !meeting.IsZero() && d.Before(meeting):
			return fmt.Sprintf("The proposed amendments are dated before the meeting (%s). They can only be sent after the meeting.", meeting.Long())
		case !r.DecisionDate.IsZero() && d.Before(r.DecisionDate):
			return fmt.Sprintf("The proposed amendments are dated before the decision to amend (%s). They go after the decision.", r.DecisionDate.Long())
		}
		return afterToday(d, today, "mark them sent once they have gone")
	}
	return ""
}

func afterToday(d, today plan.Date, then string) string {
	if d.After(today) {
		return "This date is after today: " + then + "."
	}
	return ""
}

// meetingRecorded reports whether anything said at the meeting has been
// written down: views, who said what, a recommendation, a progress note or
// a judgement other than the "Progressing" a new review starts with, or a
// later step. Who is invited is not: it is written before the meeting.
func meetingRecorded(r *plan.Review) bool {
	if len(r.Views) > 0 || len(r.Working) > 0 || len(r.NotWorking) > 0 || len(r.Future) > 0 ||
		r.Recommendation != "" || r.Decision != "" || !r.ReportSent.IsZero() ||
		!r.DecisionDate.IsZero() || !r.AmendmentSent.IsZero() {
		return true
	}
	for _, g := range r.Progress {
		if g.Status != "progressing" || strings.TrimSpace(g.Note) != "" {
			return true
		}
	}
	return false
}

// held reports whether review r's meeting has happened by today.
func held(r *plan.Review, today plan.Date) bool {
	return !r.Date.IsZero() && !r.Date.After(today)
}

// meetingRule is the rule for the review meeting after base: 12 months, or
// 6 for a child under 5 on that day.
func meetingRule(p *plan.Plan, base plan.Date) plan.Rule {
	if dob := p.Person.DateOfBirth; !dob.IsZero() && plan.AgeOn(dob, base) < 5 {
		return plan.RuleFor("review_meeting_under_5")
	}
	return plan.RuleFor("review_meeting")
}

// meetingBase is the day review i's meeting is counted from: the latest
// earlier review (a record, or dates.last_review) before it, or else the
// plan's issue before it. Zero when there is neither.
func meetingBase(p *plan.Plan, i int) plan.Date {
	r := p.Reviews[i]
	var base plan.Date
	consider := func(d plan.Date) {
		if !d.IsZero() && (r.Date.IsZero() || d.Before(r.Date)) && d.After(base) {
			base = d
		}
	}
	for j := range p.Reviews {
		if j != i {
			consider(p.Reviews[j].Date)
		}
	}
	consider(p.Dates.LastReview)
	if base.IsZero() {
		consider(p.Dates.Issued) // not an issue after the meeting (an amendment it led to)
	}
	return base
}

// superseded reports whether a later meeting than review i's has been
// held: its steps are then history, no longer due.
func superseded(p *plan.Plan, i int, today plan.Date) bool {
	r := &p.Reviews[i]
	if r.Date.IsZero() {
		return false // a review still being planned
	}
	for j := range p.Reviews {
		if j != i && held(&p.Reviews[j], today) && p.Reviews[j].Date.After(r.Date) {
			return true
		}
	}
	return false
}

// syncReviewDates sets the plan's last and next review dates from review
// i when its meeting has been held and is the latest held: last_review
// becomes its date and next_review the date the rules give (12 months on,
// 6 for a child under 5). old is the review's date before the edit, so a
// corrected date moves last_review with it. A last_review later than the
// review (an older file may keep only that) is left alone, and so is a
// next_review already set from this meeting, which the caseworker may
// have brought forward. It reports whether it changed anything.
func syncReviewDates(p *plan.Plan, i int, old, today plan.Date) bool {
	r := &p.Reviews[i]
	if !held(r, today) {
		return false
	}
	for j := range p.Reviews {
		if j != i && held(&p.Reviews[j], today) && p.Reviews[j].Date.After(r.Date) {
			return false
		}
	}
	next := meetingRule(p, r.Date).Due(r.Date)
	switch last := p.Dates.LastReview; {
	case last == r.Date:
		if !p.Dates.NextReview.IsZero() {
			return false
		}
	case last.After(r.Date) && last != old:
		return false
	}
	p.Dates.LastReview, p.Dates.NextReview = r.Date, next
	return true
}

// dueWords fills a rule's words ("Send the review report by %s") with the
// date in full.
func dueWords(r plan.Rule, d plan.Date) string {
	return fmt.Sprintf(r.Words, d.Long())
}
