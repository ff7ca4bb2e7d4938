package check

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// Each case changes a clean copy of Jordan's plan and expects one finding
// (rule, item, where) among the results, or its absence.
func TestCheckRules(t *testing.T) {
	year := func(n int) *int { return &n }
	tests := []struct {
		name   string
		today  string
		change func(p *plan.Plan)
		rule   string
		item   string
		where  string // "" when the finding must NOT occur
		msg    string // a phrase the message must contain
	}{
		{"S1 empty heading", "", func(p *plan.Plan) { p.SectionA.Headings[2].Text = "  " }, "S1", "strengths", "section_a.headings[2].text", "is empty"},
		{"S2 no aspirations", "", func(p *plan.Plan) {
			p.SectionA.Aspirations = nil
			for ai := range p.Areas {
				for oi := range p.Areas[ai].Outcomes {
					p.Areas[ai].Outcomes[oi].Aspirations = nil
				}
			}
		}, "S2", "", "section_a.aspirations", "No aspirations"},
		{"S3 note covers empty section", "", func(p *plan.Plan) {}, "S3", "D", "", ""},
		{"S3 empty C without note", "", func(p *plan.Plan) { delete(p.SectionNotes, "C") }, "S3", "C", "section_notes.C", "Section C"},
		{"S5 final without placement", "", func(p *plan.Plan) { p.Placement = plan.Placement{} }, "S5", "", "placement.name", "Section I"},
		{"S4 final may name placement", "", func(p *plan.Plan) {}, "S4", "", "", ""},
		{"S6 final lists no advice", "", func(p *plan.Plan) { p.Advice = nil }, "S6", "", "advice", "lists no advice"},
		{"S6 advice lacks role", "", func(p *plan.Plan) { p.Advice[1].Role = "" }, "S6", "", "advice[1].role", "no role"},
		{"S7 no amount", "", func(p *plan.Plan) {
			p.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementDirectPayment, Provision: []string{"P3"}}
		}, "S7", "", "personal_budget.amount_gbp", "no amount"},
		{"S7 complete budget", "", func(p *plan.Plan) {
			p.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementNotional, AmountGBP: 900, Provision: []string{"P3"}}
		}, "S7", "", "", ""},
		{"S8 B need with no broad area", "", func(p *plan.Plan) { p.Areas[0].Needs[0].Category = " " }, "S8", "N1", "areas[0].needs[0].category", "no broad area of need"},
		{"S8 B need with a broad area", "", func(p *plan.Plan) {}, "S8", "N1", "", ""},
		{"S8 C need needs no broad area", "", func(p *plan.Plan) {
			p.Areas[0].Needs[0].Section, p.Areas[0].Needs[0].Category = plan.SectionC, ""
		}, "S8", "N1", "", ""},
		{"S9 year group differs from date of birth", "", func(p *plan.Plan) { p.Person.YearGroup = year(9) }, "S9", "", "person.year_group", "taught out of their year group: say so in the plan"},
		{"S9 year group agrees", "", func(p *plan.Plan) {}, "S9", "", "", ""},
		{"S9 youngest in the year agrees", "", func(p *plan.Plan) { p.Person.DateOfBirth = plan.MustDate("2011-08-31") }, "S9", "", "", ""},
		{"S9 a day younger is a year below", "", func(p *plan.Plan) { p.Person.DateOfBirth = plan.MustDate("2011-09-01") }, "S9", "", "person.year_group", "would be in Year 9"},
		{"S9 no year group recorded", "", func(p *plan.Plan) { p.Person.YearGroup = nil }, "S9", "", "", ""},
		{"S9 no date of birth", "", func(p *plan.Plan) { p.Person.DateOfBirth = plan.Date{} }, "S9", "", "", ""},
		{"S9 date of birth after today", "", func(p *plan.Plan) { p.Person.DateOfBirth = plan.MustDate("2026-03-01") }, "S9", "", "person.date_of_birth", "after today"},
		{"S9 date of birth after today, no year group", "", func(p *plan.Plan) {
			p.Person.DateOfBirth, p.Person.YearGroup = plan.MustDate("2030-11-02"), nil
		}, "S9", "", "person.date_of_birth", "(2 November 2030) is after today"},
		{"S9 born today is not in the future", "", func(p *plan.Plan) {
			p.Person.DateOfBirth, p.Person.YearGroup = plan.MustDate("2026-01-12"), nil
		}, "S9", "", "", ""},
		{"S1 untitled heading", "", func(p *plan.Plan) { p.SectionA.Headings[2].Title, p.SectionA.Headings[2].Text = "", "" },
			"S1", "strengths", "section_a.headings[2].text", "The Section A heading with no title is empty."},
		{"S6 untitled advice", "", func(p *plan.Plan) { p.Advice[1].Title, p.Advice[1].Role = "", "" }, "S6", "", "advice[1].role", "The advice with no title in Section K"},
		{"G1 aspiration with no words yet", "", func(p *plan.Plan) {
			p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: "A9", Area: plan.AreaHealth})
		}, "G1", "A9", "section_a.aspirations[4]", "Aspiration A9 (no words yet) is not served"},
		{"G2 outcome links no need", "", func(p *plan.Plan) { p.Areas[0].Outcomes[1].Needs = nil }, "G2", "O2", "areas[0].outcomes[1].needs", "links no need"},
		{"G4 covered through an outcome", "", func(p *plan.Plan) { p.Areas[0].Provision[1].Needs = nil }, "G4", "N2", "", ""},
		{"G4 D need with only F provision", "", func(p *plan.Plan) { p.Areas[1].Needs[0].Section, p.Areas[1].Needs[0].Category = plan.SectionD, "" }, "G4", "N3", "areas[1].needs[0]", "Section H1 or H2"},
		{"G5 provision serves no outcome", "", func(p *plan.Plan) { p.Areas[0].Provision[0].Outcomes = nil }, "G5", "P1", "areas[0].provision[0].outcomes", "serves no outcome"},
		{"G6 unknown aspiration", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Aspirations = []string{"A1", "A9"} }, "G6", "O1", "areas[0].outcomes[0].aspirations[1]", "A9, which does not exist"},
		{"G6 wrong kind", "", func(p *plan.Plan) { p.Areas[0].Provision[0].Needs = []string{"O1"} }, "G6", "P1", "areas[0].provision[0].needs[0]", "O1 is an outcome"},
		{"G6 unknown aim", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Aim = "L7" }, "G6", "O1", "areas[0].outcomes[0].aim", "L7"},
		{"G6 budget names no such provision", "", func(p *plan.Plan) {
			p.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementDirectPayment, AmountGBP: 100, Provision: []string{"P99"}}
		}, "G6", "", "personal_budget.provision[0]", "P99"},
		{"G6 review names no such outcome", "", func(p *plan.Plan) { p.Reviews[0].Progress[0].Outcome = "O42" }, "G6", "", "reviews[0].progress[0].outcome", "O42"},
		{"G7 area missing in Year 10", "", func(p *plan.Plan) { p.Areas = p.Areas[:3] }, "G7", "health", "areas", "no Good health area"},
		{"G7 note explains", "", func(p *plan.Plan) { p.Areas[3].Note = "Jordan is healthy; no health outcome is needed now." }, "G7", "health", "", ""},
		{"G7 not before Year 9", "", func(p *plan.Plan) { p.Person.YearGroup = year(8) }, "G7", "health", "", ""},
		{"G8 SALT in G", "", func(p *plan.Plan) { p.Areas[0].Provision[1].Section = plan.SectionG }, "G8", "P2", "areas[0].provision[1].section", "speech and language therapist"},
		{"M1 by is not a time", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].By = "soon" }, "M1", "O1", "areas[0].outcomes[0].by", "“soon”"},
		{"M1 by as a phrase", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].By = "end of Year 11" }, "M1", "O1", "", ""},
		{"M6 before the plan was issued", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].By = "2023-01-31" }, "M6", "O1", "areas[0].outcomes[0].by", "before the plan was issued"},
		{"M6 more than 3 years away", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].By = "2029-02-01" }, "M6", "O1", "areas[0].outcomes[0].by", "more than 3 years"},
		{"M6 exactly 3 years away", "", func(p *plan.Plan) { p.Areas[0].Outcomes[0].By = "2029-01-12" }, "M6", "O1", "", ""},
		{"M6 after 25th birthday", "2034-01-12", func(p *plan.Plan) {
			p.Areas[0].Outcomes[0].By = "2035-11-03"
			p.Dates.NextReview = plan.MustDate("2034-06-01")
			p.Person.YearGroup = nil
		}, "M6", "O1", "areas[0].outcomes[0].by", "25th birthday"},
		{"D1 no next review", "", func(p *plan.Plan) { p.Dates.NextReview = plan.Date{} }, "D1", "", "dates.next_review", "10 June 2026"},
		{"D1 overdue", "2026-06-10", func(p *plan.Plan) {}, "D1", "", "dates.next_review", "overdue"},
		{"D1 due today is not overdue", "2026-06-09", func(p *plan.Plan) {}, "D1", "", "", ""},
		{"D1 more than 12 months", "", func(p *plan.Plan) { p.Dates.NextReview = plan.MustDate("2026-06-11") }, "D1", "", "dates.next_review", "more than 12 months"},
		// A review recorded in reviews but dates.last_review not moved on
		// (2025-06-10): D1 counts from the record.
		{"D1 no next review counts from a recorded review", "", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-09-15")})
			p.Dates.NextReview = plan.Date{}
		}, "D1", "", "dates.next_review", "due by 15 September 2026"},
		{"D1 next review within 12 months of a recorded review", "", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-09-15")})
			p.Dates.NextReview = plan.MustDate("2026-09-01")
		}, "D1", "", "", ""},
		{"D1 next review more than 12 months after a recorded review", "", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-09-15")})
			p.Dates.NextReview = plan.MustDate("2026-09-16")
		}, "D1", "", "dates.next_review", "after the last one (15 September 2025)"},
		{"D1 next review left behind a review recorded after it", "2026-08-01", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2026-07-01")})
		}, "D1", "", "dates.next_review", "was not moved on: the next annual review is due by 1 July 2027"},
		{"D1 a review recorded before the due date leaves it overdue", "2026-08-01", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2026-05-01")})
			p.Dates.NextReview = plan.MustDate("2026-07-01")
		}, "D1", "", "dates.next_review", "overdue"},
		{"D1 a review planned after today does not count", "", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2026-03-01")})
			p.Dates.NextReview = plan.Date{}
		}, "D1", "", "dates.next_review", "due by 10 June 2026"},
		{"D1 a review record older than last_review does not count", "", func(p *plan.Plan) {
			p.Reviews[0].Date = plan.MustDate("2024-06-01")
			p.Dates.NextReview = plan.Date{}
		}, "D1", "", "dates.next_review", "due by 10 June 2026"},
		{"D1 only for final plans", "", func(p *plan.Plan) { p.Status = plan.StatusCeased; p.Dates.NextReview = plan.Date{} }, "D1", "", "", ""},
		{"D2 due soon", "2026-01-12", func(p *plan.Plan) {
			p.Status = plan.StatusDraft
			p.Placement = plan.Placement{}
			p.Dates.Request = plan.MustDate("2025-09-01")
		}, "D2", "", "dates.request", "due by 19 January 2026"},
		{"D2 one day late", "2025-12-23", func(p *plan.Plan) {
			p.Status = plan.StatusDraft
			p.Placement = plan.Placement{}
			p.Dates.Request = plan.MustDate("2025-08-04")
		}, "D2", "", "dates.request", "it is 1 day late"},
		{"D2 request after today", "2026-01-12", func(p *plan.Plan) {
			p.Status = plan.StatusDraft
			p.Placement = plan.Placement{}
			p.Dates.Request = plan.MustDate("2028-03-01")
		}, "D2", "", "dates.request", "dated 1 March 2028, which is after today"},
		{"D2 request today", "2026-01-12", func(p *plan.Plan) {
			p.Status = plan.StatusDraft
			p.Placement = plan.Placement{}
			p.Dates.Request = plan.MustDate("2026-01-12")
		}, "D2", "", "", ""},
		{"D2 only for drafts", "2026-01-12", func(p *plan.Plan) { p.Dates.Request = plan.MustDate("2028-03-01") }, "D2", "", "", ""},
		{"D2 not yet 18 weeks", "2026-01-05", func(p *plan.Plan) {
			p.Status = plan.StatusDraft
			p.Placement = plan.Placement{}
			p.Dates.Request = plan.MustDate("2025-09-01")
		}, "D2", "", "", ""},
		{"D3 Year 11 not reviewed this school year", "", func(p *plan.Plan) { p.Person.YearGroup = year(11) }, "D3", "", "dates.last_review", "31 March 2026"},
		{"D3 Year 6 reviewed this school year", "", func(p *plan.Plan) { p.Person.YearGroup = year(6); p.Dates.LastReview = plan.MustDate("2025-11-20") }, "D3", "", "", ""},
		{"D3 Year 6 deadline passed", "2026-03-01", func(p *plan.Plan) { p.Person.YearGroup = year(6) }, "D3", "", "dates.last_review", "was due by 15 February 2026"},
		{"D3 Year 6 reviewed this school year, recorded only in reviews", "", func(p *plan.Plan) {
			p.Person.YearGroup = year(6)
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-11-20")})
		}, "D3", "", "", ""},
		{"D3 Year 11 reviewed on 1 September, recorded only in reviews", "", func(p *plan.Plan) {
			p.Person.YearGroup = year(11)
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-09-01")})
		}, "D3", "", "", ""},
		{"D3 Year 11 review recorded last school year", "", func(p *plan.Plan) {
			p.Person.YearGroup = year(11)
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2025-08-31")})
		}, "D3", "", "dates.last_review", "31 March 2026"},
		{"D3 Year 6 review planned after today is not yet held", "", func(p *plan.Plan) {
			p.Person.YearGroup = year(6)
			p.Reviews = append(p.Reviews, plan.Review{Date: plan.MustDate("2026-02-01")})
		}, "D3", "", "dates.last_review", "15 February 2026"},
		{"D3 not in Year 10", "", func(p *plan.Plan) {}, "D3", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := cleanJordan(t)
			tt.change(p)
			today := plan.MustDate("2026-01-12")
			if tt.today != "" {
				today = plan.MustDate(tt.today)
			}
			r := Check(p, today)
			var hit *Finding
			for i, f := range r.Findings {
				if f.Rule == tt.rule && f.Item == tt.item && (tt.where == "" || f.Where.String() == tt.where) {
					hit = &r.Findings[i]
				}
			}
			switch {
			case tt.where == "" && hit != nil:
				t.Errorf("unexpected %s %q at %s: %s", hit.Rule, hit.Item, hit.Where, hit.Message)
			case tt.where != "" && hit == nil:
				t.Errorf("missing %s %q at %s; got %+v", tt.rule, tt.item, tt.where, r.Findings)
			case hit != nil && !strings.Contains(hit.Message, tt.msg):
				t.Errorf("message %q lacks %q", hit.Message, tt.msg)
			case hit != nil && (hit.Fix == "" || !strings.HasSuffix(hit.Message, ".")):
				t.Errorf("finding needs a full-sentence message and a fix: %+v", hit)
			}
		})
	}
}

