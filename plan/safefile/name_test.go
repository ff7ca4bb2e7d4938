package safefile

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"ehcplan/plan"
)

func TestName(t *testing.T) {
	day := []string{"EHC plan", "2026-11-24"}
	cases := []struct {
		person  string
		details []string
		want    string
	}{
		{"Jordan Ellis", day, "Ellis-Jordan-EHC-plan-2026-11-24.pdf"},
		{"Zoë Łukasz-Nowak", day, "Łukasz-Nowak-Zoë-EHC-plan-2026-11-24.pdf"},
		{"Zoe\u0308 Ellis", day, "Ellis-Zoë-EHC-plan-2026-11-24.pdf"}, // NFD in, NFC out
		{"Ελένη Παπαδοπούλου", day, "Παπαδοπούλου-Ελένη-EHC-plan-2026-11-24.pdf"},
		{"  Mary  Ann   O'Neil ", day, "O-Neil-Mary-Ann-EHC-plan-2026-11-24.pdf"},
		{"../../etc/passwd", day, "etc-passwd-EHC-plan-2026-11-24.pdf"},
		{`C:\Users\x`, day, "C-Users-x-EHC-plan-2026-11-24.pdf"},
		{`a<b>c:d"e/f\g|h?i*j`, nil, "a-b-c-d-e-f-g-h-i-j.pdf"},
		{".hidden", nil, "hidden.pdf"},
		{"...", nil, "Unnamed.pdf"},
		{"-rf", nil, "rf.pdf"},
		{"", day, "Unnamed-EHC-plan-2026-11-24.pdf"},
		{"Amira \u202eHaddad", nil, "Haddad-Amira.pdf"},
		{"Am\u202eira\u2066 \u2069Haddad\u200b", nil, "Haddad-Amira.pdf"},
		{"Amira\nHaddad\r\n\x1b[31m", nil, "31m-Amira-Haddad.pdf"},
		{"Amira\x00Haddad\x7f", nil, "Amira-Haddad.pdf"},
		{"Jordan Ellis \u202e \x1b", nil, "Ellis-Jordan.pdf"},
		{"Bad\xffUTF8", nil, "Bad-UTF8.pdf"},
		{"CON", nil, "CON_.pdf"},
		{"nul", nil, "nul_.pdf"},
		{"Com1", nil, "Com1_.pdf"},
		{"LPT9", nil, "LPT9_.pdf"},
		{"COM10", nil, "COM10.pdf"},
		{"CON", []string{"EHC plan"}, "CON-EHC-plan.pdf"},
		{"Leo Nowak", []string{"/../../a"}, "Nowak-Leo-a.pdf"},
	}
	for _, c := range cases {
		if got := Name(".pdf", c.person, c.details...); got != c.want {
			t.Errorf("Name(%q, %q) = %q, want %q", c.person, c.details, got, c.want)
		}
	}
}

// TestNameIsSafeAndShortForAnyInput checks the properties every name must
// have, for inputs long and hostile enough to break a naive policy.
func TestNameIsSafeAndShortForAnyInput(t *testing.T) {
	inputs := map[string]string{
		"1000 characters":   strings.Repeat("Bartholomew ", 84)[:1000],
		"10000 characters":  strings.Repeat("Zoë", 3334),
		"10000 wide runes":  strings.Repeat("漢", 10000),
		"accents to cut":    strings.Repeat("e\u0301", 5000),
		"bidi and newlines": strings.Repeat("\u202eA\nB\u2067", 3000),
		"long ID":           strings.Repeat("/..", 4000),
		"only junk":         strings.Repeat("\u202e\n./\\", 1000),
	}
	for what, s := range inputs {
		for _, name := range []string{
			Name(".pdf", s, "EHC plan", "2026-11-24"),
			Name(".json", "Jordan Ellis", s, "20260302-140509"),
			Name(".json", s, s, s),
			Numbered(Name(".pdf", s), 9999),
		} {
			assertSafe(t, what, name)
		}
	}
	// the details survive a long name
	if got := Name(".pdf", strings.Repeat("Zoë", 3334), "EHC plan", "2026-11-24"); !strings.HasSuffix(got, "-EHC-plan-2026-11-24.pdf") {
		t.Errorf("a long name lost the date: %q", got)
	}
}

