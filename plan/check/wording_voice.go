package check

import (
	"slices"
	"strings"
)

// firstPersonWords make a Section A text the young person's own voice (A1).
var firstPersonWords = wordSet("i i'm i'll i've i'd my me mine myself")

// inFirstPerson reports whether a text uses I, my, me... (A1). Case does
// not matter: young people's words are written as they say them ("i like lego").
func inFirstPerson(toks []token) bool { return indexIn(toks, firstPersonWords) >= 0 }

// knownAcronyms are SEN jargon, with the words that explain each (any one
// of them, in lower case, anywhere in the text).
var knownAcronyms = map[string][]string{
	"SENCO": {"special educational needs"}, "SENDCO": {"special educational needs"},
	"SEN": {"special educational needs"}, "SEND": {"special educational needs"},
	"TA": {"teaching assistant"}, "LSA": {"learning support assistant"},
	"HLTA": {"higher level teaching assistant"},
	"SALT": {"speech and language"}, "SLT": {"speech and language"},
	"SLCN": {"language and communication", "communication needs"},
	"SEMH": {"emotional and mental health", "emotional, and mental health"},
	"EP":   {"educational psycholog"}, "OT": {"occupational therap"},
	"ASD": {"autis"}, "ASC": {"autis"}, "ADHD": {"attention deficit"}, "ADD": {"attention deficit"},
	"CAMHS": {"mental health service"}, "EHCP": {"education, health and care", "education health and care"},
	"EHC": {"education, health and care", "education health and care"},
	"IEP": {"individual education plan"}, "PECS": {"picture exchange"},
	"BSL": {"british sign language"}, "AAC": {"augmentative", "alternative communication"},
	"SPLD": {"specific learning difficult"}, "MLD": {"moderate learning difficult"},
	"SLD": {"severe learning difficult"}, "PMLD": {"profound and multiple"},
	"HI": {"hearing impair"}, "VI": {"visual impair"}, "MSI": {"multi-sensory", "multisensory"},
	"DCD": {"coordination disorder", "co-ordination disorder", "dyspraxia"},
	"PDA": {"demand avoidance"}, "OCD": {"obsessive"}, "ODD": {"oppositional"},
	"FASD": {"alcohol"}, "CP": {"cerebral palsy"}, "LAC": {"looked after"},
	"CIN": {"child in need"}, "PEP": {"personal education plan"}, "KS": {"key stage"},
	"LA": {"local authority"}, "SENDIASS": {"information, advice", "information advice"},
	"ABA": {"applied behaviour"}, "SRB": {"resource base"}, "ARP": {"resource provision"},
	"PRU": {"pupil referral"}, "AP": {"alternative provision"}, "EWO": {"education welfare"},
}

// everydayAcronyms are well known to families and young people.
var everydayAcronyms = wordSet("OK TV UK PE IT ICT PC CD DVD DJ NHS BBC GP USA ID PS PS4 PS5 MP3 DIY " +
	"BMX LEGO FIFA YMCA AM PM WWE UFC GCSE GCSES BTEC KFC MFL RE DT XBOX YT")

// unexplainedAcronyms returns the acronyms in a text that are neither
// everyday words nor explained (A2). An acronym is explained when its words
// appear anywhere in the text, or in brackets beside it: "SENCO (special
// educational needs coordinator)" or "special educational needs coordinator
// (SENCO)".
func unexplainedAcronyms(text string, toks []token) []string {
	var found []string
	var lower string
	for i, t := range toks {
		key, ok := acronymKey(t.raw)
		if !ok || everydayAcronyms[key] || slices.Contains(found, t.raw) {
			continue
		}
		if lower == "" {
			lower = lowerASCII(text)
		}
		if !explained(key, lower, toks, i) {
			found = append(found, t.raw)
		}
	}
	return found
}

// acronymKey returns the upper-case form of a word that looks like an
// acronym: known SEN jargon in any capitalisation with at least two capitals
// ("SENCo", "SpLD", "TAs"), or a capitalised word of 2-5 letters with no
// vowel ("MLD", "KS2").
func acronymKey(raw string) (string, bool) {
	if len(raw) < 2 || len(raw) > 9 || countUpper(raw) < 2 {
		return "", false
	}
	key := strings.ToUpper(raw)
	if _, ok := knownAcronyms[key]; ok {
		return key, true
	}
	if trimmed := strings.TrimSuffix(key, "S"); raw[len(raw)-1] == 's' {
		if _, ok := knownAcronyms[trimmed]; ok {
			return trimmed, true
		}
	}
	if raw == key && len(raw) <= 5 && !strings.ContainsAny(key, "AEIOUY") {
		return key, true
	}
	return "", false
}

func countUpper(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

func explained(key, lower string, toks []token, i int) bool {
	for _, words := range knownAcronyms[key] {
		if strings.Contains(lower, words) {
			return true
		}
	}
	first := lowerASCII(key[:1])
	// "SENCO (special ...)": the bracket after it opens with a word of the same initial.
	if i+2 < len(toks) && toks[i+1].w() == "(" && strings.HasPrefix(toks[i+2].w(), first) {
		return true
	}
	// "special ... (SENCO)": a word before the bracket has the same initial.
	if i >= 2 && toks[i-1].w() == "(" && i+1 < len(toks) && toks[i+1].w() == ")" {
		for j := i - 2; j >= 0 && j >= i-9 && toks[j].kind != tokPunct; j-- {
			if strings.HasPrefix(toks[j].w(), first) && i-1-j >= 2 {
				return true
			}
		}
	}
	return false
}
