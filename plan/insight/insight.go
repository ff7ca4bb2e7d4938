// Package insight is the view across a caseload that councils use to plan
// post-16 options and commission services (Working Together for Change):
// aspirations by Preparing for Adulthood area and year group, what
// reviews say is working, not working and important for the future
// grouped into themes, destinations, provision, and progress at the last
// review. It is pure: it takes plans, a scope and today, and does no I/O
// and reads no clock.
package insight

import (
	"cmp"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"ehcplan/plan"
)

// Scope is which young people and reviews the view covers. The zero
// Scope is every current plan and every review.
type Scope struct {
	// Setting, if set, is one school or college (matched ignoring case
	// and accents).
	Setting string `json:"setting,omitempty"`
	// FromYear and ToYear, if set, are the year groups (Reception = 0).
	FromYear *int `json:"from_year,omitempty"`
	ToYear   *int `json:"to_year,omitempty"`
	// Area, if set, is one PfA area key: aspirations, provision, needs
	// and progress are counted for it alone.
	Area string `json:"area,omitempty"`
	// ReviewFrom and ReviewTo, if set, are the dates of the reviews used.
	ReviewFrom plan.Date `json:"review_from,omitzero"`
	ReviewTo   plan.Date `json:"review_to,omitzero"`
}

// Describe says the scope in words: "all current plans; Year 9 and up".
func (s Scope) Describe() string {
	parts := []string{"all current plans"}
	if s.Setting != "" {
		parts = append(parts, "at "+s.Setting)
	}
	switch {
	case s.FromYear != nil && s.ToYear != nil:
		parts = append(parts, fmt.Sprintf("%s to %s", plan.YearGroupName(*s.FromYear), plan.YearGroupName(*s.ToYear)))
	case s.FromYear != nil:
		parts = append(parts, plan.YearGroupName(*s.FromYear)+" and up")
	case s.ToYear != nil:
		parts = append(parts, "up to "+plan.YearGroupName(*s.ToYear))
	}
	if s.Area != "" {
		parts = append(parts, plan.AreaWord(s.Area))
	}
	switch {
	case !s.ReviewFrom.IsZero() && !s.ReviewTo.IsZero():
		parts = append(parts, fmt.Sprintf("reviews from %s to %s", s.ReviewFrom, s.ReviewTo))
	case !s.ReviewFrom.IsZero():
		parts = append(parts, "reviews from "+s.ReviewFrom.String())
	case !s.ReviewTo.IsZero():
		parts = append(parts, "reviews up to "+s.ReviewTo.String())
	}
	return strings.Join(parts, "; ")
}

// Grid is a table of counts: Counts[row][col].
type Grid struct {
	Rows, Cols []string
	Counts     [][]int
}

// Total is the sum of a grid's counts.
func (g Grid) Total() int {
	n := 0
	for _, r := range g.Counts {
		for _, c := range r {
			n += c
		}
	}
	return n
}

// Report is the view over one scope.
type Report struct {
	Today plan.Date
	Scope Scope
	// Given is how many plans were looked at; YoungPeople how many are in
	// the scope (current plans only: ceased plans are left out).
	Given, YoungPeople int
	// Reviewed is how many of them have a review in the scope's dates.
	Reviewed int

	// Aspirations: young people with an aspiration in each area (columns)
	// by year group (rows).
	Aspirations Grid
	// Themes of the latest review's statements, working first.
	Themes []Theme
	// Speakers: statements by who said them (rows) and kind (columns),
	// "Not recorded" for the older lists with no speaker.
	Speakers Grid
	// Destinations: young people in Year 9 and up by destination (rows),
	// current and planned (columns).
	Destinations Grid
	// Provision: items of provision and young people with them, by
	// statutory section; Providers the same by kind of provider.
	Provision, Providers Grid
	// Gaps: needs with no provision of the matching kind (checker rule
	// G4) and the young people with one, by setting.
	Gaps Grid
	// Progress: outcomes judged at the last review, by area and judgement.
	Progress Grid

	// Empty says, for a part with nothing to show, why (by part key:
	// "plans", "aspirations", "themes", "destinations", "provision",
	// "gaps", "progress").
	Empty map[string]string

	// names are the folded words of every name in the plans given.
	names map[string]bool
}

