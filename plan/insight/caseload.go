package insight

import (
	"slices"
	"strings"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// Caseload is what Insight reads from each plan, taken as the plans are
// read and kept small: a view over 25,000 plans then needs neither the
// whole plans in memory nor a second pass over them, and the same
// caseload is viewed again in another scope without reading it again.
// Add one plan at a time (not from two goroutines at once); Report may be
// called from several goroutines at once once the adding is done.
type Caseload struct {
	people []fact
	// names are the folded words of every name in the plans added.
	names map[string]bool
	// words holds one copy of each short word that recurs (area keys,
	// sections, kinds, settings): the plans' own strings may share the
	// memory of the whole stored plan, which must not be kept.
	words map[string]string
	kinds map[string]string // who provides -> kind of provider
}

// fact is what Insight uses of one plan.
type fact struct {
	ceased      bool
	setting     string
	year        *int // the year group recorded, if any
	dateOfBirth plan.Date
	// aspirations are the area keys of Section A's aspirations.
	aspirations []string
	reviews     []reviewFact
	current     plan.DestinationKind
	planned     plan.DestinationKind
	provision   []provisionFact
	// gaps are the needs with no provision of the matching kind (checker
	// rule G4): how many, and the area key of each found in an area.
	gaps     int
	gapAreas []string
}

// reviewFact is a review's date, what was said at it (the views, then the
// older lists as views with no speaker) and its progress by area.
type reviewFact struct {
	date     plan.Date
	said     []plan.View
	progress []progressFact
}

type progressFact struct {
	area   string
	status plan.ProgressStatus
}

type provisionFact struct {
	area, section, provider string
}

// Settings are the schools and colleges of the plans, each once, in
// order.
func (c *Caseload) Settings() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range c.people {
		if s := strings.TrimSpace(f.setting); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// Len is how many plans were added.
func (c *Caseload) Len() int { return len(c.people) }

// Add reads one plan into the caseload; a nil plan is ignored. Nothing of
// p is kept: the plan may be changed or dropped afterwards.
func (c *Caseload) Add(p *plan.Plan) {
	if p == nil {
		return
	}
	if c.names == nil {
		c.names, c.words, c.kinds = map[string]bool{}, map[string]string{}, map[string]string{}
	}
	c.addNames(p)
	f := fact{ceased: p.Status == plan.StatusCeased, setting: c.word(p.Person.Setting),
		dateOfBirth: p.Person.DateOfBirth, current: plan.DestinationKind(c.word(string(p.Destination.Current))),
		planned: plan.DestinationKind(c.word(string(p.Destination.Planned)))}
	if y := p.Person.YearGroup; y != nil {
		f.year = new(*y)
	}
	for _, a := range p.SectionA.Aspirations {
		f.aspirations = append(f.aspirations, c.word(a.Area))
	}
	areaOf := map[string]string{}
	for _, ar := range p.Areas {
		key := c.word(ar.Key)
		for _, o := range ar.Outcomes {
			areaOf[o.ID] = key
		}
		for _, pr := range ar.Provision {
			f.provision = append(f.provision, provisionFact{area: key, section: c.word(string(pr.Section)), provider: c.providerKind(pr.Who)})
		}
	}
	for i := range p.Reviews {
		f.reviews = append(f.reviews, c.review(&p.Reviews[i], areaOf))
	}
	f.gaps, f.gapAreas = c.gapsOf(p)
	c.people = append(c.people, f)
}

// addNames adds every word of every person's name in the plan (the young
// person, their preferred name, their contacts and professionals),
// folded: a statement shared outside the caseworker's team has these
// words replaced by "[name]", and they never make a theme.
func (c *Caseload) addNames(p *plan.Plan) {
	add := func(name string) {
		for _, w := range foldWords(name) {
			if len(w) >= 2 && !c.names[w] {
				c.names[strings.Clone(w)] = true
			}
		}
	}
	add(p.Person.Name)
	add(p.Person.PreferredName)
	for _, ct := range p.Person.Contacts {
		add(ct.Name)
	}
	for _, pr := range p.Person.Professionals {
		add(pr.Name)
	}
}

func (c *Caseload) review(rv *plan.Review, areaOf map[string]string) reviewFact {
	out := reviewFact{date: rv.Date, said: make([]plan.View, 0, len(rv.Views)+len(rv.Working)+len(rv.NotWorking)+len(rv.Future))}
	for _, v := range rv.Views {
		out.said = append(out.said, plan.View{Who: plan.Speaker(c.word(string(v.Who))), Kind: plan.ViewKind(c.word(string(v.Kind))),
			Text: strings.Clone(v.Text), Top: v.Top})
	}
	for _, list := range []struct {
		kind plan.ViewKind
		said []string
	}{{"working", rv.Working}, {"not_working", rv.NotWorking}, {"future", rv.Future}} {
		for _, t := range list.said {
			out.said = append(out.said, plan.View{Kind: list.kind, Text: strings.Clone(t)})
		}
	}
	for _, pr := range rv.Progress {
		if area, ok := areaOf[pr.Outcome]; ok {
			out.progress = append(out.progress, progressFact{area: area, status: plan.ProgressStatus(c.word(string(pr.Status)))})
		}
	}
	return out
}

// gapsOf counts the plan's needs with no provision of the matching kind,
// with the area of each.
func (c *Caseload) gapsOf(p *plan.Plan) (int, []string) {
	ids := check.NeedsWithoutProvision(p)
	if len(ids) == 0 {
		return 0, nil
	}
	var areas []string
	for _, ar := range p.Areas {
		for _, need := range ar.Needs {
			if slices.Contains(ids, need.ID) {
				areas = append(areas, c.word(ar.Key))
			}
		}
	}
	return len(ids), areas
}

// word is s, as one copy shared by every plan that uses it.
func (c *Caseload) word(s string) string {
	if s == "" {
		return ""
	}
	if w, ok := c.words[s]; ok {
		return w
	}
	w := strings.Clone(s)
	c.words[w] = w
	return w
}

func (c *Caseload) providerKind(who string) string {
	k, ok := c.kinds[who]
	if !ok {
		k = providerKind(who)
		c.kinds[strings.Clone(who)] = k
	}
	return k
}

// yearGroup is the young person's year group on day, as plan.YearGroup.
func (f *fact) yearGroup(day plan.Date) (int, bool) {
	if f.year != nil {
		return *f.year, true
	}
	if f.dateOfBirth.IsZero() {
		return 0, false
	}
	return plan.YearGroupOn(f.dateOfBirth, day), true
}
