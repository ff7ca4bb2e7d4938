package main

import (
	"fmt"
	"os"
	"testing"

	"ehcplan/plan"
)

// plan40ID is the ID of the 40-outcome plan scripts/measure-startup.sh
// opens with --open.
const plan40ID = "40404040-4040-4040-8040-404040404040"

// plan40 is a large plan: 4 areas, each with 5 needs, 2 aims and 10
// outcomes with their provision (as the editor's BenchmarkKeystroke40).
func plan40() *plan.Plan {
	p := plan.New("Zara Forty")
	p.ID = plan40ID
	p.Person.DateOfBirth = plan.MustDate("2010-10-10")
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		asp := p.NewID(plan.KindAspiration)
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: asp, Area: ar.Key, Text: "I want to do well in " + ar.Title})
		for range 5 {
			ar.Needs = append(ar.Needs, plan.Need{ID: p.NewID(plan.KindNeed), Section: plan.SectionB, Category: plan.CategoryCognition,
				Text: "Zara finds it hard to remember instructions with more than two steps."})
		}
		for range 2 {
			ar.Aims = append(ar.Aims, plan.Aim{ID: p.NewID(plan.KindAim), Text: "Zara will live with friends.", By: "end of Year 13"})
		}
		for i := range 10 {
			o := plan.Outcome{ID: p.NewID(plan.KindOutcome), Text: fmt.Sprintf("I will make a hot drink independently %d days out of 5.", i%5+1),
				By: "2027-07-31", Measure: "Staff record it weekly.", Aspirations: []string{asp}, Needs: []string{ar.Needs[i%5].ID}, Aim: ar.Aims[0].ID}
			ar.Outcomes = append(ar.Outcomes, o)
			ar.Provision = append(ar.Provision, plan.Provision{ID: p.NewID(plan.KindProvision), Section: plan.SectionF,
				Text: "Teaching assistant teaches the steps of making a drink.", Who: "Teaching assistant", HowOften: "3 times a week",
				Duration: "20 minutes, until July 2027", Outcomes: []string{o.ID}, Needs: []string{ar.Needs[i%5].ID}})
		}
	}
	return p
}

// TestPlan40 checks the measurement plan has 40 outcomes and survives a
// round trip through the plan file format. With EHCPLAN_PLAN40_OUT=FILE it
// also writes the plan file there, for scripts/measure-startup.sh to import.
func TestPlan40(t *testing.T) {
	p := plan40()
	n := 0
	for _, ar := range p.Areas {
		n += len(ar.Outcomes)
	}
	if n != 40 {
		t.Fatalf("plan40 has %d outcomes, want 40", n)
	}
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	back, err := plan.Decode(data)
	if err != nil {
		t.Fatalf("decode the encoded plan: %v", err)
	}
	if back.ID != plan40ID || len(back.Areas[0].Outcomes) != 10 {
		t.Fatalf("round trip: ID %s, %d outcomes in the first area", back.ID, len(back.Areas[0].Outcomes))
	}
	if out := os.Getenv("EHCPLAN_PLAN40_OUT"); out != "" {
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
