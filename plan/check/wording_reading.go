package check

import "strings"

// Reading an outcome as a moderator does. A moderator does not spot words:
// they find the clause the outcome rests on, its subject and its main verb,
// and ask two questions. Is it a difference in the young person, or a
// service they get ("two sessions of occupational therapy every week" is
// provision, numbers or not: M4)? And could anyone see whether it has
// happened ("will ask a member of staff for help when he is stuck" can be
// seen; "will be happier" cannot: M2)?
//
// The reading works on the first sentence, after any lead-in ("By July
// 2027,", "Within two terms"), and names the words it rests on, so every
// finding can say which words led to it.

var (
	// serviceNouns are things a young person is given: sessions, staff,
	// places, equipment. An outcome that is only one of these is provision.
	serviceNouns = wordSet("session sessions therapy therapies support hours tuition teaching intervention " +
		"interventions programme ta assistant assistants teacher trainer coach mentor mentoring counselling " +
		"counsellor respite breaks care placement curriculum timetable appointments appointment visits " +
		"circuits budget carer carers worker keyworker nurse physiotherapy hydrotherapy physio camhs laptop " +
		"taxi transport equipment chair plan story stories input access diet nurture place lessons")
	// staffNouns are the people and services who give provision; as the
	// subject of an outcome they make it provision ("Staff will provide...").
	staffNouns = wordSet("staff teacher teachers ta tas assistant school carers carer therapist nurse adults " +
		"adult senco mentor worker college parents mum dad team service professionals keyworker coach " +
		"physiotherapist psychologist counsellor trainer")
	// provideVerbs after a bare "to" make an outcome a service ("To give
	// him access to the playground").
	provideVerbs = wordSet("give provide offer support allow enable ensure arrange fund deliver allocate supply")
	// receiveVerbs after "to" are the person getting provision ("Yusuf to
	// attend a social skills group", "To attend the youth club").
	receiveVerbs = wordSet("attend access receive")
	// serviceGerunds open an outcome that is an activity laid on for the
	// person ("Attending the youth club", "Using the sensory room").
	serviceGerunds = wordSet("attending going using receiving being accessing having getting visiting")
	// haveVerbs followed by a service noun are receiving ("will have two
	// sessions of...", "will get a taxi").
	haveVerbs = wordSet("have get access")
	// deliveredWords after what a person will have say someone else gives
	// it ("a sensory diet delivered by staff").
	deliveredWords = wordSet("delivered provided given run led arranged funded")
	// modalWords open the predicate of an outcome.
	modalWords = wordSet("will can shall i'll")
	// continueWords may stand between the modal and the verb ("will
	// continue to access").
	continueWords = wordSet("continue to")
	// nounMarkers before a word make it a noun, not a verb ("her reading",
	// "a walk").
	nounMarkers = wordSet("a an the his her my their its this that your our healthy good")
	// verbLeaders before a word put it in a verb's place.
	verbLeaders = wordSet("will can to then also i'll shall must i he she they")
	// notObservableObjects after an observable verb make a state of it
	// ("make friends", "make progress").
	notObservableObjects = wordSet("friends progress improvements difference effort well better hard")
	// stateWords after "stay" or "keep" make a state of it ("stay healthy").
	stateWords = wordSet("healthy well safe calm happy positive fit motivated focused")
)

// observableVerbs are things someone can be seen doing. A moderator reads
// "will ask a member of staff for help when he is stuck" as measurable
// without a number: it happens or it does not. Their -s, -ing and -ed forms
// are added by verbForms.
var observableVerbs = verbForms("ask tell say read write order pay buy travel walk go come catch take make cook use put " +
	"pack choose point sign greet answer share wait sit stay stand join play follow find count name recognise " +
	"call ring phone text book apply complete attend eat drink brush wash dress swim ride cross plan check carry " +
	"do give hold lift look move open prepare request return settle shop sleep speak stop switch talk tolerate " +
	"turn type visit volunteer work iron leave spell add tidy clean lead invite accept smile listen respond copy " +
	"draw cut fill post send email bake fold lay serve handle introduce explain describe list identify locate " +
	"record measure zip tie button fasten push pull kick throw jump climb run cycle drive lock charge log search " +
	"participate show contact hand practise practice wear sort greet queue report calculate")

// verbForms returns a word set of each verb with its -s, -ing and -ed
// forms, spelled the regular way ("make", "makes", "making", "maked" does
// no harm: no one writes it).
func verbForms(verbs string) map[string]bool {
	var all []string
	for _, v := range strings.Fields(verbs) {
		all = append(all, v, v+"s", v+"es", v+"ed", v+"ing")
		if n := len(v); n > 1 && v[n-1] == 'e' {
			all = append(all, v[:n-1]+"ing", v+"d")
		}
		if n := len(v); n > 2 && isConsonant(v[n-1]) && !isConsonant(v[n-2]) && isConsonant(v[n-3]) && v[n-1] != 'w' && v[n-1] != 'y' {
			all = append(all, v+v[n-1:]+"ing", v+v[n-1:]+"ed") // sit, sitting
		}
	}
	all = append(all, "said", "told", "went", "took", "made", "came", "wrote", "bought", "paid", "caught",
		"chose", "sat", "stood", "ate", "drank", "rode", "swam", "gave", "held", "ran", "led", "did", "does")
	return wordSet(strings.Join(all, " "))
}

func isConsonant(b byte) bool { return b >= 'a' && b <= 'z' && strings.IndexByte("aeiou", b) < 0 }

// outcomeReading is what a moderator reads in an outcome's text.
type outcomeReading struct {
	// provision is the words showing the outcome is provision (M4).
	provision string
	// observable is true when it names an observable behaviour (M2).
	observable bool
	// predicate is what the outcome rests on ("will be happier"), for
	// M2's message.
	predicate string
}

