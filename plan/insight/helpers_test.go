package insight

import (
	"fmt"

	"ehcplan/plan"
)

var today = plan.Date{Year: 2026, Month: 12, Day: 1}

func intp(n int) *int { return &n }

// person makes a current plan in a year group at a setting, with a
// review on the given date holding views (who, kind, text).
func newPerson(name string, year int, setting string, reviewed plan.Date, views ...plan.View) *plan.Plan {
	p := plan.New(name)
	p.ID = fmt.Sprintf("00000000-0000-4000-8000-%012d", len(name)*1000+year)
	p.Status = plan.StatusFinal
	p.Person.YearGroup = intp(year)
	p.Person.Setting = setting
	if !reviewed.IsZero() {
		p.Reviews = append(p.Reviews, plan.Review{Date: reviewed, Views: views})
	}
	return p
}

func view(who plan.Speaker, kind plan.ViewKind, text string) plan.View {
	return plan.View{Who: who, Kind: kind, Text: text}
}

// themeSummary is "label (people): statements" for exact comparisons.
func themeSummary(t Theme) string {
	return fmt.Sprintf("%s %s (%d)", t.Kind, t.Label, t.YoungPeople)
}
