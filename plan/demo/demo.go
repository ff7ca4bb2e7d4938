// Package demo makes fictional, varied, realistic EHC plans for first-run
// demos, screenshots and benchmarks. The same seed gives the same plans.
package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"ehcplan/plan"
)

// Plans returns n fictional plans, the same for the same seed and today.
// Young people are aged 4 to 25; every plan has all four PfA areas; about
// one in four has a defect the checker should catch (a vague outcome, a need
// without provision, provision without a frequency...).
func Plans(n int, seed int64, today plan.Date) []*plan.Plan {
	r := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	plans := make([]*plan.Plan, n)
	for i := range plans {
		plans[i] = newPlan(r, i, today)
		addYoungWords(plans[i], seed, i)
	}
	return plans
}

// builder carries what one plan's items are made from.
type builder struct {
	r    *rand.Rand
	p    *plan.Plan
	name string
	// flawed plans keep the weak items (vague outcomes, unlinked needs).
	flawed bool
}

func newPlan(r *rand.Rand, i int, today plan.Date) *plan.Plan {
	first := firstNames[r.IntN(len(firstNames))]
	full := first + " " + surnames[r.IntN(len(surnames))]
	p := plan.New(full)
	p.ID = uuidFrom(r)
	p.Person.PreferredName = strings.Fields(first)[0]
	b := &builder{r: r, p: p, name: p.Person.PreferredName, flawed: r.IntN(4) == 0}
	b.person(today)
	b.dates(today)
	b.sectionA()
	for ai := range p.Areas {
		b.area(&p.Areas[ai])
	}
	b.sectionNotes()
	b.advice(today)
	b.review(today)
	b.insightData(today) // plan/demo/insight.go
	return p
}

func (b *builder) pick(list []string) string { return b.fill(list[b.r.IntN(len(list))]) }

func (b *builder) fill(s string) string { return strings.ReplaceAll(s, "{name}", b.name) }

func (b *builder) person(today plan.Date) {
	p := b.p
	age := 4 + b.r.IntN(22) // 4..25
	p.Person.DateOfBirth = today.AddDays(-(age*365 + b.r.IntN(365)))
	y := plan.YearGroupOn(p.Person.DateOfBirth, today)
	if y >= 0 && y <= 14 && b.r.IntN(2) == 0 {
		p.Person.YearGroup = &y
	}
	p.Person.Setting = b.pick(settingsFor(y))
	p.Person.HomeLanguage = languages[b.r.IntN(len(languages))]
	p.Person.Communication = communication[b.r.IntN(len(communication))]
	p.LocalAuthority = "Northbridge Council"
	p.Caseworker = caseworkers[b.r.IntN(len(caseworkers))]
}

func (b *builder) dates(today plan.Date) {
	p := b.p
	switch n := b.r.IntN(10); {
	case n < 2: // a draft in its 20 weeks (some past 18)
		p.Status = plan.StatusDraft
		p.Dates.Request = today.AddDays(-b.r.IntN(150))
	case n < 3:
		p.Status = plan.StatusCeased
		b.issued(today)
		p.Dates.NextReview = plan.Date{} // a ceased plan is not reviewed again
	default:
		p.Status = plan.StatusFinal
		b.issued(today)
	}
	if p.Status != plan.StatusDraft { // only a draft leaves Section I blank
		p.Placement = plan.Placement{Name: p.Person.Setting, Type: placementType(p.Person.Setting)}
	}
}

func (b *builder) issued(today plan.Date) {
	d := &b.p.Dates
	d.Request = today.AddDays(-(200 + b.r.IntN(1500)))
	d.Issued = d.Request.AddDays(120 + b.r.IntN(30))
	d.LastReview = today.AddDays(-b.r.IntN(400)) // some reviews are overdue
	if d.LastReview.Before(d.Issued) {
		d.LastReview = plan.Date{}
		d.NextReview = d.Issued.AddMonths(12)
	} else {
		d.NextReview = d.LastReview.AddMonths(12)
	}
	b.p.Version = 1 + b.r.IntN(4)
}

func settingsFor(year int) []string {
	switch {
	case year <= 6:
		return primarySettings
	case year <= 11:
		return secondarySettings
	case year <= 13:
		return post16Settings
	}
	return adultSettings
}

func placementType(setting string) string {
	switch {
	case strings.Contains(setting, "Special"), strings.Contains(setting, "Specialist"):
		return "Special school"
	case strings.Contains(setting, "Supported internship"):
		return "Supported internship"
	case strings.Contains(setting, "College"), strings.Contains(setting, "Sixth"):
		return "Further education"
	case strings.Contains(setting, "Primary"), strings.Contains(setting, "Infant"):
		return "Mainstream primary"
	}
	return "Mainstream secondary"
}

