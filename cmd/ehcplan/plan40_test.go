package main

import (
	"os"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// plan40ID is the ID of the 40-outcome plan scripts/measure-startup.sh
// opens with --open.
const plan40ID = "40404040-4040-4040-8040-404040404040"

// plan40 is a large plan: 4 areas, each with 5 needs, 2 aims and 10
// outcomes with their provision (as the editor's BenchmarkKeystroke40).
func plan40() *plan.Plan {
	p := demo.Large("Zara Forty", 10)
	p.ID = plan40ID
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
