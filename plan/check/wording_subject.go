package check

// Who is the subject of a sentence? M5 asks whether an outcome is about the
// young person ("By July 2026, Jordan will...", "I will..."), and P5 whether
// a provision is phrased as the person's achievement ("Jordan will be able
// to..."). Both find the clause before the first verb and look for the
// person in it, skipping lead-in clauses such as "By July 2026," or "With
// his TA,".

var (
	subjectVerbs = wordSet("will can shall would could should must is are am was were " +
		"i'll i'm i've i'd")
	leadWords = wordSet("by with when after before if using during in at from once while within " +
		"as for through following over until on without because since whenever unless although " +
		"though like to")
	objectWords = wordSet("with to for from by of alongside supporting support supports help helps " +
		"helping teach teaches teaching")
	toWord             = wordSet("to")
	firstPersonSubject = wordSet("i i'm i'll i've i'd")
	thirdPersonSubject = wordSet("he she they")
	purposeStarts      = compilePhrases("so that", "so he|she|they|i", "in order", "to help|enable|support|ensure",
		"to make sure", "aim|aims|aimed", "so * can|will")
)

// aboutPerson reports whether the young person (a name token or "I") is the
// subject of the first sentence of an outcome (M5).
func aboutPerson(toks []token) bool {
	sent := firstSentence(toks)
	k := indexIn(sent, subjectVerbs)
	if k < 0 {
		k = indexIn(sent, toWord)
	}
	if k >= 0 && firstPersonSubject[sent[k].w()] {
		return true
	}
	if k < 0 {
		return personIn(clauseAt(sent, 0), false)
	}
	return personIn(subjectChunk(sent[:k]), false)
}

// achievementSubject reports whether the person (name, I, he, she, they)
// is the subject of the clause ending at toks[k], and the clause is not a
// purpose ("so that Jordan will be able to...") (P5).
func achievementSubject(toks []token, k int) bool {
	start := k
	for start > 0 && !toks[start-1].isSentenceEnd() {
		start--
	}
	if purposeStarts.has(toks[start:k]) {
		return false
	}
	return personIn(subjectChunk(toks[start:k]), true)
}

func firstSentence(toks []token) []token {
	for i, t := range toks {
		if t.isSentenceEnd() && i > 0 {
			return toks[:i]
		}
	}
	return toks
}

func indexIn(toks []token, set map[string]bool) int {
	for i, t := range toks {
		if set[t.w()] {
			return i
		}
	}
	return -1
}

// clauseAt returns the tokens from i to the next punctuation mark.
func clauseAt(toks []token, i int) []token {
	for j := i; j < len(toks); j++ {
		if toks[j].kind == tokPunct {
			return toks[i:j]
		}
	}
	return toks[i:]
}

// subjectChunk returns the last clause of toks (split at punctuation) that
// is not empty and does not start with a lead-in word such as "by" or "with".
func subjectChunk(toks []token) []token {
	end := len(toks)
	for end > 0 {
		start := end
		for start > 0 && toks[start-1].kind != tokPunct {
			start--
		}
		if start < end && !leadWords[toks[start].w()] {
			return toks[start:end]
		}
		end = start - 1
	}
	return nil
}

// personIn reports whether the clause names the person (or says I; or,
// with pronouns, he/she/they) other than as the object of a preposition.
func personIn(clause []token, pronouns bool) bool {
	for i, t := range clause {
		isPerson := firstPersonSubject[t.w()] || t.cls&clsName != 0 || pronouns && thirdPersonSubject[t.w()]
		if isPerson && (i == 0 || !objectWords[clause[i-1].w()]) {
			return true
		}
	}
	return false
}
