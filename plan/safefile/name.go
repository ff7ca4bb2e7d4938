package safefile

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ehcplan/plan"
)

// MaxNameBytes caps every file name Name makes, extension included: far
// under the 255-byte limit of common file systems, and short enough to
// leave room for the folder within Windows' 260-character paths.
const MaxNameBytes = 100

const (
	// maxDetailBytes caps each detail, so a long ID cannot crowd out the
	// young person's name.
	maxDetailBytes = 40
	// minPersonBytes is what the name keeps however long the details are.
	minPersonBytes = 20
	// numberRoom is kept free in every name so Numbered can add "-999"
	// without cutting it.
	numberRoom = 4
	// idHintBytes is how much of a plan ID tells two namesakes apart.
	idHintBytes = 8
)

// Name is the one file-naming policy: the file name for a document about
// a young person, made from their name (put surname first, so files sort
// by surname), then details such as a date, "EHC plan" or an ID, then ext
// (like ".pdf", or "" for none).
//
// Every part keeps only letters of any script (accents kept, in NFC) and
// digits; format characters (bidi overrides and isolates U+202A-202E,
// U+2066-2069, zero-width characters) are dropped, and every run of
// anything else (spaces, control characters, dots, path separators,
// <>:"/\|?*, punctuation) becomes one hyphen. So a name can never climb
// out of its folder, hide as a dot file, start with "-", or reorder
// itself on screen. It is at most MaxNameBytes bytes (cut on a character
// boundary), never empty ("Unnamed"), and never a Windows device name such
// as CON, NUL or COM1.
//
// Different plans can get the same name: writers make each file unique on
// disk with WriteNew (and a batch within its run with Numbered).
func Name(ext, person string, details ...string) string {
	if ext = strings.ReplaceAll(clean(ext), "-", ""); ext != "" {
		ext = "." + ext
	}
	var tail []string
	for _, d := range details {
		if d = cut(clean(d), maxDetailBytes); d != "" {
			tail = append(tail, d)
		}
	}
	budget := MaxNameBytes - len(ext) - numberRoom
	who := surnameFirst(person)
	if who == "" {
		who = "Unnamed"
	}
	rest := strings.Join(tail, "-")
	if rest != "" {
		who = cut(who, max(budget-len(rest)-1, minPersonBytes))
		who += "-" + rest
	}
	stem := cut(who, budget)
	if isDeviceName(stem) {
		stem += "_"
	}
	return stem + ext
}

// PDFName names a plan's PDF: "Ellis-Jordan-EHC-plan-2026-11-24.pdf".
// withID adds the start of the plan's ID after the name
// ("Ellis-Jordan-3c0d8a52-EHC-plan-2026-11-24.pdf"), to tell apart young
// people who share a name; a plan with no name always gets its ID.
func PDFName(p *plan.Plan, day plan.Date, withID bool) string {
	date := day.String()
	if date == "" {
		date = "undated"
	}
	details := []string{"EHC plan", date}
	switch {
	case clean(p.Person.Name) == "" && p.ID != "":
		details = append([]string{p.ID}, details...)
	case withID:
		details = append([]string{cut(clean(p.ID), idHintBytes)}, details...)
	}
	return Name(".pdf", p.Person.Name, details...)
}

// ExportName names a plan file exported from the app:
// "Ellis-Jordan-EHC-plan-v3.json".
func ExportName(p *plan.Plan) string {
	return Name(".json", p.Person.Name, "EHC plan", fmt.Sprintf("v%d", p.Version))
}

// DeletedName names the copy kept of a deleted plan:
// "Ellis-Jordan-<plan ID>-20260302-140509.json".
func DeletedName(p *plan.Plan, at time.Time) string {
	return Name(".json", p.Person.Name, p.ID, at.Format("20060102-150405"))
}

// Numbered is name with "-n" before its extension, for the nth file that
// would otherwise share it ("Ellis-Jordan-EHC-plan-2026-11-24-2.pdf").
// It stays within MaxNameBytes. n < 2 gives name unchanged.
func Numbered(name string, n int) string {
	if n < 2 {
		return name
	}
	ext := filepath.Ext(name)
	suffix := fmt.Sprintf("-%d", n)
	stem := cut(strings.TrimSuffix(name, ext), MaxNameBytes-len(ext)-len(suffix))
	return stem + suffix + ext
}

// surnameFirst cleans each word of a name and moves the last one left to
// the front, joined by hyphens.
func surnameFirst(name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		if w = clean(w); w != "" {
			words = append(words, w)
		}
	}
	if len(words) > 1 {
		words = append(words[len(words)-1:], words[:len(words)-1]...)
	}
	return strings.Join(words, "-")
}

// clean keeps letters, combining marks and digits, drops format
// characters, and turns every run of anything else into one hyphen, with
// none at either end.
func clean(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")) {
		switch {
		case unicode.Is(unicode.Cf, r):
			// invisible: drop, so "Jor\u202edan" stays one word
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && b.Len() > 0 && !gap):
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			gap = false
			b.WriteRune(r)
		default:
			gap = true
		}
	}
	return b.String()
}

// cut shortens s to at most n bytes on a character boundary, with no
// hyphen left at the end.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], "-")
}

// isDeviceName reports names Windows reserves for devices in every folder.
func isDeviceName(stem string) bool {
	switch strings.ToUpper(stem) {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) == 4 {
		prefix := strings.ToUpper(stem[:3])
		return (prefix == "COM" || prefix == "LPT") && stem[3] >= '0' && stem[3] <= '9'
	}
	return false
}
