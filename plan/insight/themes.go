package insight

import (
	"cmp"
	"encoding/hex"
	"hash/fnv"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"ehcplan/plan"
)

// Statement is one thing said at a review: what is working, not working
// or important for the future.
type Statement struct {
	// Key is the same for the same words of the same kind, whoever said
	// them and whenever: theme choices that move a statement use it.
	Key  string
	Kind plan.ViewKind
	// Text is as recorded; Shared has every person's name from the plans
	// replaced by "[name]", for sharing.
	Text, Shared string
	// Who said it; "" when the review recorded no speaker (the older
	// working / not_working / future lists).
	Who plan.Speaker
	Top bool
	// Person is the index of the young person (the plan) in the input.
	Person int
	Date   plan.Date

	stems, surface []string
}

// Theme is a group of statements of one kind that share a meaningful
// word, or the group the user made.
type Theme struct {
	// Key is the theme's anchor: the kind and the stem the statements
	// share ("future:travel"), or "kind:yours:N" for a theme the user split
	// off, or "kind:one:KEY" for a statement that shares no word.
	Key  string
	Kind plan.ViewKind
	// Label is the user's "I" statement when they named the theme, or the
	// words the statements share most ("travel, own, bus").
	Label string
	Named bool
	// Words are the stems most statements share, most shared first, with
	// how many statements use each (why these statements are together).
	Words []WordCount
	// Statements, in the order: young person's first, top two first, then
	// by their words.
	Statements  []Statement
	YoungPeople int
	// Merged lists the automatic themes the user merged into this one.
	Merged []string
}

// WordCount is a shared word and how many of a theme's statements use it.
type WordCount struct {
	Word  string
	Count int
}

// statementKey is a short digest of the statement's kind and folded words
// (a key that does not hold the words themselves).
func statementKey(kind plan.ViewKind, words []string) string {
	h := fnv.New64a()
	h.Write([]byte(kind))
	for _, w := range words {
		h.Write([]byte{0})
		h.Write([]byte(w))
	}
	var sum [8]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// Group puts statements (all of one kind or mixed) into themes and
// applies the user's choices. The grouping is deterministic and costs
// O(n log n) for n statements: one pass counts, for every stem, how many
// statements of its kind use it (an inverted index kept as counts); each
// statement then joins the theme of its stem used most widely (a stem of
// a theme the user named comes first, so named themes keep their
// statements when new reviews change the counts; ties go to the stem
// first in the alphabet); a statement whose every stem is its own alone
// is a theme of one. Then the themes and their statements are sorted.
// There is no comparison of statement with statement.
func Group(stmts []Statement, ch *Choices) []Theme {
	if ch == nil {
		ch = &Choices{}
	}
	pinned := ch.pinned()
	df := make(map[anchor]int, len(stmts))
	for i := range stmts {
		for _, s := range stmts[i].stems {
			df[anchor{stmts[i].Kind, s}]++
		}
	}
	byKey := map[string]*Theme{}
	var order []*Theme
	for i := range stmts {
		st := &stmts[i]
		key := ch.themeOf(st.Key, autoAnchor(st, df, pinned))
		t, ok := byKey[key]
		if !ok {
			t = &Theme{Key: key, Kind: st.Kind}
			byKey[key] = t
			order = append(order, t)
		}
		t.Statements = append(t.Statements, *st)
	}
	for _, src := range slices.Sorted(maps.Keys(ch.Merges)) {
		if t, ok := byKey[ch.resolve(src)]; ok {
			t.Merged = append(t.Merged, src)
		}
	}
	finishAll(order, ch)
	themes := make([]Theme, 0, len(order))
	for _, t := range order {
		themes = append(themes, *t)
	}
	slices.SortFunc(themes, func(a, b Theme) int {
		return cmp.Or(kindOrder(a.Kind)-kindOrder(b.Kind), b.YoungPeople-a.YoungPeople,
			len(b.Statements)-len(a.Statements), cmp.Compare(a.Label, b.Label), cmp.Compare(a.Key, b.Key))
	})
	return themes
}

// anchor is an automatic theme: a kind and a stem.
type anchor struct {
	kind plan.ViewKind
	stem string
}

func (a anchor) key() string { return string(a.kind) + ":" + a.stem }

// autoAnchor is the theme a statement joins on its own words: its stem
// used by the most statements of its kind (at least two), a stem of a
// named theme before any other.
func autoAnchor(st *Statement, df map[anchor]int, pinned map[anchor]bool) string {
	var best anchor
	bestN, bestPinned := 1, false
	for _, s := range st.stems {
		a := anchor{st.Kind, s}
		n, p := df[a], pinned[a]
		if n < 2 && !p {
			continue
		}
		better := p && !bestPinned ||
			p == bestPinned && (n > bestN || n == bestN && (best.stem == "" || s < best.stem))
		if better {
			best, bestN, bestPinned = a, n, p
		}
	}
	if best.stem == "" {
		return string(st.Kind) + ":one:" + st.Key
	}
	return best.key()
}

// finishAll finishes the themes, shared out between the processors (each
// theme is finished by one goroutine alone).
func finishAll(themes []*Theme, ch *Choices) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(themes)) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(themes)); i = next.Add(1) - 1 {
				finish(themes[i], ch)
			}
		})
	}
	wg.Wait()
}

