package check

import (
	"reflect"
	"testing"

	"ehcplan/plan"
)

// A checker that remembers links must answer as a fresh one after any
// sequence the editor makes: a check, one with other IDs and fewer links,
// then the same IDs with links back. It once answered the third from links
// remembered under the first check's index: a false G6 ("links need N1,
// but N1 is a need") on a ready plan, or a panic.
func TestCheckForgetsLinksOfAnOldIndex(t *testing.T) {
	thread := func(aspirations, outcomeAsp, links, outcomeLinks []string) *plan.Plan {
		p := plan.New("Sam Taylor")
		p.SectionA.Aspirations = nil
		for _, id := range aspirations {
			p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: id, Area: plan.AreaEmployment, Text: "I want to work."})
		}
		ar := &p.Areas[0]
		ar.Needs = []plan.Need{{ID: "N1", Section: plan.SectionB, Category: plan.CategoryCognition, Text: "Sam reads slowly."}}
		ar.Outcomes = []plan.Outcome{{ID: "O1", Text: "By July 2027, Sam will read a bus timetable independently.",
			By: "2027-07-16", Aspirations: outcomeAsp, Needs: links}}
		ar.Provision = []plan.Provision{{ID: "P1", Section: plan.SectionF, Text: "Reading sessions.", Who: "Teacher",
			HowOften: "Daily", Duration: "20 minutes", Needs: links, Outcomes: outcomeLinks}}
		return p
	}
	links := [][]string{nil, {"N1"}, {"O1"}, {"A1"}, {"N1", "O1"}}
	aspirations := [][]string{{}, {"A1"}, {"A1", "A2"}, {"A2", "A1"}}
	today := plan.MustDate("2026-01-12")
	failures := 0
	for _, before := range aspirations {
		for _, after := range aspirations {
			for _, x := range links {
				for _, y := range links {
					for _, z := range links {
						seq := []*plan.Plan{thread(before, x, y, z), thread(after, nil, nil, nil), thread(after, x, y, z)}
						c := newChecker()
						for i, p := range seq {
							got := c.check(p, today)
							c.reset()
							if want := newChecker().check(p, today); !reflect.DeepEqual(got, want) && failures < 5 {
								failures++
								t.Errorf("aspirations %v then %v, links %v %v %v: check %d differs from a fresh checker:\n got  %+v\n want %+v",
									before, after, x, y, z, i+1, got.Findings, want.Findings)
							}
						}
					}
				}
			}
		}
	}
}
