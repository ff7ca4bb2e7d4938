package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"ehcplan/plan"
)

// openTemp opens a new store in a temporary folder, closed at cleanup.
func openTemp(t testing.TB) *Store {
	t.Helper()
	if onPG() {
		return openTempPG(t)
	}
	s, err := Open(filepath.Join(t.TempDir(), "EHC Plan Writer", "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixtures reads every plan file in testdata with the strict importer.
func fixtures(t testing.TB) []*plan.Plan {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/*.json")
	if err != nil || len(paths) < 3 {
		t.Fatalf("fixtures missing: %v %v", paths, err)
	}
	var ps []*plan.Plan
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p, err := plan.Decode(data)
		if err != nil {
			t.Fatalf("import %s: %v", path, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// person returns a small draft plan for a fictional young person.
func person(name, preferred string) *plan.Plan {
	p := plan.New(name)
	p.Person.PreferredName = preferred
	return p
}

// bigPlan builds a plan with n outcomes and n provisions across the four
// areas, each with realistic amounts of text.
func bigPlan(n int) *plan.Plan {
	p := person("Morgan Tiller", "Mo")
	p.Person.DateOfBirth = plan.MustDate("2010-03-14")
	for i := range 8 {
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{
			ID: fmt.Sprintf("A%d", i+1), Area: p.Areas[i%4].Key,
			Text: "I want to be able to do more things for myself, like cooking tea for my family on a Friday.",
		})
	}
	for i := range n {
		a := &p.Areas[i%4]
		a.Needs = append(a.Needs, plan.Need{ID: fmt.Sprintf("N%d", i+1), Section: plan.SectionB,
			Category: plan.CategoryCognition, Text: "Morgan finds it hard to hold several steps of an instruction in mind and needs them broken down and shown."})
		a.Outcomes = append(a.Outcomes, plan.Outcome{
			ID: fmt.Sprintf("O%d", i+1), By: "2027-07-31",
			Text:        "By the end of Year 11, Morgan will plan and make a simple hot meal using a visual recipe, with no more than one prompt from an adult.",
			Measure:     "Observed in food technology and at home; recorded in the home-school book each half term.",
			Aspirations: []string{fmt.Sprintf("A%d", i%8+1)}, Needs: []string{fmt.Sprintf("N%d", i+1)},
		})
		a.Provision = append(a.Provision, plan.Provision{
			ID: fmt.Sprintf("P%d", i+1), Section: plan.SectionF,
			Text: "Small-group life skills teaching using visual recipes and task breakdown, led by a teaching assistant trained by the educational psychologist.",
			Who:  "Teaching assistant", HowOften: "Twice weekly", Duration: "45 minutes",
			Outcomes: []string{fmt.Sprintf("O%d", i+1)}, Needs: []string{fmt.Sprintf("N%d", i+1)},
		})
	}
	return p
}

// clock is a settable time source for a Store.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func useClock(s *Store, start time.Time) *clock {
	c := &clock{t: start}
	s.now = c.now
	return c
}

func mustSave(t testing.TB, s *Store, p *plan.Plan, by string) {
	t.Helper()
	if err := s.Save(p, by); err != nil {
		t.Fatal(err)
	}
}

func mustLoad(t testing.TB, s *Store, id string) *plan.Plan {
	t.Helper()
	p, err := s.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
