package check

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// Roles and titles as they appear on real Section K lists, with the kind
// of advice they are (SEND Regulations 2014, reg 6(1)); "" stays unknown
// and is left to the caseworker.
func TestInferAdviceKind(t *testing.T) {
	tests := []struct {
		text string
		want plan.AdviceKind
	}{
		// The family and the young person: reg 6(1)(a).
		{"Parent", "parent"},
		{"Parent's views", "parent"},
		{"Parent/carer", "parent"},
		{"Mother", "parent"},
		{"Mum", "parent"},
		{"Father", "parent"},
		{"Grandparent (kinship carer)", "parent"},
		{"Foster carer", "parent"},
		{"Family views", "parent"},
		{"Parental contribution", "parent"},
		{"Young person", "young_person"},
		{"Young person's views", "young_person"},
		{"My views", "young_person"},
		{"All about me", "young_person"},
		{"Views of the young person", "young_person"},
		{"Pupil views (collected by school)", "young_person"},
		{"Child's views", "young_person"},
		// Family words that only describe a professional are not the family.
		{"Parent partnership officer", ""},
		{"Parent support adviser", ""},
		{"Carer support worker", ""},
		{"Family liaison officer", ""},
		// Psychology: only an educational psychologist is reg 6(1)(d).
		{"Educational Psychologist", "psychological"},
		{"EP", "psychological"},
		{"Trainee educational psychologist", "psychological"},
		{"Educational psychology advice", "psychological"},
		{"Psychological advice", "psychological"},
		{"Clinical psychologist", "medical"},
		{"CAMHS clinical psychologist", "medical"},
		{"Counselling psychologist", "medical"},
		{"Psychologist", ""},
		// Health: reg 6(1)(c), including the allied health professions.
		{"Community paediatrician", "medical"},
		{"Medical advice", "medical"},
		{"GP", "medical"},
		{"School nurse", "medical"},
		{"Learning disability nurse", "medical"},
		{"Health visitor", "medical"},
		{"Speech and language therapist", "medical"},
		{"SaLT", "medical"},
		{"Occupational therapist", "medical"},
		{"Paediatric physiotherapist", "medical"},
		{"CAMHS practitioner", "medical"},
		{"Child and adolescent mental health service", "medical"},
		{"Designated Clinical Officer", "medical"},
		{"Audiologist", "medical"},
		{"Play therapist", ""},
		{"Sensory integration therapist", ""},
		// Sensory impairment: reg 6(3), beside the educational advice.
		{"Qualified Teacher of the Deaf", "sensory"},
		{"QTVI", "sensory"},
		{"Qualified Teacher of the Visually Impaired", "sensory"},
		{"Specialist teacher for hearing impairment", "sensory"},
		{"Sensory support service", "sensory"},
		// Social care: reg 6(1)(e).
		{"Social worker", "social_care"},
		{"Social care advice", "social_care"},
		{"Social worker (children with disabilities team)", "social_care"},
		{"Early help practitioner", "social_care"},
		{"Family support worker", "social_care"},
		{"Children's services", "social_care"},
		{"Independent reviewing officer", "social_care"},
		{"Social, emotional and mental health outreach teacher", "educational"}, // SEMH is an area of need, not social care or health
		// Preparing for adulthood: reg 6(1)(g), from Year 9.
		{"Careers adviser", "adulthood"},
		{"Careers adviser (school)", "adulthood"},
		{"Connexions personal adviser", "adulthood"},
		{"Preparing for Adulthood coordinator", "adulthood"},
		{"Supported employment job coach", "adulthood"},
		// Education: reg 6(1)(b).
		{"Class teacher", "educational"},
		{"SENCO", "educational"},
		{"SENDCo", "educational"},
		{"Special educational needs coordinator", "educational"},
		{"Head teacher", "educational"},
		{"Headteacher", "educational"},
		{"Deputy head", "educational"},
		{"Learning support assistant", "educational"},
		{"Head of learning support", "educational"},
		{"Teaching assistant", "educational"},
		{"School advice", "educational"},
		{"Advice from the school", "educational"},
		{"Virtual school head", "educational"},
		{"Autism outreach teacher", "educational"},
		{"College tutor", "educational"},
		{"Early years practitioner", "educational"},
		// Nothing says.
		{"Key worker", ""},
		{"Youth worker", ""},
		{"Advocate", ""},
		{"Information, advice and support service", ""},
		{"", ""},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := InferAdviceKind(tt.text); got != tt.want {
			t.Errorf("InferAdviceKind(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Advice with no kind is read from its role, then its title; a kind given
// is never second-guessed.
func TestAdviceKindRoleThenTitle(t *testing.T) {
	tests := []struct {
		advice plan.Advice
		want   plan.AdviceKind
	}{
		{plan.Advice{Title: "Educational psychology advice", Role: "Educational Psychologist"}, "psychological"},
		{plan.Advice{Title: "Medical advice", Role: "Dr S Okafor"}, "medical"},
		{plan.Advice{Title: "Report", Role: "Headteacher"}, "educational"},
		{plan.Advice{Title: "Social care advice", Role: "Team manager"}, "social_care"},
		{plan.Advice{Title: "School advice", Role: "Occupational therapist"}, "medical"},
		{plan.Advice{Title: "Health advice", Role: "Social worker", Kind: "other"}, "other"},
		{plan.Advice{Title: "Notes", Role: "Key worker"}, ""},
	}
	c := newChecker()
	for _, tt := range tests {
		for range 2 { // the second answer is the remembered one
			if got := c.adviceKind(tt.advice); got != tt.want {
				t.Errorf("adviceKind(%+v) = %q, want %q", tt.advice, got, tt.want)
			}
		}
	}
}

// S10 fires on a final plan whose Section K lacks a kind reg 6(1) requires,
// and names every kind missing in plain words.
func TestCheckAdviceKinds(t *testing.T) {
	year := func(n int) *int { return &n }
	allButAdulthood := []plan.Advice{
		{Title: "Parent's views", Role: "Parent"},
		{Title: "School advice", Role: "SENCO"},
		{Title: "Medical advice", Role: "Community paediatrician"},
		{Title: "Educational psychology advice", Role: "Educational Psychologist"},
		{Title: "Social care advice", Role: "Social worker"},
	}
	withAdulthood := append(append([]plan.Advice{}, allButAdulthood...), plan.Advice{Title: "Careers guidance", Role: "Careers adviser"})
	without := func(i int) []plan.Advice {
		return append(append([]plan.Advice{}, withAdulthood[:i]...), withAdulthood[i+1:]...)
	}
	tests := []struct {
		name   string
		change func(p *plan.Plan)
		fires  bool
		msg    string // the message, when it fires
	}{
		{"every kind, Year 10", func(p *plan.Plan) { p.Advice = withAdulthood }, false, ""},
		{"no adulthood advice in Year 10", func(p *plan.Plan) { p.Advice = allButAdulthood }, true,
			"Section K has no advice on preparing for adulthood."},
		{"no adulthood advice in Year 9", func(p *plan.Plan) { p.Advice, p.Person.YearGroup = allButAdulthood, year(9) }, true,
			"no advice on preparing for adulthood"},
		{"no adulthood advice in Year 8", func(p *plan.Plan) { p.Advice, p.Person.YearGroup = allButAdulthood, year(8) }, false, ""},
		{"Year 8 from the date of birth", func(p *plan.Plan) {
			p.Advice, p.Person.YearGroup, p.Person.DateOfBirth = allButAdulthood, nil, plan.MustDate("2012-11-02")
		}, false, ""},
		{"Year 9 from the date of birth", func(p *plan.Plan) {
			p.Advice, p.Person.YearGroup, p.Person.DateOfBirth = allButAdulthood, nil, plan.MustDate("2011-11-02")
		}, true, "no advice on preparing for adulthood"},
		{"no year known", func(p *plan.Plan) {
			p.Advice, p.Person.YearGroup, p.Person.DateOfBirth = allButAdulthood, nil, plan.Date{}
		}, false, ""},
		{"a draft never", func(p *plan.Plan) {
			p.Status, p.Placement, p.Advice = plan.StatusDraft, plan.Placement{}, withAdulthood[:1]
		}, false, ""},
		{"no medical or psychological advice", func(p *plan.Plan) { p.Advice = slicesWithout(withAdulthood, 2, 3) }, true,
			"Section K has no medical or psychological advice."},
		{"no medical, psychological or social care advice", func(p *plan.Plan) { p.Advice = slicesWithout(withAdulthood, 2, 3, 4) }, true,
			"Section K has no medical, psychological or social care advice."},
		{"no views", func(p *plan.Plan) { p.Advice = without(0) }, true, "Section K has no views from Jordan or their parents."},
		{"the young person's views will do", func(p *plan.Plan) {
			p.Advice = append(without(0), plan.Advice{Title: "My views", Role: "Young person"})
		}, false, ""},
		{"no educational advice", func(p *plan.Plan) { p.Advice = without(1) }, true, "Section K has no educational advice."},
		{"a kind given counts", func(p *plan.Plan) {
			p.Advice = append(without(1), plan.Advice{Title: "Report", Role: "Ms R Khan", Kind: "educational"})
		}, false, ""},
		{"a sensory teacher is not the educational advice", func(p *plan.Plan) {
			p.Advice = append(without(1), plan.Advice{Title: "Report", Role: "Qualified Teacher of the Deaf"})
		}, true, "no educational advice"},
		{"a clinical psychologist is not the psychological advice", func(p *plan.Plan) {
			p.Advice = append(without(3), plan.Advice{Title: "Report", Role: "Clinical psychologist"})
		}, true, "no psychological advice"},
		{"everything missing", func(p *plan.Plan) { p.Advice = []plan.Advice{{Title: "Notes", Role: "Key worker"}} }, true,
			"Section K has no views from Jordan or their parents, no educational, medical, psychological or social care advice and no advice on preparing for adulthood."},
		{"no advice at all", func(p *plan.Plan) { p.Advice = nil }, true, "no educational, medical, psychological or social care advice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := cleanJordan(t)
			tt.change(p)
			r := Check(p, plan.MustDate("2026-01-12"))
			var hits []Finding
			for _, f := range r.Findings {
				if f.Rule == "S10" {
					hits = append(hits, f)
				}
			}
			switch {
			case !tt.fires && len(hits) > 0:
				t.Errorf("unexpected S10: %s", hits[0].Message)
			case tt.fires && len(hits) != 1:
				t.Fatalf("want one S10, got %d: %+v", len(hits), r.Findings)
			case tt.fires:
				f := hits[0]
				if f.Item != "" || f.Where.String() != "advice" || f.Severity != Warning || f.Fix == "" {
					t.Errorf("S10 is a plan-level warning at advice with a fix: %+v", f)
				}
				if !strings.Contains(f.Message, tt.msg) {
					t.Errorf("message %q lacks %q", f.Message, tt.msg)
				}
			}
		})
	}
}

func slicesWithout(a []plan.Advice, drop ...int) []plan.Advice {
	var out []plan.Advice
	for i, x := range a {
		keep := true
		for _, d := range drop {
			keep = keep && i != d
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}
