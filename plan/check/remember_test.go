package check

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"ehcplan/plan"
)

// randomThread builds a small plan whose items take their IDs from a tiny
// pool and link to IDs from the same pool, so one check's IDs and links
// often line up with an earlier check's: the cases where a remembering
// checker could answer from what it remembers of another plan.
func randomThread(r *rand.Rand) *plan.Plan {
	pool := []string{"A1", "N1", "O1", "P1", "A2", "N2"}
	pick := func() string { return pool[r.IntN(len(pool))] }
	picks := func() []string {
		ids := make([]string, r.IntN(3))
		for i := range ids {
			ids[i] = pick()
		}
		return ids
	}
	p := plan.New("Noor Haddad")
	p.SectionA.Aspirations = nil
	for range r.IntN(3) {
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: pick(), Area: plan.AreaCommunity, Text: "I want friends."})
	}
	a := plan.Area{Key: plan.AreaCommunity, Title: "Friends"}
	for range r.IntN(3) {
		a.Needs = append(a.Needs, plan.Need{ID: pick(), Section: plan.SectionB, Category: plan.CategorySEMH, Text: "Noor finds groups hard."})
	}
	for range r.IntN(3) {
		a.Outcomes = append(a.Outcomes, plan.Outcome{ID: pick(), Text: "Noor will join a club.", By: "2027-07-01", Aspirations: picks(), Needs: picks()})
	}
	for range r.IntN(3) {
		a.Provision = append(a.Provision, plan.Provision{ID: pick(), Section: plan.SectionF, Text: "A mentor for 20 minutes weekly.", Who: "Mentor", HowOften: "weekly", Outcomes: picks(), Needs: picks()})
	}
	p.Areas = []plan.Area{a}
	return p
}

// relink gives p's outcomes and provision other links from the same pool.
func relink(r *rand.Rand, p *plan.Plan) {
	q := randomThread(r)
	a, b := &p.Areas[0], &q.Areas[0]
	for i := range a.Outcomes {
		if i < len(b.Outcomes) {
			a.Outcomes[i].Aspirations, a.Outcomes[i].Needs = b.Outcomes[i].Aspirations, b.Outcomes[i].Needs
		}
	}
	for i := range a.Provision {
		if i < len(b.Provision) {
			a.Provision[i].Outcomes, a.Provision[i].Needs = b.Provision[i].Outcomes, b.Provision[i].Needs
		}
	}
}

// One checker used for plan after plan (as the pool and the caseload's
// background checks use it) must always agree with a fresh one. It once
// did not: links looked up under an older index survived a check that made
// fewer lookups, and a later check with that check's IDs reused them
// ("links need N1, but N1 is a need").
func TestRememberingCheckerAgreesOnPlanAfterPlan(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	r := rand.New(rand.NewPCG(1, 2))
	warm := newChecker()
	var p *plan.Plan
	for i := range 5000 {
		if i%2 == 0 {
			p = randomThread(r)
		} else {
			relink(r, p) // the same IDs in the same places, other links
		}
		got := warm.check(p, today)
		warm.reset()
		want := newChecker().check(p, today)
		if !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Fatalf("plan %d: the remembering checker differs:\n got  %+v\n want %+v", i, got.Findings, want.Findings)
		}
	}
}

// With the caseload rules, one checker used for plan after plan, for
// different young people and caseloads, agrees with a fresh one.
func TestRememberingCheckerAgreesWithCaseloads(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	r := rand.New(rand.NewPCG(3, 4))
	caseloads := []*Caseload{nil, NewCaseload(testCaseload),
		NewCaseload([]Person{{"x", "Noor Haddad", ""}, {"y", "Leo Nowak", ""}, {"z", "Maya Nowak", "Noor"}})}
	people := []string{"Noor Haddad", "Leo Nowak", "Maya Kowalska"}
	texts := []string{"Noor will join a club.", "Leo will join a club.", "Maya Kowalska will join a club.", "Jordan will read."}
	warm := newChecker()
	for i := range 2000 {
		p := randomThread(r)
		p.Person.Name = people[r.IntN(len(people))]
		for j := range p.Areas[0].Outcomes {
			p.Areas[0].Outcomes[j].Text = texts[r.IntN(len(texts))]
		}
		cl := caseloads[r.IntN(len(caseloads))]
		warm.cl = cl
		got := warm.check(p, today)
		warm.reset()
		fresh := newChecker()
		fresh.cl = cl
		want := fresh.check(p, today)
		if !reflect.DeepEqual(got.Findings, want.Findings) {
			t.Fatalf("plan %d: the remembering checker differs:\n got  %+v\n want %+v", i, got.Findings, want.Findings)
		}
	}
}
