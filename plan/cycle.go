package plan

import (
	"strconv"
	"strings"
	"time"
)

// The annual review cycle: from a plan and today, its open statutory steps
// and their due dates. Every duration comes from Rules, one table, so a
// change in the law is an edit to that table (and its tests), not to the
// walk below.
//
// The national SEND reforms proposed in 2026 change none of these dates
// before the 2029-30 school year: until the new law is made and in force,
// the Children and Families Act 2014 and the SEND Regulations 2014 stand.

// StepKind is a statutory step of the cycle (the `step` of `ehcplanctl due
// --json`).
type StepKind string

const (
	StepFinalPlan      StepKind = "final_plan"
	StepReviewInvite   StepKind = "review_invite"
	StepReviewMeeting  StepKind = "review_meeting"
	StepReviewReport   StepKind = "review_report"
	StepReviewDecision StepKind = "review_decision"
	StepAmendedPlan    StepKind = "amended_plan"
	StepPhaseTransfer  StepKind = "phase_transfer"
)

// StepKinds lists every step in the order of the cycle (the order of two
// steps due on the same day).
var StepKinds = []StepKind{
	StepFinalPlan, StepReviewInvite, StepReviewMeeting, StepReviewReport,
	StepReviewDecision, StepAmendedPlan, StepPhaseTransfer,
}

// Rule is one time limit of the law: a duration counted from an event, or
// a fixed day in a calendar year.
type Rule struct {
	Key  string   // unique name in Rules
	Step StepKind // the step it dates; "" for a date that is not a step of the caseworker's
	// The duration: Months, then Weeks and Days (negative: before From).
	Months, Weeks, Days int
	// Or a fixed day (Month non-zero) in the calendar year of From.
	Month time.Month
	Day   int
	From  string // the event it counts from, in words
	Law   string // where the law says it
	Words string // what to do, in plain English, with %s for the due date
}

// Due returns the rule's date counted from the day of its event.
func (r Rule) Due(from Date) Date {
	if r.Month != 0 {
		return Date{from.Year, r.Month, r.Day}
	}
	d := from
	if r.Months != 0 {
		d = d.AddMonths(r.Months)
	}
	if n := 7*r.Weeks + r.Days; n != 0 {
		d = d.AddDays(n)
	}
	return d
}

// Rules is the law the due dates follow (SEND Regulations 2014 regs 13,
// 18, 20 and 22; Children and Families Act 2014 s44; SEND Code of Practice
// 9.166-9.211).
var Rules = []Rule{
	{Key: "final_plan", Step: StepFinalPlan, Weeks: 20,
		From: "the request for an EHC needs assessment", Law: "SEND Regulations 2014 reg 13(2)",
		Words: "Issue the final plan by %s"},
	{Key: "review_meeting", Step: StepReviewMeeting, Months: 12,
		From: "the plan's issue, then the last review meeting", Law: "Children and Families Act 2014 s44(1)",
		Words: "Hold the annual review by %s"},
	{Key: "review_meeting_under_5", Step: StepReviewMeeting, Months: 6,
		From:  "the plan's issue, then the last review meeting, for a child under 5 on that day",
		Law:   "SEND Code of Practice 9.178 (every 3 to 6 months; 6 offered)",
		Words: "Hold the review by %s"},
	{Key: "review_invite", Step: StepReviewInvite, Weeks: -2,
		From: "the review meeting", Law: "SEND Regulations 2014 reg 20(3) and (4)",
		Words: "Send review invitations and advice by %s"},
	{Key: "review_report", Step: StepReviewReport, Weeks: 2,
		From: "the review meeting", Law: "SEND Regulations 2014 reg 20(7)",
		Words: "Send the review report by %s"},
	{Key: "review_decision", Step: StepReviewDecision, Weeks: 4,
		From: "the review meeting", Law: "SEND Regulations 2014 reg 20(10)",
		Words: "Decision due %s"},
	// The law dates the amended plan from the proposed amendments being sent
	// but sets no separate limit for sending them: they go with the decision
	// to amend (4 weeks from the meeting), or at once after a late one.
	{Key: "amendment_notice", Step: StepAmendedPlan, Weeks: 4,
		From:  "the review meeting (with the decision to amend), or the decision if it was later",
		Law:   "SEND Regulations 2014 regs 20(10) and 22(2)",
		Words: "Send the proposed amendments by %s"},
	{Key: "amendment_comments", Days: 15,
		From: "the proposed amendments being sent", Law: "SEND Regulations 2014 reg 22(2)(c)",
		Words: "The family may comment until %s"},
	{Key: "amended_plan", Step: StepAmendedPlan, Weeks: 8,
		From: "the proposed amendments being sent", Law: "SEND Regulations 2014 reg 22(3)",
		Words: "Issue the amended plan by %s"},
	{Key: "phase_transfer", Step: StepPhaseTransfer, Month: time.February, Day: 15,
		From: "the calendar year of a move to or between schools", Law: "SEND Regulations 2014 reg 18(1)(b); Code of Practice 9.179",
		Words: "Phase transfer: review and amend by %s"},
	{Key: "phase_transfer_post_16", Step: StepPhaseTransfer, Month: time.March, Day: 31,
		From: "the calendar year of the move from secondary school to post-16", Law: "SEND Regulations 2014 reg 18(1)(a); Code of Practice 9.179",
		Words: "Phase transfer: review and amend by %s"},
}

