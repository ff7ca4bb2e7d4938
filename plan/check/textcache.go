package check

import (
	"strings"
	"sync"
	"sync/atomic"
)

// textCache remembers what the checker has read in each text: its tokens
// and, worked out the first time they are needed, the wording heuristics'
// answers. The editor re-checks the whole plan on every keystroke, yet only
// the text being typed has changed; reading the other few hundred texts
// again was most of the checker's time.
//
// Entries are keyed by the young person's names as well as the text (names
// change how a text reads). The cache is bounded and shared by every
// goroutine: entries are added under its lock, their facts are filled once
// (sync.Once), and nothing in an entry changes after that.
type textCache struct {
	mu sync.Mutex
	// byNames maps the names key, then the text, to its entry; two
	// levels so that a look-up builds no key string.
	byNames map[string]map[string]*textEntry
	size    int
	cleared uint64 // counts the times it was emptied (see shelf)
	// gen counts resets, so checkers drop what they remember of texts too.
	gen atomic.Uint64
}

// textCacheMax bounds the cache: the texts of about 40 large plans. When it
// is full it starts again, which costs one cold check.
const textCacheMax = 8192

var texts = textCache{byNames: map[string]map[string]*textEntry{}}

// textEntry is one text as the checker has read it.
type textEntry struct {
	text string // the text itself, so a checker's memo needs only the entry
	toks []token

	outcomeOnce, provisionOnce, vagueOnce, voiceOnce sync.Once
	outcome                                          outcomeFacts
	provision                                        provisionFacts
	vague                                            []string
	vagueQuoted                                      string // vague, quoted and joined for P1's message
	voice                                            voiceFacts
	// names is the caseload's names last found in the text (X1, X2), for
	// one caseload and young person: the texts repeated in a plan are
	// read for names once.
	names atomic.Pointer[namesRead]
}

// voiceFacts are the Section A voice heuristics' answers for a heading's text.
type voiceFacts struct {
	firstPerson bool
	acronyms    string // the unexplained acronyms, joined: "TA, SALT"
}

// outcomeFacts are the SMART heuristics' answers for an outcome's text,
// with the phrases found already quoted for the findings' messages.
type outcomeFacts struct {
	hasTime, measured, aboutPerson bool
	vagueVerb, receives            string // quoted
	hasVagueVerb, describesSupport bool
	// predicate is what the outcome rests on, quoted ("will be happier"),
	// for M2's message.
	predicate string
}

// provisionFacts are the specific-provision heuristics' answers for a
// provision's text.
type provisionFacts struct {
	hasFrequency  bool
	contentless   bool   // P6: says no content (see contentless)
	content       string // the words that led to P6, quoted
	achievement   string // quoted
	isAchievement bool
}

// shelf is a checker's hold on the cache's texts for one names key: with
// it a look-up costs one map access, not two, and a cold check with the
// caseload rules looks up every text of the plan. It is read and changed
// only under the cache's lock.
type shelf struct {
	key     string
	cleared uint64 // tc.cleared when m was taken
	m       map[string]*textEntry
}

// shelfFor returns the texts for namesKey, through sh. tc.mu must be held.
func (tc *textCache) shelfFor(sh *shelf, namesKey string) map[string]*textEntry {
	if sh.m == nil || sh.cleared != tc.cleared || sh.key != namesKey {
		m := tc.byNames[namesKey]
		if m == nil {
			m = map[string]*textEntry{}
			tc.byNames[namesKey] = m
		}
		*sh = shelf{namesKey, tc.cleared, m}
	}
	return sh.m
}

// get returns the entry for s read with ctx, from the cache or fresh. sh,
// if not nil, is the caller's shelf (see shelf).
func (tc *textCache) get(sh *shelf, namesKey, s string, ctx *textCtx) *textEntry {
	if sh == nil {
		sh = &shelf{}
	}
	tc.mu.Lock()
	e, ok := tc.shelfFor(sh, namesKey)[s]
	tc.mu.Unlock()
	if ok {
		return e
	}
	e = &textEntry{text: s, toks: tokenizeExact(s, ctx)}
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if tc.size >= textCacheMax {
		tc.clear()
	}
	m := tc.shelfFor(sh, namesKey)
	if first, raced := m[s]; raced {
		return first
	}
	m[s] = e
	tc.size++
	return e
}

// clear empties the cache. tc.mu must be held.
func (tc *textCache) clear() {
	clear(tc.byNames)
	tc.size = 0
	tc.cleared++ // every shelf is out of date
}

// reset empties the cache (for benchmarks that measure a cold check),
// and the checkers' memory of texts with it.
func (tc *textCache) reset() {
	tc.mu.Lock()
	tc.clear()
	tc.gen.Add(1)
	tc.mu.Unlock()
}

func namesKey(ctx *textCtx) string { return strings.Join(ctx.names, " ") }

// outcomeFacts reads an outcome's text once.
func (e *textEntry) outcomeFacts() *outcomeFacts {
	e.outcomeOnce.Do(func() {
		var scratch []bool
		f := &e.outcome
		f.hasTime = hasTimePhrase(e.toks)
		f.measured = measurable(e.toks, &scratch)
		f.aboutPerson = aboutPerson(e.toks)
		f.vagueVerb, f.hasVagueVerb = vagueVerb(e.toks)
		mask := clearMask(scratch, len(e.toks))
		maskPhrases(e.toks, mask, vagueVerbs)
		r := readOutcome(e.toks, mask)
		f.measured = f.measured || r.observable
		f.receives, f.describesSupport = r.provision, r.provision != ""
		// quoted only if a message will show them: quote allocates
		if f.hasVagueVerb {
			f.vagueVerb = quote(f.vagueVerb, 40)
		}
		if f.describesSupport {
			f.receives = quote(f.receives, 40)
		}
		if r.predicate != "" && !f.measured {
			f.predicate = quote(r.predicate, 40)
		}
	})
	return &e.outcome
}

// provisionFacts reads a provision's text once.
func (e *textEntry) provisionFacts() *provisionFacts {
	e.provisionOnce.Do(func() {
		f := &e.provision
		f.hasFrequency = hasFrequency(e.toks)
		f.achievement, f.isAchievement = achievementWording(e.toks)
		if f.isAchievement {
			f.achievement = quote(f.achievement, 40)
		}
		if words := contentless(e.toks); words != "" {
			f.contentless, f.content = true, quote(words, 40)
		}
	})
	return &e.provision
}

// voiceFacts reads a Section A heading's text (s, the entry's text) once.
func (e *textEntry) voiceFacts(s string) *voiceFacts {
	e.voiceOnce.Do(func() {
		e.voice.firstPerson = inFirstPerson(e.toks)
		e.voice.acronyms = strings.Join(unexplainedAcronyms(s, e.toks), ", ")
	})
	return &e.voice
}

// vagueWords returns the vague wording in a provision field, read once,
// and the same quoted and joined ("“may”, “regular”").
func (e *textEntry) vagueWords() (words []string, quoted string) {
	e.vagueOnce.Do(func() {
		e.vague = vagueWording(e.toks)
		q := make([]string, len(e.vague))
		for i, v := range e.vague {
			q[i] = quote(v, 30)
		}
		e.vagueQuoted = strings.Join(q, ", ")
	})
	return e.vague, e.vagueQuoted
}
