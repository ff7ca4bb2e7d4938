package demo

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"ehcplan/plan"
)

// Two plans in three have a one-page profile and words the young
// person said, under Section A headings the plan has (or "aspiration"),
// with a speaker the format allows; the rest of each plan is as the
// generator made it before profiles existed.
func TestSomePlansHaveTheYoungPersonsWords(t *testing.T) {
	const n = 60
	plans := Plans(n, 3, today)
	r := rand.New(rand.NewPCG(3, 0x5eed))
	with := 0
	for i, p := range plans {
		if p.SectionA.Profile != (plan.Profile{}) {
			with++
			pr := p.SectionA.Profile
			if pr.Admire == "" || pr.Important == "" || pr.Support == "" {
				t.Errorf("%s: a profile with an empty answer: %+v", p.Person.Name, pr)
			}
		}
		for _, s := range p.SectionA.Said {
			known := s.Heading == "aspiration" || slices.ContainsFunc(p.SectionA.Headings, func(h plan.Heading) bool { return h.Key == s.Heading })
			if !known || !slices.Contains(plan.Speakers, string(s.Who)) || s.Text == "" {
				t.Errorf("%s: said %+v", p.Person.Name, s)
			}
		}
		bare := newPlan(r, i, today)
		q := *p
		q.SectionA.Profile, q.SectionA.Said = plan.Profile{}, nil
		if !reflect.DeepEqual(&q, bare) {
			t.Errorf("%s: adding the young person's words changed the rest of the plan", p.Person.Name)
		}
	}
	if with != 2*n/3 {
		t.Errorf("%d of %d plans have a profile, want two in three", with, n)
	}
}
