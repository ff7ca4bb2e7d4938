package check

// Text heuristics for the SMART (M), provision (P), therapy (G8) and voice
// (A) rules. Each works on the tokens of one text (see wording_tokens.go) and
// is tested on texts that must and must not fire (wording_test.go) and on
// the labelled corpus (corpus_test.go). How an outcome is read as a
// moderator reads it is in wording_reading.go; P6 in wording_content.go.

// timePhrases are timeframes an outcome can state in its text (M1): dates,
// "by July 2027", "by the end of Year 11", "within two terms", "by the age
// of 16", "before she leaves Year 6", "by his next annual review".
var timePhrases = compilePhrases(
	"#? <month> <year>", "<year> # #", "# # <year>",
	"by|before|until|till the? # <month>", "by|before|until|till mid? <month> #?",
	"by|before|until|till|in|during mid? <year>",
	"end of year|yr #", "end of key stage #", "end of ks1|ks2|ks3|ks4|ks5",
	"end of the|this|next? school|academic|calendar? year",
	"end of the|this|next? <season>? half? term", "end of the? <month>", "end of <year>",
	"end of his|her|their|my|the|this|next first|second|final|current|last? course|programme|placement|internship|apprenticeship|traineeship|school|college|primary|secondary",
	"within|in|over|during the? next|first? # half? <unit>",
	"within|in|over|during the? next|first? a|one half? <unit>",
	"within this|the|one|a school|academic? year|term",
	"by|before|at|until the? age of? #", "by|before|at|until aged #",
	"by|before|on his|her|their|my # birthday",
	"by the time <name>|<pronoun>",
	"before <name>|<pronoun> leaves|moves|starts|finishes|transfers|goes|turns|completes|begins",
	"by|before|until|till the? <season>|easter|christmas",
	"by|before|until|till the? half term",
	"by|at|before the|his|her|their|my|next? next|first? annual? review",
	"by|before|until|during the? next|this <unit>|<season>|<month>|academic|school",
	"in|during|by year #",
)

// timeWords make an outcome's `by` field a timeframe even when it is not a
// full phrase ("end of Year 11", "July 2027", "two terms").
var timeWords = compilePhrases("<month>", "<year>", "year #", "key stage #", "age #",
	"<season>", "<unit>", "easter", "christmas", "review", "birthday")

// notMeasures are numbers that say when, not how much: years, year groups,
// ages and birthdays.
var notMeasures = compilePhrases("year|years|yr #", "years # and|to #", "key stage #", "age|aged #",
	"# birthday", "<year>", "#? <month>", "one day", "one to one", "# : #")

// measurePhrases are measurable criteria (M2): numbers, percentages,
// frequencies, "independently", "without prompts", counts.
var measurePhrases = compilePhrases(
	"#", "%", "percent", "per cent",
	"independently", "unaided", "unprompted",
	"without any|adult|an|further? prompts|prompting|prompt|help|support|reminders|reminder|assistance",
	"without being reminded|prompted|asked|told",
	"on his|her|their|my own", "by himself|herself|themselves|myself",
	"no more than", "at least", "at most", "out of", "in a row", "consecutive",
	"each|every time|times|occasion|opportunity|<period>",
	"daily|weekly|fortnightly|monthly|termly|twice",
	"once|times a|per|each|every", "a day|week|fortnight|month|term|year", "per *",
)

// vagueVerbs are the verbs an outcome cannot rest on without a criterion (M3).
var vagueVerbs = compilePhrases(
	"improve|improves|improved|improving", "develop|develops|developing",
	"increase|increases|increasing", "enhance|enhances|enhancing",
	"be|become|becomes|feel|feels more? aware of", "understand|understands",
	"have a better? understanding|awareness", "gain|gains|develop an? understanding|awareness",
	"continue|continues to", "work|works|working on|towards",
	"explore|explores|exploring", "make|makes|making progress", "learn|learns about",
	"be|become|feel more confident|independent|resilient|aware",
	"build|builds|gain|gains|grow confidence", "build|builds his|her|their|my confidence", "build|builds his|her|their|my self esteem",
)