func (b *builder) sectionA() {
	a := &b.p.SectionA
	for hi := range a.Headings {
		a.Headings[hi].Text = b.pick(headingTexts[a.Headings[hi].Key])
	}
	for _, ar := range b.p.Areas {
		if b.r.IntN(3) > 0 || ar.Key == plan.AreaEmployment {
			a.Aspirations = append(a.Aspirations, plan.Aspiration{
				ID: b.p.NewID(plan.KindAspiration), Area: ar.Key, Text: b.pick(content[ar.Key].aspirations),
			})
		}
	}
	a.FamilyViews = b.fill("The family want {name} to be happy, to have friends and to do a job {name} enjoys.")
	a.HowInvolved = b.fill("{name} talked about these ideas with a trusted adult before the meeting and chose the words used here.")
}

// area fills one PfA area: one or two needs, an aim, an outcome per need
// linked to the area's aspirations, and provision of the right section for
// each need.
func (b *builder) area(ar *plan.Area) {
	c := content[ar.Key]
	aspirations := b.aspirationsIn(ar.Key)
	aim := plan.Aim{ID: b.p.NewID(plan.KindAim), Text: b.pick(c.aims), By: b.pick([]string{"age 19", "end of Year 13", "age 25", "by July 2028"})}
	ar.Aims = append(ar.Aims, aim)
	for _, ni := range b.r.Perm(len(c.needs))[:1+b.r.IntN(2)] {
		b.need(ar, c, c.needs[ni], aspirations, aim.ID)
	}
}

func (b *builder) need(ar *plan.Area, c areaContent, nt needText, aspirations []string, aimID string) {
	need := plan.Need{ID: b.p.NewID(plan.KindNeed), Section: nt.section, Category: nt.category, Text: b.fill(nt.text)}
	ar.Needs = append(ar.Needs, need)
	ot := b.outcomeText(c)
	out := plan.Outcome{
		ID: b.p.NewID(plan.KindOutcome), Text: b.fill(ot.text), Measure: ot.measure,
		Aspirations: aspirations, Needs: []string{need.ID}, Aim: aimID,
	}
	if ot.measure != "" {
		out.By = b.p.Dates.Request.AddDays(300 + b.r.IntN(500)).String()
	}
	ar.Outcomes = append(ar.Outcomes, out)
	if b.flawed && b.r.IntN(3) == 0 {
		return // a need and an outcome with no provision
	}
	pt := b.provisionFor(c, nt.section)
	ar.Provision = append(ar.Provision, plan.Provision{
		ID: b.p.NewID(plan.KindProvision), Section: pt.section, Text: b.fill(pt.text),
		Who: pt.who, HowOften: pt.howOften, Duration: pt.length,
		Outcomes: []string{out.ID}, Needs: []string{need.ID},
	})
}

// outcomeText picks a SMART outcome, or on a flawed plan sometimes a vague
// one (those are the templates without a measure).
func (b *builder) outcomeText(c areaContent) outcomeText {
	wantVague := b.flawed && b.r.IntN(2) == 0
	var fits []outcomeText
	for _, ot := range c.outcomes {
		if (ot.measure == "") == wantVague {
			fits = append(fits, ot)
		}
	}
	if len(fits) == 0 {
		fits = c.outcomes
	}
	return fits[b.r.IntN(len(fits))]
}

// provisionFor picks provision whose section meets the need's (B->F, C->G,
// D->H1/H2), preferring specific wording unless the plan is flawed.
func (b *builder) provisionFor(c areaContent, need plan.NeedSection) provisionText {
	var fits []provisionText
	for _, pt := range c.provision {
		specific := pt.who != "" && pt.howOften != ""
		if sectionMeets(pt.section, need) && (specific || b.flawed) {
			fits = append(fits, pt)
		}
	}
	if len(fits) == 0 {
		return provisionText{section: defaultSection(need), text: "Support from a key adult to work towards this outcome, following the plan agreed with the family.", who: "Key worker", howOften: "Weekly, 1 hour", length: "Until the next annual review"}
	}
	return fits[b.r.IntN(len(fits))]
}

func sectionMeets(p plan.ProvisionSection, n plan.NeedSection) bool {
	switch n {
	case plan.SectionC:
		return p == plan.SectionG
	case plan.SectionD:
		return p == plan.SectionH1 || p == plan.SectionH2
	}
	return p == plan.SectionF
}

func defaultSection(n plan.NeedSection) plan.ProvisionSection {
	switch n {
	case plan.SectionC:
		return plan.SectionG
	case plan.SectionD:
		return plan.SectionH2
	}
	return plan.SectionF
}

