package check

import (
	"fmt"
	"strconv"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/cpuclock"
)

var benchOutcomeTexts = []string{
	"By July 2027, %s will travel independently by bus from home to college on 3 days a week.",
	"By the end of Year 11, %s will ask an unfamiliar adult for help in at least 4 out of 5 observed situations.",
	"%s will improve their social skills.",
	"Within two terms, %s will cook a simple meal once a week, following a picture recipe with no more than 3 prompts.",
	"%s will have access to a lunchtime club.",
}

var benchProvisionTexts = []string{
	"Work-related learning sessions in a group of no more than 6 students, using a picture timetable and task cards.",
	"Regular opportunities to practise travelling by bus with an adult.",
	"Direct teaching of asking for help, using scripts and role-play with an adult %s does not know well.",
	"Access to a specialist literacy programme as appropriate, in a small group.",
	"Physiotherapy programme to build leg strength and stamina, so that %s will be able to walk to college.",
}

// benchPlan returns a plan with n outcomes and n provisions spread over the
// four PfA areas, with needs, aspirations and a mix of good and poor wording.
func benchPlan(n int) *plan.Plan {
	p := plan.New("Sam Taylor")
	p.Status = plan.StatusFinal
	year := 10
	p.Person.YearGroup = &year
	p.Dates = plan.Dates{Issued: plan.MustDate("2025-01-10"), LastReview: plan.MustDate("2025-10-01"), NextReview: plan.MustDate("2026-09-30")}
	for i := range p.SectionA.Headings {
		p.SectionA.Headings[i].Text = "I like trains and swimming. My TA helps me in class and I see my mum at weekends."
	}
	for i := 0; i < n; i++ {
		ai := i % len(p.Areas)
		ar := &p.Areas[ai]
		a, nd, o, pr := fmt.Sprint("A", i+1), fmt.Sprint("N", i+1), fmt.Sprint("O", i+1), fmt.Sprint("P", i+1)
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, plan.Aspiration{ID: a, Area: ar.Key, Text: "I want to work with animals."})
		ar.Needs = append(ar.Needs, plan.Need{ID: nd, Section: plan.SectionB, Category: plan.CategoryCognition, Text: "Sam finds long instructions hard to follow."})
		ar.Outcomes = append(ar.Outcomes, plan.Outcome{ID: o, Text: fmt.Sprintf(benchOutcomeTexts[i%len(benchOutcomeTexts)], "Sam"),
			By: "2026-07-17", Aspirations: []string{a}, Needs: []string{nd}})
		text := benchProvisionTexts[i%len(benchProvisionTexts)]
		if i%len(benchProvisionTexts) != 1 && i%len(benchProvisionTexts) != 3 {
			text = fmt.Sprintf(text, "Sam")
		}
		ar.Provision = append(ar.Provision, plan.Provision{ID: pr, Section: plan.SectionF, Text: text,
			Who: "Teaching assistant trained by the speech and language therapist", HowOften: "Twice weekly, 20 minutes",
			Duration: "Until July 2027", Outcomes: []string{o}, Needs: []string{nd}})
	}
	return p
}

func TestBenchPlanIsRealistic(t *testing.T) {
	p := benchPlan(40)
	r := Check(p, plan.MustDate("2026-01-12"))
	if len(r.Findings) < 20 {
		t.Fatalf("the benchmark plan should exercise the rules; got %d findings", len(r.Findings))
	}
}

// BenchmarkCheck40 is the editor's workload: a 40-outcome, 40-provision
// plan re-checked after each keystroke, so one outcome's text is new each
// time and the rest are as before. The target is under 150 µs:
// go test ./plan/check -run XXX -bench Check40 -benchtime 2s
func BenchmarkCheck40(b *testing.B) {
	p := benchPlan(40)
	today := plan.MustDate("2026-01-12")
	typed := p.Areas[1].Outcomes[0].Text
	b.ReportAllocs()
	cpu0 := cpuclock.Used()
	i := 0
	for b.Loop() {
		i++
		p.Areas[1].Outcomes[0].Text = typed + strconv.Itoa(i)
		Check(p, today)
	}
	b.ReportMetric(float64((cpuclock.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCheck40Cold checks the same plan with nothing remembered: the
// first check of a plan just opened, or a background check of the caseload.
func BenchmarkCheck40Cold(b *testing.B) {
	p := benchPlan(40)
	today := plan.MustDate("2026-01-12")
	b.ReportAllocs()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		texts.reset()
		newChecker().check(p, today) // a checker that remembers nothing
	}
	b.ReportMetric(float64((cpuclock.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// benchCaseload is a caseload of n fictional young people, with Sam's own
// plan among them.
func benchCaseload(n int) *Caseload {
	forenames := []string{"Maya", "Leo", "Amira", "Łukasz", "Şükrü", "Aoife", "Kofi", "Mei", "Oisín", "Zofia"}
	surnames := []string{"Nowak", "Kowalska", "O’Sullivan", "Adeyemi-Clarke", "Öztürk", "Chen", "Mensah", "Ní Bhriain"}
	people := []Person{{PlanID: "self", Name: "Sam Taylor"}}
	for i := range n {
		people = append(people, Person{PlanID: fmt.Sprint("p", i),
			Name: fmt.Sprintf("%s %s%d", forenames[i%len(forenames)], surnames[i%len(surnames)], i)})
	}
	return NewCaseload(people)
}

// BenchmarkCheck40Caseload is BenchmarkCheck40 with the caseload rules
// (X1, X2) and a caseload of 1,000 young people, as the editor runs it.
func BenchmarkCheck40Caseload(b *testing.B) {
	p := benchPlan(40)
	today := plan.MustDate("2026-01-12")
	cl := benchCaseload(1000)
	typed := p.Areas[1].Outcomes[0].Text
	b.ReportAllocs()
	cpu0 := cpuclock.Used()
	i := 0
	for b.Loop() {
		i++
		p.Areas[1].Outcomes[0].Text = typed + strconv.Itoa(i)
		CheckAmong(p, today, cl)
	}
	b.ReportMetric(float64((cpuclock.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCheck40CaseloadCold is the cold check with the caseload rules.
func BenchmarkCheck40CaseloadCold(b *testing.B) {
	p := benchPlan(40)
	today := plan.MustDate("2026-01-12")
	cl := benchCaseload(1000)
	b.ReportAllocs()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		texts.reset()
		c := newChecker()
		c.cl = cl
		c.check(p, today)
	}
	b.ReportMetric(float64((cpuclock.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkNewCaseload10000 is the cost of reading a caseload of 10,000
// names for the caseload rules, paid when a plan is opened or issued.
func BenchmarkNewCaseload10000(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuclock.Used()
	for b.Loop() {
		benchCaseload(10000)
	}
	b.ReportMetric(float64((cpuclock.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