// RuleFor returns the rule with this key; it panics on an unknown key, a
// mistake in the program that the tests catch.
func RuleFor(key string) Rule { return *mustRule(key) }

func mustRule(key string) *Rule {
	for i := range Rules {
		if Rules[i].Key == key {
			return &Rules[i]
		}
	}
	panic("plan: no review-cycle rule " + key)
}

var (
	ruleFinalPlan       = mustRule("final_plan")
	ruleMeeting         = mustRule("review_meeting")
	ruleMeetingUnder5   = mustRule("review_meeting_under_5")
	ruleInvite          = mustRule("review_invite")
	ruleReport          = mustRule("review_report")
	ruleDecision        = mustRule("review_decision")
	ruleAmendmentNotice = mustRule("amendment_notice")
	ruleComments        = mustRule("amendment_comments")
	ruleAmendedPlan     = mustRule("amended_plan")
	ruleTransfer        = mustRule("phase_transfer")
	ruleTransferPost16  = mustRule("phase_transfer_post_16")
)

// CommentBy is the last day the family may comment on proposed amendments
// sent on sent (reg 22(2)(c): at least 15 days).
func CommentBy(sent Date) Date { return ruleComments.Due(sent) }

// Step is one open step of a plan's cycle.
type Step struct {
	Kind    StepKind
	Due     Date
	Overdue bool   // Due is before today
	Rule    string // the law's reference
	Words   string // "Send the review report by 12 Feb", with "(3 days late)" when overdue
	RuleKey string // the key of its rule in Rules
}

// open is a step before it is put into words.
type open struct {
	rule *Rule
	due  Date
}

// maxOpen bounds the steps one plan can have open at once.
const maxOpen = 8

// NextStep returns the plan's next statutory step on today: the open step
// due soonest (so an overdue one first). ok is false when nothing is due: a
// ceased plan, a plan ceasing by decision, or one without the dates to
// count from.
func NextStep(p *Plan, today Date) (Step, bool) {
	var buf [maxOpen]open
	steps := openSteps(p, today, buf[:0])
	if len(steps) == 0 {
		return Step{}, false
	}
	return steps[0].step(today), true
}

// Steps returns every open step of the plan on today, soonest first (the
// same day: in the order of the cycle).
func Steps(p *Plan, today Date) []Step {
	var buf [maxOpen]open
	steps := openSteps(p, today, buf[:0])
	out := make([]Step, len(steps))
	for i, o := range steps {
		out[i] = o.step(today)
	}
	return out
}

func (o open) step(today Date) Step {
	late := o.due.DaysUntil(today)
	return Step{Kind: o.rule.Step, Due: o.due, Overdue: late > 0, Rule: o.rule.Law, Words: o.words(today, late), RuleKey: o.rule.Key}
}

