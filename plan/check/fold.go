package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldUnsplit maps letters that NFD does not split into a base letter and a
// mark to what people type for them on an English keyboard (as the store's
// search does), and the Greek final sigma to sigma.
var foldUnsplit = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'ß': "ss", 'ẞ': "ss",
	'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'ħ': "h",
	'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n", 'ĸ': "k",
	'ſ': "s", 'ƒ': "f", 'ς': "σ",
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
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), isApostrophe(r):
		default:
			if t, ok := foldUnsplit[r]; ok {
				b = append(b, t...)
			} else if t, ok := foldUnsplit[unicode.ToLower(r)]; ok {
				b = append(b, t...)
			} else {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		}
	}
	return b
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`'
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
