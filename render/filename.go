package render

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"ehcplan/plan"
)

// FileName names a plan's PDF surname first, so files sort by surname:
// "Ellis-Jordan-EHC-plan-2026-11-24.pdf". Names keep their letters (any
// script); accents are dropped where a base letter exists, and everything
// but letters and digits becomes a hyphen, so the name is safe on every
// file system.
func FileName(p *plan.Plan, day plan.Date) string {
	words := strings.Fields(p.Person.Name)
	if len(words) > 1 {
		last := words[len(words)-1]
		words = append([]string{last}, words[:len(words)-1]...)
	}
	name := strings.Join(strings.Fields(safeName(strings.Join(words, " "))), "-")
	if name == "" {
		name = "Unnamed"
		if p.ID != "" {
			name += "-" + strings.Join(strings.Fields(safeName(p.ID)), "-")
		}
	}
	if r := []rune(name); len(r) > 80 {
		name = string(r[:80])
	}
	date := day.String()
	if date == "" {
		date = "undated"
	}
	return strings.Trim(name, "-") + "-EHC-plan-" + date + ".pdf"
}

// transliterations are letters with no base letter under NFD.
var transliterations = map[rune]string{
	'Ł': "L", 'ł': "l", 'Ø': "O", 'ø': "o", 'Đ': "D", 'đ': "d", 'ß': "ss",
	'Æ': "AE", 'æ': "ae", 'Œ': "OE", 'œ': "oe", 'Þ': "Th", 'þ': "th", 'ı': "i",
}

// safeName keeps letters and digits (without accents) and turns every run
// of anything else into one space, so hyphens and apostrophes in names
// become word breaks.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent: drop it, keep the base letter
		case transliterations[r] != "":
			b.WriteString(transliterations[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return norm.NFC.String(b.String())
}