// readOutcome reads an outcome's text. mask marks tokens of vague verb
// phrases ("work towards", "continue to work on"), which are not
// behaviours.
func readOutcome(toks []token, mask []bool) outcomeReading {
	var r outcomeReading
	if phrase, ok := receivesProvision(toks); ok {
		r.provision = phrase
	}
	sent := afterLeadIn(firstSentence(toks))
	if r.provision == "" {
		r.provision = serviceReading(sent)
	}
	r.observable = observableIn(toks, mask) >= 0
	if !r.observable {
		r.predicate = predicateOf(sent)
	}
	return r
}

// afterLeadIn returns a sentence without its lead-in: timeframes and
// clauses such as "By July 2027," or "Within two terms" before the subject.
func afterLeadIn(sent []token) []token {
	for len(sent) > 0 {
		if end, _ := timePhrases.at(sent, 0); end > 0 {
			sent = sent[end:]
		} else if leadWords[sent[0].w()] {
			comma := commaBeforeVerb(sent)
			if comma < 0 {
				return sent
			}
			sent = sent[comma:]
		} else {
			return sent
		}
		for len(sent) > 0 && sent[0].kind == tokPunct {
			sent = sent[1:]
		}
	}
	return sent
}

// commaBeforeVerb returns the index of the first comma in sent if it comes
// before any modal verb, or -1.
func commaBeforeVerb(sent []token) int {
	for i, t := range sent {
		if t.w() == "," {
			return i
		}
		if subjectVerbs[t.w()] {
			return -1
		}
	}
	return -1
}

// serviceReading returns the words showing that a sentence describes a
// service rather than a difference for the person, or "".
func serviceReading(sent []token) string {
	if len(sent) == 0 {
		return ""
	}
	k := indexIn(sent, subjectVerbs)
	if k < 0 {
		return fragmentService(sent)
	}
	subject := subjectChunk(sent[:k])
	if len(subject) > 0 && !personIn(subject, true) && indexIn(subject, staffNouns) >= 0 && k+1 < len(sent) {
		return words(sent[max(0, k-len(subject)) : k+2])
	}
	if !modalWords[sent[k].w()] {
		return ""
	}
	j := k + 1
	for j < len(sent) && continueWords[sent[j].w()] {
		j++
	}
	if j < len(sent) && haveVerbs[sent[j].w()] {
		if end := serviceWithin(sent, j+1, 7); end > 0 {
			return words(sent[k:end])
		}
	}
	return ""
}

// fragmentService reads a sentence with no finite verb: "Two sessions of
// occupational therapy every week", "To give him access to the
// playground", "Attending the youth club", "Yusuf to attend a group".
func fragmentService(sent []token) string {
	s := sent
	if s[0].cls&clsName != 0 && len(s) > 1 && s[1].w() == "to" {
		s = s[1:]
	}
	if s[0].w() == "to" {
		if len(s) > 1 && (provideVerbs[s[1].w()] || receiveVerbs[s[1].w()]) {
			return words(sent[:min(len(sent), len(sent)-len(s)+3)])
		}
		return ""
	}
	if serviceGerunds[s[0].w()] {
		return words(s[:min(len(s), 3)])
	}
	if vagueVerbs.has(s[:1]) || s[0].cls&clsName != 0 {
		return ""
	}
	if end := serviceWithin(s, 0, len(s)); end > 0 {
		return words(s[:end])
	}
	return ""
}

// serviceWithin returns the end of the first service noun (or "delivered
// by") in the n tokens of sent from i, within the clause, or -1.
func serviceWithin(sent []token, i, n int) int {
	for j := i; j < len(sent) && j < i+n; j++ {
		t := sent[j]
		if t.kind == tokPunct && t.w() != ":" {
			return -1
		}
		if t.w() == "to" || t.w() == "so" {
			return -1 // a purpose: "to go swimming"
		}
		if serviceNouns[t.w()] || deliveredWords[t.w()] {
			return j + 1
		}
	}
	return -1
}

// observableIn returns where the first observable behaviour in the text
// starts (its verb), or -1. A verb counts where a verb stands: after
// "will", "to", "and", "I" or a name, or as "by doing" ("by counting the
// carbohydrates"); never as a noun ("her reading", "a walk"), inside a
// vague phrase ("work towards"), or as a state ("make friends", "stay
// healthy").
func observableIn(toks []token, mask []bool) int {
	for i, t := range toks {
		if t.kind != tokWord || !observableVerbs[t.w()] || mask[i] || i == 0 {
			continue
		}
		prev := toks[i-1]
		if nounMarkers[prev.w()] {
			continue
		}
		leads := verbLeaders[prev.w()] || prev.cls&clsName != 0 || prev.w() == "by" && strings.HasSuffix(t.w(), "ing") ||
			prev.w() == "independently" || prev.w() == "safely"
		if !leads || i+1 >= len(toks) || toks[i+1].kind == tokPunct {
			continue
		}
		next := toks[i+1].w()
		if notObservableObjects[next] || (t.w() == "stay" || t.w() == "keep") && stateWords[next] {
			continue
		}
		return i
	}
	return -1
}

// predicateOf returns what the sentence rests on: the modal or "to" and the
// two words after it ("will be happier"), or the sentence's first words.
func predicateOf(sent []token) string {
	k := indexIn(sent, modalWords)
	if k < 0 {
		k = indexIn(sent, toWord)
	}
	if k < 0 {
		k = 0
	}
	end := k + 3
	for j := k; j < len(sent) && j < end; j++ {
		if sent[j].kind == tokPunct {
			end = j
		}
	}
	return words(sent[k:min(end, len(sent))])
}
