package insight

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ehcplan/plan"
)

// How a statement becomes the words it is grouped by: it is folded (lower
// case, accents removed, apostrophes dropped), split into words, and the
// words that carry no meaning of their own are dropped (stop words, words
// too general to make a theme, people's names); each word left is cut to
// its stem (travel, travels, travelled and travelling are all "travel"),
// and a few words that mean the same in reviews are made one
// (lunchtime is lunch, a job is work, a bus or a train is travel).

// foldWords splits s into folded words: lower case, accents removed,
// apostrophes dropped (don't is dont); anything not a letter or a digit
// separates words.
func foldWords(s string) []string {
	if isASCII(s) && !strings.ContainsAny(s, "'`") {
		return asciiWords(strings.ToLower(s))
	}
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), plan.IsApostrophe(r):
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if t, ok := plan.FoldLetter(r); ok {
				b.WriteString(t)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			flush()
		}
	}
	flush()
	return words
}

// asciiWords splits lower-case ASCII text into its words, as slices of
// it (the common case, without a copy per word).
func asciiWords(s string) []string {
	words := make([]string, 0, 12)
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// fold is s folded to one line of words, for statement keys and name
// matching.
func fold(s string) string { return strings.Join(foldWords(s), " ") }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stopWords carry no meaning of their own in a review statement.
var stopWords = set(`a about after again all also am an and any are as at be because been
before being both but by can cant could did didnt do does doesnt doing done dont down during each
even every few for from get gets getting got had has have having he her here hers him his how i
id if im in into is isnt it its ive just let lets lot lots me more most much must my myself new
no nor not now of off often on once one only or other our out over own really same she should so
some still such than that the their them then there these they this those through to too under
until up us very was wasnt way we well were what when where which while who whom why will with
wont would wouldnt yet you your yours want wants wanted wanting like likes liked would love loves
able need needs needed make makes making made help helps helped helping try tries tried trying
keep keeps kept feel feels felt find finds found going go goes went start started
good better best great hard harder difficult easier easy ok okay nice happy sometimes always
never many again already enough please thing things something anything everything
mr mrs ms miss dr come comes came know knows knew next last first take takes took`)

// generalWords are too general to make a theme on their own: nearly every
// statement about school life could use them.
var generalWords = set(`school schools college colleges staff time times day days week weeks
term terms year years lesson lessons class classes young person`)

// synonyms make words that mean the same in reviews one, by stem.
var synonyms = map[string]string{}

func init() {
	for target, words := range map[string]string{
		"lunch":  "lunchtime lunchtimes dinnertime dinnertimes",
		"break":  "breaktime breaktimes playtime playtimes",
		"friend": "mate mates pal pals friendship friendships",
		"work":   "job jobs",
		"travel": "bus buses train trains journey journeys",
	} {
		for _, w := range strings.Fields(words) {
			synonyms[stem(w)] = stem(target)
		}
	}
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stem cuts a folded word to its stem with a few suffix rules (a small
// stemmer in the spirit of Porter's, enough for review statements):
// plurals, -ly, -ing, -ed (with a doubled consonant undone: travelling,
// travelled), then -ment, -ness and -ence/-ent, and a final e. Words of
// three letters or fewer are kept as they are.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	w = singular(w)
	w = cutSuffix(w, "ly", 4)
	for _, suf := range []string{"ing", "ed"} {
		if cut := cutSuffix(w, suf, 3); cut != w {
			w = undouble(cut)
			break
		}
	}
	for _, suf := range []string{"ment", "ness", "ence", "ent"} {
		if cut := cutSuffix(w, suf, 4); cut != w {
			w = cut
			break
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// cutSuffix removes suf when at least keep letters are left.
func cutSuffix(w, suf string, keep int) string {
	if strings.HasSuffix(w, suf) && len(w)-len(suf) >= keep {
		return w[:len(w)-len(suf)]
	}
	return w
}

// undouble turns a doubled final consonant back into one (travell is
// travel, swimm is swim), except l-l-ending words that end so (fill, call).
func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouslz", rune(w[n-1])) {
		return w[:n-1]
	}
	if n >= 6 && w[n-1] == 'l' && w[n-2] == 'l' { // travell, cancell
		return w[:n-1]
	}
	return w
}

// meaningful returns the stems of a statement's words that can make a
// theme, each once, in the order they first appear, and the stem's
// surface word (the first word seen with that stem). isName says whether
// a folded word is a person's name from the plans; cache remembers each
// word's stem ("" for a word dropped) across the statements of one view.
func meaningful(words []string, isName func(string) bool, cache map[string]string) (stems, surface []string) {
	both := make([]string, 0, 2*len(words)) // one allocation for the two
	stems, surface = both[:0:len(words)], both[len(words):len(words)]
	for _, w := range words {
		s, ok := cache[w]
		if !ok {
			s = themeStem(w, isName)
			cache[w] = s
		}
		if s == "" || slices.Contains(stems, s) {
			continue
		}
		stems = append(stems, s)
		surface = append(surface, w)
	}
	return stems, surface
}

// themeStem is the stem a word adds to a theme, or "" when it adds none.
func themeStem(w string, isName func(string) bool) string {
	if stopWords[w] || generalWords[w] || isName(w) || len(w) < 2 || isNumber(w) {
		return ""
	}
	s := stem(w)
	if t, ok := synonyms[s]; ok {
		s = t
	}
	if generalWords[s] {
		return ""
	}
	return s
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