// person is one young person in scope: their plan's facts, year group
// and latest review in the scope's dates.
type person struct {
	f      *fact
	year   int
	known  bool
	review *reviewFact
}

// Compute makes the view of the plans in scope on today, with the user's
// theme choices (nil for none). It never fails: what cannot be shown is
// said in Report.Empty. To view a caseload in several scopes, or while
// its plans are read, add them to a Caseload instead.
func Compute(plans []*plan.Plan, sc Scope, today plan.Date, ch *Choices) *Report {
	var c Caseload
	for _, p := range plans {
		c.Add(p)
	}
	return c.Report(sc, today, ch)
}

// Report makes the view of the caseload's plans in scope on today, as
// Compute does.
func (c *Caseload) Report(sc Scope, today plan.Date, ch *Choices) *Report {
	r := &Report{Today: today, Scope: sc, Given: c.Len(), Empty: map[string]string{}, names: c.names}
	var people []person
	for i := range c.people {
		if pp, ok := inScope(&c.people[i], sc, today); ok {
			people = append(people, pp)
		}
	}
	r.YoungPeople = len(people)
	switch {
	case c.Len() == 0:
		r.Empty["plans"] = "There are no plans yet."
	case len(people) == 0:
		r.Empty["plans"] = fmt.Sprintf("None of the %d plans is in this choice (%s).", c.Len(), sc.Describe())
	}
	// The review themes are most of the work and need nothing the other
	// parts make: they are worked out alongside, in a report of their own
	// (so that no map is written from two goroutines), and joined in after.
	themed := &Report{Today: today, Scope: sc, Empty: map[string]string{}}
	done := make(chan struct{})
	go func() {
		defer close(done)
		stmts := themed.statements(people, c.names)
		themed.Themes = Group(stmts, ch)
		themed.speakers(stmts)
	}()
	r.aspirations(people)
	r.destinations(people)
	r.provision(people)
	r.gaps(people)
	r.progress(people)
	<-done
	r.Reviewed, r.Themes, r.Speakers = themed.Reviewed, themed.Themes, themed.Speakers
	maps.Copy(r.Empty, themed.Empty)
	return r
}

// inScope says whether a plan is in the scope, with its year group and
// the latest review in the scope's dates.
func inScope(f *fact, sc Scope, today plan.Date) (person, bool) {
	if f.ceased {
		return person{}, false
	}
	if sc.Setting != "" && fold(f.setting) != fold(sc.Setting) {
		return person{}, false
	}
	year, known := f.yearGroup(today)
	if (sc.FromYear != nil || sc.ToYear != nil) && !known {
		return person{}, false
	}
	if sc.FromYear != nil && year < *sc.FromYear || sc.ToYear != nil && year > *sc.ToYear {
		return person{}, false
	}
	return person{f: f, year: year, known: known, review: latestReview(f, sc, today)}, true
}

// latestReview is the last review held on or before today within the
// scope's dates, or nil.
func latestReview(f *fact, sc Scope, today plan.Date) *reviewFact {
	var last *reviewFact
	for i := range f.reviews {
		rv := &f.reviews[i]
		d := rv.date
		if d.IsZero() || d.After(today) || !sc.ReviewFrom.IsZero() && d.Before(sc.ReviewFrom) ||
			!sc.ReviewTo.IsZero() && d.After(sc.ReviewTo) {
			continue
		}
		if last == nil || !d.Before(last.date) {
			last = rv
		}
	}
	return last
}

// areaColumns are the four PfA areas, or the scope's one area, then
// "Other areas" for local keys.
func areaColumns(sc Scope) (keys, titles []string) {
	if sc.Area != "" {
		return []string{sc.Area}, []string{plan.AreaWord(sc.Area)}
	}
	for _, a := range plan.DefaultAreas {
		keys, titles = append(keys, a.Key), append(titles, a.Title)
	}
	return append(keys, ""), append(titles, "Other areas")
}

// areaColumn is the column of an area key, or -1 when the scope leaves
// it out.
func areaColumn(keys []string, key string) int {
	if i := slices.Index(keys, key); i >= 0 {
		return i
	}
	if keys[len(keys)-1] == "" {
		return len(keys) - 1
	}
	return -1
}

const yearNotKnown = 1000

