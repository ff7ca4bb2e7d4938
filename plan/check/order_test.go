package check

import (
	"fmt"
	"slices"
	"testing"

	"ehcplan/plan"
)

// Findings come in plan order: the plan as a whole, then Section A, then
// each area in order (the area, its needs, aims, outcomes, provision), and
// at one place by rule in CHECKS.md order.
func TestCheckOrder(t *testing.T) {
	tests := []struct {
		fixture string
		want    []string // "RULE ITEM WHERE"
	}{
		{"leo-y5-draft", []string{
			"S3 D section_notes.D", "S3 G section_notes.G", "S3 H1 section_notes.H1", "S3 H2 section_notes.H2",
			"S4 - placement.name", "S6 - advice[0].date", "D2 - dates.request",
			"A1 dreams section_a.headings[0].text", "A2 about section_a.headings[3].text",
			"P1 P1 areas[0].provision[0].text", "P2 P1 areas[0].provision[0].how_often",
			"P3 P1 areas[0].provision[0].who", "P4 P1 areas[0].provision[0].duration",
			"M1 O2 areas[1].outcomes[0].by", "M2 O2 areas[1].outcomes[0].measure", "M4 O2 areas[1].outcomes[0].text",
		}},
		{"jordan-y10-final", []string{
			"S10 - advice",
			"G1 A4 section_a.aspirations[3]",
			"P1 P3 areas[1].provision[0].text", "P2 P3 areas[1].provision[0].how_often", "P4 P3 areas[1].provision[0].duration",
			"G4 N4 areas[2].needs[0]",
			"G3 O4 areas[2].outcomes[0]", "M1 O4 areas[2].outcomes[0].by", "M2 O4 areas[2].outcomes[0].measure", "M3 O4 areas[2].outcomes[0].text",
			"G7 health areas[3]",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			r := Check(readFixture(t, tt.fixture), plan.MustDate("2026-01-12"))
			var got []string
			for _, f := range r.Findings {
				item := f.Item
				if item == "" {
					item = "-"
				}
				got = append(got, fmt.Sprintf("%s %s %s", f.Rule, item, f.Where))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("order:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestCheckReportCounts(t *testing.T) {
	r := Check(readFixture(t, "amira-y12-final"), plan.MustDate("2026-01-12"))
	if r.Errors != 1 || r.Warnings != 3 || r.Tips != 1 || r.Ready {
		t.Errorf("counts: %d errors, %d warnings, %d tips, ready %v", r.Errors, r.Warnings, r.Tips, r.Ready)
	}
	want := []AreaSummary{
		{"employment", "Employment and education", 1, 1, 1, 1, 1, 1, 2, 2},
		{"independent_living", "Independent living", 1, 1, 2, 2, 2, 2, 2, 2},
		{"community", "Friends, relationships and community", 1, 1, 1, 1, 1, 1, 1, 1},
		{"health", "Good health", 1, 1, 2, 2, 2, 1, 2, 2},
	}
	if !slices.Equal(r.Areas, want) {
		t.Errorf("areas:\n got  %+v\n want %+v", r.Areas, want)
	}
	j := Check(readFixture(t, "jordan-y10-final"), plan.MustDate("2026-01-12"))
	il := j.Areas[1]
	if il.Aspirations != 2 || il.AspirationsServed != 1 || il.Provision != 1 || il.ProvisionSpecific != 0 {
		t.Errorf("Jordan's independent living: %+v", il)
	}
	if cm := j.Areas[2]; cm.NeedsProvided != 0 || cm.OutcomesSMART != 0 {
		t.Errorf("Jordan's community: %+v", cm)
	}
}

func TestCheckCleanPlanIsReady(t *testing.T) {
	p := readFixture(t, "amira-y12-final")
	p.PersonalBudget.Provision = []string{"P4"}
	p.Areas[3].Provision[1].Section = plan.SectionF // physiotherapy that trains is F...
	p.Areas[3].Needs[1].Section = plan.SectionB     // ...and meets a B need
	p.Areas[3].Needs[1].Category = plan.CategorySensory
	p.Areas[3].Outcomes[1].Text = "By December 2026, Amira will walk from the bus stop to college without a rest, 4 days a week."
	p.Areas[3].Outcomes[1].Measure = "Physiotherapist's walking log"
	p.Advice = append(p.Advice, // the rest of reg 6(1), for S10
		plan.Advice{Title: "College advice", Author: "M Reid", Role: "Head of learning support", Date: plan.MustDate("2022-10-05")},
		plan.Advice{Title: "Preparing for adulthood", Author: "L Grant", Role: "Careers adviser", Date: plan.MustDate("2025-06-03")})
	r := Check(p, plan.MustDate("2026-01-12"))
	if len(r.Findings) != 0 || !r.Ready || r.Findings == nil {
		t.Errorf("want no findings (an empty, non-nil list), got %+v", r.Findings)
	}
}

func TestCheckDoesNotChangePlan(t *testing.T) {
	p := readFixture(t, "jordan-y10-final")
	before, _ := plan.Encode(p)
	Check(p, plan.MustDate("2026-01-12"))
	after, _ := plan.Encode(p)
	if string(before) != string(after) {
		t.Error("Check changed the plan")
	}
}

// A plan too large for the packed sort keys (an area with more than 65,535
// items) is ordered by the stable sort instead: both orders agree, and the
// findings are moved into that order in place.
func TestCheckOrderWithoutPackedKeys(t *testing.T) {
	for _, name := range []string{"leo-y5-draft", "jordan-y10-final", "amira-y12-final"} {
		t.Run(name, func(t *testing.T) {
			c := newChecker()
			c.start(readFixture(t, name), plan.MustDate("2026-01-12"))
			c.checkStructure()
			c.checkThread()
			c.checkOutcomes()
			c.checkProvision()
			c.checkDates()
			c.checkVoice()
			arrived := slices.Clone(c.out)
			packed := slices.Clone(c.sortFound())
			c.out = arrived
			c.orderStably()
			permute(c.out, c.keys)
			if len(packed) == 0 || !slices.Equal(packed, c.out) {
				t.Fatalf("the stable order differs from the packed one:\n got  %v\n want %v", c.out, packed)
			}
		})
	}
}

// permute puts at each place the finding that order names for it.
func TestPermute(t *testing.T) {
	for _, order := range [][]int{{}, {0}, {1, 0}, {2, 0, 1}, {1, 2, 0}, {0, 3, 2, 1, 5, 4}} {
		out := make([]Finding, len(order))
		keys := make([]uint64, len(order))
		for i := range out {
			out[i].Item = fmt.Sprint(i)
			keys[i] = uint64(order[i])
		}
		permute(out, keys)
		for i, f := range out {
			if f.Item != fmt.Sprint(order[i]) {
				t.Errorf("permute(%v): place %d holds finding %s, want %d", order, i, f.Item, order[i])
			}
		}
	}
}

// A report's findings are its own: the checker keeps its storage for the
// next check (after its first, which hands it over), and checking another
// plan with the same checker changes no earlier report.
func TestReportFindingsAreTheReports(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	c := newChecker()
	var reports []Report
	var want [][]Finding
	for _, name := range []string{"leo-y5-draft", "jordan-y10-final", "leo-y5-draft", "amira-y12-final"} {
		r := c.check(readFixture(t, name), today)
		reports = append(reports, r)
		want = append(want, slices.Clone(r.Findings))
		c.reset()
	}
	for i, r := range reports {
		if !slices.Equal(r.Findings, want[i]) {
			t.Errorf("report %d changed after later checks", i)
		}
	}
}