// words fills the rule's words with the due date ("12 Feb", with the year
// when it is not today's) and how late it is. Built by hand in one
// allocation, as the caseload's column puts 10,000 plans into words.
func (o open) words(today Date, late int) string {
	var buf [96]byte
	before, after, _ := strings.Cut(o.rule.Words, "%s")
	b := append(buf[:0], before...)
	b = strconv.AppendInt(b, int64(o.due.Day), 10)
	b = append(b, ' ')
	b = append(b, o.due.Month.String()[:3]...)
	if o.due.Year != today.Year {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(o.due.Year), 10)
	}
	b = append(b, after...)
	switch {
	case late == 1:
		b = append(b, " (1 day late)"...)
	case late > 1:
		b = append(b, " ("...)
		b = strconv.AppendInt(b, int64(late), 10)
		b = append(b, " days late)"...)
	}
	return string(b)
}

// openSteps walks the cycle from the plan's state and appends its open
// steps to buf, soonest first.
//
//   - A draft never issued (a new assessment): the final plan, 20 weeks
//     from the request.
//   - A final plan, or an issued plan being amended (a draft with an issue
//     date): the latest review held (dated today or before) leaves open
//     its report until report_sent, the decision until one is recorded,
//     and after a decision to amend the proposed amendments until
//     amendment_sent, then the amended plan until the plan is issued again
//     (final, dates.issued on or after the amendments went out). The next
//     meeting is due 12 months (6 under 5) after the last review or the
//     issue, sooner if next_review or a planned meeting (a review dated
//     after today) is sooner, with its invitations 2 weeks before the
//     planned day until the planned review records them. A decision to
//     cease closes the cycle.
//   - In a transfer year, the phase transfer until a review this school
//     year has concluded (or the plan was issued this school year).
func openSteps(p *Plan, today Date, buf []open) []open {
	switch {
	case p.Status == StatusCeased:
		return buf
	case p.Status == StatusDraft && p.Dates.Issued.IsZero():
		if !p.Dates.Request.IsZero() {
			buf = add(buf, ruleFinalPlan, p.Dates.Request)
		}
		return buf
	}
	held, planned := latestReviews(p.Reviews, today)
	base := p.Dates.LastReview
	var last *Review
	if held >= 0 && !p.Reviews[held].Date.Before(base) {
		last = &p.Reviews[held]
		base = last.Date
	}
	if base.IsZero() {
		base = p.Dates.Issued
	}
	if last != nil {
		buf = reviewSteps(p, last, buf)
		if last.Decision == "cease" {
			return sortOpen(buf)
		}
	}
	if !base.IsZero() {
		var upcoming *Review
		if planned >= 0 && p.Reviews[planned].Date.After(base) {
			upcoming = &p.Reviews[planned]
		}
		buf = meetingSteps(p, base, upcoming, buf)
	}
	buf = transferStep(p, today, last, buf)
	return sortOpen(buf)
}

func add(buf []open, r *Rule, from Date) []open {
	return append(buf, open{r, r.Due(from)})
}

// latestReviews returns the index of the latest review held by today and
// of the soonest one planned after today (-1 for none). A review without a
// date is neither.
func latestReviews(rs []Review, today Date) (held, planned int) {
	held, planned = -1, -1
	for i := range rs {
		d := rs[i].Date
		switch {
		case d.IsZero():
		case d.After(today):
			if planned < 0 || d.Before(rs[planned].Date) {
				planned = i
			}
		case held < 0 || !d.Before(rs[held].Date): // the later record of the same day
			held = i
		}
	}
	return held, planned
}

// LastReviewed returns the day of the plan's last review on today: the
// latest review record held by today, when it is on or after
// dates.last_review, else dates.last_review (older files keep only that).
// Zero when neither is known.
func LastReviewed(p *Plan, today Date) Date {
	last := p.Dates.LastReview
	if held, _ := latestReviews(p.Reviews, today); held >= 0 && p.Reviews[held].Date.After(last) {
		last = p.Reviews[held].Date
	}
	return last
}