// yearRow is the row a young person is counted in: their year group,
// with every year before Reception one row and every year past 14 one.
func yearRow(pp person) int {
	switch {
	case !pp.known:
		return yearNotKnown
	case pp.year < 0:
		return -1
	case pp.year > 14:
		return 15
	}
	return pp.year
}

func yearName(y int) string {
	if y == yearNotKnown {
		return "Year group not known"
	}
	return plan.YearGroupName(y)
}

func (r *Report) aspirations(people []person) {
	keys, titles := areaColumns(r.Scope)
	byYear := map[int][]int{}
	for _, pp := range people {
		y := yearRow(pp)
		seen := make([]bool, len(keys))
		for _, area := range pp.f.aspirations {
			if c := areaColumn(keys, area); c >= 0 && !seen[c] {
				seen[c] = true
				if byYear[y] == nil {
					byYear[y] = make([]int, len(keys))
				}
				byYear[y][c]++
			}
		}
	}
	years := slices.Sorted(maps.Keys(byYear))
	g := Grid{Cols: titles}
	for _, y := range years {
		g.Rows = append(g.Rows, yearName(y))
		g.Counts = append(g.Counts, byYear[y])
	}
	r.Aspirations = dropEmptyOther(g)
	if len(people) > 0 && len(years) == 0 {
		r.Empty["aspirations"] = "No aspirations are recorded in Section A of these plans."
	}
}

// statements gathers what each young person's latest review said: the
// views with their speaker, and the older lists as "speaker not recorded";
// the same words twice in one review count once. The young people are
// shared out between the processors in runs, each read by a collector of
// its own, and the runs joined in order.
func (r *Report) statements(people []person, names map[string]bool) []Statement {
	runs := parts(len(people), runtime.GOMAXPROCS(0))
	collected := make([]collector, len(runs))
	var wg sync.WaitGroup
	for i, run := range runs {
		wg.Go(func() { collected[i] = collect(people, run[0], run[1], names) })
	}
	wg.Wait()
	n, withViews := 0, 0
	for _, c := range collected {
		n, withViews, r.Reviewed = n+len(c.out), withViews+c.withViews, r.Reviewed+c.reviewed
	}
	out := make([]Statement, 0, n)
	for _, c := range collected {
		out = append(out, c.out...)
	}
	switch {
	case len(people) == 0:
	case r.Reviewed == 0:
		r.Empty["themes"] = fmt.Sprintf("None of the %s has a review recorded%s.", youngPeople(len(people)), r.datesWords())
	case withViews == 0:
		r.Empty["themes"] = fmt.Sprintf("The %s recorded%s say nothing about what is working, not working or important for the future.",
			plural(r.Reviewed, "review", "reviews"), r.datesWords())
	}
	return out
}

// parts cuts n things into at most k runs [from, to) of nearly equal size.
func parts(n, k int) [][2]int {
	k = max(1, min(k, n))
	out := make([][2]int, 0, k)
	for i := range k {
		out = append(out, [2]int{i * n / k, (i + 1) * n / k})
	}
	return out
}

// collect reads the latest reviews of people[from:to].
func collect(people []person, from, to int, names map[string]bool) collector {
	n := 0
	for _, pp := range people[from:to] {
		if pp.review != nil {
			n += len(pp.review.said)
		}
	}
	c := collector{out: make([]Statement, 0, n), names: names, cache: map[string]string{}}
	for i := from; i < to; i++ {
		rv := people[i].review
		if rv == nil {
			continue
		}
		c.reviewed++
		c.start(i, rv.date)
		for _, v := range rv.said {
			c.add(v.Kind, v.Who, v.Text, v.Top)
		}
		if len(c.seen) > 0 {
			c.withViews++
		}
	}
	return c
}

func (r *Report) datesWords() string {
	if r.Scope.ReviewFrom.IsZero() && r.Scope.ReviewTo.IsZero() {
		return ""
	}
	return " in these dates"
}

