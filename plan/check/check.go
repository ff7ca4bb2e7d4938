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
	c := checkers.Get().(*checker)
	defer c.release()
	return c.check(p, today)
}

// check runs every rule with what the checker remembers of earlier checks.
func (c *checker) check(p *plan.Plan, today plan.Date) Report {
	c.start(p, today)
	c.checkStructure()
	c.checkThread()
	c.checkOutcomes()
	c.checkProvision()
	c.checkDates()
	c.checkVoice()
	c.checkCaseload()
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

// found is where a finding goes in the findings' order; the finding itself
// is in checker.out, at the same index.
type found struct {
	pos  position
	rank int
}

// item is what the checker knows about one item with an ID.
type item struct {
	kind        plan.Kind
	area, index int
	linked      bool  // aspiration: served by an outcome; outcome: has provision
	coveredBy   uint8 // need: provision sections covering it (sectionBit)
	flagged     bool  // a finding takes it off the golden thread (see summarise)
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
	found    []found
	// out is this check's findings, in the order found, then in plan order
	// (see sortFound). Its storage is kept from one check to the next.
	out []Finding
	// handOver is set when out was made for this check (its first): the
	// report takes out itself rather than a copy.
	handOver bool
	keys     []uint64 // sort keys of found (see sortFound)
	aux      []token  // reusable token buffer for short fields
	// threeYears is today plus 3 years (see in3Years).
	threeYears plan.Date
	// cl is the caseload's young people for X1 and X2 (nil: no caseload
	// rules); own are the plan's own young person among them, and
	// ownNames their folded names.
	cl  *Caseload
	own []int
	kept
}

// kept is what a checker remembers from one check to the next. The editor
// checks the whole plan after each keystroke, and almost nothing has
// changed since the last time: the same names, the same items with the
// same IDs, the same texts in the same order but one, and the same fixes.
type kept struct {
	person  [2]string // the name and preferred name ctx.names was made from
	names   []string
	ids     []string       // the IDs idx was built from, in plan order
	newIDs  []string       // this check's IDs, to compare with ids
	idx     map[string]int // each ID's first item
	dupIDs  bool           // some ID is used twice
	memo    []*textEntry   // the texts read in the last check, in the order read
	memoAt  int
	memoGen uint64   // texts.gen when memo was made
	shelf   shelf    // the text cache's texts for namesKey
	joined  []string // the messages joined in the last check (see cat)
	joinAt  int
	dates   map[string]dateRead // outcomes' `by` read as dates
	links   []linkRead          // the links looked up in the last check
	linkAt  int
	idxSame bool              // idx is as in the last check, so links still hold
	fixName string            // the name fixes were written for
	fixes   map[string]string // fixes that depend only on the name (see forName)
	// foldScratch is storage for reading the caseload's names (X1, X2).
	foldScratch foldScratch
	// ownNames are the young person's folded names, never another's
	// forename (X2), read from ownKey (name and preferred name).
	ownNames []string
	ownFull  string // the name, folded
	ownKey   string
	// adviceKinds are the kinds read from advice roles and titles (S10).
	adviceKinds map[roleTitle]plan.AdviceKind
}

// linkRead is one ID looked up in idx.
type linkRead struct {
	id string
	i  int32 // the item's index (int32 keeps the entry at 24 bytes)
	ok bool
}

// dateRead is an outcome's `by` read as a date.
type dateRead struct {
	d  plan.Date
	ok bool
}

// namesRead is the caseload's names found in one text, for one caseload
// and young person.
type namesRead struct {
	cl   *Caseload
	own  string // the young person's names it was read for (see ownKey)
	hits []nameHit
}

// checkers keeps checkers' buffers (index, items, findings) and what they
// remember between calls: the editor checks on every keystroke.
var checkers = sync.Pool{New: func() any { return newChecker() }}

// newChecker returns a checker that remembers nothing.
func newChecker() *checker {
	return &checker{kept: kept{idx: map[string]int{}, fixes: map[string]string{}, dates: map[string]dateRead{}}}
}

// start readies the checker for a plan.
func (c *checker) start(p *plan.Plan, today plan.Date) {
	c.p, c.today, c.name = p, today, p.DisplayName()
	if c.name == "" {
		c.name = "the young person"
	}
	if person := [2]string{p.Person.Name, p.Person.PreferredName}; person != c.person || c.names == nil {
		c.person, c.names = person, nameTokens(p.Person)
		c.memo = c.memo[:0] // the texts read differently now
	}
	if g := texts.gen.Load(); g != c.memoGen {
		c.memo, c.memoGen = c.memo[:0], g
	}
	c.ctx.names = c.names
	c.namesKey = namesKey(&c.ctx)
	c.memoAt, c.joinAt, c.linkAt = 0, 0, 0
	c.presize()
	c.indexItems()
	c.linkThread()
}

// The room a checker makes before its first check (see presize), per item
// of the plan: about what the fixtures and the benchmark plan use. The
// caseload rules read every text of the plan once more.
const (
	textsPerItem         = 2   // texts the rules read (memo)
	caseloadTextsPerItem = 3   // texts the caseload rules read (memo)
	linksPerItem         = 3.5 // IDs looked up (links)
	messagesPerItem      = 1   // messages joined (joined)
	findingsPerItem      = 0.5 // findings (found, keys)
	minFindings          = 16
)

// presize gives a checker that has checked nothing yet room for a plan's
// items, texts, links and findings at once. Its first check, the cold one,
// otherwise grew each list again and again from nothing, and the copies
// left behind were about half of that check's time (allocation and
// garbage collection). A plan needing more room grows as before.
func (c *checker) presize() {
	if cap(c.memo) > 0 {
		return // it has checked before: its lists have the room they needed
	}
	n := countItems(c.p)
	c.items = slices.Grow(c.items[:0], n)
	c.newIDs = slices.Grow(c.newIDs[:0], n)
	if len(c.idx) == 0 {
		c.idx = make(map[string]int, n)
	}
	texts := textsPerItem*n + len(c.p.SectionA.Headings)
	if c.cl.Len() > 0 {
		texts += caseloadTextsPerItem * n
	}
	c.memo = make([]*textEntry, 0, texts)
	c.links = make([]linkRead, 0, int(linksPerItem*float64(n)))
	c.joined = make([]string, 0, messagesPerItem*n)
	findings := max(minFindings, int(findingsPerItem*float64(n)))
	c.found = slices.Grow(c.found[:0], findings)
	c.keys = slices.Grow(c.keys[:0], findings)
	c.out, c.handOver = make([]Finding, 0, findings), true
}

// release returns the checker to the pool.
func (c *checker) release() {
	c.reset()
	checkers.Put(c)
}

// reset ends a check, keeping the buffers and what the checker remembers
// (texts and IDs of the plan, as the text cache does) but no reference to
// the plan itself.
func (c *checker) reset() {
	clear(c.aux[:cap(c.aux)])
	clear(c.out[:cap(c.out)])
	*c = checker{items: c.items[:0], found: c.found[:0], out: c.out[:0], keys: c.keys[:0], aux: c.aux[:0], kept: c.kept}
}

// nameTokens returns the young person's names as lower-case tokens.
func nameTokens(person plan.Person) []string {
	names := []string{}
	for _, t := range tokenize(person.Name+" "+person.PreferredName, nil, nil) {
		if t.kind == tokWord && !slices.Contains(names, t.w()) {
			names = append(names, t.w())
		}
	}
	return names
}

// tokens returns the tokens of s, read with the young person's names.
// The slice is shared: callers must not modify it.
func (c *checker) tokens(s string) []token { return c.text(s).toks }

// text returns what the checker has read in s (see textCache). The texts
// come in the same order on every check of a plan, so it first looks at
// the text read at this point last time: after a keystroke, all but one
// are the same.
func (c *checker) text(s string) *textEntry {
	k := c.memoAt
	c.memoAt++
	if k < len(c.memo) && c.memo[k].text == s {
		return c.memo[k]
	}
	e := texts.get(&c.shelf, c.namesKey, s, &c.ctx)
	if k < len(c.memo) {
		c.memo[k] = e
	} else {
		c.memo = append(c.memo, e)
	}
	return e
}

// cat joins the parts of a message. Messages come in the same order on
// every check, mostly from the same parts, so it first looks at the
// message joined at this point last time and reuses it if the parts join
// to it: after a keystroke, almost every message does.
func (c *checker) cat(parts ...string) string {
	k := c.joinAt
	c.joinAt++
	if k < len(c.joined) && joinsTo(parts, c.joined[k]) {
		return c.joined[k]
	}
	s := strings.Join(parts, "")
	if k < len(c.joined) {
		c.joined[k] = s
	} else {
		c.joined = append(c.joined, s)
	}
	return s
}

// joinsTo reports whether parts joined are s, without joining them. The
// message itself is all cat keeps of it: keeping its parts too took seven
// times the room.
func joinsTo(parts []string, s string) bool {
	for _, p := range parts {
		if !strings.HasPrefix(s, p) {
			return false
		}
		s = s[len(p):]
	}
	return s == ""
}

// quote is quote(text, n), joined with cat when the text needs no
// shortening or tidying, so that it is reused from one check to the next.
func (c *checker) quote(text string, n int) string {
	if len(text) > n || strings.ContainsAny(text, "\n\t\r") || strings.Contains(text, "  ") || strings.TrimSpace(text) != text {
		return quote(text, n)
	}
	return c.cat("“", text, "”")
}

// byDate reads an outcome's `by` as a date, remembering the answer: plans
// use the same few dates again and again.
func (c *checker) byDate(by string) (plan.Date, bool) {
	if r, ok := c.dates[by]; ok {
		return r.d, r.ok
	}
	d, err := plan.ParseDate(by)
	if len(c.dates) >= 1024 {
		clear(c.dates)
	}
	c.dates[by] = dateRead{d, err == nil}
	return d, err == nil
}

// forName returns a text (a fix) that depends only on the young person's
// name, written by write the first time it is needed for that name.
func (c *checker) forName(key string, write func(name string) string) string {
	if c.fixName != c.name {
		clear(c.fixes)
		c.fixName = c.name
	}
	s, ok := c.fixes[key]
	if !ok {
		s = write(c.name)
		c.fixes[key] = s
	}
	return s
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
	c.found = append(c.found, found{pos, i})
	c.out = append(c.out, Finding{
		Rule: rule, Severity: Rules[i].SeverityIn(inF), Where: where, Item: itemID, Message: msg, Fix: fix,
	})
}

// sortKey packs a finding's position, rule and arrival into one number
// whose order is the findings' order; ok is false if a part does not fit.
func sortKey(p position, rank, seq int) (uint64, bool) {
	if uint(p.area) >= 1<<12 || uint(p.index) >= 1<<16 || uint(rank) >= 1<<7 || uint(seq) >= 1<<24 {
		return 0, false
	}
	return uint64(p.group)<<62 | uint64(p.area)<<50 | uint64(p.list)<<47 |
		uint64(p.index)<<31 | uint64(rank)<<24 | uint64(seq), true
}

// sortFound puts the findings in plan order (see position), at one place
// by rule, and otherwise in the order they were found. Sorting packed keys
// is much quicker than moving findings about; the findings are then moved
// once each, in place.
func (c *checker) sortFound() []Finding {
	if len(c.out) == 0 {
		return []Finding{}
	}
	c.keys = c.keys[:0]
	for seq, f := range c.found {
		k, ok := sortKey(f.pos, f.rank, seq)
		if !ok {
			c.orderStably()
			permute(c.out, c.keys)
			return c.handedOver()
		}
		c.keys = append(c.keys, k)
	}
	slices.Sort(c.keys)
	for i := range c.keys {
		c.keys[i] &= 1<<24 - 1 // the finding's arrival
	}
	permute(c.out, c.keys)
	return c.handedOver()
}

// handedOver returns the findings for the report: out itself if it was
// made for this check (a cold check copies nothing), else a copy of
// exactly their size, out keeping its storage for the next check.
func (c *checker) handedOver() []Finding {
	if c.handOver {
		out := c.out
		c.out = nil
		return out
	}
	return slices.Clone(c.out)
}

// orderStably puts in c.keys the findings' arrivals in plan order, for a
// plan too large for sortKey.
func (c *checker) orderStably() {
	c.keys = c.keys[:0]
	for seq := range c.found {
		c.keys = append(c.keys, uint64(seq))
	}
	slices.SortStableFunc(c.keys, func(i, j uint64) int {
		a, b := &c.found[i], &c.found[j]
		return cmp.Or(
			cmp.Compare(a.pos.group, b.pos.group), cmp.Compare(a.pos.area, b.pos.area),
			cmp.Compare(a.pos.list, b.pos.list), cmp.Compare(a.pos.index, b.pos.index),
			cmp.Compare(a.rank, b.rank))
	})
}

// moved marks an order entry whose finding is in its place (see permute).
const moved = ^uint64(0)

// permute reorders out so that out[i] is the finding that was at order[i],
// in place: it follows each cycle of the reordering, moving each finding
// once, with no second list of findings. It uses up order.
func permute(out []Finding, order []uint64) {
	for i := range order {
		if order[i] == moved {
			continue
		}
		first := out[i]
		j := i
		for {
			from := int(order[j])
			order[j] = moved
			if from == i {
				out[j] = first
				break
			}
			out[j] = out[from]
			j = from
		}
	}
}

func (c *checker) report() Report {
	var r Report
	for i, f := range c.found {
		switch c.out[i].Severity {
		case Error:
			r.Errors++
		case Warning:
			r.Warnings++
		default:
			r.Tips++
		}
		if item := c.out[i].Item; offThread[f.rank] && item != "" {
			if j, ok := c.find(item); ok {
				c.items[j].flagged = true
			}
		}
	}
	r.Findings = c.sortFound()
	r.Ready = r.Errors == 0
	r.Areas = c.summarise()
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