func assertSafe(t *testing.T, what, name string) {
	t.Helper()
	switch {
	case len(name) > MaxNameBytes:
		t.Errorf("%s: %d bytes: %q", what, len(name), name)
	case !utf8.ValidString(name):
		t.Errorf("%s: not UTF-8: %q", what, name)
	case strings.HasPrefix(name, ".") || strings.HasPrefix(name, "-"):
		t.Errorf("%s: starts with a dot or hyphen: %q", what, name)
	case strings.ContainsAny(name, "<>:\"/\\|?*\n\r\x00\x1b\u202e\u2066\u2067\u2069"):
		t.Errorf("%s: unsafe character in %q", what, name)
	case strings.Count(name, ".") != 1:
		t.Errorf("%s: dots besides the extension: %q", what, name)
	}
}

func TestNameExtension(t *testing.T) {
	for ext, want := range map[string]string{".pdf": "Nowak-Leo.pdf", "json": "Nowak-Leo.json", "": "Nowak-Leo", ".": "Nowak-Leo", "./../x y": "Nowak-Leo.xy"} {
		if got := Name(ext, "Leo Nowak"); got != want {
			t.Errorf("Name(%q) = %q, want %q", ext, got, want)
		}
	}
}

func TestNumbered(t *testing.T) {
	cases := []struct {
		name string
		n    int
		want string
	}{
		{"Ellis-Jordan.pdf", 1, "Ellis-Jordan.pdf"},
		{"Ellis-Jordan.pdf", 2, "Ellis-Jordan-2.pdf"},
		{"Ellis-Jordan.pdf", 10, "Ellis-Jordan-10.pdf"},
		{Name(".pdf", strings.Repeat("x", 500)), 3, strings.Repeat("x", 92) + "-3.pdf"},
		{Name(".pdf", strings.Repeat("x", 500)), 12345, strings.Repeat("x", 90) + "-12345.pdf"},
	}
	for _, c := range cases {
		if got := Numbered(c.name, c.n); got != c.want {
			t.Errorf("Numbered(%q, %d) = %q, want %q", c.name, c.n, got, c.want)
		}
	}
}

func TestPlanNames(t *testing.T) {
	day := plan.MustDate("2026-11-24")
	p := &plan.Plan{ID: "3c0d8a52-0000-4000-8000-000000000001", Version: 3, Person: plan.Person{Name: "Jordan Ellis"}}
	unnamed := &plan.Plan{ID: "x1"}
	hostile := &plan.Plan{ID: "/../../a", Person: plan.Person{Name: "Jordan Ellis"}}
	at := time.Date(2026, 3, 2, 14, 5, 9, 0, time.UTC)
	cases := []struct{ got, want string }{
		{PDFName(p, day, false), "Ellis-Jordan-EHC-plan-2026-11-24.pdf"},
		{PDFName(p, day, true), "Ellis-Jordan-3c0d8a52-EHC-plan-2026-11-24.pdf"},
		{PDFName(p, plan.Date{}, false), "Ellis-Jordan-EHC-plan-undated.pdf"},
		{PDFName(unnamed, day, false), "Unnamed-x1-EHC-plan-2026-11-24.pdf"},
		{PDFName(hostile, day, true), "Ellis-Jordan-a-EHC-plan-2026-11-24.pdf"},
		{ExportName(p), "Ellis-Jordan-EHC-plan-v3.json"},
		{DeletedName(p, at), "Ellis-Jordan-3c0d8a52-0000-4000-8000-000000000001-20260302-140509.json"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