func (r *Report) speakers(stmts []Statement) {
	g := Grid{Cols: []string{plan.ViewKindWord("working"), plan.ViewKindWord("not_working"), plan.ViewKindWord("future")}}
	rows := append(slices.Clone(plan.Speakers), "")
	counts := make([][]int, len(rows))
	for i := range counts {
		counts[i] = make([]int, 3)
	}
	for _, st := range stmts {
		i := slices.Index(rows, string(st.Who))
		if i < 0 {
			i = slices.Index(rows, "other")
		}
		counts[i][kindOrder(st.Kind)%3]++
	}
	for i, who := range rows {
		if slices.ContainsFunc(counts[i], func(n int) bool { return n > 0 }) {
			g.Rows = append(g.Rows, plan.SpeakerWord(plan.Speaker(who)))
			g.Counts = append(g.Counts, counts[i])
		}
	}
	r.Speakers = g
}

// destinations counts young people in Year 9 and up by their current and
// planned destination; a destination this version does not know is
// counted as "Something else".
func (r *Report) destinations(people []person) {
	rows := append(slices.Clone(plan.DestinationKinds), "")
	counts := make([][]int, len(rows))
	for i := range counts {
		counts[i] = make([]int, 2)
	}
	n := 0
	for _, pp := range people {
		if !pp.known || pp.year < 9 {
			continue
		}
		n++
		for c, d := range []plan.DestinationKind{pp.f.current, pp.f.planned} {
			i := slices.Index(rows, string(d))
			if i < 0 {
				i = slices.Index(rows, "other")
			}
			counts[i][c]++
		}
	}
	g := Grid{Cols: []string{"Now", "Planned"}}
	for i, d := range rows {
		if counts[i][0]+counts[i][1] > 0 {
			g.Rows = append(g.Rows, plan.DestinationWord(plan.DestinationKind(d)))
			g.Counts = append(g.Counts, counts[i])
		}
	}
	r.Destinations = g
	switch {
	case len(people) == 0:
	case n == 0:
		r.Empty["destinations"] = "No young person in this choice is in Year 9 or above."
	case counts[len(rows)-1][0] == n && counts[len(rows)-1][1] == n:
		r.Empty["destinations"] = fmt.Sprintf("No destination is recorded for the %s in Year 9 and up.", youngPeople(n))
	}
}

// provision counts items of provision and the young people with them, by
// section and by kind of provider.
func (r *Report) provision(people []person) {
	sections := []string{"F", "G", "H1", "H2"}
	bySection := newTally(sections)
	byProvider := newTally(providerKinds)
	for i, pp := range people {
		for _, pr := range pp.f.provision {
			if r.Scope.Area == "" || pr.area == r.Scope.Area {
				bySection.add(pr.section, i)
				byProvider.add(pr.provider, i)
			}
		}
	}
	cols := []string{"Items of provision", "Young people"}
	r.Provision = bySection.grid(cols, func(s string) string { return "Section " + s + ": " + plan.SectionWord(s) })
	r.Providers = byProvider.grid(cols, func(s string) string { return s })
	if len(people) > 0 && len(r.Provision.Rows) == 0 {
		r.Empty["provision"] = "No provision is recorded in these plans" + r.areaWords() + "."
	}
}

func (r *Report) areaWords() string {
	if r.Scope.Area == "" {
		return ""
	}
	return " for " + plan.AreaWord(r.Scope.Area)
}

// gaps counts, by setting, the needs that have no provision of the
// matching kind (the checker's rule G4) and the young people with one.
func (r *Report) gaps(people []person) {
	bySetting := map[string][2]int{}
	for _, pp := range people {
		n := r.needsWithoutProvision(pp)
		if n == 0 {
			continue
		}
		s := strings.TrimSpace(pp.f.setting)
		if s == "" {
			s = "Setting not recorded"
		}
		c := bySetting[s]
		bySetting[s] = [2]int{c[0] + n, c[1] + 1}
	}
	g := Grid{Cols: []string{"Needs with no provision", "Young people"}}
	for _, s := range slices.SortedFunc(maps.Keys(bySetting), func(a, b string) int {
		return cmp.Or(bySetting[b][0]-bySetting[a][0], cmp.Compare(a, b))
	}) {
		c := bySetting[s]
		g.Rows = append(g.Rows, s)
		g.Counts = append(g.Counts, []int{c[0], c[1]})
	}
	r.Gaps = g
	if len(people) > 0 && len(g.Rows) == 0 {
		r.Empty["gaps"] = "Every need in these plans has provision of the matching kind."
	}
}

