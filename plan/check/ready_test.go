package check

import (
	"testing"

	"ehcplan/plan"
)

// readyDraft is a small draft with a complete golden thread and no errors.
func readyDraft() *plan.Plan {
	p := plan.New("Sam Taylor")
	p.Person.DateOfBirth = plan.MustDate("2011-05-14")
	p.Dates.Request = plan.MustDate("2026-01-05")
	for i := range p.SectionA.Headings {
		p.SectionA.Headings[i].Text = "Something I said in my own words."
	}
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaEmployment, Text: "I want to work with animals."}}
	ar := &p.Areas[0]
	ar.Needs = []plan.Need{{ID: "N1", Section: plan.SectionB, Category: plan.CategoryCognition, Text: "Sam reads well below the level expected for his age."}}
	ar.Outcomes = []plan.Outcome{{ID: "O1", Text: "Sam will read a one-page care sheet aloud with no more than 2 prompts.",
		By: "2027-07-31", Measure: "His teacher records the prompts each week.", Aspirations: []string{"A1"}, Needs: []string{"N1"}}}
	ar.Provision = []plan.Provision{{ID: "P1", Section: plan.SectionF, Text: "Individual reading sessions using a structured phonics programme.",
		Who: "Specialist teacher for literacy", HowOften: "3 times a week", Duration: "30 minutes, until July 2027",
		Outcomes: []string{"O1"}, Needs: []string{"N1"}}}
	return p
}

func TestIssueReport(t *testing.T) {
	today := plan.MustDate("2026-03-02")
	tests := []struct {
		name     string
		change   func(p *plan.Plan)
		ready    bool
		rule     string // an error that must be listed, if any
		asksForI bool
	}{
		{"a draft with Section I blank is ready: the Issue dialog asks for it", func(*plan.Plan) {}, true, "", true},
		{"a draft naming a placement is not (S4)", func(p *plan.Plan) { p.Placement = plan.Placement{Name: "Riverside Academy"} }, false, "S4", false},
		{"a draft whose next review has passed would be issued overdue (D1)", func(p *plan.Plan) { p.Dates.NextReview = plan.MustDate("2026-01-01") }, false, "D1", true},
		{"a draft with no aspiration is not (S2)", func(p *plan.Plan) { p.SectionA.Aspirations = nil; p.Areas[0].Outcomes[0].Aspirations = nil }, false, "S2", true},
		{"a final plan is judged as it is: an empty Section I is an error (S5)", func(p *plan.Plan) {
			p.Status = plan.StatusFinal
			p.Dates.Issued = plan.MustDate("2026-02-01")
			p.Dates.NextReview = plan.MustDate("2027-02-01")
		}, false, "S5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := readyDraft()
			tt.change(p)
			r := IssueReport(p, today)
			if r.Ready != tt.ready {
				t.Errorf("Ready = %v, want %v; findings %+v", r.Ready, tt.ready, r.Findings)
			}
			errors := 0
			found := tt.rule == ""
			for _, f := range r.Findings {
				if f.Severity == Error {
					errors++
					found = found || f.Rule == tt.rule
				}
				if p.Status == plan.StatusDraft && f.Rule == "S5" {
					t.Errorf("a draft is held up by S5: %s", f.Message)
				}
			}
			if !found {
				t.Errorf("no %s error in %+v", tt.rule, r.Findings)
			}
			if errors != r.Errors || r.Ready != (r.Errors == 0) {
				t.Errorf("counts: %d errors listed, Errors %d, Ready %v", errors, r.Errors, r.Ready)
			}
			if got := PlacementAskedAtIssue(p); got != tt.asksForI {
				t.Errorf("PlacementAskedAtIssue = %v, want %v", got, tt.asksForI)
			}
		})
	}
}

func TestIssueCandidateIsFinalAndDatedToday(t *testing.T) {
	today := plan.MustDate("2026-03-02")
	p := readyDraft()
	c := IssueCandidate(p, today)
	if c.Status != plan.StatusFinal || c.Dates.Issued != today || c.Dates.NextReview != NextReviewDue(today) {
		t.Errorf("candidate: %s issued %s next review %s", c.Status, c.Dates.Issued, c.Dates.NextReview)
	}
	if p.Status != plan.StatusDraft || !p.Dates.Issued.IsZero() {
		t.Error("IssueCandidate changed the draft")
	}
}
