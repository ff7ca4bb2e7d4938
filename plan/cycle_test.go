package plan_test

import (
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

var d = plan.MustDate

// fixture is a final plan issued on issued for a young person in Year 4
// (not a transfer year), born so that they are well over 5.
func fixture(issued string, edit ...func(p *plan.Plan)) *plan.Plan {
	year := 4
	p := &plan.Plan{
		Status: plan.StatusFinal,
		Person: plan.Person{Name: "Ada Fictional", DateOfBirth: d("2016-10-10"), YearGroup: &year},
	}
	if issued != "" {
		p.Dates.Issued = d(issued)
	}
	for _, e := range edit {
		e(p)
	}
	return p
}

func inYear(y int) func(*plan.Plan) { return func(p *plan.Plan) { p.Person.YearGroup = &y } }

func reviewed(r plan.Review) func(*plan.Plan) {
	return func(p *plan.Plan) { p.Reviews = append(p.Reviews, r) }
}

// step is "kind due" with " overdue" when it is.
func step(kind plan.StepKind, due string, overdue ...bool) string {
	s := string(kind) + " " + due
	if len(overdue) > 0 && overdue[0] {
		s += " overdue"
	}
	return s
}

func steps(p *plan.Plan, today plan.Date) []string {
	var out []string
	for _, s := range plan.Steps(p, today) {
		out = append(out, step(s.Kind, s.Due.String(), s.Overdue))
	}
	return out
}

const (
	invite   = plan.StepReviewInvite
	meeting  = plan.StepReviewMeeting
	report   = plan.StepReviewReport
	decision = plan.StepReviewDecision
	amended  = plan.StepAmendedPlan
	transfer = plan.StepPhaseTransfer
	final    = plan.StepFinalPlan
)

func TestSteps(t *testing.T) {
	held := func(date string) plan.Review { return plan.Review{Date: d(date)} }
	concluded := func(date string) plan.Review {
		return plan.Review{Date: d(date), ReportSent: d(date).AddDays(7), Decision: "maintain", DecisionDate: d(date).AddDays(10)}
	}
	amend := func(meeting, decided, sent string) plan.Review {
		r := plan.Review{Date: d(meeting), ReportSent: d(meeting).AddDays(7), Decision: "amend", DecisionDate: d(decided)}
		if sent != "" {
			r.AmendmentSent = d(sent)
		}
		return r
	}
	tests := []struct {
		name  string
		p     *plan.Plan
		today string
		want  []string
	}{
		{"ceased plan: nothing due", fixture("2025-01-10", func(p *plan.Plan) { p.Status = plan.StatusCeased }), "2026-01-10", nil},
		{"new assessment: 20 weeks from the request", &plan.Plan{Status: plan.StatusDraft, Dates: plan.Dates{Request: d("2026-01-05")}}, "2026-05-25",
			[]string{step(final, "2026-05-25")}},
		{"new assessment: a day past 20 weeks is overdue", &plan.Plan{Status: plan.StatusDraft, Dates: plan.Dates{Request: d("2026-01-05")}}, "2026-05-26",
			[]string{step(final, "2026-05-25", true)}},
		{"draft with no request: nothing to count from", &plan.Plan{Status: plan.StatusDraft}, "2026-05-26", nil},
		{"final never reviewed: invite 2 weeks before 12 months from issue", fixture("2025-03-10"), "2025-12-01",
			[]string{step(invite, "2026-02-24"), step(meeting, "2026-03-10")}},
		{"issued 29 February: the review is due 28 February", fixture("2024-02-29"), "2024-12-01",
			[]string{step(invite, "2025-02-14"), step(meeting, "2025-02-28")}},
		{"reviewed 29 February 2028: due 28 February 2029", fixture("2026-01-01", reviewed(concluded("2028-02-29"))), "2028-06-01",
			[]string{step(invite, "2029-02-14"), step(meeting, "2029-02-28")}},
		{"review meeting overdue", fixture("2025-03-10"), "2026-03-11",
			[]string{step(invite, "2026-02-24", true), step(meeting, "2026-03-10", true)}},
		{"under 5: every 6 months", fixture("2026-01-10", func(p *plan.Plan) { p.Person.DateOfBirth = d("2022-06-01"); p.Person.YearGroup = nil }), "2026-02-01",
			[]string{step(invite, "2026-06-26"), step(meeting, "2026-07-10")}},
		{"4 on the day counted from: 6 months", fixture("2026-01-09", func(p *plan.Plan) { p.Person.DateOfBirth = d("2021-01-10") }), "2026-02-01",
			[]string{step(invite, "2026-06-25"), step(meeting, "2026-07-09")}},
		{"5 on the day counted from: 12 months", fixture("2026-01-10", func(p *plan.Plan) { p.Person.DateOfBirth = d("2021-01-10") }), "2026-02-01",
			[]string{step(invite, "2026-12-27"), step(meeting, "2027-01-10")}},
		{"meeting held: report, decision, then the next meeting", fixture("2025-02-01", reviewed(held("2026-02-02"))), "2026-02-10",
			[]string{step(report, "2026-02-16"), step(decision, "2026-03-02"), step(invite, "2027-01-19"), step(meeting, "2027-02-02")}},
		{"report sent: the decision is next", fixture("2025-02-01", reviewed(plan.Review{Date: d("2026-02-02"), ReportSent: d("2026-02-09")})), "2026-02-10",
			[]string{step(decision, "2026-03-02"), step(invite, "2027-01-19"), step(meeting, "2027-02-02")}},
		{"report due today is not overdue", fixture("2025-02-01", reviewed(held("2026-02-02"))), "2026-02-16",
			[]string{step(report, "2026-02-16"), step(decision, "2026-03-02"), step(invite, "2027-01-19"), step(meeting, "2027-02-02")}},
		{"report a day late, across the year end", fixture("2025-02-01", reviewed(held("2025-12-20"))), "2026-01-04",
			[]string{step(report, "2026-01-03", true), step(decision, "2026-01-17"), step(invite, "2026-12-06"), step(meeting, "2026-12-20")}},
		{"reviewed on 31 December: due 31 December", fixture("2025-02-01", reviewed(concluded("2025-12-31"))), "2026-01-20",
			[]string{step(invite, "2026-12-17"), step(meeting, "2026-12-31")}},
		{"a review held early counts from its own date", fixture("2025-09-01", reviewed(concluded("2025-12-01"))), "2026-01-20",
			[]string{step(invite, "2026-11-17"), step(meeting, "2026-12-01")}},
		{"last_review later than the recorded reviews counts", fixture("2024-09-01", reviewed(held("2025-01-10")), func(p *plan.Plan) { p.Dates.LastReview = d("2025-09-15") }), "2025-10-01",
			[]string{step(invite, "2026-09-01"), step(meeting, "2026-09-15")}},
		{"next_review sooner than the limit is the due day", fixture("2025-09-01", func(p *plan.Plan) { p.Dates.NextReview = d("2026-06-30") }), "2026-01-20",
			[]string{step(invite, "2026-06-16"), step(meeting, "2026-06-30")}},
		{"next_review later than the limit does not move it", fixture("2025-09-01", func(p *plan.Plan) { p.Dates.NextReview = d("2026-11-30") }), "2026-01-20",
			[]string{step(invite, "2026-08-18"), step(meeting, "2026-09-01")}},
		{"meeting planned, not yet invited", fixture("2025-09-01", reviewed(plan.Review{Date: d("2026-03-15")})), "2026-02-01",
			[]string{step(invite, "2026-03-01"), step(meeting, "2026-03-15")}},
		{"meeting planned and invited", fixture("2025-09-01", reviewed(plan.Review{Date: d("2026-03-15"), Invited: d("2026-02-01")})), "2026-02-01",
			[]string{step(meeting, "2026-03-15")}},
		{"meeting planned past the limit: the limit stands", fixture("2025-09-01", reviewed(plan.Review{Date: d("2026-09-20"), Invited: d("2026-08-01")})), "2026-08-02",
			[]string{step(meeting, "2026-09-01")}},
		{"amend decided on time, amendments not yet sent", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-01-20", ""))), "2026-01-21",
			[]string{step(amended, "2026-02-02"), step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"decision made late: the amendments are due with it", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-02-20", ""))), "2026-02-21",
			[]string{step(amended, "2026-02-20", true), step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"amendment never sent", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-01-20", ""))), "2026-06-01",
			[]string{step(amended, "2026-02-02", true), step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"amendments sent: amended plan 8 weeks on", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-01-20", "2026-01-25"))), "2026-02-01",
			[]string{step(amended, "2026-03-22"), step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"amendment in progress (a draft of an issued plan)", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-01-20", "2026-01-25")), func(p *plan.Plan) { p.Status = plan.StatusDraft }), "2026-03-23",
			[]string{step(amended, "2026-03-22", true), step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"amended plan issued: the cycle goes on", fixture("2025-02-01", reviewed(amend("2026-01-05", "2026-01-20", "2026-01-25")), func(p *plan.Plan) { p.Dates.Issued = d("2026-03-10") }), "2026-03-23",
			[]string{step(invite, "2026-12-22"), step(meeting, "2027-01-05")}},
		{"decision to cease: nothing more", fixture("2025-02-01", reviewed(plan.Review{Date: d("2026-01-05"), ReportSent: d("2026-01-10"), Decision: "cease"})), "2026-01-21", nil},
		{"decision to cease, report still to send", fixture("2025-02-01", reviewed(plan.Review{Date: d("2026-01-05"), Decision: "cease"})), "2026-01-21",
			[]string{step(report, "2026-01-19", true)}},
		{"Year 6 not reviewed this school year: 15 February", fixture("2020-01-10", inYear(6), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10") }), "2025-11-01",
			[]string{step(transfer, "2026-02-15"), step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Year 6 from 1 September", fixture("2020-01-10", inYear(6), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10") }), "2025-09-01",
			[]string{step(transfer, "2026-02-15"), step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Year 6 after 15 February", fixture("2020-01-10", inYear(6), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10") }), "2026-02-16",
			[]string{step(transfer, "2026-02-15", true), step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Year 11: 31 March", fixture("2020-01-10", inYear(11), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10") }), "2026-01-10",
			[]string{step(transfer, "2026-03-31"), step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Year 6 reviewed and concluded this school year", fixture("2020-01-10", inYear(6), reviewed(concluded("2025-10-01"))), "2025-11-01",
			[]string{step(invite, "2026-09-17"), step(meeting, "2026-10-01")}},
		{"Year 6 reviewed this school year, decision open", fixture("2020-01-10", inYear(6), reviewed(plan.Review{Date: d("2025-10-01"), ReportSent: d("2025-10-08")})), "2025-11-01",
			[]string{step(decision, "2025-10-29", true), step(transfer, "2026-02-15"), step(invite, "2026-09-17"), step(meeting, "2026-10-01")}},
		{"Year 6 with the amended plan issued this school year", fixture("2020-01-10", inYear(6), reviewed(amend("2025-10-01", "2025-10-20", "2025-10-20")), func(p *plan.Plan) { p.Dates.Issued = d("2025-12-01") }), "2026-01-05",
			[]string{step(invite, "2026-09-17"), step(meeting, "2026-10-01")}},
		{"Year 2 in an infant school: 15 February", fixture("2020-01-10", inYear(2), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10"); p.Person.Setting = "Meadow Infant School" }), "2025-11-01",
			[]string{step(transfer, "2026-02-15"), step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Year 2 in a primary school moves nowhere", fixture("2020-01-10", inYear(2), func(p *plan.Plan) { p.Dates.LastReview = d("2025-06-10"); p.Person.Setting = "Meadow Primary School" }), "2025-11-01",
			[]string{step(invite, "2026-05-27"), step(meeting, "2026-06-10")}},
		{"Nursery to Reception: 15 February", fixture("2025-06-10", func(p *plan.Plan) { p.Person.DateOfBirth = d("2022-03-01"); p.Person.YearGroup = nil }), "2025-11-01",
			[]string{step(invite, "2025-11-26"), step(meeting, "2025-12-10"), step(transfer, "2026-02-15")}},
		{"Year 6 reviewed this school year, known only by last_review", fixture("2020-01-10", inYear(6), func(p *plan.Plan) { p.Dates.LastReview = d("2025-09-20") }), "2025-11-01",
			[]string{step(invite, "2026-09-06"), step(meeting, "2026-09-20")}},
		{"requested 29 February: 20 weeks on", &plan.Plan{Status: plan.StatusDraft, Dates: plan.Dates{Request: d("2028-02-29")}}, "2028-03-01",
			[]string{step(final, "2028-07-18")}},
		{"invitations due on 29 February", fixture("2027-03-14"), "2028-02-29",
			[]string{step(invite, "2028-02-29"), step(meeting, "2028-03-14")}},
		{"final with no dates at all: nothing to count from", fixture(""), "2026-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := steps(tt.p, d(tt.today))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Steps on %s:\n got %q\nwant %q", tt.today, got, tt.want)
			}
			next, ok := plan.NextStep(tt.p, d(tt.today))
			if ok != (len(tt.want) > 0) {
				t.Fatalf("NextStep ok = %v, want %v", ok, len(tt.want) > 0)
			}
			if ok && step(next.Kind, next.Due.String(), next.Overdue) != tt.want[0] {
				t.Errorf("NextStep = %v, want %s", next, tt.want[0])
			}
		})
	}
}

func TestStepWords(t *testing.T) {
	p := fixture("2025-02-01", func(p *plan.Plan) { p.Reviews = []plan.Review{{Date: d("2026-01-29")}} })
	tests := []struct {
		today, words, rule string
	}{
		{"2026-02-01", "Send the review report by 12 Feb", "SEND Regulations 2014 reg 20(7)"},
		{"2026-02-13", "Send the review report by 12 Feb (1 day late)", "SEND Regulations 2014 reg 20(7)"},
		{"2026-02-20", "Send the review report by 12 Feb (8 days late)", "SEND Regulations 2014 reg 20(7)"},
	}
	for _, tt := range tests {
		s, ok := plan.NextStep(p, d(tt.today))
		if !ok || s.Words != tt.words || s.Rule != tt.rule {
			t.Errorf("on %s: NextStep = %q (%q), want %q (%q)", tt.today, s.Words, s.Rule, tt.words, tt.rule)
		}
	}
	// Another year's date carries its year.
	s, _ := plan.NextStep(fixture("2025-03-10"), d("2025-12-01"))
	if want := "Send review invitations and advice by 24 Feb 2026"; s.Words != want {
		t.Errorf("Words = %q, want %q", s.Words, want)
	}
	s, _ = plan.NextStep(fixture("2025-02-01", func(p *plan.Plan) { p.Reviews = []plan.Review{{Date: d("2026-01-29"), ReportSent: d("2026-02-01")}} }), d("2026-02-01"))
	if want := "Decision due 26 Feb"; s.Words != want {
		t.Errorf("Words = %q, want %q", s.Words, want)
	}
}

// TestRules pins the table: every rule's duration from one day, so a
// change in the law is an edit here too.
func TestRules(t *testing.T) {
	from := d("2026-01-31")
	want := map[string]string{
		"final_plan":             "2026-06-20",
		"review_meeting":         "2027-01-31",
		"review_meeting_under_5": "2026-07-31",
		"review_invite":          "2026-01-17",
		"review_report":          "2026-02-14",
		"review_decision":        "2026-02-28",
		"amendment_notice":       "2026-02-28",
		"amendment_comments":     "2026-02-15",
		"amended_plan":           "2026-03-28",
		"phase_transfer":         "2026-02-15",
		"phase_transfer_post_16": "2026-03-31",
	}
	seen := map[string]bool{}
	steps := map[plan.StepKind]bool{}
	for _, r := range plan.Rules {
		if seen[r.Key] {
			t.Errorf("rule %s is in the table twice", r.Key)
		}
		seen[r.Key] = true
		steps[r.Step] = true
		if got := r.Due(from).String(); got != want[r.Key] {
			t.Errorf("rule %s from %s = %s, want %s", r.Key, from, got, want[r.Key])
		}
		if r.Law == "" || r.From == "" || strings.Count(r.Words, "%s") != 1 {
			t.Errorf("rule %s lacks its law, event or words: %+v", r.Key, r)
		}
		if r.Step != "" && !slices.Contains(plan.StepKinds, r.Step) {
			t.Errorf("rule %s dates an unknown step %q", r.Key, r.Step)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("the table has %d rules, the test knows %d", len(seen), len(want))
	}
	for _, k := range plan.StepKinds {
		if !steps[k] {
			t.Errorf("no rule dates step %s", k)
		}
	}
	if got := plan.CommentBy(d("2026-12-20")).String(); got != "2027-01-04" {
		t.Errorf("CommentBy(20 Dec 2026) = %s, want 2027-01-04", got)
	}
	if got := plan.RuleFor("review_report").Law; got != "SEND Regulations 2014 reg 20(7)" {
		t.Errorf("RuleFor(review_report).Law = %q", got)
	}
}

// TestDemoCaseloadSteps: over a varied caseload, NextStep is the first of
// Steps, Steps are in order, and only a plan with nothing to count from or
// ceasing has no step.
func TestDemoCaseloadSteps(t *testing.T) {
	today := d("2026-01-15")
	for _, p := range demo.Plans(500, 7, today) {
		all := plan.Steps(p, today)
		next, ok := plan.NextStep(p, today)
		if ok != (len(all) > 0) || ok && next != all[0] {
			t.Fatalf("plan %s: NextStep = %v %v, Steps = %v", p.ID, next, ok, all)
		}
		if !slices.IsSortedFunc(all, func(a, b plan.Step) int { return a.Due.Compare(b.Due) }) {
			t.Errorf("plan %s: steps out of order: %v", p.ID, all)
		}
		if p.Status != plan.StatusCeased && !ok {
			t.Errorf("plan %s (%s) has no next step", p.ID, p.Status)
		}
		if p.Status == plan.StatusCeased && ok {
			t.Errorf("ceased plan %s has a step: %v", p.ID, next)
		}
		for _, s := range all {
			if s.Overdue != s.Due.Before(today) || s.Words == "" || s.Rule == "" {
				t.Errorf("plan %s: step %+v", p.ID, s)
			}
		}
	}
}

func BenchmarkNextStep10k(b *testing.B) {
	today := d("2026-01-15")
	plans := demo.Plans(10000, 1, today)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range plans {
			plan.NextStep(p, today)
		}
	}
}
