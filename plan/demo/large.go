package demo

import (
	"fmt"

	"ehcplan/plan"
)

// Large returns a big, fully linked plan for benchmarks and measurements:
// per PfA area one aspiration, 5 needs, 2 aims and outcomesPerArea outcomes,
// each with its own provision (so 40 outcomes and 40 provision with 10).
func Large(name string, outcomesPerArea int) *plan.Plan {
	p := plan.New(name)
	p.Person.DateOfBirth = plan.MustDate("2010-10-10")
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		asp := p.NewID(plan.KindAspiration)
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: asp, Area: ar.Key, Text: "I want to do well in " + ar.Title})
		for range 5 {
			ar.Needs = append(ar.Needs, plan.Need{ID: p.NewID(plan.KindNeed), Section: plan.SectionB, Category: plan.CategoryCognition,
				Text: "Finds it hard to remember instructions with more than two steps."})
		}
		for range 2 {
			ar.Aims = append(ar.Aims, plan.Aim{ID: p.NewID(plan.KindAim), Text: "Will live with friends.", By: "end of Year 13"})
		}
		for i := range outcomesPerArea {
			need := ar.Needs[i%5].ID
			o := plan.Outcome{ID: p.NewID(plan.KindOutcome), Text: fmt.Sprintf("I will make a hot drink independently %d days out of 5.", i%5+1),
				By: "2027-07-31", Measure: "Staff record it weekly.", Aspirations: []string{asp}, Needs: []string{need}, Aim: ar.Aims[0].ID}
			ar.Outcomes = append(ar.Outcomes, o)
			ar.Provision = append(ar.Provision, plan.Provision{ID: p.NewID(plan.KindProvision), Section: plan.SectionF,
				Text: "Teaching assistant teaches the steps of making a drink.", Who: "Teaching assistant", HowOften: "3 times a week",
				Duration: "20 minutes, until July 2027", Outcomes: []string{o.ID}, Needs: []string{need}})
		}
	}
	return p
}
