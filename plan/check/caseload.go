package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Another child in this plan (X1, X2). Caseworkers copy from earlier
// plans, and a plan sent to a family with another child's name in it is a
// data breach. The checker stays pure: the caller gives it the caseload's
// names (names only, no other detail) as a Caseload, and the checker looks
// for them in the plan's text.

// Person is one young person of the caseload, as the caseload rules need
// them: their plan's ID and their names.
type Person struct {
	PlanID, Name, PreferredName string
}

// Caseload is the names of a caseload's young people, folded for accents
// and case and indexed for the caseload rules. Make one with NewCaseload;
// it does not change afterwards and may be shared by goroutines.
type Caseload struct {
	people []caseloadPerson
	// fullNames maps the first folded word of a full name to the full
	// names starting with it (X1).
	fullNames map[string][]fullName
	// forenames maps a folded forename or preferred name to the people
	// who have it (X2).
	forenames map[string][]int
	// starts holds every word that begins a full name or is a forename:
	// a text with none of them names no one (see mayName).
	starts map[string]bool
	// byPlan and byName find the young person of the plan being checked,
	// who is not "another" young person: their plan, or another plan of
	// theirs (the same name).
	byPlan, byName map[string][]int
}

type caseloadPerson struct {
	planID string
	name   string // folded
}

// fullName is one way of writing a person's full name: forename (or
// preferred name) and surname, or every word of the name.
type fullName struct {
	words  []string // folded
	person int
}

// NewCaseload indexes the caseload's names. A person with no name is left
// out.
func NewCaseload(people []Person) *Caseload {
	n := len(people)
	cl := &Caseload{people: make([]caseloadPerson, 0, n), fullNames: make(map[string][]fullName, n),
		forenames: make(map[string][]int, n/4), byPlan: make(map[string][]int, n), byName: make(map[string][]int, n),
		starts: make(map[string]bool, n)}
	var rd nameReader
	for _, p := range people {
		words, folded := rd.words(p.Name)
		if len(words) == 0 {
			continue
		}
		i := len(cl.people)
		cl.people = append(cl.people, caseloadPerson{p.PlanID, folded})
		cl.byPlan[p.PlanID] = append(cl.byPlan[p.PlanID], i)
		cl.byName[folded] = append(cl.byName[folded], i)
		var pref []string
		if p.PreferredName != "" {
			pref, _ = rd.words(p.PreferredName)
		}
		for _, v := range nameVariants(words, pref) {
			cl.fullNames[v[0]] = append(cl.fullNames[v[0]], fullName{v, i})
			cl.starts[v[0]] = true
		}
		cl.addForename(words[0], i)
		if len(pref) == 1 {
			cl.addForename(pref[0], i)
		}
	}
	return cl
}

// nameReader reads names into folded words, reusing its buffers from one
// name to the next.
type nameReader struct {
	toks []token
	buf  []byte
	ends []int
}

// words returns a name's folded words and the whole name folded (the words
// joined by spaces), sharing one string.
func (rd *nameReader) words(name string) ([]string, string) {
	rd.toks = tokenize(name, rd.toks, nil)
	rd.buf, rd.ends = rd.buf[:0], rd.ends[:0]
	for _, t := range rd.toks {
		if t.kind != tokWord {
			continue
		}
		start := len(rd.buf)
		if start > 0 {
			rd.buf = append(rd.buf, ' ')
			start++
		}
		rd.buf = appendFold(rd.buf, t.raw)
		if len(rd.buf) == start { // a word of marks only
			rd.buf = rd.buf[:max(0, start-1)]
			continue
		}
		rd.ends = append(rd.ends, len(rd.buf))
	}
	if len(rd.ends) == 0 {
		return nil, ""
	}
	all := string(rd.buf)
	words := make([]string, len(rd.ends))
	start := 0
	for i, end := range rd.ends {
		words[i] = all[start:end]
		start = end + 1
	}
	return words, all
}

