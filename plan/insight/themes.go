package insight

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"

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
	h := sha256.Sum256([]byte(string(kind) + "\x00" + strings.Join(words, " ")))
	return hex.EncodeToString(h[:8])
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
	df := make(map[string]int, len(stmts))
	for i := range stmts {
		k := string(stmts[i].Kind) + ":"
		for _, s := range stmts[i].stems {
			df[k+s]++
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
	themes := make([]Theme, 0, len(order))
	for _, t := range order {
		finish(t, ch)
		themes = append(themes, *t)
	}
	slices.SortFunc(themes, func(a, b Theme) int {
		return cmp.Or(kindOrder(a.Kind)-kindOrder(b.Kind), b.YoungPeople-a.YoungPeople,
			len(b.Statements)-len(a.Statements), cmp.Compare(a.Label, b.Label), cmp.Compare(a.Key, b.Key))
	})
	return themes
}

// autoAnchor is the theme a statement joins on its own words: its stem
// used by the most statements of its kind (at least two), a stem of a
// named theme before any other.
func autoAnchor(st *Statement, df map[string]int, pinned map[string]bool) string {
	prefix := string(st.Kind) + ":"
	best, bestN, bestPinned := "", 1, false
	for _, s := range st.stems {
		key := prefix + s
		n, p := df[key], pinned[key]
		if n < 2 && !p {
			continue
		}
		better := p && !bestPinned ||
			p == bestPinned && (n > bestN || n == bestN && (best == "" || key < best))
		if better {
			best, bestN, bestPinned = key, n, p
		}
	}
	if best == "" {
		return prefix + "one:" + st.Key
	}
	return best
}

// finish sorts a theme's statements, counts its young people and words,
// and labels it.
func finish(t *Theme, ch *Choices) {
	slices.SortStableFunc(t.Statements, func(a, b Statement) int {
		return cmp.Or(speakerOrder(a.Who)-speakerOrder(b.Who), boolOrder(b.Top)-boolOrder(a.Top),
			cmp.Compare(a.Shared, b.Shared), a.Person-b.Person)
	})
	people := map[int]bool{}
	counts := map[string]int{}
	surface := map[string]map[string]int{}
	for _, st := range t.Statements {
		people[st.Person] = true
		for i, s := range st.stems {
			counts[s]++
			if surface[s] == nil {
				surface[s] = map[string]int{}
			}
			surface[s][st.surface[i]]++
		}
	}
	t.YoungPeople = len(people)
	anchor := anchorStem(t.Key)
	for s, n := range counts {
		if n >= 2 || s == anchor || len(t.Statements) == 1 {
			t.Words = append(t.Words, WordCount{Word: commonest(s, surface[s]), Count: n})
		}
	}
	anchorWord := ""
	if anchor != "" && surface[anchor] != nil {
		anchorWord = commonest(anchor, surface[anchor])
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
