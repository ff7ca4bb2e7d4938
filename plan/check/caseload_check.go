package check

import (
	"fmt"

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

// textField is one text of the plan the caseload rules read.
type textField struct {
	text    string
	pos     position
	where   plan.Loc
	item    string
	subject bool // X2 reads its subjects: outcome, provision and Section A texts
	ref     fieldRef
}

// fieldRef names a field for a finding's message, worked out only when a
// finding needs it.
type fieldRef struct {
	kind  plan.Kind // KindOutcome etc., or 0 for a place named by the rest
	area  int
	i     int
	label string // the field ("text", "who"), or the place ("Section A (family views)")
	// one of these names the place instead of label, when it is set
	heading, areaNote, review int // index + 1
	section                   string
}

// checkCaseload runs X1 and X2 over every text of the plan a caseworker
// writes (not the contact lists, which rightly name other people).
func (c *checker) checkCaseload() {
	if c.cl.Len() == 0 {
		return
	}
	c.ownPeople()
	c.forEachText(func(f *textField) {
		hits := c.caseloadHits(f.text)
		for hi, h := range hits {
			if c.isOwn(h) || !h.full && (!f.subject || c.fullHitFor(hits, h.person)) || seenBefore(hits[:hi], h) {
				continue
			}
			place := c.placeName(f)
			if h.full {
				c.record(f.pos, "X1", false, f.where, f.item,
					fmt.Sprintf("%s names “%s”, another young person in the caseload, not %s.", place, h.words, c.name),
					"Take the other young person's name out (and anything else copied from their plan) before this plan is shared.")
				continue
			}
			c.record(f.pos, "X2", false, f.where, f.item,
				fmt.Sprintf("%s is about “%s”, who is not %s: another young person in the caseload has that name.", place, h.words, c.name),
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
	c.own = append(c.own, c.cl.byName[FoldName(c.p.Person.Name)]...)
	c.ownNames = append(nameWords(c.p.Person.Name), nameWords(c.p.Person.PreferredName)...)
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
	return contains(c.ownNames, foldWord(h.words))
}

// caseloadHits returns the caseload's names in a text, scanned once per
// text and caseload: the checker remembers them with the text (see text).
func (c *checker) caseloadHits(s string) []nameHit {
	k := c.memoAt
	e := c.text(s)
	m := &c.memo[k]
	if m.xFor != c.cl {
		m.x, m.xFor = c.cl.scan(s, e.toks), c.cl
	}
	return m.x
}

// placeName says where a text is, for a finding's message.
func (c *checker) placeName(f *textField) string {
	r := f.ref
	switch {
	case r.heading > 0:
		if h := c.p.SectionA.Headings[r.heading-1]; !blank(h.Title) {
			return quote(h.Title, 60)
		}
		return "A Section A heading"
	case r.areaNote > 0:
		return "The note for " + c.areaTitle(r.areaNote-1)
	case r.section != "":
		return "The note for " + sectionName(r.section)
	case r.review > 0:
		rv := &c.p.Reviews[r.review-1]
		if rv.Date.IsZero() {
			return "A review (" + r.label + ")"
		}
		return "The review of " + rv.Date.Long() + " (" + r.label + ")"
	case r.kind == 0:
		return r.label
	}
	a := at{c, r.kind, r.area, r.i}
	if r.label == "text" {
		return a.name()
	}
	return a.name() + " (" + r.label + ")"
}

// forEachText calls fn for each text of the plan, in plan order.
func (c *checker) forEachText(fn func(*textField)) {
	p := c.p
	var f textField
	visit := func(text string, pos position, where plan.Loc, item string, subject bool, ref fieldRef) {
		if blank(text) {
			return
		}
		f = textField{text, pos, where, item, subject, ref}
		fn(&f)
	}
	sa := plan.At("section_a")
	secA := position{groupSectionA, 0, listSectionA, 0}
	for i, h := range p.SectionA.Headings {
		visit(h.Text, position{groupSectionA, 0, listHeadings, i}, sa.In("headings", i).Dot("text"), h.Key, true, fieldRef{heading: i + 1})
	}
	for i, asp := range p.SectionA.Aspirations {
		visit(asp.Text, position{groupSectionA, 0, listAspirations, i}, sa.In("aspirations", i).Dot("text"), asp.ID, true,
			fieldRef{label: "Aspiration " + asp.ID})
	}
	for _, t := range [...]struct{ text, field, label string }{
		{p.SectionA.FamilyViews, "family_views", "Section A (family views)"},
		{p.SectionA.HowInvolved, "how_involved", "Section A (how the family were involved)"},
		{p.SectionA.History, "history", "Section A (history)"},
		{p.SectionA.Profile.Admire, "profile.admire", "The one-page profile (what people admire)"},
		{p.SectionA.Profile.Important, "profile.important", "The one-page profile (what is important)"},
		{p.SectionA.Profile.Support, "profile.support", "The one-page profile (how best to support)"},
	} {
		visit(t.text, secA, sa.Dot(t.field), "", true, fieldRef{label: t.label})
	}
	for i, s := range p.SectionA.Said {
		visit(s.Text, secA, sa.In("said", i).Dot("text"), "", true, fieldRef{label: "Something said in Section A"})
	}
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		area := plan.AreaAt(ai)
		visit(ar.Note, position{groupAreas, ai, listArea, 0}, area.Dot("note"), ar.Key, false, fieldRef{areaNote: ai + 1})
		for i, n := range ar.Needs {
			a := c.needAt(ai, i)
			visit(n.Text, a.pos(), a.path().Dot("text"), n.ID, false, fieldRef{kind: plan.KindNeed, area: ai, i: i, label: "text"})
		}
		for i, aim := range ar.Aims {
			a := at{c, plan.KindAim, ai, i}
			visit(aim.Text, a.pos(), a.path().Dot("text"), aim.ID, false, fieldRef{kind: plan.KindAim, area: ai, i: i, label: "text"})
		}
		for i := range ar.Outcomes {
			o := &ar.Outcomes[i]
			a := c.outcomeAt(ai, i)
			visit(o.Text, a.pos(), a.path().Dot("text"), o.ID, true, fieldRef{kind: plan.KindOutcome, area: ai, i: i, label: "text"})
			visit(o.Measure, a.pos(), a.path().Dot("measure"), o.ID, false, fieldRef{kind: plan.KindOutcome, area: ai, i: i, label: "measure"})
		}
		for i := range ar.Provision {
			pr := &ar.Provision[i]
			a := c.provisionAt(ai, i)
			visit(pr.Text, a.pos(), a.path().Dot("text"), pr.ID, true, fieldRef{kind: plan.KindProvision, area: ai, i: i, label: "text"})
			visit(pr.Who, a.pos(), a.path().Dot("who"), pr.ID, false, fieldRef{kind: plan.KindProvision, area: ai, i: i, label: "who"})
			visit(pr.HowOften, a.pos(), a.path().Dot("how_often"), pr.ID, false, fieldRef{kind: plan.KindProvision, area: ai, i: i, label: "how often"})
			visit(pr.Duration, a.pos(), a.path().Dot("duration"), pr.ID, false, fieldRef{kind: plan.KindProvision, area: ai, i: i, label: "duration"})
		}
	}
	for _, letter := range sectionLetters {
		if text := p.SectionNotes[letter]; text != "" {
			visit(text, planPos, plan.At("section_notes").Dot(letter), "", false, fieldRef{section: letter})
		}
	}
	visit(p.PersonalBudget.Notes, planPos, plan.At("personal_budget").Dot("notes"), "", false, fieldRef{label: "The personal budget's notes"})
	for i, adv := range p.Advice {
		visit(adv.Title, planPos, plan.At("advice").Index(i).Dot("title"), "", false, fieldRef{label: "An advice title in Section K"})
	}
	for ri := range p.Reviews {
		rv := &p.Reviews[ri]
		review := plan.At("reviews").Index(ri)
		for _, list := range [...]struct {
			name, what string
			items      []string
		}{{"working", "what is working", rv.Working}, {"not_working", "what is not working", rv.NotWorking}, {"future", "what next", rv.Future}} {
			for i, text := range list.items {
				visit(text, planPos, review.Dot(list.name).Nth(i), "", false, fieldRef{review: ri + 1, label: list.what})
			}
		}
		for i, pg := range rv.Progress {
			visit(pg.Note, planPos, review.In("progress", i).Dot("note"), "", false, fieldRef{review: ri + 1, label: "progress notes"})
		}
		for i, v := range rv.Views {
			visit(v.Text, planPos, review.In("views", i).Dot("text"), "", false, fieldRef{review: ri + 1, label: "views"})
		}
	}
}

// sectionLetters are the sections that may have a note, in plan order.
var sectionLetters = []string{"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}
