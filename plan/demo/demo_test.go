package demo

import (
	"reflect"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

var today = plan.MustDate("2026-11-24")

func TestPlansAreValidAndVaried(t *testing.T) {
	plans := Plans(300, 1, today)
	names := map[string]bool{}
	statuses := map[plan.Status]int{}
	minAge, maxAge := 99, 0
	for _, p := range plans {
		out, err := plan.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := plan.Decode(out)
		if err != nil {
			t.Fatalf("demo plan for %s does not import: %v", p.Person.Name, err)
		}
		if !reflect.DeepEqual(p, back) {
			t.Fatalf("demo plan for %s changes on a round trip", p.Person.Name)
		}
		names[p.Person.Name] = true
		statuses[p.Status]++
		age := plan.AgeOn(p.Person.DateOfBirth, today)
		minAge, maxAge = min(minAge, age), max(maxAge, age)
		if len(p.Areas) != 4 || len(p.SectionA.Aspirations) == 0 {
			t.Fatalf("%s: %d areas, %d aspirations", p.Person.Name, len(p.Areas), len(p.SectionA.Aspirations))
		}
		if p.Status == plan.StatusDraft && p.Placement.Name != "" {
			t.Errorf("%s: a draft names a placement", p.Person.Name)
		}
		assertLinksResolve(t, p)
	}
	if len(names) < 200 {
		t.Errorf("only %d different names in 300 plans", len(names))
	}
	if minAge != 4 || maxAge != 25 {
		t.Errorf("ages %d..%d, want 4..25", minAge, maxAge)
	}
	for _, s := range []plan.Status{plan.StatusDraft, plan.StatusFinal, plan.StatusCeased} {
		if statuses[s] == 0 {
			t.Errorf("no %s plans", s)
		}
	}
}

func assertLinksResolve(t *testing.T, p *plan.Plan) {
	t.Helper()
	idx := p.Index()
	p.Links(func(l *string) {
		if _, ok := idx[*l]; !ok && *l != "" {
			t.Errorf("%s: link to missing %q", p.Person.Name, *l)
		}
	})
}

func TestPlansAreReproducible(t *testing.T) {
	a, b := Plans(20, 7, today), Plans(20, 7, today)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different plans")
	}
	if reflect.DeepEqual(a, Plans(20, 8, today)) {
		t.Error("different seeds gave the same plans")
	}
}

func TestSomePlansAreFlawed(t *testing.T) {
	var withoutProvision, vague int
	for _, p := range Plans(200, 3, today) {
		for _, ar := range p.Areas {
			covered := map[string]bool{}
			for _, pr := range ar.Provision {
				for _, o := range pr.Outcomes {
					covered[o] = true
				}
			}
			for _, o := range ar.Outcomes {
				if !covered[o.ID] {
					withoutProvision++
				}
				if o.Measure == "" {
					vague++
				}
			}
		}
	}
	if withoutProvision == 0 || vague == 0 {
		t.Errorf("want some flawed plans: %d outcomes without provision, %d vague", withoutProvision, vague)
	}
}

func BenchmarkPlans1000(b *testing.B) {
	for b.Loop() {
		Plans(1000, 1, today)
	}
}

func TestLargeHasFortyLinkedOutcomes(t *testing.T) {
	p := Large("Zara Test", 10)
	var outcomes, provision int
	for _, ar := range p.Areas {
		outcomes += len(ar.Outcomes)
		provision += len(ar.Provision)
	}
	if outcomes != 40 || provision != 40 {
		t.Fatalf("%d outcomes and %d provision, want 40 and 40", outcomes, provision)
	}
	assertLinksResolve(t, p)
	for _, f := range check.Check(p, today).Findings {
		if f.Rule == "G3" || f.Rule == "G4" || f.Rule == "G1" {
			t.Errorf("the large plan's thread is broken: %s %s", f.Rule, f.Item)
		}
	}
}

// Most final plans have all the advice SEND Regulations 2014 reg 6(1)
// requires (S10 quiet), as a well-made plan should; flawed ones may not.
func TestMostFinalPlansHaveTheAdviceTheLawRequires(t *testing.T) {
	finals, missing := 0, 0
	for _, p := range Plans(300, 5, today) {
		if p.Status != plan.StatusFinal {
			continue
		}
		finals++
		for _, f := range check.Check(p, today).Findings {
			if f.Rule == "S10" {
				missing++
			}
		}
	}
	if finals == 0 || missing == 0 || missing*100 > finals*30 {
		t.Errorf("%d of %d final plans lack advice reg 6(1) requires; want some, but under 30%%", missing, finals)
	}
}

// A demo caseload is run by a council that mostly keeps to time: most
// plans' next statutory step is not overdue, but some are, so the due list
// has something to show.
func TestMostPlansAreNotOverdue(t *testing.T) {
	plans, overdue := 0, 0
	for _, p := range Plans(300, 7, today) {
		step, ok := plan.NextStep(p, today)
		if !ok {
			continue
		}
		plans++
		if step.Overdue {
			overdue++
		}
	}
	if plans == 0 || overdue == 0 || overdue*100 > plans*30 {
		t.Errorf("%d of %d plans have an overdue next step; want some, but under 30%%", overdue, plans)
	}
}
