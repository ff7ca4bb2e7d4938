package check

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"ehcplan/plan"
)

// Check runs every rule of CHECKS.md on a plan, with today's date for the
// date rules, and returns the findings in plan order (see position), the
// counts, whether the plan is ready to issue, and a golden-thread summary
// per area. It does not change the plan, does no I/O and reads no clock.
func Check(p *plan.Plan, today plan.Date) Report {
	c := newChecker(p, today)
	defer c.release()
	c.checkStructure()
	c.checkThread()
	c.checkOutcomes()
	c.checkProvision()
	c.checkDates()
	c.checkVoice()
	return c.report()
}

// position orders findings: first the plan as a whole (dates, status,
// sections C-K, the personal budget, advice), then Section A (aspirations
// missing, each heading, each aspiration), then each area in plan order
// (the area itself, then its needs, aims, outcomes and provision, each in
// order); at one place, by rule in CHECKS.md order.
type position struct{ group, area, list, index int }

const (
	groupPlan = iota
	groupSectionA
	groupAreas
)

// Lists within Section A.
const (
	listSectionA = iota
	listHeadings
	listAspirations
)

// Lists within an area.
const (
	listArea = iota
	listNeeds
	listAims
	listOutcomes
	listProvision
)

var planPos = position{group: groupPlan}

type found struct {
	pos  position
	rank int
	f    Finding
}

// item is what the checker knows about one item with an ID.
type item struct {
	kind        plan.Kind
	area, index int
	linked      bool  // aspiration: served by an outcome; outcome: has provision
	coveredBy   uint8 // need: provision sections covering it (sectionBit)
}

type checker struct {
	p     *plan.Plan
	today plan.Date
	name  string
	ctx   textCtx
	// namesKey keys the token cache: the same text reads differently for
	// another young person.
	namesKey string
	items    []item
	idx      map[string]int
	found    []found
	aux      []token // reusable token buffer for short fields
}

// checkers keeps checkers' buffers (index, items, findings) between
// calls: the editor checks on every keystroke.
var checkers = sync.Pool{New: func() any { return &checker{idx: map[string]int{}} }}

func newChecker(p *plan.Plan, today plan.Date) *checker {
	c := checkers.Get().(*checker)
	c.p, c.today, c.name = p, today, p.DisplayName()
	if c.name == "" {
		c.name = "the young person"
	}
	c.ctx.names = nameTokens(p.Person)
	c.namesKey = namesKey(&c.ctx)
	c.indexItems()
	c.linkThread()
	return c
}

// release returns the checker to the pool, keeping its buffers but no
// reference to the plan.
func (c *checker) release() {
	clear(c.idx)
	clear(c.aux[:cap(c.aux)])
	clear(c.found[:cap(c.found)])
	*c = checker{idx: c.idx, items: c.items[:0], found: c.found[:0], aux: c.aux[:0]}
	checkers.Put(c)
}

// nameTokens returns the young person's names as lower-case tokens.
func nameTokens(person plan.Person) []string {
	var names []string
	for _, t := range tokenize(person.Name+" "+person.PreferredName, nil, nil) {
		if t.kind == tokWord && !contains(names, t.w) {
			names = append(names, t.w)
		}
	}
	return names
}

// tokens returns the tokens of s, read with the young person's names.
// The slice is shared: callers must not modify it.
func (c *checker) tokens(s string) []token {
	return texts.get(c.namesKey, s, &c.ctx).toks
}

// text returns what the checker has read in s (see textCache).
func (c *checker) text(s string) *textEntry {
	return texts.get(c.namesKey, s, &c.ctx)
}

// add records a finding of a rule, with the rule's severity (see Rules).
func (c *checker) add(pos position, rule string, where plan.Loc, itemID, msg, fix string) {
	c.record(pos, rule, false, where, itemID, msg, fix)
}

// record is add for an item that may be in Section F (inF), where some
// rules are errors.
func (c *checker) record(pos position, rule string, inF bool, where plan.Loc, itemID, msg, fix string) {
	i, ok := ruleIndex[rule]
	if !ok {
		panic("check: no rule " + rule + " in Rules") // a typo in the checker
	}
	c.found = append(c.found, found{pos, i, Finding{
		Rule: rule, Severity: Rules[i].SeverityIn(inF), Where: where, Item: itemID, Message: msg, Fix: fix,
	}})
}

func (c *checker) report() Report {
	slices.SortStableFunc(c.found, func(a, b found) int {
		return cmp.Or(
			cmp.Compare(a.pos.group, b.pos.group), cmp.Compare(a.pos.area, b.pos.area),
			cmp.Compare(a.pos.list, b.pos.list), cmp.Compare(a.pos.index, b.pos.index),
			cmp.Compare(a.rank, b.rank))
	})
	r := Report{Findings: make([]Finding, len(c.found))}
	for i, f := range c.found {
		r.Findings[i] = f.f
		switch f.f.Severity {
		case Error:
			r.Errors++
		case Warning:
			r.Warnings++
		default:
			r.Tips++
		}
	}
	r.Ready = r.Errors == 0
	r.Areas = summarise(c.p, r.Findings)
	return r
}

// Names of things, as a caseworker says them.

func (c *checker) areaTitle(ai int) string {
	if t := strings.TrimSpace(c.p.Areas[ai].Title); t != "" {
		return t
	}
	return c.p.AreaTitle(c.p.Areas[ai].Key)
}

// quote returns text in curly quotes, shortened to about n characters.
func quote(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > n {
		text = strings.TrimSpace(string(r[:n])) + "…"
	}
	return "“" + text + "”"
}

// quoteOr is quote, or ifBlank for text with no words: an item just added
// reads "Aspiration A1 (no words yet)", not "Aspiration A1 (“”)".
func quoteOr(text string, n int, ifBlank string) string {
	if blank(text) {
		return ifBlank
	}
	return quote(text, n)
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// sectionName is "Section D (social care needs)", in the plan's words.
func sectionName(letter string) string {
	return "Section " + letter + " (" + plan.Lower(plan.SectionWord(letter)) + ")"
}