// finish sorts a theme's statements, counts its young people and words,
// and labels it.
func finish(t *Theme, ch *Choices) {
	sortStatements(t.Statements)
	people := map[int]bool{}
	counts := map[string]int{}
	type said struct{ stem, word string }
	surface := map[said]int{}
	for _, st := range t.Statements {
		people[st.Person] = true
		for i, s := range st.stems {
			counts[s]++
			surface[said{s, st.surface[i]}]++
		}
	}
	t.YoungPeople = len(people)
	words := map[string]map[string]int{} // stem -> its words, for the stems shown
	anchor := anchorStem(t.Key)
	for s, n := range counts {
		if n >= 2 || s == anchor || len(t.Statements) == 1 {
			words[s] = map[string]int{}
		}
	}
	for sw, n := range surface {
		if m, ok := words[sw.stem]; ok {
			m[sw.word] = n
		}
	}
	for s, m := range words {
		t.Words = append(t.Words, WordCount{Word: commonest(s, m), Count: counts[s]})
	}
	anchorWord := ""
	if m, ok := words[anchor]; ok && anchor != "" {
		anchorWord = commonest(anchor, m)
	}
	slices.SortFunc(t.Words, func(a, b WordCount) int {
		return cmp.Or(boolOrder(b.Word == anchorWord)-boolOrder(a.Word == anchorWord), b.Count-a.Count, cmp.Compare(a.Word, b.Word))
	})
	if label, ok := ch.Labels[t.Key]; ok && label != "" {
		t.Label, t.Named = label, true
		return
	}
	t.Label = autoLabel(t)
}

// autoLabel is the theme's three most shared words, or for a statement
// alone "said once".
func autoLabel(t *Theme) string {
	var words []string
	for _, w := range t.Words[:min(3, len(t.Words))] {
		words = append(words, w.Word)
	}
	if len(words) == 0 {
		return "(no words to group by)"
	}
	return strings.Join(words, ", ")
}

// anchorStem is the stem in an automatic theme's key, or "".
func anchorStem(key string) string {
	_, rest, _ := strings.Cut(key, ":")
	if strings.HasPrefix(rest, "one:") || strings.HasPrefix(rest, "yours:") {
		return ""
	}
	return rest
}

// commonest is the word for stem s used most often; a word that has the
// stem itself (travel) before one made the same by a synonym (bus), then
// ties by the alphabet.
func commonest(s string, words map[string]int) string {
	best, bestN, bestOwn := "", 0, false
	for w, n := range words {
		own := stem(w) == s
		if own && !bestOwn || own == bestOwn && (n > bestN || n == bestN && w < best) {
			best, bestN, bestOwn = w, n, own
		}
	}
	return best
}

var kindOrders = map[plan.ViewKind]int{"working": 0, "not_working": 1, "future": 2}

func kindOrder(k plan.ViewKind) int {
	if n, ok := kindOrders[k]; ok {
		return n
	}
	return 3
}

func speakerOrder(s plan.Speaker) int {
	if i := slices.Index(plan.Speakers, string(s)); i >= 0 {
		return i
	}
	return len(plan.Speakers)
}

func boolOrder(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sortStatements orders a theme's statements: by who said them (the
// young person first), top two first, then by their words and young
// person. It sorts an index, not the statements themselves (which are
// large to move).
func sortStatements(stmts []Statement) {
	idx := make([]int32, len(stmts))
	for i := range idx {
		idx[i] = int32(i)
	}
	// Who and top two as one number each, worked out once: a comparison
	// then looks at the words only between statements of the same rank.
	rank := make([]int, len(stmts))
	for i := range stmts {
		rank[i] = 2*speakerOrder(stmts[i].Who) + boolOrder(!stmts[i].Top)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		if c := rank[i] - rank[j]; c != 0 {
			return c
		}
		a, b := &stmts[i], &stmts[j]
		if c := strings.Compare(a.Shared, b.Shared); c != 0 {
			return c
		}
		return cmp.Or(a.Person-b.Person, cmp.Compare(i, j))
	})
	sorted := make([]Statement, len(stmts))
	for k, i := range idx {
		sorted[k] = stmts[i]
	}
	copy(stmts, sorted)
}
