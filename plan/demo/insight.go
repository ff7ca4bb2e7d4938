package demo

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"

	"ehcplan/plan"
)

// insightData gives a plan what the caseload's Insight page reads: the
// views from several perspectives at its latest review (each speaker's
// top two of each kind, as Working Together for Change collects them,
// drawn from pools with planted themes: travelling on their own and more
// work experience for the future, friends at lunch and homework as not
// working, a trusted adult and a visual timetable as working), and, from
// Year 9, the current and planned destination (many plan a supported
// internship, few are in one). One review in five keeps the older lists
// with no speaker. It draws from its own generator seeded by the plan's
// ID, so the rest of every demo plan stays as it was.
func (b *builder) insightData(today plan.Date) {
	r := rand.New(rand.NewPCG(seedOf(b.p.ID), 0x1a51))
	b.destination(r, today)
	if len(b.p.Reviews) == 0 {
		return
	}
	rv := &b.p.Reviews[len(b.p.Reviews)-1]
	if r.IntN(5) == 0 {
		return
	}
	rv.Working, rv.NotWorking, rv.Future = nil, nil, nil
	for _, kind := range []plan.ViewKind{"working", "not_working", "future"} {
		pools := viewPools[kind]
		for _, i := range r.Perm(len(pools))[:2] { // the young person's top two
			rv.Views = append(rv.Views, plan.View{Who: "young_person", Kind: kind, Text: b.fill(pick(r, pools[i].own)), Top: true})
		}
		for _, who := range []plan.Speaker{"family", "education"} {
			if r.IntN(3) > 0 {
				p := pools[r.IntN(len(pools))]
				rv.Views = append(rv.Views, plan.View{Who: who, Kind: kind, Text: b.fill(pick(r, p.others)), Top: r.IntN(2) == 0})
			}
		}
	}
	if r.IntN(4) == 0 {
		rv.Views = append(rv.Views, plan.View{Who: "health", Kind: "working", Text: b.fill("{name} now takes their medication at school without reminders.")})
	}
}

// viewPool is one theme's ways of saying it: in the young person's own
// words and in others'. The last pool of each kind is statements that
// share no theme.
type viewPool struct{ own, others []string }

var viewPools = map[plan.ViewKind][]viewPool{
	"working": {
		{own: []string{"Having a trusted adult to talk to every morning.", "A trusted adult I can go to when I am worried."},
			others: []string{"{name} trusts the adult who meets them at the gate.", "Daily check-ins with a trusted adult."}},
		{own: []string{"My picture timetable so I know the plan.", "Using my timetable at home and at school."},
			others: []string{"The visual timetable helps {name} know what comes next."}},
		{own: []string{"Swimming on Saturdays.", "Art and drawing in the library."},
			others: []string{"{name} enjoys the drama group.", "Reading with a buddy each week."}},
	},
	"not_working": {
		{own: []string{"I have no one to sit with at lunch.", "The lunch hall is too noisy to eat with friends."},
			others: []string{"Lunchtimes are lonely for {name}; friends would help.", "{name} is often alone at lunch."}},
		{own: []string{"Too much homework.", "Homework makes me cross."},
			others: []string{"Homework causes arguments at home.", "Homework instructions are not written down for {name}."}},
		{own: []string{"Loud assemblies.", "Changing for PE."},
			others: []string{"Therapy sessions were missed last term.", "Reports arrive late."}},
	},
	"future": {
		{own: []string{"I want to travel to college on my own.", "To travel into town by myself at weekends."},
			others: []string{"{name} wants to learn to travel on the bus independently.", "Travel training so {name} can get to college alone."}},
		{own: []string{"More work experience before I leave.", "A work placement in a shop or café."},
			others: []string{"{name} would like work experience with animals.", "A real work placement one day a week."}},
		{own: []string{"Cooking a simple meal for my family.", "Joining a club outside school."},
			others: []string{"Plan the move to the next setting early.", "{name} wants to see friends more often."}},
	},
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// destination sets the current and planned destination from Year 9.
func (b *builder) destination(r *rand.Rand, today plan.Date) {
	y, ok := b.p.YearGroup(today)
	if !ok || y < 9 {
		return
	}
	d := &b.p.Destination
	switch {
	case y <= 11: // still at school: only the plan's aim is known
		d.Planned = weighted(r, "supported_internship:3 fe_college:3 specialist_college:2 school_sixth_form:2 apprenticeship:1")
	case y <= 13:
		d.Current = currentFor(b.p.Person.Setting)
		d.Planned = weighted(r, "supported_internship:4 employment:2 apprenticeship:1 fe_college:1 day_opportunities:1")
	default:
		d.Current = currentFor(b.p.Person.Setting)
		if r.IntN(4) == 0 {
			d.Current = weighted(r, "volunteering:1 day_opportunities:1 neet:1 employment:1")
		}
		d.Planned = weighted(r, "employment:3 supported_internship:2 apprenticeship:1 day_opportunities:1 volunteering:1")
	}
}

func currentFor(setting string) plan.DestinationKind {
	switch {
	case strings.Contains(setting, "Supported internship"):
		return "supported_internship"
	case strings.Contains(setting, "Specialist"):
		return "specialist_college"
	case strings.Contains(setting, "Sixth"):
		return "school_sixth_form"
	}
	return "fe_college"
}

// weighted picks from "kind:weight kind:weight".
func weighted(r *rand.Rand, spec string) plan.DestinationKind {
	type choice struct {
		kind string
		n    int
	}
	var cs []choice
	total := 0
	for _, f := range strings.Fields(spec) {
		k, n, _ := strings.Cut(f, ":")
		w := int(n[0] - '0')
		cs = append(cs, choice{k, w})
		total += w
	}
	x := r.IntN(total)
	for _, c := range cs {
		if x < c.n {
			return plan.DestinationKind(c.kind)
		}
		x -= c.n
	}
	return plan.DestinationKind(cs[len(cs)-1].kind)
}

func seedOf(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}
