package check

import (
	"math/bits"
	"strings"
)

// A phrase pattern is a space-separated list of elements, each matching one
// token. An element is one or more alternatives joined by "|": a lower-case
// word, a punctuation mark, "#" (any number, in digits or words), "*" (any
// word) or a class in angle brackets (see classNames). A trailing "?" makes
// the element optional. Examples: "# times", "by the? end of year #".
//
// Every word a pattern uses is interned in the lexicon with an ID, and every
// word of a class carries the class's bit, so matching a token costs one map
// lookup when it is read and integer comparisons after that.

// textCtx is what the heuristics know about the plan: the young person's names.
type textCtx struct {
	names []string // lower case name tokens
}

func (c *textCtx) isName(raw string) bool {
	for _, n := range c.names {
		if len(n) == len(raw) && strings.EqualFold(n, raw) {
			return true
		}
	}
	return false
}

// Token classes, as bits.
const (
	clsWord uint16 = 1 << iota // any word or number
	clsNum
	clsYear
	clsMonth
	clsUnit
	clsPeriod
	clsWeekday
	clsWeekdays
	clsSeason
	clsName
	clsPronoun
	clsNamePoss // the young person's name with 's ("Jordan's")
	clsCount    // number of classes (as a bit)
)

var classNames = map[string]uint16{
	"*": clsWord, "#": clsNum, "<year>": clsYear, "<month>": clsMonth, "<unit>": clsUnit,
	"<period>": clsPeriod, "<weekday>": clsWeekday, "<weekdays>": clsWeekdays,
	"<season>": clsSeason, "<name>": clsName, "<pronoun>": clsPronoun,
}

type lexEntry struct {
	lex     uint16 // the word's place in lexWords
	id, cls uint16
}

// lexicon maps each word used by a pattern or a class to its ID and classes.
var lexicon = newLexicon()

// lexWords are the lexicon's words, so tokens share one copy; 0 is no word.
// It has no initialiser: the lexicon's first words are added to it while
// the package's variables are being initialised.
var lexWords []string

// addLexWord adds w to lexWords and returns its place.
func addLexWord(w string) uint16 {
	if len(lexWords) == 0 {
		lexWords = append(lexWords, "")
	}
	lexWords = append(lexWords, w)
	if len(lexWords) > 1<<16 {
		panic("wording: more words than a token can number")
	}
	return uint16(len(lexWords) - 1)
}

func newLexicon() map[string]lexEntry {
	lex := map[string]lexEntry{}
	add := func(bit uint16, words string) {
		for _, w := range strings.Fields(words) {
			e, ok := lex[w]
			if !ok {
				e.lex = addLexWord(w)
			}
			e.cls |= bit
			lex[w] = e
		}
	}
	add(clsNum, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "+
		"fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "+
		"ninety hundred half")
	add(clsMonth, "january february march april may june july august september october november "+
		"december jan feb mar apr jun jul aug sep sept oct nov dec")
	add(clsUnit, "day days week weeks fortnight fortnights month months term terms year years")
	add(clsPeriod, "day week fortnight month term year lesson session morning afternoon evening night "+
		"lunchtime lunch break breaktime weekday weekend visit shift "+
		"monday tuesday wednesday thursday friday saturday sunday")
	add(clsWeekday, "monday tuesday wednesday thursday friday saturday sunday")
	add(clsWeekdays, "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends")
	add(clsSeason, "spring summer autumn winter")
	add(clsPronoun, "i i'm i'll i've i'd he she they")
	return lex
}

// lastID is the highest word ID given out.
var lastID uint16

// wordID returns the lexicon ID of a word, adding it if new.
func wordID(w string) uint16 {
	e, ok := lexicon[w]
	if !ok {
		e.lex = addLexWord(w)
	}
	if e.id == 0 {
		lastID++
		e.id = lastID
		lexicon[w] = e
	}
	return e.id
}

type elem struct {
	ids []uint16 // literal alternatives
	cls uint16   // class alternatives
	opt bool
}

func (e *elem) match(t *token) bool {
	if t.cls&e.cls != 0 {
		return true
	}
	for _, id := range e.ids {
		if id == t.id {
			return true
		}
	}
	return false
}

type phrase struct {
	text  string // the pattern as written
	elems []elem
}

