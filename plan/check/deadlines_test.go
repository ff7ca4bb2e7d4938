package check

import (
	"testing"

	"ehcplan/plan"
)

func TestDeadlines(t *testing.T) {
	tests := []struct {
		name string
		got  plan.Date
		want string
	}{
		{"final plan 20 weeks", FinalPlanDue(plan.MustDate("2025-08-04")), "2025-12-22"},
		{"final plan across a leap day", FinalPlanDue(plan.MustDate("2024-01-15")), "2024-06-03"},
		{"draft warning 18 weeks", DraftWarningFrom(plan.MustDate("2025-08-04")), "2025-12-08"},
		{"review 12 months", NextReviewDue(plan.MustDate("2025-06-10")), "2026-06-10"},
		{"review from 31 March", NextReviewDue(plan.MustDate("2025-03-31")), "2026-03-31"},
		{"review from a leap day clamps", NextReviewDue(plan.MustDate("2024-02-29")), "2025-02-28"},
		{"review into a leap year", NextReviewDue(plan.MustDate("2027-02-28")), "2028-02-28"},
	}
	for _, tt := range tests {
		if tt.got.String() != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestPhaseTransferDeadline(t *testing.T) {
	tests := []struct {
		year   int
		today  string
		want   string
		wantOK bool
	}{
		{6, "2025-09-01", "2026-02-15", true},
		{6, "2026-01-12", "2026-02-15", true},
		{6, "2026-08-31", "2026-02-15", true},
		{11, "2025-10-01", "2026-03-31", true},
		{11, "2026-09-01", "2027-03-31", true},
		{10, "2026-01-12", "", false},
		{5, "2026-01-12", "", false},
		{0, "2026-01-12", "", false},
	}
	for _, tt := range tests {
		got, ok := PhaseTransferDeadline(tt.year, plan.MustDate(tt.today))
		if ok != tt.wantOK || got.String() != tt.want {
			t.Errorf("Year %d on %s: got %s %v, want %s %v", tt.year, tt.today, got, ok, tt.want, tt.wantOK)
		}
	}
}

// The checker's deadlines are the review cycle's table (plan.Rules), one
// home for the law: each agrees with its rule on every kind of day.
func TestDeadlinesFollowTheCycleTable(t *testing.T) {
	for _, day := range []string{"2024-02-29", "2025-03-31", "2025-08-31", "2025-09-01", "2025-12-31", "2026-01-12"} {
		d := plan.MustDate(day)
		if got, want := FinalPlanDue(d), plan.RuleFor("final_plan").Due(d); got != want {
			t.Errorf("FinalPlanDue(%s) = %s, table says %s", day, got, want)
		}
		if got, want := NextReviewDue(d), plan.RuleFor("review_meeting").Due(d); got != want {
			t.Errorf("NextReviewDue(%s) = %s, table says %s", day, got, want)
		}
		spring := plan.Date{Year: plan.SchoolYearStart(d).Year + 1, Month: 1, Day: 1}
		for year, key := range map[int]string{6: "phase_transfer", 11: "phase_transfer_post_16"} {
			if got, _ := PhaseTransferDeadline(year, d); got != plan.RuleFor(key).Due(spring) {
				t.Errorf("PhaseTransferDeadline(%d, %s) = %s, table says %s", year, day, got, plan.RuleFor(key).Due(spring))
			}
		}
	}
	if DraftWarningWeeks != FinalPlanWeeks-2 || FinalPlanWeeks != plan.RuleFor("final_plan").Weeks {
		t.Errorf("weeks %d and %d do not follow the table", FinalPlanWeeks, DraftWarningWeeks)
	}
}
