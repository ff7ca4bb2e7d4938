package check

import (
	"fmt"
	"slices"

	"ehcplan/plan"
)

// CheckAmong is Check with the caseload's other young people, for the
// caseload rules X1 and X2. The plan's own young person may be in cl (by
// plan ID or by name): they are not "another" young person. A nil cl
// runs no caseload rule, as Check does.
func CheckAmong(p *plan.Plan, today plan.Date, cl *Caseload) Report {
	c := checkers.Get().(*checker)
	defer c.release()
	c.cl = cl
	return c.check(p, today)
}

// IssueReportAmong is IssueReport with the caseload rules: a plan naming
// another young person of the caseload (X1, an error) is not ready.
func IssueReportAmong(p *plan.Plan, today plan.Date, cl *Caseload) Report {
	return issueReport(p, today, cl)
}

// place is where a text is, kept small so that a text with no name in it
// costs no formatting: the finding's position, path, item and words are
// worked out only for a text that names someone (see locate).
type place struct {
	kind  placeKind
	area  int    // an area's index, or a review's
	i     int    // an index in a list
	field string // the field: "text", "who", "family_views", a section letter
	label string // the field in a message: "who", "what is working"
}

type placeKind uint8

const (
	placeHeading placeKind = iota
	placeAspiration
	placeSectionA // a Section A field: field is its path, label its name
	placeSaid
	placeAreaNote
	placeNeed
	placeAim
	placeOutcome
	placeProvision
	placeSectionNote
	placeBudget
	placeAdvice
	placeReviewList // field is the list, i the entry
	placeProgress
	placeView
)

// subject reports whether X2 reads the subjects of a place's text:
// outcomes, provision and Section A.
func (pl place) subject() bool {
	switch pl.kind {
	case placeHeading, placeAspiration, placeSectionA, placeSaid:
		return true
	case placeOutcome, placeProvision:
		return pl.field == "text"
	}
	return false
}

// checkCaseload runs X1 and X2 over every text of the plan a caseworker
// writes (not the contact lists, which rightly name other people).
func (c *checker) checkCaseload() {
	if c.cl.Len() == 0 {
		return
	}
	c.ownPeople()
	c.forEachText(func(text string, pl place) {
		hits := c.caseloadHits(text)
		for hi, h := range hits {
			if c.isOwn(h) || !h.full && (!pl.subject() || c.fullHitFor(hits, h.person)) || seenBefore(hits[:hi], h) {
				continue
			}
			pos, where, item, name := c.locate(pl)
			if h.full {
				c.record(pos, "X1", false, where, item,
					fmt.Sprintf("%s names “%s”, another young person in the caseload, not %s.", name, h.words, c.name),
					"Take the other young person's name out (and anything else copied from their plan) before this plan is shared.")
				continue
			}
			c.record(pos, "X2", false, where, item,
				fmt.Sprintf("%s is about “%s”, who is not %s: another young person in the caseload has that name.", name, h.words, c.name),
				fmt.Sprintf("If this was copied from another plan, rewrite it about %s; if it is about someone else (a brother or sister, a friend), say who they are.", c.name))
		}
	})
}

// seenBefore reports whether an earlier hit of the same text found the
// same person the same way.
func seenBefore(earlier []nameHit, h nameHit) bool {
	for _, e := range earlier {
		if e.person == h.person && e.full == h.full {
			return true
		}
	}
	return false
}

func (c *checker) fullHitFor(hits []nameHit, person int) bool {
	for _, h := range hits {
		if h.full && h.person == person {
			return true
		}
	}
	return false
}

// ownPeople finds the plan's own young person in the caseload, and their
// folded names, which X2 never takes for another young person's.
func (c *checker) ownPeople() {
	c.own = c.own[:0]
	c.own = append(c.own, c.cl.byPlan[c.p.ID]...)
	if key := c.p.Person.Name + "\x00" + c.p.Person.PreferredName; key != c.ownKey || c.ownNames == nil {
		c.ownKey = key
		c.ownNames = append(nameWords(c.p.Person.Name), nameWords(c.p.Person.PreferredName)...)
		c.ownFull = FoldName(c.p.Person.Name)
	}
	c.own = append(c.own, c.cl.byName[c.ownFull]...)
}

func (c *checker) isOwn(h nameHit) bool {
	for _, i := range c.own {
		if i == h.person {
			return true
		}
	}
	if h.full {
		return false
	}
	return slices.Contains(c.ownNames, foldWord(h.words))
}

// caseloadHits returns the caseload's names in a text, scanned once per
// text, caseload and young person: they are kept with the text (see
// textEntry.names), so a check after a keystroke scans only the text typed.
func (c *checker) caseloadHits(s string) []nameHit {
	e := c.text(s)
	if last := e.names.Load(); last != nil && last.cl == c.cl && last.own == c.ownKey {
		return last.hits
	}
	read := &namesRead{c.cl, c.ownKey, c.cl.scan(s, e.toks, c.ownNames, c.ownFull, &c.foldScratch)}
	e.names.Store(read)
	return read.hits
}