// phraseSet is a compiled list of patterns, indexed by what can start them.
type phraseSet struct {
	phrases []phrase
	byID    [][]int   // first-word ID -> patterns
	byCls   [16][]int // first-element class bit -> patterns
	clsMask uint16    // classes that start some pattern
}

// compilePhrases compiles patterns; it panics on an unknown class, so a typo
// fails every test at package initialisation.
func compilePhrases(patterns ...string) *phraseSet {
	s := &phraseSet{}
	for _, p := range patterns {
		var elems []elem
		for _, f := range strings.Fields(p) {
			elems = append(elems, compileElem(f))
		}
		s.addVariants(p, elems)
	}
	return s
}

// addVariants adds a pattern; one whose first element is optional is added
// twice, with and without it, so every pattern starts with a required element.
func (s *phraseSet) addVariants(text string, elems []elem) {
	if elems[0].opt {
		first := elems[0]
		first.opt = false
		s.addVariants(text, append([]elem{first}, elems[1:]...))
		s.addVariants(text, elems[1:])
		return
	}
	idx := len(s.phrases)
	s.phrases = append(s.phrases, phrase{text, elems})
	for _, id := range elems[0].ids {
		for int(id) >= len(s.byID) {
			s.byID = append(s.byID, nil)
		}
		s.byID[id] = append(s.byID[id], idx)
	}
	for b := elems[0].cls; b != 0; b &= b - 1 {
		bit := bits.TrailingZeros16(b)
		s.byCls[bit] = append(s.byCls[bit], idx)
	}
	s.clsMask |= elems[0].cls
}

func compileElem(f string) elem {
	var e elem
	if len(f) > 1 && strings.HasSuffix(f, "?") {
		e.opt, f = true, f[:len(f)-1]
	}
	for _, alt := range strings.Split(f, "|") {
		if bit, ok := classNames[alt]; ok {
			e.cls |= bit
			continue
		}
		if strings.HasPrefix(alt, "<") {
			panic("wording: unknown class " + alt)
		}
		e.ids = append(e.ids, wordID(alt))
	}
	return e
}

// matchFrom returns the end of the longest match of elems at toks[i:], or -1.
func matchFrom(elems []elem, toks []token, i int) int {
	if len(elems) == 0 {
		return i
	}
	e := &elems[0]
	best := -1
	if i < len(toks) && e.match(&toks[i]) {
		best = matchFrom(elems[1:], toks, i+1)
	}
	if e.opt {
		if end := matchFrom(elems[1:], toks, i); end > best {
			best = end
		}
	}
	return best
}

// at returns the end and index of the longest pattern matching at toks[i],
// or end -1.
func (s *phraseSet) at(toks []token, i int) (end, pat int) {
	end, pat = -1, -1
	t := &toks[i]
	if int(t.id) < len(s.byID) {
		for _, idx := range s.byID[t.id] {
			if e := matchFrom(s.phrases[idx].elems[1:], toks, i+1); e > end {
				end, pat = e, idx
			}
		}
	}
	for b := t.cls & s.clsMask; b != 0; b &= b - 1 {
		for _, idx := range s.byCls[bits.TrailingZeros16(b)] {
			if e := matchFrom(s.phrases[idx].elems[1:], toks, i+1); e > end {
				end, pat = e, idx
			}
		}
	}
	return end, pat
}

// each calls fn for every non-overlapping match, left to right, until fn
// returns false.
func (s *phraseSet) each(toks []token, fn func(start, end, pat int) bool) {
	for i := 0; i < len(toks); {
		end, pat := s.at(toks, i)
		if end < 0 {
			i++
			continue
		}
		if !fn(i, end, pat) {
			return
		}
		i = end
	}
}

// find returns the first match, or start -1.
func (s *phraseSet) find(toks []token) (start, end, pat int) {
	for i := range toks {
		if end, pat := s.at(toks, i); end >= 0 {
			return i, end, pat
		}
	}
	return -1, -1, -1
}

// has reports whether any pattern matches.
func (s *phraseSet) has(toks []token) bool {
	start, _, _ := s.find(toks)
	return start >= 0
}

// words returns the matched tokens as they were written, space-separated.
func words(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.kind != tokPunct {
			b.WriteByte(' ')
		}
		b.WriteString(t.raw)
	}
	return b.String()
}
