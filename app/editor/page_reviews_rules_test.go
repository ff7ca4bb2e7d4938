package editor

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

func d(s string) plan.Date { return plan.MustDate(s) }

// Each of a review's dates is checked against the meeting and today: the
// message names what is wrong in plain words, and a good date has none.
func TestReviewProblem(t *testing.T) {
	today := d("2026-03-02")
	meeting := d("2026-02-20")
	recorded := plan.Review{Date: d("2026-03-20"), Views: []plan.View{{Who: "family", Kind: "working", Text: "Buddy scheme"}}}
	cases := []struct {
		name  string
		r     plan.Review
		field string
		want  string // a part of the message; "" for none
	}{
		{"no date yet", plan.Review{}, fieldDate, ""},
		{"a meeting planned ahead", plan.Review{Date: d("2026-03-20"), Attendees: []string{"Mum"},
			Progress: []plan.Progress{{Outcome: "O1", Status: "progressing"}}}, fieldDate, ""},
		{"a meeting held today", plan.Review{Date: today, Recommendation: "amend"}, fieldDate, ""},
		{"a future meeting already recorded", recorded, fieldDate, "after today"},
		{"a future meeting with a progress note", plan.Review{Date: d("2026-03-03"),
			Progress: []plan.Progress{{Outcome: "O1", Status: "progressing", Note: "Going well"}}}, fieldDate, "only be recorded once it has happened"},
		{"a future meeting with a decision", plan.Review{Date: d("2026-03-03"), Decision: "maintain"}, fieldDate, "after today"},

		{"invitations 2 weeks before", plan.Review{Date: meeting, Invited: d("2026-02-06")}, fieldInvited, ""},
		{"invitations on the day", plan.Review{Date: meeting, Invited: meeting}, fieldInvited, ""},
		{"invitations after the meeting", plan.Review{Date: meeting, Invited: d("2026-02-21")}, fieldInvited, "after the meeting (20 February 2026)"},
		{"invitations after today", plan.Review{Date: d("2026-04-01"), Invited: d("2026-03-10")}, fieldInvited, "after today"},
		{"invitations with no meeting date", plan.Review{Invited: d("2026-02-21")}, fieldInvited, ""},

		{"report after the meeting", plan.Review{Date: meeting, ReportSent: d("2026-02-27")}, fieldReportSent, ""},
		{"report on the day", plan.Review{Date: meeting, ReportSent: meeting}, fieldReportSent, ""},
		{"report before the meeting", plan.Review{Date: meeting, ReportSent: d("2026-02-19")}, fieldReportSent, "before the meeting (20 February 2026)"},
		{"report after today", plan.Review{Date: meeting, ReportSent: d("2026-03-03")}, fieldReportSent, "after today"},

		{"decision after the meeting", plan.Review{Date: meeting, DecisionDate: d("2026-03-01")}, fieldDecisionDate, ""},
		{"decision before the meeting", plan.Review{Date: meeting, DecisionDate: d("2026-01-31")}, fieldDecisionDate, "decision is dated before the meeting"},
		{"decision after today", plan.Review{Date: meeting, DecisionDate: d("2026-03-09")}, fieldDecisionDate, "after today"},

		{"amendments after the decision", plan.Review{Date: meeting, DecisionDate: d("2026-02-24"), AmendmentSent: d("2026-02-25")}, fieldAmendmentSent, ""},
		{"amendments before the meeting", plan.Review{Date: meeting, AmendmentSent: d("2026-02-01")}, fieldAmendmentSent, "proposed amendments are dated before the meeting"},
		{"amendments before the decision", plan.Review{Date: meeting, DecisionDate: d("2026-02-24"), AmendmentSent: d("2026-02-23")}, fieldAmendmentSent, "before the decision to amend (24 February 2026)"},
		{"amendments after today", plan.Review{Date: meeting, AmendmentSent: d("2026-03-05")}, fieldAmendmentSent, "after today"},
	}
	for _, c := range cases {
		got := reviewProblem(&c.r, c.field, today)
		switch {
		case c.want == "" && got != "":
			t.Errorf("%s: %s has the message %q, want none", c.name, c.field, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("%s: %s message %q, want one saying %q", c.name, c.field, got, c.want)
		}
	}
}

// Recording a held meeting sets last_review to it and next_review from
// the rules (12 months; 6 for a child under 5 on the day); a planned
// meeting, an older one, or a later last_review from an older file leave
// them alone, and a corrected date moves them.
func TestSyncReviewDates(t *testing.T) {
	today := d("2026-03-02")
	cases := []struct {
		name       string
		dob        string
		last, next string
		reviews    []string // dates of the plan's reviews; the first is the one edited
		old        string   // its date before the edit ("" = unchanged)
		wantLast   string
		wantNext   string
		changed    bool
	}{
		{"first review recorded", "2010-11-02", "", "", []string{"2026-02-20"}, "", "2026-02-20", "2027-02-20", true},
		{"held today", "2010-11-02", "2025-03-01", "2026-03-01", []string{"2026-03-02"}, "", "2026-03-02", "2027-03-02", true},
		{"29 February to the next year", "2010-11-02", "", "", []string{"2024-02-29"}, "", "2024-02-29", "2025-02-28", true},
		{"a child under 5: 6 months", "2022-05-01", "2025-08-01", "2026-02-01", []string{"2026-02-10"}, "", "2026-02-10", "2026-08-10", true},
		{"turned 5 before the meeting: 12 months", "2021-02-01", "", "", []string{"2026-02-10"}, "", "2026-02-10", "2027-02-10", true},
		{"a meeting planned ahead", "2010-11-02", "2025-03-05", "2026-03-04", []string{"2026-03-20"}, "", "2025-03-05", "2026-03-04", false},
		{"an older review edited", "2010-11-02", "2025-06-10", "2026-06-09", []string{"2024-06-01", "2025-06-10"}, "", "2025-06-10", "2026-06-09", false},
		{"already set, next brought forward", "2010-11-02", "2026-02-20", "2026-09-01", []string{"2026-02-20"}, "", "2026-02-20", "2026-09-01", false},
		{"set, next missing", "2010-11-02", "2026-02-20", "", []string{"2026-02-20"}, "", "2026-02-20", "2027-02-20", true},
		{"an older file's later last_review", "2010-11-02", "2026-02-25", "2027-02-24", []string{"2026-02-20"}, "", "2026-02-25", "2027-02-24", false},
		{"the date corrected earlier", "2010-11-02", "2026-02-25", "2027-02-25", []string{"2026-02-20"}, "2026-02-25", "2026-02-20", "2027-02-20", true},
		{"a later planned meeting does not count", "2010-11-02", "", "", []string{"2026-02-20", "2026-09-01"}, "", "2026-02-20", "2027-02-20", true},
		{"no date", "2010-11-02", "2025-03-05", "2026-03-04", []string{""}, "", "2025-03-05", "2026-03-04", false},
	}
	opt := func(s string) plan.Date {
		if s == "" {
			return plan.Date{}
		}
		return d(s)
	}
	for _, c := range cases {
		p := plan.New("Rhys Review")
		p.Person.DateOfBirth = opt(c.dob)
		p.Dates.LastReview, p.Dates.NextReview = opt(c.last), opt(c.next)
		for _, r := range c.reviews {
			p.Reviews = append(p.Reviews, plan.Review{Date: opt(r)})
		}
		old := p.Reviews[0].Date
		if c.old != "" {
			old = d(c.old)
		}
		changed := syncReviewDates(p, 0, old, today)
		if changed != c.changed || p.Dates.LastReview != opt(c.wantLast) || p.Dates.NextReview != opt(c.wantNext) {
			t.Errorf("%s: changed %v, last %s, next %s; want %v, %s, %s", c.name, changed,
				p.Dates.LastReview, p.Dates.NextReview, c.changed, c.wantLast, c.wantNext)
		}
	}
}

// The meeting is counted from the review before it, else the issue.
func TestMeetingBase(t *testing.T) {
	p := plan.New("Rhys Review")
	p.Dates.Issued = d("2024-09-01")
	p.Reviews = []plan.Review{{Date: d("2025-08-20")}, {Date: d("2026-03-20")}, {}}
	for i, want := range []string{"2024-09-01", "2025-08-20", "2026-03-20"} {
		if got := meetingBase(p, i); got != d(want) {
			t.Errorf("review %d counts from %s, want %s", i, got, want)
		}
	}
	p.Dates.Issued = d("2026-04-01") // an amendment issued after the reviews
	if got := meetingBase(p, 0); !got.IsZero() {
		t.Errorf("the first review counts from %s, an issue after it", got)
	}
	p.Dates.LastReview = d("2025-09-10") // an older file's review, known only by its date
	if got := meetingBase(p, 1); got != d("2025-09-10") {
		t.Errorf("with last_review 2025-09-10 the planned review counts from %s", got)
	}
}

// A review followed by a later held meeting is history; one planned, or
// with no date yet, is not.
func TestSuperseded(t *testing.T) {
	today := d("2026-03-02")
	p := plan.New("Rhys Review")
	p.Reviews = []plan.Review{{Date: d("2025-03-01")}, {Date: d("2026-02-20")}, {Date: d("2026-04-01")}, {}}
	for i, want := range []bool{true, false, false, false} {
		if got := superseded(p, i, today); got != want {
			t.Errorf("review %d (%s): superseded %v, want %v", i, p.Reviews[i].Date, got, want)
		}
	}
}
