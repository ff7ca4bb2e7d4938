package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The wording heuristics work on tokens, not regular expressions: a text is
// split once into words, numbers and punctuation, and phrase patterns are
// matched word by word. Word boundaries come for free ("some" never matches
// "someone"), and it is an order of magnitude faster than regexp on the
// short texts of a plan, which matters when the checker runs on every
// keystroke.

type tokKind uint8

const (
	tokWord  tokKind = iota
	tokNum           // 12, 12th, 3.5
	tokPunct         // , . ; : ( ) % ! ?
)

type token struct {
	raw  string // as written
	kind tokKind
	id   uint16 // the word's lexicon ID, 0 if no pattern uses it
	cls  uint16 // the word's classes (clsNum, clsMonth...)
	// lex is the word's place in lexWords, 0 for a word the lexicon does
	// not know. A token is read often and kept with its text, so it holds
	// a small number, not the lower-case form itself (24 bytes, not 40).
	lex uint16
}

// w is the lower-case form of a word the lexicon knows (every word a
// pattern or word set uses); other words keep their case, as no rule looks
// them up.
func (t token) w() string {
	if t.lex != 0 {
		return lexWords[t.lex]
	}
	return t.raw
}

// tokenize splits s into tokens, appending to buf[:0]. Hyphens, slashes,
// quotes and spaces separate words; apostrophes inside words are kept
// ("leo's", "i'm"; a curly ’ is read as '). With a context, the young
// person's names get clsName. It allocates nothing once buf is big enough.
func tokenize(s string, buf []token, c *textCtx) []token {
	toks := buf[:0]
	for start, end := nextToken(s, 0); start < len(s); start, end = nextToken(s, end) {
		raw := s[start:end]
		if end-start == 1 && isPunct(raw[0]) {
			e := lexicon[raw]
			toks = append(toks, token{raw: raw, kind: tokPunct, id: e.id, lex: e.lex})
			continue
		}
		toks = append(toks, newToken(raw, c))
	}
	return toks
}

// tokenizeExact is tokenize into storage of exactly the tokens' size, for
// tokens that are kept (see textCache): reading into a growing slice left
// about twice their size behind as garbage, most of a cold check's
// allocation. Counting the tokens first costs less than that.
func tokenizeExact(s string, c *textCtx) []token {
	n := 0
	for start, end := nextToken(s, 0); start < len(s); start, end = nextToken(s, end) {
		n++
	}
	return tokenize(s, make([]token, 0, n), c)
}

// nextToken returns where the first token at or after s[i:] starts and
// ends; start is len(s) when there is none. A token is a word or number
// (see wordEnd) or one punctuation mark.
func nextToken(s string, i int) (start, end int) {
	for i < len(s) {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case isASCIIWord(b):
				return i, wordEnd(s, i)
			case isPunct(b):
				return i, i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return i, wordEnd(s, i)
		}
		i += size
	}
	return len(s), len(s)
}

func isPunct(b byte) bool {
	switch b {
	case ',', '.', ';', ':', '(', ')', '%', '!', '?':
		return true
	}
	return false
}

func newToken(raw string, c *textCtx) token {
	t := token{raw: raw, cls: clsWord}
	if isDigit(raw[0]) {
		t.kind = tokNum
		t.cls |= clsNum
		if len(raw) == 4 && (raw[:2] == "19" || raw[:2] == "20") {
			t.cls |= clsYear
		}
	}
	var buf [32]byte
	if key, ok := lexKey(raw, buf[:0]); ok {
		if e, found := lexicon[string(key)]; found {
			t.lex, t.id, t.cls = e.lex, e.id, t.cls|e.cls
		}
	}
	if c != nil && c.isName(raw) {
		t.cls |= clsName
	}
	if c != nil && t.cls&clsName == 0 {
		if base, ok := cutPossessive(raw); ok && c.isName(base) {
			t.cls |= clsNamePoss
		}
	}
	return t
}

// lexKey lowers raw into buf, reading ’ as ', for a lexicon lookup; ok is
// false for words too long to be in the lexicon.
func lexKey(raw string, buf []byte) ([]byte, bool) {
	if len(raw) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		switch {
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case b == 0xE2 && strings.HasPrefix(raw[i:], "’"):
			b, i = '\'', i+2
		}
		buf = append(buf, b)
	}
	return buf, true
}

func isASCIIWord(b byte) bool { return isLetterByte(b) || isDigit(b) }

// wordEnd returns the end of the word starting at i: letters and digits,
// an apostrophe between letters, a decimal point between digits.
func wordEnd(s string, i int) int {
	for i < len(s) {
		b := s[i]
		switch {
		case isASCIIWord(b):
			i++
		case b == '\'' && i > 0 && i+1 < len(s) && isLetterByte(s[i-1]) && isLetterByte(s[i+1]):
			i++
		case b == '.' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]):
			i++
		case b >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			curly := r == '’' && i > 0 && i+size < len(s) && isLetterByte(s[i-1]) && isLetterByte(s[i+size])
			// marks belong to their letter: a decomposed "é", Arabic harakat,
			// Devanagari vowel signs
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !curly {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }

// lowerASCII lowers ASCII letters only, so byte offsets stay the same.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

func (t token) isNum() bool { return t.cls&clsNum != 0 }

// isSentenceEnd reports whether t ends a sentence.
func (t token) isSentenceEnd() bool {
	return t.kind == tokPunct && (t.raw == "." || t.raw == "!" || t.raw == "?" || t.raw == ";")
}

// wordSet returns a set of words, and adds them to the lexicon so tokens
// of these words carry their lower-case form.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
		wordID(w)
	}
	return m
}

// cutPossessive returns raw without a final 's or ’s.
func cutPossessive(raw string) (string, bool) {
	for _, s := range [...]string{"'s", "’s", "'S"} {
		if len(raw) > len(s) && raw[len(raw)-len(s):] == s {
			return raw[:len(raw)-len(s)], true
		}
	}
	return raw, false
}
