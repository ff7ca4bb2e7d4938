package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ehcplan/plan"
)

// foldLetter is plan.FoldLetter, and also the Greek final sigma as
// sigma (Νικόλαος and ΝΙΚΟΛΑΟΣ are one name).
func foldLetter(r rune) (string, bool) {
	if r == 'ς' {
		return "σ", true
	}
	return plan.FoldLetter(r)
}

// foldWord is one word of a name as the caseload rules compare it: lower
// case, accents and other marks removed, apostrophes dropped (O'Brien,
// O’Brien and OBrien are one name).
func foldWord(w string) string {
	var buf [64]byte
	return string(appendFold(buf[:0], w))
}

// appendFold appends w folded (see foldWord) to b. An ASCII word costs no
// allocation.
func appendFold(b []byte, w string) []byte {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c == '\'':
			case c >= 'A' && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
		}
		return b
	}
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), plan.IsApostrophe(r):
		default:
			if t, ok := foldLetter(r); ok {
				b = append(b, t...)
			} else if t, ok := foldLetter(unicode.ToLower(r)); ok {
				b = append(b, t...)
			} else {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		}
	}
	return b
}

// FoldName is a name as the caseload rules compare it: its words (split
// as the checker splits text: at spaces, hyphens and punctuation) folded
// and joined by single spaces. "Siobhán Ní Bhriain" is "siobhan ni
// bhriain"; "Adeyemi-Clarke" is "adeyemi clarke".
func FoldName(name string) string {
	return strings.Join(nameWords(name), " ")
}

// nameWords returns a name's folded words.
func nameWords(name string) []string {
	var out []string
	for _, t := range tokenize(name, nil, nil) {
		if t.kind != tokWord {
			continue
		}
		if f := foldWord(t.raw); f != "" {
			out = append(out, f)
		}
	}
	return out
}
