package check

// vaguePhrases are the words tribunals have found too vague in provision
// (P1). Some need their context checked (see vagueWording).
var vaguePhrases = compilePhrases(
	"access to", "opportunity|opportunities to|for",
	"as|when|if|where required|needed|appropriate|necessary|possible",
	"as and when", "from time to time",
	"would|could|may|might benefit from", "it is recommended", "is|are recommended",
	"may", "should", "could", "might",
	"up to", "regular|regularly", "ongoing", "on going", "periodic|periodically",
	"some", "small group|groups", "encouraged to",
	// vague amounts: how much is "a high level"?
	"a|the high|significant|considerable|large|great? level|levels|degree|amount of",
	"high|significant|considerable|large levels|amounts of", "a lot of", "lots of", "plenty of",
	"as much|often|far as possible", "frequent|frequently", "occasional|occasionally", "at times",
	"when|if|where available",
)

var (
	// monthPreps before "May" make it the month ("by May", "until May").
	monthPreps = wordSet("in by until till from since of before after during end mid early late " +
		"and to between through each every last next this")
	// groupNouns after "up to N" make it a group size, not an amount of help.
	groupNouns = wordSet("students pupils children young people learners peers classmates others adults staff")
	// settingNouns after "regular" mean usual, not frequent ("her regular class teacher").
	settingNouns = wordSet("class classroom classrooms teacher teachers tutor school timetable form lessons")
	// boundedBy after "ongoing" gives it an end ("ongoing while at school").
	boundedBy = wordSet("while until throughout")
	// notSizes after a number near "small group" are times, not group sizes.
	notSizes = wordSet("minutes minute mins hours hour times time sessions session weeks week days day " +
		"lessons lesson terms term months month a per x")
)

// vagueWording returns the vague phrases in a provision text (P1), each once.
func vagueWording(toks []token) []string {
	var found []string
	vaguePhrases.each(toks, func(start, end, _ int) bool {
		if !vagueInContext(toks, start, end) {
			return true
		}
		w := words(toks[start:end])
		for _, f := range found {
			if equalFold(f, w) {
				return true
			}
		}
		found = append(found, w)
		return true
	})
	return found
}

func vagueInContext(toks []token, start, end int) bool {
	switch toks[start].w() {
	case "may":
		return end-start > 1 || !isMonthMay(toks, start)
	case "up":
		return isAmount(toks, end)
	case "regular":
		if end < len(toks) && settingNouns[toks[end].w()] {
			return false
		}
		return !frequencyPhrases.has(sentenceAround(toks, start))
	case "regularly":
		return !frequencyPhrases.has(sentenceAround(toks, start))
	case "small":
		return !groupSized(toks, end)
	case "ongoing", "on":
		if end < len(toks) && boundedBy[toks[end].w()] {
			return false
		}
		return !frequencyPhrases.has(sentenceAround(toks, start))
	case "access", "opportunity", "opportunities":
		sent := sentenceAround(toks, start)
		return !frequencyPhrases.has(sent) && !everyOccasion.has(sent)
	case "some":
		return !someNamed(toks, end)
	}
	return true
}

// everyOccasion pins down when provision is there: "in all exams", "at
// every lunchtime".
var everyOccasion = compilePhrases("in|at|for|during all|every|each *")

// sentenceAround returns the sentence of toks that holds toks[i].
func sentenceAround(toks []token, i int) []token {
	start, end := i, i
	for start > 0 && !toks[start-1].isSentenceEnd() {
		start--
	}
	for end < len(toks) && !toks[end].isSentenceEnd() {
		end++
	}
	return toks[start:end]
}