// locate works out a place's position in the findings' order, its path,
// its item and how a caseworker names it.
func (c *checker) locate(pl place) (pos position, where plan.Loc, item, name string) {
	p := c.p
	sa := plan.At("section_a")
	secA := position{groupSectionA, 0, listSectionA, 0}
	review := plan.At("reviews").Index(pl.area)
	switch pl.kind {
	case placeHeading:
		h := p.SectionA.Headings[pl.i]
		name = "A Section A heading"
		if !blank(h.Title) {
			name = quote(h.Title, 60)
		}
		return position{groupSectionA, 0, listHeadings, pl.i}, sa.In("headings", pl.i).Dot("text"), h.Key, name
	case placeAspiration:
		id := p.SectionA.Aspirations[pl.i].ID
		return position{groupSectionA, 0, listAspirations, pl.i}, sa.In("aspirations", pl.i).Dot("text"), id, "Aspiration " + id
	case placeSectionA:
		return secA, sa.Dot(pl.field), "", pl.label
	case placeSaid:
		return secA, sa.In("said", pl.i).Dot("text"), "", "Something said in Section A"
	case placeAreaNote:
		return position{groupAreas, pl.area, listArea, 0}, plan.AreaAt(pl.area).Dot("note"), p.Areas[pl.area].Key,
			"The note for " + c.areaTitle(pl.area)
	case placeNeed, placeAim, placeOutcome, placeProvision:
		kind := [...]plan.Kind{placeNeed: plan.KindNeed, placeAim: plan.KindAim, placeOutcome: plan.KindOutcome, placeProvision: plan.KindProvision}[pl.kind]
		a := at{c, kind, pl.area, pl.i}
		label := pl.label
		if label == "" {
			label = "text"
		}
		return a.pos(), a.path().Dot(pl.field), a.id(), a.name() + " (" + label + ")"
	case placeSectionNote:
		return planPos, plan.At("section_notes").Dot(pl.field), "", "The note for " + sectionName(pl.field)
	case placeBudget:
		return planPos, plan.At("personal_budget").Dot("notes"), "", "The personal budget's notes"
	case placeAdvice:
		return planPos, plan.At("advice").Index(pl.i).Dot("title"), "", "An advice title in Section K"
	case placeReviewList:
		where = review.Dot(pl.field).Nth(pl.i)
	case placeProgress:
		where = review.In("progress", pl.i).Dot("note")
	case placeView:
		where = review.In("views", pl.i).Dot("text")
	}
	name = "A review (" + pl.label + ")"
	if d := p.Reviews[pl.area].Date; !d.IsZero() {
		name = "The review of " + d.Long() + " (" + pl.label + ")"
	}
	return planPos, where, "", name
}

// forEachText calls fn for each text of the plan a caseworker writes, in
// plan order.
func (c *checker) forEachText(fn func(text string, pl place)) {
	p := c.p
	visit := func(text string, pl place) {
		if !blank(text) {
			fn(text, pl)
		}
	}
	for i := range p.SectionA.Headings {
		visit(p.SectionA.Headings[i].Text, place{kind: placeHeading, i: i})
	}
	for i := range p.SectionA.Aspirations {
		visit(p.SectionA.Aspirations[i].Text, place{kind: placeAspiration, i: i})
	}
	for _, t := range [...]struct{ text, field, label string }{
		{p.SectionA.FamilyViews, "family_views", "Section A (family views)"},
		{p.SectionA.HowInvolved, "how_involved", "Section A (how the family were involved)"},
		{p.SectionA.History, "history", "Section A (history)"},
		{p.SectionA.Profile.Admire, "profile.admire", "The one-page profile (what people admire)"},
		{p.SectionA.Profile.Important, "profile.important", "The one-page profile (what is important)"},
		{p.SectionA.Profile.Support, "profile.support", "The one-page profile (how best to support)"},
	} {
		visit(t.text, place{kind: placeSectionA, field: t.field, label: t.label})
	}
	for i := range p.SectionA.Said {
		visit(p.SectionA.Said[i].Text, place{kind: placeSaid, i: i})
	}
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		visit(ar.Note, place{kind: placeAreaNote, area: ai})
		for i := range ar.Needs {
			visit(ar.Needs[i].Text, place{kind: placeNeed, area: ai, i: i, field: "text"})
		}
		for i := range ar.Aims {
			visit(ar.Aims[i].Text, place{kind: placeAim, area: ai, i: i, field: "text"})
		}
		for i := range ar.Outcomes {
			o := &ar.Outcomes[i]
			visit(o.Text, place{kind: placeOutcome, area: ai, i: i, field: "text"})
			visit(o.Measure, place{kind: placeOutcome, area: ai, i: i, field: "measure", label: "measure"})
		}
		for i := range ar.Provision {
			pr := &ar.Provision[i]
			visit(pr.Text, place{kind: placeProvision, area: ai, i: i, field: "text"})
			visit(pr.Who, place{kind: placeProvision, area: ai, i: i, field: "who", label: "who"})
			visit(pr.HowOften, place{kind: placeProvision, area: ai, i: i, field: "how_often", label: "how often"})
			visit(pr.Duration, place{kind: placeProvision, area: ai, i: i, field: "duration", label: "duration"})
		}
	}
	if len(p.SectionNotes) > 0 {
		for _, letter := range sectionLetters {
			visit(p.SectionNotes[letter], place{kind: placeSectionNote, field: letter})
		}
	}
	visit(p.PersonalBudget.Notes, place{kind: placeBudget})
	for i := range p.Advice {
		visit(p.Advice[i].Title, place{kind: placeAdvice, i: i})
	}
	for ri := range p.Reviews {
		rv := &p.Reviews[ri]
		for _, list := range [...]struct {
			name, what string
			items      []string
		}{{"working", "what is working", rv.Working}, {"not_working", "what is not working", rv.NotWorking}, {"future", "what next", rv.Future}} {
			for i, text := range list.items {
				visit(text, place{kind: placeReviewList, area: ri, i: i, field: list.name, label: list.what})
			}
		}
		for i := range rv.Progress {
			visit(rv.Progress[i].Note, place{kind: placeProgress, area: ri, i: i, label: "progress notes"})
		}
		for i := range rv.Views {
			visit(rv.Views[i].Text, place{kind: placeView, area: ri, i: i, label: "views"})
		}
	}
}

// sectionLetters are the sections that may have a note, in plan order.
var sectionLetters = []string{"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}
