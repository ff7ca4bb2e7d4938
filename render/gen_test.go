package render

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// genPlan builds a fictional plan with n outcomes and n provision, spread
// over the four PfA areas and all linked up.
func genPlan(n int) *plan.Plan {
	p := plan.New("Morgan Example-Jones")
	p.ID = "00000000-0000-4000-8000-000000000040"
	p.Status = plan.StatusFinal
	p.Version = 2
	p.LocalAuthority = "Northbridge Council"
	p.Caseworker = "Sam Taylor"
	p.Person.DateOfBirth = plan.MustDate("2009-10-03")
	p.Person.Setting = "Northbridge College"
	p.Dates.Issued = plan.MustDate("2025-03-01")
	p.Placement = plan.Placement{Name: "Northbridge College", Type: "General further education college"}
	for i := range p.SectionA.Headings {
		p.SectionA.Headings[i].Text = strings.Repeat("I like making things and helping people. ", 6)
	}
	for i, a := range p.Areas {
		p.SectionA.Aspirations = append(p.SectionA.Aspirations,
			plan.Aspiration{ID: fmt.Sprintf("A%d", i+1), Area: a.Key, Text: "I want to do well in " + a.Title + "."})
	}
	for k := range n {
		ai := k % len(p.Areas)
		a := &p.Areas[ai]
		id := k + 1
		a.Needs = append(a.Needs, plan.Need{ID: fmt.Sprintf("N%d", id), Section: plan.SectionB,
			Category: plan.Categories[k%4], Text: fmt.Sprintf("Need %d: finds it hard to plan a multi-step task without a visual prompt.", id)})
		a.Outcomes = append(a.Outcomes, plan.Outcome{ID: fmt.Sprintf("O%d", id),
			Text: fmt.Sprintf("Outcome %d: by July 2027 Morgan will plan and complete a three-step task with one visual prompt, in 4 out of 5 sessions.", id),
			By:   "2027-07-16", Measure: "Observation record kept by the tutor each half term",
			Aspirations: []string{fmt.Sprintf("A%d", ai+1)}, Needs: []string{fmt.Sprintf("N%d", id)}})
		a.Provision = append(a.Provision, plan.Provision{ID: fmt.Sprintf("P%d", id),
			Section: []plan.ProvisionSection{plan.SectionF, plan.SectionG, plan.SectionH1, plan.SectionH2}[k%4],
			Text:    fmt.Sprintf("Provision %d: small-group teaching of planning skills using visual task boards.", id),
			Who:     "Learning support assistant trained by the specialist teacher", HowOften: "Three times a week, 30 minutes",
			Duration: "Until July 2027", Outcomes: []string{fmt.Sprintf("O%d", id)}, Needs: []string{fmt.Sprintf("N%d", id)}})
	}
	p.Advice = []plan.Advice{{Title: "Educational psychology advice", Author: "Dr R Finch", Role: "Educational Psychologist", Date: plan.MustDate("2024-11-02")}}
	return p
}

// tokens returns n numbered words, e.g. "kiwi0001 kiwi0002 ...".
func tokens(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%04d", prefix, i+1)
	}
	return out
}