// someNamed reports whether "some" is followed by what it is some of,
// named in brackets: "some of her lessons (maths and English)".
func someNamed(toks []token, i int) bool {
	if i >= len(toks) || toks[i].w() != "of" {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+6; j++ {
		if toks[j].w() == "(" || toks[j].w() == ":" {
			return true
		}
		if toks[j].isSentenceEnd() {
			return false
		}
	}
	return false
}

// isMonthMay tells the month ("May 2027", "by May", "in early May") from the
// modal verb ("staff may", "May be reviewed").
func isMonthMay(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].isNum() {
		return true
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if monthPreps[prev.w()] || prev.isNum() {
		return true
	}
	capital := toks[i].raw[0] == 'M'
	return capital && !prev.isSentenceEnd() && prev.w() != "(" && prev.w() != ":"
}

// isAmount reports whether "up to" is followed by an amount of help ("up to
// 30 minutes", "up to an hour"), not a date ("up to date") or a group size
// ("up to 6 students").
func isAmount(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	if t.w() == "a" || t.w() == "an" {
		return true
	}
	if !t.isNum() {
		return false
	}
	return i+1 >= len(toks) || !groupNouns[toks[i+1].w()]
}

// groupSized reports whether a number giving the group's size follows
// "small group" in the same sentence ("of 5 students", "(maximum 6)").
func groupSized(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+8; j++ {
		t := toks[j]
		if t.isSentenceEnd() {
			return false
		}
		if t.isNum() {
			return j+1 >= len(toks) || !notSizes[toks[j+1].w()]
		}
	}
	return false
}

func equalFold(a, b string) bool { return lowerASCII(a) == lowerASCII(b) }

// frequencyPhrases say how often provision happens (P2).
var frequencyPhrases = compilePhrases(
	"daily|weekly|fortnightly|monthly|termly|yearly|annually|hourly|twice|thrice|biweekly",
	"# times|time", "once a|per|each|every",
	"a half? day|week|fortnight|month|term|year",
	"per|each|every half? <period>", "every # <unit>|lessons|sessions|minutes|mins|hours", "every other *",
	"<weekdays>", "all|every lessons|day|sessions|week",
	"throughout the? school? day|week|term|year", "full time", "at all times",
	"at break|lunch|lunchtime|lunchtimes|breaktime|breaktimes|playtime|playtimes",
	"lunchtimes|breaktimes|playtimes|mornings|afternoons|evenings",
	"# sessions|lessons|visits|appointments|shifts",
)

// hasFrequency reports whether a text says how often (P2).
func hasFrequency(toks []token) bool { return frequencyPhrases.has(toks) }

// achievementPhrases are outcomes written into provision (P5).
var achievementPhrases = compilePhrases(
	"will be able to", "will learn to|how", "will have learned|learnt", "will know how to",
	"will achieve", "will be confident", "will understand", "will improve", "will develop",
	"will be independent",
)

// achievementWording returns the phrase if a provision is phrased as the
// person's achievement ("Jordan will be able to..."), not as a purpose ("so
// that Jordan will be able to...") or as staff action ("Staff will develop").
func achievementWording(toks []token) (string, bool) {
	phrase := ""
	achievementPhrases.each(toks, func(start, end, _ int) bool {
		if achievementSubject(toks, start) {
			phrase = words(toks[start:end])
			return false
		}
		return true
	})
	return phrase, phrase != ""
}

// therapyPhrases are therapies that educate or train (G8).
var therapyPhrases = compilePhrases(
	"speech and? language therapy|therapist|therapists", "speech therapy|therapist",
	"occupational therapy|therapist|therapists", "physical therapy",
	"physiotherapy|physiotherapist|physiotherapists|physio",
)

// therapyAcronyms are matched as written, so "low salt diet" is not SALT.
var therapyAcronyms = wordSet("SALT SaLT SLT OT")

// healthPurposes are therapy aims that really are health or social care:
// swallowing, chest physiotherapy, equipment and home adaptations.
var healthPurposes = wordSet("swallow swallowing dysphagia feeding eating drinking chest respiratory " +
	"equipment adaptation adaptations hoist hoists wheelchair housing bathing splint splints " +
	"orthotic orthotics postural")

// educatingTherapy returns the therapy named in a G or H provision, unless
// the text shows a health or care purpose (G8). purpose is the provision's
// text; the therapy may be named in it or in who.
func educatingTherapy(texts ...[]token) (string, bool) {
	name := ""
	for _, toks := range texts {
		if name == "" {
			name = therapyIn(toks)
		}
		if indexIn(toks, healthPurposes) >= 0 {
			return "", false
		}
	}
	return name, name != ""
}

func therapyIn(toks []token) string {
	if start, end, _ := therapyPhrases.find(toks); start >= 0 {
		return lowerASCII(words(toks[start:end]))
	}
	for _, t := range toks {
		if therapyAcronyms[t.raw] {
			return t.raw
		}
	}
	return ""
}