func (b *builder) aspirationsIn(area string) []string {
	var ids []string
	for _, a := range b.p.SectionA.Aspirations {
		if a.Area == area {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

// sectionNotes writes the statements for statutory sections left empty.
func (b *builder) sectionNotes() {
	used := map[string]bool{}
	for _, ar := range b.p.Areas {
		for _, n := range ar.Needs {
			used[string(n.Section)] = true
		}
		for _, pr := range ar.Provision {
			used[string(pr.Section)] = true
		}
	}
	statements := map[string]string{
		"C":  "{name} has no health needs related to their special educational needs at present.",
		"D":  "No social care needs have been identified.",
		"G":  "No health provision is needed at present.",
		"H1": "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed.",
		"H2": "No other social care provision is needed.",
	}
	for _, letter := range []string{"C", "D", "G", "H1", "H2"} { // in order, so the seed decides
		if !used[letter] && !(b.flawed && b.r.IntN(2) == 0) {
			b.p.SectionNotes[letter] = b.fill(statements[letter])
		}
	}
}

// advice lists Section K. A well-made plan has every kind of advice reg
// 6(1) requires (from Year 9, advice on adulthood too) and sometimes a
// therapist's; a flawed one a few entries picked at random. Half the
// entries leave their kind to be read from the role, as older files do.
func (b *builder) advice(today plan.Date) {
	var picks []int
	if b.flawed {
		picks = b.r.Perm(len(advisers))[:2+b.r.IntN(3)]
	} else {
		n := requiredAdvice
		if y, ok := b.p.YearGroup(today); ok && y >= 9 {
			n++
		}
		for i := range n {
			picks = append(picks, i)
		}
		if b.r.IntN(2) == 0 {
			picks = append(picks, requiredAdvice+1+b.r.IntN(len(advisers)-requiredAdvice-1))
		}
	}
	for _, ai := range picks {
		ad := advisers[ai]
		author := adviserNames[b.r.IntN(len(adviserNames))]
		if ad.role == "Parent" {
			author = "Parent of " + b.p.Person.Name
		}
		date := b.p.Dates.Request.AddDays(10 + b.r.IntN(30))
		if date.After(today) { // a draft requested only days ago
			date = today
		}
		a := plan.Advice{Title: ad.title, Author: author, Role: ad.role, Date: date}
		if b.r.IntN(2) == 0 {
			a.Kind = ad.kind
		}
		b.p.Advice = append(b.p.Advice, a)
	}
}

// review records the meeting behind the plan's last review date: a plan
// is "last reviewed" only when a review is recorded.
func (b *builder) review(today plan.Date) {
	p := b.p
	if p.Dates.LastReview.IsZero() {
		return
	}
	r := plan.Review{
		Date:           p.Dates.LastReview,
		Attendees:      []string{b.name, "Parent", b.pick([]string{"SENCO", "Class teacher", "Tutor", "Key worker"})},
		Working:        []string{b.pick(reviewWorking)},
		NotWorking:     []string{b.pick(reviewNotWorking)},
		Future:         []string{b.pick(reviewFuture)},
		Recommendation: plan.Recommendation(b.pick([]string{"maintain", "maintain", "amend"})),
	}
	statuses := []plan.ProgressStatus{"achieved", "progressing", "progressing", "not_yet"}
	for _, ar := range p.Areas {
		if len(ar.Outcomes) > 0 {
			r.Progress = append(r.Progress, plan.Progress{Outcome: ar.Outcomes[0].ID, Status: statuses[b.r.IntN(len(statuses))]})
		}
	}
	b.concludeReview(&r, today)
	p.Reviews = append(p.Reviews, r)
}

// concludeReview takes a review through the steps after the meeting as a
// council that keeps to time would (report in 2 weeks, decision in 4,
// amendments sent and the amended plan issued within 8 weeks), as far as
// today allows. A flawed plan's report is sometimes never sent, so the
// caseload's due list has something overdue to show.
func (b *builder) concludeReview(r *plan.Review, today plan.Date) {
	at := func(d plan.Date) (plan.Date, bool) { return d, !d.After(today) }
	if b.flawed && b.r.IntN(2) == 0 {
		return
	}
	sent, ok := at(r.Date.AddDays(5 + b.r.IntN(8)))
	if !ok {
		return
	}
	r.ReportSent = sent
	decided, ok := at(r.Date.AddDays(15 + b.r.IntN(12)))
	if !ok {
		return
	}
	r.Decision, r.DecisionDate = r.Recommendation, decided
	if r.Decision != "amend" {
		return
	}
	amendSent, ok := at(decided.AddDays(b.r.IntN(3)))
	if !ok {
		return
	}
	r.AmendmentSent = amendSent
	if issued, ok := at(amendSent.AddDays(35 + b.r.IntN(14))); ok && b.p.Status == plan.StatusFinal {
		b.p.Dates.Issued = issued
		b.p.Version++
	}
}

var (
	reviewWorking    = []string{"{name} is settled and has a good relationship with staff.", "The visual timetable helps {name} know what comes next.", "{name} now travels to school with a friend."}
	reviewNotWorking = []string{"Lunchtimes are still hard for {name}.", "Homework is causing stress at home.", "Therapy sessions were missed last term."}
	reviewFuture     = []string{"{name} would like to try a work taster day.", "Plan the move to the next setting early.", "{name} wants to join a club outside school."}
)

// uuidFrom makes a version-4-shaped UUID from the seeded generator, so the
// same seed gives the same IDs.
func uuidFrom(r *rand.Rand) string {
	return fmt.Sprintf("%08x-%04x-4%03x-%04x-%012x", r.Uint32(), r.Uint32()&0xffff, r.Uint32()&0xfff, 0x8000|r.Uint32()&0x3fff, r.Uint64()&0xffffffffffff)
}