// cleanJordan is Jordan's fixture with its deliberate problems fixed, so
// each case sees only the finding it causes.
func cleanJordan(t *testing.T) *plan.Plan {
	t.Helper()
	p := readFixture(t, "jordan-y10-final")
	p.Areas[0].Outcomes[0].Aspirations = []string{"A1", "A4"}
	p.Areas[1].Provision[0] = plan.Provision{ID: "P3", Section: plan.SectionF, Text: "Travel training on the bus route from home to school with an adult.",
		Who: "Independent travel trainer", HowOften: "Twice a week", Duration: "45 minutes, until March 2026", Outcomes: []string{"O3"}, Needs: []string{"N3"}}
	p.Areas[2].Outcomes[0] = plan.Outcome{ID: "O4", Text: "By July 2026, Jordan will join a conversation with 2 classmates at lunchtime, 3 times a week.",
		By: "2026-07-17", Aspirations: []string{"A3"}, Needs: []string{"N4"}}
	p.Areas[2].Provision = []plan.Provision{{ID: "P4", Section: plan.SectionF, Text: "Lunchtime social skills group with 4 students.",
		Who: "Teaching assistant", HowOften: "Weekly", Duration: "30 minutes, until July 2026", Outcomes: []string{"O4"}, Needs: []string{"N4"}}}
	p.Areas[3].Note = "Jordan has no health needs at present."
	p.Advice = append(p.Advice, // the rest of reg 6(1), for S10
		plan.Advice{Title: "Health advice", Author: "Dr T Mensah", Role: "Community paediatrician", Date: plan.MustDate("2023-03-04")},
		plan.Advice{Title: "Social care advice", Author: "K Obi", Role: "Social worker", Date: plan.MustDate("2023-03-06")},
		plan.Advice{Title: "Careers guidance", Author: "L Grant", Role: "Careers adviser", Date: plan.MustDate("2025-11-03"), Kind: "adulthood"})
	if r := Check(p, plan.MustDate("2026-01-12")); len(r.Findings) != 0 {
		t.Fatalf("clean Jordan has findings: %+v", r.Findings)
	}
	return p
}

// Items just added, with no words yet, are named as such: no finding
// quotes an empty text as “”.
func TestFindingsNeverQuoteNothing(t *testing.T) {
	p := plan.New("Zara Test")
	p.Status = plan.StatusFinal
	for i := range p.SectionA.Headings {
		p.SectionA.Headings[i].Title = ""
	}
	p.SectionA.Headings[0].Text = "The TA helps."
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaEmployment}}
	p.Areas[0].Needs = []plan.Need{{ID: "N1", Section: plan.SectionB}}
	p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1"}}
	p.Areas[0].Provision = []plan.Provision{{ID: "P1", Section: plan.SectionF}}
	p.Advice = []plan.Advice{{}}
	r := Check(p, plan.MustDate("2026-01-12"))
	if len(r.Findings) < 10 {
		t.Fatalf("only %d findings", len(r.Findings))
	}
	for _, f := range r.Findings {
		if strings.Contains(f.Message+f.Fix, "“”") {
			t.Errorf("%s %s quotes nothing: %s", f.Rule, f.Item, f.Message)
		}
	}
}