func (cl *Caseload) addForename(w string, i int) {
	ids := cl.forenames[w]
	if len(ids) > 0 && ids[len(ids)-1] == i {
		return // the preferred name is the forename
	}
	cl.forenames[w] = append(ids, i)
	cl.starts[w] = true
}

// nameVariants are the ways X1 recognises a full name: every word of it;
// the forename with the last word or words ("Maria José García López":
// "maria garcia lopez", "maria lopez"); the preferred name with them. A
// one-word name counts only in a script written without spaces (Chinese,
// Japanese), where one word is the whole name.
func nameVariants(words, pref []string) [][]string {
	var out [][]string
	add := func(v []string) {
		for _, o := range out {
			if slices.Equal(o, v) {
				return
			}
		}
		out = append(out, v)
	}
	if len(words) == 1 {
		if unspaced(words[0]) {
			add(words)
		}
		return out
	}
	add(words)
	for k := 2; k < len(words); k++ {
		add(append([]string{words[0]}, words[k:]...))
	}
	for k := 1; k < len(words); k++ {
		if len(pref) > 0 {
			add(append(append([]string(nil), pref...), words[k:]...))
		}
	}
	return out
}

// unspaced reports whether w is in a script written without spaces
// between words, where a name is one word.
func unspaced(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// nameHit is one name of the caseload found in a text.
type nameHit struct {
	person int
	full   bool   // X1: a full name; else X2: a forename as the subject
	words  string // the name as the text writes it
}

// commonWords are names that are also ordinary English words. Written in
// lower case they are the word ("grace may need"), not the name; as a
// forename X2 wants a verb only a person takes ("May is a busy month" is
// the month).
var commonWords = wordSet("will may grace rose faith hope joy june april august summer autumn holly ivy " +
	"ruby amber pearl dawn sky river storm mark bill pat sue jack frank art guy rob drew chase hunter ray " +
	"sunny honey melody heather poppy daisy lily jasmine violet iris star rich young brown green white " +
	"black wood stone hill page bell cook baker smith mason carter")

// personVerbs follow a person as the subject of a sentence.
var personVerbs = wordSet("will can would could shall i'll likes loves enjoys wants needs says tells finds goes " +
	"uses reads attends communicates lives prefers struggles gets asks feels finds plays walks travels " +
	"writes works has is was does did")

// bePersonVerbs are verbs any noun can take: after a name that is also a
// common word, they do not show a person.
var bePersonVerbs = wordSet("is was has does did")

// scan finds the caseload's names in one text's tokens: full names (X1)
// and forenames as the subject of a sentence (X2). The young person's own
// forenames (own) are not taken for another's; other people the plan's
// young person may be among the caseload are left out later (see
// checker.isOwn).
func (cl *Caseload) scan(s string, toks []token, own []string, ownFull string, scratch *foldScratch) []nameHit {
	if !cl.mayName(toks, own, ownFull) {
		return nil // most texts: no word of them is a name in the caseload
	}
	var hits []nameHit
	folded, offsets := scratch.foldTokens(s, toks)
	for i := 0; i < len(toks); i++ {
		for _, fn := range cl.fullNames[folded[i]] {
			if end, ok := matchName(toks, folded, i, fn.words); ok {
				last := toks[end-1]
				hits = append(hits, nameHit{fn.person, true, s[offsets[i] : offsets[end-1]+len(last.raw)]})
			}
		}
	}
	for _, i := range sentenceSubjects(toks) {
		t := toks[i]
		people := cl.forenames[folded[i]]
		if len(people) == 0 || !capitalised(t.raw) || i+1 >= len(toks) || folded[i] != foldWord(t.raw) || slices.Contains(own, folded[i]) {
			continue // not a forename, or a possessive ("Leo's mum will...")
		}
		next := toks[i+1].w()
		if !personVerbs[next] || commonWords[folded[i]] && bePersonVerbs[next] {
			continue
		}
		for _, p := range people {
			hits = append(hits, nameHit{p, false, t.raw})
		}
	}
	return hits
}

// matchName reports whether name's words are at toks[i:], and where the
// match ends. Words between are not allowed, punctuation is ("Nowak,
// Leo" is not matched; "Leo  Nowak" is). An ordinary word in the name
// must be written with a capital ("Grace May", not "Grace may need").
func matchName(toks []token, folded []string, i int, name []string) (int, bool) {
	j := i
	for _, w := range name {
		if j >= len(toks) || folded[j] != w {
			return 0, false
		}
		if commonWords[w] && !capitalised(toks[j].raw) {
			return 0, false
		}
		j++
	}
	return j, true
}

// capitalised reports whether a word starts with a capital, or is in a
// script with no capitals (Arabic, Chinese).
func capitalised(raw string) bool {
	r, _ := utf8.DecodeRuneInString(raw)
	return unicode.IsUpper(r) || unicode.IsTitle(r) || !unicode.IsLower(r)
}

// sentenceSubjects returns where each sentence's subject would start:
// the first word of each sentence, after any lead-in ("By July 2027,").
func sentenceSubjects(toks []token) []int {
	var out []int
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && !toks[i].isSentenceEnd() {
			continue
		}
		sent := afterLeadIn(toks[start:i])
		if len(sent) > 0 && sent[0].kind == tokWord {
			out = append(out, i-len(sent))
		}
		start = i + 1
	}
	return out
}

