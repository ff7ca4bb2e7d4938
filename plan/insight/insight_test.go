package insight

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"ehcplan/plan"
)

func TestNothingToShowSaysWhy(t *testing.T) {
	noReview := newPerson("Gus Hart", 10, "Riverside Academy", plan.Date{})
	quiet := newPerson("Ivy Moor", 10, "Riverside Academy", reviewDay)
	for _, tc := range []struct {
		name  string
		plans []*plan.Plan
		scope Scope
		part  string
		want  string
	}{
		{"no plans", nil, Scope{}, "plans", "There are no plans yet."},
		{"empty scope", []*plan.Plan{noReview}, Scope{Setting: "Hill School"}, "plans", "None of the 1 plans is in this choice (all current plans; at Hill School)."},
		{"no reviews", []*plan.Plan{noReview}, Scope{}, "themes", "None of the 1 young person has a review recorded."},
		{"reviews in other dates", []*plan.Plan{quiet}, Scope{ReviewFrom: today.AddDays(-30)}, "themes", "None of the 1 young person has a review recorded in these dates."},
		{"reviews with no views", []*plan.Plan{quiet}, Scope{}, "themes", "The 1 review recorded say nothing about what is working, not working or important for the future."},
		{"under Year 9", []*plan.Plan{newPerson("Jo Kim", 5, "Hill Primary", plan.Date{})}, Scope{}, "destinations", "No young person in this choice is in Year 9 or above."},
		{"no destination", []*plan.Plan{noReview}, Scope{}, "destinations", "No destination is recorded for the 1 young person in Year 9 and up."},
		{"no progress", []*plan.Plan{quiet}, Scope{}, "progress", "No review in this choice records progress towards an outcome."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compute(tc.plans, tc.scope, today, nil)
			if got := r.Empty[tc.part]; got != tc.want {
				t.Errorf("Empty[%q] = %q, want %q", tc.part, got, tc.want)
			}
		})
	}
}

func TestOlderViewsCountAsSpeakerNotRecorded(t *testing.T) {
	p := newPerson("Kit Law", 11, "Riverside Academy", reviewDay, view("young_person", "working", "My tutor listens."))
	p.Reviews[0].Working = []string{"The visual timetable helps.", "My tutor listens."}
	p.Reviews[0].Future = []string{"A work taster day."}
	r := Compute([]*plan.Plan{p}, Scope{}, today, nil)
	want := Grid{Cols: r.Speakers.Cols, Rows: []string{"The young person", "Not recorded"}, Counts: [][]int{{1, 0, 0}, {1, 0, 1}}}
	if !slices.Equal(r.Speakers.Rows, want.Rows) || !slices.EqualFunc(r.Speakers.Counts, want.Counts, slices.Equal) {
		t.Errorf("speakers = %+v, want %+v (the same words twice in a review count once)", r.Speakers, want)
	}
}

func TestScopeAndCounts(t *testing.T) {
	mk := func(name string, year int, setting string, cur, planned plan.DestinationKind) *plan.Plan {
		p := newPerson(name, year, setting, plan.Date{})
		p.Destination = plan.Destination{Current: cur, Planned: planned}
		p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: "employment", Text: "I want to work."}, {ID: "A2", Area: "employment", Text: "With animals."}, {ID: "A3", Area: "local_key", Text: "Ride."}}
		return p
	}
	ceased := mk("Lee Ceased", 12, "Northbridge College", "fe_college", "employment")
	ceased.Status = plan.StatusCeased
	plans := []*plan.Plan{
		mk("Amy One", 10, "Riverside Academy", "", "supported_internship"),
		mk("Bo Two", 12, "Northbridge College", "fe_college", "supported_internship"),
		mk("Cy Three", 12, "northbridge  COLLEGE", "fe_college", "employment"),
		mk("Di Four", 7, "Riverside Academy", "", ""),
		ceased,
	}
	r := Compute(plans, Scope{Setting: "Northbridge College"}, today, nil)
	if r.YoungPeople != 2 {
		t.Errorf("setting scope: %d young people, want 2 (case and spaces folded, ceased left out)", r.YoungPeople)
	}
	r = Compute(plans, Scope{FromYear: intp(9)}, today, nil)
	got := gridText(r.Destinations)
	want := "Further education college 2 0; Supported internship 0 2; Paid work 0 1; Not recorded 1 0"
	if got != want {
		t.Errorf("destinations = %q, want %q", got, want)
	}
	if got, want := gridText(r.Aspirations), "Year 10 1 0 0 0 1; Year 12 2 0 0 0 2"; got != want {
		t.Errorf("aspirations = %q, want %q (young people, not aspirations)", got, want)
	}
	r = Compute(plans, Scope{Area: "employment"}, today, nil)
	if got, want := gridText(r.Aspirations), "Year 7 1; Year 10 1; Year 12 2"; got != want {
		t.Errorf("one area: aspirations = %q, want %q", got, want)
	}
}

func gridText(g Grid) string {
	var rows []string
	for i, r := range g.Rows {
		s := r
		for _, n := range g.Counts[i] {
			s += " " + strconv.Itoa(n)
		}
		rows = append(rows, s)
	}
	return strings.Join(rows, "; ")
}

func TestUnknownDestinationIsSomethingElse(t *testing.T) {
	p := newPerson("Max Vale", 12, "Northbridge College", plan.Date{})
	p.Destination = plan.Destination{Current: "gap_year", Planned: "employment"}
	r := Compute([]*plan.Plan{p}, Scope{}, today, nil)
	if got, want := gridText(r.Destinations), "Paid work 0 1; Something else 1 0"; got != want {
		t.Errorf("destinations = %q, want %q", got, want)
	}
}

// TestSharedStatementsNeverTellASmallCount: shared, a statement said for
// 2 to 4 young people reads like one said once.
func TestSharedStatementsNeverTellASmallCount(t *testing.T) {
	var plans []*plan.Plan
	for i, name := range []string{"Ann Ash", "Bob Birch", "Cat Cedar", "Don Dale", "Eve Elm", "Fin Fir"} {
		text := "More work experience in a shop."
		if i >= 3 {
			text = "Work experience with animals."
		}
		plans = append(plans, newPerson(name, 10+i%3, "Riverside Academy", reviewDay, view("young_person", "future", text)))
	}
	r := Compute(plans, Scope{}, today, nil)
	for _, masked := range []bool{true, false} {
		for _, s := range Sections(r, masked, nil) {
			for _, th := range s.Themes {
				for _, line := range th.Statements {
					if masked && strings.Contains(line, "said for") {
						t.Errorf("shared: %q tells a count of 3", line)
					}
					if !masked && !strings.Contains(line, "said for 3 young people") {
						t.Errorf("for the caseworker: %q does not say 3", line)
					}
				}
			}
		}
	}
}