// provisionPhrases describe what the person receives rather than a
// difference for them (M4).
var provisionPhrases = compilePhrases(
	"will continue? to? receive", "<name> to receive", "<name> to be given|provided|offered",
	"<name> to have access to",
	"will be given|provided|offered|allocated|taught|referred|seen",
	"will have access to", "will be supported to attend|access", "will be supported by",
	"will have|get|receive 1 : 1", "will have|get one to one", "will have|get adult? support|help",
	"will have a|an teaching|learning? assistant|ta|adult|mentor|keyworker",
	"will benefit from", "will be encouraged to", "will attend",
)

// rewards may follow "will receive": receiving a certificate is an outcome.
var rewardWords = wordSet("certificate certificates award awards qualification qualifications " +
	"medal badge prize grade grades diploma gcse gcses pass merit distinction")

// sessionWords after "will attend" mean the outcome is attending provision.
var sessionWords = wordSet("session sessions therapy intervention interventions programme programmes " +
	"clinic appointment appointments")

// measurable reports whether toks state a measurable criterion (M2, M3).
// Numbers inside timeframes and dates ("by 31 July 2027", "Year 11",
// "within two terms") do not count.
func measurable(toks []token, scratch *[]bool) bool {
	mask := clearMask(*scratch, len(toks))
	*scratch = mask
	maskPhrases(toks, mask, timePhrases)
	maskPhrases(toks, mask, notMeasures)
	found := false
	measurePhrases.each(toks, func(start, _, _ int) bool {
		found = !mask[start]
		return !found
	})
	return found
}

// clearMask returns mask with n false entries, reusing its storage.
func clearMask(mask []bool, n int) []bool {
	if cap(mask) < n {
		return make([]bool, n)
	}
	mask = mask[:n]
	clear(mask)
	return mask
}

// maskPhrases marks every token covered by a match of set.
func maskPhrases(toks []token, mask []bool, set *phraseSet) {
	set.each(toks, func(start, end, _ int) bool {
		for i := start; i < end; i++ {
			mask[i] = true
		}
		return true
	})
}

// hasTimePhrase reports whether an outcome's text states a timeframe (M1).
func hasTimePhrase(toks []token) bool { return timePhrases.has(toks) }

// isTimeframe reports whether an outcome's `by` field is a timeframe: a
// date, or a phrase with a month, year, term, Year group or age in it.
func isTimeframe(toks []token) bool {
	return timePhrases.has(toks) || timeWords.has(toks)
}

// vagueVerb returns the vague verb an outcome rests on, if any (M3).
func vagueVerb(toks []token) (string, bool) {
	start, end, _ := vagueVerbs.find(toks)
	if start < 0 {
		return "", false
	}
	return words(toks[start:end]), true
}

// receivesProvision returns the phrase that describes provision instead of
// an outcome (M4): "will receive", "will have access to", "will attend
// sessions". "Will receive a certificate" and "will attend the youth club"
// are outcomes.
func receivesProvision(toks []token) (string, bool) {
	phrase := ""
	provisionPhrases.each(toks, func(start, end, pat int) bool {
		last := toks[end-1].w()
		bareAttend := last == "attend" && end-start == 2
		switch {
		case bareAttend && !followedBy(toks, end, 6, sessionWords):
			return true
		case (last == "receive" || last == "given") && followedBy(toks, end, 8, rewardWords):
			return true
		}
		phrase = words(toks[start:end])
		if bareAttend {
			phrase = "will attend sessions"
		}
		return false
	})
	return phrase, phrase != ""
}

// followedBy reports whether one of set occurs within n tokens after i,
// in the same clause.
func followedBy(toks []token, i, n int, set map[string]bool) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		if toks[j].kind == tokPunct && toks[j].w() != "(" {
			return false
		}
		if set[toks[j].w()] {
			return true
		}
	}
	return false
}