// Len is how many young people the caseload names.
func (cl *Caseload) Len() int {
	if cl == nil {
		return 0
	}
	return len(cl.people)
}

// mayName reports whether some word of toks begins a full name of the
// caseload or is a forename other than own: the quick test before a text
// is read for names. A word the checker knows as ordinary English (its
// lexicon), written in lower case, is passed over: such a word is a name
// only when written with a capital (see matchName). It allocates nothing
// for ASCII text.
func (cl *Caseload) mayName(toks []token, own []string, ownFull string) bool {
	var buf [64]byte
	for _, t := range toks {
		if t.kind != tokWord || t.id != 0 && !capitalised(t.raw) {
			continue
		}
		base, _ := cutPossessive(t.raw)
		b := appendFold(buf[:0], base)
		if !cl.starts[string(b)] {
			continue
		}
		if !containsBytes(own, b) {
			return true
		}
		for _, fn := range cl.fullNames[string(b)] {
			if cl.people[fn.person].name != ownFull {
				return true // the young person's forename, but it starts another's full name
			}
		}
	}
	return false
}

func containsBytes(list []string, b []byte) bool {
	for _, s := range list {
		if s == string(b) {
			return true
		}
	}
	return false
}

// foldScratch is the checker's reusable storage for reading names.
type foldScratch struct {
	folded  []string
	offsets []int
	spans   [][2]int
	buf     []byte
}

// foldTokens returns each word of toks folded (see foldWord; without a
// final 's: "Leo Nowak's class"), and where each token starts in s. The
// slices are the scratch's, valid until the next call.
func (sc *foldScratch) foldTokens(s string, toks []token) (folded []string, offsets []int) {
	n := len(toks)
	if cap(sc.folded) < n {
		sc.folded, sc.offsets, sc.spans = make([]string, n), make([]int, n), make([][2]int, n)
	}
	folded, offsets, spans := sc.folded[:n], sc.offsets[:n], sc.spans[:n]
	clear(spans)
	b := sc.buf[:0]
	at := 0
	for i, t := range toks {
		if k := strings.Index(s[at:], t.raw); k >= 0 {
			at += k
		}
		offsets[i] = at
		at += len(t.raw)
		if t.kind == tokWord {
			base, _ := cutPossessive(t.raw)
			start := len(b)
			b = appendFold(b, base)
			spans[i] = [2]int{start, len(b)}
		}
	}
	sc.buf = b
	all := string(b)
	for i, sp := range spans {
		folded[i] = all[sp[0]:sp[1]]
	}
	return folded, offsets
}
