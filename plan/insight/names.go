package insight

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ehcplan/plan"
)

// replaceNames returns text with each word that is a name replaced by
// "[name]". A name that is also an everyday word ("Will", "May") is
// replaced only where it starts with a capital letter.
func replaceNames(text string, names map[string]bool) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		word := text[start:end]
		if isNameWord(word, names) {
			b.WriteString("[name]")
		} else {
			b.WriteString(word)
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || plan.IsApostrophe(r) && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(text))
	return b.String()
}

// hasName says whether any of a statement's folded words (apostrophes
// already dropped: "sams" for "Sam's") may be a name.
func hasName(words []string, names map[string]bool) bool {
	for _, w := range words {
		if names[w] || names[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

func isNameWord(word string, names map[string]bool) bool {
	w := foldOne(word)
	if !names[w] {
		base, ok := possessive(word)
		if !ok || !names[base] {
			return false
		}
		w = base
	}
	if !stopWords[w] && !generalWords[w] {
		return true
	}
	first, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(first)
}

// foldOne is fold of one word: an ASCII word (most words) is only put in
// lower case, with no copy made when it is already.
func foldOne(word string) string {
	upper := false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= utf8.RuneSelf || c == '\'' || c == '`':
			return fold(word)
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	if upper {
		return strings.ToLower(word)
	}
	return word
}

// possessive is "sam" for "Sam's" or "Sam’s".
func possessive(word string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(word, suf) {
			return fold(strings.TrimSuffix(word, suf)), true
		}
	}
	return "", false
}
