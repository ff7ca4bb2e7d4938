package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"ehcplan/plan"
)

// fold turns a name into its search form: lower case, accents removed,
// apostrophes dropped (O'Brien = OBrien), other punctuation and runs of
// spaces made one space. Queries are folded the same way.
func fold(s string) string {
	var b strings.Builder
	space := true // drop leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), plan.IsApostrophe(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if t, ok := plan.FoldLetter(r); ok {
				b.WriteString(t)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// searchKey is what Search matches: the folded name and preferred name.
func searchKey(name, preferred string) string {
	return fold(name) + " | " + fold(preferred)
}

// sortKey orders the caseload by surname (the last word of the name, so
// "Adeyemi-Clarke" whole), then the whole name.
func sortKey(name string) string {
	surname, _ := surnameForename(name)
	return fold(surname) + " / " + fold(name)
}

// surnameForename splits a name for file names: the last word and the first.
func surnameForename(name string) (surname, forename string) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return "", ""
	}
	return words[len(words)-1], words[0]
}
