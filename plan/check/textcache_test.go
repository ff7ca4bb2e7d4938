package check

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"ehcplan/plan"
)

// The token cache must not change any answer: checking plans one after
// another, in parallel and with an empty cache gives the same reports.
func TestCheckSameWithCacheAndInParallel(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	var plans []*plan.Plan
	for _, path := range fixturePaths(t) {
		plans = append(plans, readFixture(t, path))
	}
	plans = append(plans, benchPlan(40))
	want := make([]Report, len(plans))
	for i, p := range plans {
		texts.reset()
		want[i] = Check(p, today)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 20 {
				i := (g + round) % len(plans)
				if got := Check(plans[i], today); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("plan %d: a cached or parallel check differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTextCacheIsBounded(t *testing.T) {
	texts.reset()
	ctx := &textCtx{names: []string{"sam"}}
	for i := range textCacheMax + 10 {
		texts.get(nil, "sam", fmt.Sprintf("Sam will read %d words.", i), ctx)
	}
	texts.mu.Lock()
	size := texts.size
	texts.mu.Unlock()
	if size > textCacheMax || size == 0 {
		t.Errorf("cache holds %d texts, want 1..%d", size, textCacheMax)
	}
	// Names change how a text reads, so they are part of the key.
	a := texts.get(nil, "sam", "Sam will read.", ctx).toks
	b := texts.get(nil, "", "Sam will read.", &textCtx{}).toks
	if a[0].cls&clsName == 0 || b[0].cls&clsName != 0 {
		t.Error("tokens were shared between different names")
	}
}

// What a checker remembers from one check to the next never changes an
// answer: after each edit of a plan, a checker that has seen every earlier
// version answers as one that has seen nothing.
func TestRememberingCheckerAgreesWithAFreshOne(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	p := readFixture(t, "jordan-y10-final")
	edits := []struct {
		name string
		edit func(p *plan.Plan)
	}{
		{"nothing", func(p *plan.Plan) {}},
		{"type in an outcome", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Text += " every day" }},
		{"clear an outcome", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Text = "" }},
		{"vague provision", func(p *plan.Plan) { p.Areas[0].Provision[0].HowOften = "as needed" }},
		{"rename an ID", func(p *plan.Plan) { p.Areas[0].Outcomes[0].ID = "O9" }},
		{"swap two IDs", func(p *plan.Plan) {
			a, b := &p.Areas[0].Needs[0], &p.Areas[0].Needs[1]
			a.ID, b.ID = b.ID, a.ID
		}},
		{"duplicate an ID", func(p *plan.Plan) { p.Areas[1].Provision[0].ID = p.Areas[0].Provision[0].ID }},
		{"delete an outcome", func(p *plan.Plan) { p.Areas[0].Outcomes = p.Areas[0].Outcomes[1:] }},
		{"add an aspiration", func(p *plan.Plan) {
			p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: "A7", Area: plan.AreaHealth})
		}},
		{"rename the area", func(p *plan.Plan) { p.Areas[0].Title = "Work and college" }},
		{"preferred name", func(p *plan.Plan) { p.Person.PreferredName = "Jay" }},
		{"name", func(p *plan.Plan) { p.Person.Name = "Jordan Ellis-Smith" }},
		{"by date", func(p *plan.Plan) { p.Areas[1].Outcomes[0].By = "2031-02-30" }},
		{"heading acronym", func(p *plan.Plan) { p.SectionA.Headings[1].Text = "My TA and my SALT help me." }},
		{"heading title", func(p *plan.Plan) { p.SectionA.Headings[1].Title = "  Me  and my   TA " }},
		{"draft", func(p *plan.Plan) { p.Status = plan.StatusDraft }},
	}
	warm := newChecker()
	for _, e := range edits {
		e.edit(p)
		got := warm.check(p, today)
		warm.reset()
		want := newChecker().check(p, today)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after %q the remembering checker differs:\n got  %+v\n want %+v", e.name, got.Findings, want.Findings)
		}
	}
}