// needsWithoutProvision counts the plan's needs that have no provision of
// the matching kind (the checker's rule G4), in the scope's area.
func (r *Report) needsWithoutProvision(pp person) int {
	if r.Scope.Area == "" {
		return pp.f.gaps
	}
	n := 0
	for _, area := range pp.f.gapAreas {
		if area == r.Scope.Area {
			n++
		}
	}
	return n
}

var progressOrder = []plan.ProgressStatus{"achieved", "progressing", "not_yet", "no_longer_relevant"}

// progress counts the outcomes judged at each young person's last review,
// by the outcome's area and the judgement.
func (r *Report) progress(people []person) {
	keys, titles := areaColumns(r.Scope)
	counts := make([][]int, len(keys))
	for i := range counts {
		counts[i] = make([]int, len(progressOrder))
	}
	judged := 0
	for _, pp := range people {
		if pp.review == nil {
			continue
		}
		for _, pr := range pp.review.progress {
			c := areaColumn(keys, pr.area)
			s := slices.Index(progressOrder, pr.status)
			if c < 0 || s < 0 {
				continue
			}
			counts[c][s]++
			judged++
		}
	}
	g := Grid{}
	for _, s := range progressOrder {
		g.Cols = append(g.Cols, plan.ProgressWord(s))
	}
	for i := range keys {
		if slices.ContainsFunc(counts[i], func(n int) bool { return n > 0 }) {
			g.Rows = append(g.Rows, titles[i])
			g.Counts = append(g.Counts, counts[i])
		}
	}
	r.Progress = g
	if len(people) > 0 && judged == 0 {
		r.Empty["progress"] = "No review in this choice records progress towards an outcome" + r.areaWords() + "."
	}
}

// tally counts items and distinct young people by a row key, rows in a
// fixed order.
type tally struct {
	order  []string
	items  map[string]int
	people map[string]map[int]bool
}

func newTally(order []string) *tally {
	return &tally{order: order, items: map[string]int{}, people: map[string]map[int]bool{}}
}

func (t *tally) add(key string, person int) {
	t.items[key]++
	if t.people[key] == nil {
		t.people[key] = map[int]bool{}
	}
	t.people[key][person] = true
}

func (t *tally) grid(cols []string, title func(string) string) Grid {
	g := Grid{Cols: cols}
	for _, k := range t.order {
		if t.items[k] > 0 {
			g.Rows = append(g.Rows, title(k))
			g.Counts = append(g.Counts, []int{t.items[k], len(t.people[k])})
		}
	}
	return g
}

func youngPeople(n int) string { return plural(n, "young person", "young people") }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// dropEmptyOther leaves out the "Other areas" column when no plan uses a
// local area.
func dropEmptyOther(g Grid) Grid {
	last := len(g.Cols) - 1
	if last < 1 || g.Cols[last] != "Other areas" {
		return g
	}
	for _, row := range g.Counts {
		if row[last] != 0 {
			return g
		}
	}
	g.Cols = g.Cols[:last]
	for i := range g.Counts {
		g.Counts[i] = g.Counts[i][:last]
	}
	return g
}

// collector turns one review's statements after another into Statements.
type collector struct {
	out    []Statement
	names  map[string]bool
	cache  map[string]string
	person int
	date   plan.Date
	seen   []string // this review's statement keys
	// reviewed counts the reviews read; withViews those that said something.
	reviewed, withViews int
}

func (c *collector) start(person int, date plan.Date) {
	c.person, c.date, c.seen = person, date, c.seen[:0]
}

func (c *collector) isName(w string) bool { return c.names[w] }

// add adds a statement unless its words are empty or already said at
// this review.
func (c *collector) add(kind plan.ViewKind, who plan.Speaker, text string, top bool) {
	words := foldWords(text)
	if len(words) == 0 {
		return
	}
	key := statementKey(kind, words)
	if slices.Contains(c.seen, key) {
		return
	}
	c.seen = append(c.seen, key)
	shared := text
	if hasName(words, c.names) {
		shared = replaceNames(text, c.names)
	}
	st := Statement{Key: key, Kind: kind, Text: text, Shared: shared, Who: who, Top: top, Person: c.person, Date: c.date}
	st.stems, st.surface = meaningful(words, c.isName, c.cache)
	c.out = append(c.out, st)
}