// reviewSteps appends what is still open after the review meeting r.
func reviewSteps(p *Plan, r *Review, buf []open) []open {
	if r.ReportSent.IsZero() {
		buf = add(buf, ruleReport, r.Date)
	}
	switch r.Decision {
	case "":
		buf = add(buf, ruleDecision, r.Date)
	case "amend":
		switch {
		case amendedIssued(p, r):
		case r.AmendmentSent.IsZero():
			due := ruleAmendmentNotice.Due(r.Date)
			if r.DecisionDate.After(due) {
				due = r.DecisionDate
			}
			buf = append(buf, open{ruleAmendmentNotice, due})
		default:
			buf = add(buf, ruleAmendedPlan, r.AmendmentSent)
		}
	}
	return buf
}

// amendedIssued reports whether the plan has been issued again since the
// review's amendments went out (or since the meeting, when their sending
// was not recorded).
func amendedIssued(p *Plan, r *Review) bool {
	issued := p.Dates.Issued
	if p.Status != StatusFinal || issued.IsZero() || issued.Before(r.Date) {
		return false
	}
	return r.AmendmentSent.IsZero() || !issued.Before(r.AmendmentSent)
}

// reviewConcluded reports whether the review's decision has been carried
// out: maintain or cease decided, or the amended plan issued.
func reviewConcluded(p *Plan, r *Review) bool {
	switch r.Decision {
	case "maintain", "cease":
		return true
	case "amend":
		return amendedIssued(p, r)
	}
	return false
}

// meetingSteps appends the next review meeting and its invitations.
func meetingSteps(p *Plan, base Date, planned *Review, buf []open) []open {
	rule := ruleMeeting
	if dob := p.Person.DateOfBirth; !dob.IsZero() && AgeOn(dob, base) < 5 {
		rule = ruleMeetingUnder5
	}
	due := rule.Due(base)
	if next := p.Dates.NextReview; next.After(base) && next.Before(due) {
		due = next
	}
	meeting := due
	if planned != nil {
		meeting = planned.Date
		if meeting.Before(due) {
			due = meeting
		}
	}
	if planned == nil || planned.Invited.IsZero() {
		buf = add(buf, ruleInvite, meeting)
	}
	return append(buf, open{rule, due})
}

// transferStep appends the phase transfer when the young person is in a
// transfer year and it is not yet done.
//
// Transfer years (reg 18 and the phases of education in reg 2): Year 6
// (primary to secondary) and Year 11 (secondary to post-16) always;
// Nursery, the year before Reception (early years to school); Year 2 when
// the setting's name says it is an infant school (infant to junior: in a
// primary school Year 2 moves nowhere). Middle-school moves (Year 4 or 8,
// depending on the area) and post-16 moves at other times (reg 18(2), five
// months before) cannot be told from the plan and are left to the
// caseworker.
func transferStep(p *Plan, today Date, last *Review, buf []open) []open {
	year, ok := p.YearGroup(today)
	if !ok {
		return buf
	}
	var rule *Rule
	switch {
	case year == 11:
		rule = ruleTransferPost16
	case year == 6, year == -1, year == 2 && strings.Contains(strings.ToLower(p.Person.Setting), "infant"):
		rule = ruleTransfer
	default:
		return buf
	}
	start := SchoolYearStart(today)
	if p.Status == StatusFinal && !p.Dates.Issued.Before(start) {
		return buf // issued this school year, naming where they go next
	}
	if last != nil && !last.Date.Before(start) && reviewConcluded(p, last) {
		return buf
	}
	if last == nil && !p.Dates.LastReview.Before(start) {
		return buf // reviewed this school year, known only by its date (as check's D3)
	}
	return add(buf, rule, Date{Year: start.Year + 1, Month: time.January, Day: 1})
}

// sortOpen orders steps by due date, then by the cycle's order (insertion
// sort: there are never more than a handful).
func sortOpen(s []open) []open {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && before(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func before(a, b open) bool {
	if c := a.due.Compare(b.due); c != 0 {
		return c < 0
	}
	return stepOrder(a.rule.Step) < stepOrder(b.rule.Step)
}

func stepOrder(k StepKind) int {
	for i, s := range StepKinds {
		if s == k {
			return i
		}
	}
	return len(StepKinds)
}
