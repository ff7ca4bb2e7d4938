package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func readICS(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// unfoldICS checks the physical lines (CRLF ends, at most 75 octets, valid
// UTF-8, nothing after the last CRLF) and returns the content lines with
// their folds undone (RFC 5545 3.1).
func unfoldICS(t *testing.T, ics string) []string {
	t.Helper()
	if !strings.HasSuffix(ics, "\r\n") {
		t.Errorf("the file does not end in CRLF")
	}
	var lines []string
	for i, raw := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if strings.ContainsAny(raw, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, raw)
		}
		if len(raw) > icsLineOctets || !utf8.ValidString(raw) {
			t.Errorf("line %d is %d octets (or not UTF-8): %q", i+1, len(raw), raw)
		}
		if strings.HasPrefix(raw, " ") && len(lines) > 0 {
			lines[len(lines)-1] += raw[1:]
			continue
		}
		lines = append(lines, raw)
	}
	return lines
}

// checkNesting checks BEGIN/END pairs balance and nest, and returns how
// many of each component there are.
func checkNesting(t *testing.T, lines []string) map[string]int {
	t.Helper()
	var stack []string
	count := map[string]int{}
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "BEGIN:"):
			stack = append(stack, l[6:])
			count[l[6:]]++
		case strings.HasPrefix(l, "END:"):
			if len(stack) == 0 || stack[len(stack)-1] != l[4:] {
				t.Fatalf("%s does not close %v", l, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Errorf("left open: %v", stack)
	}
	return count
}

// events returns each VEVENT's properties by name.
func events(lines []string) []map[string]string {
	var out []map[string]string
	inside := false
	for _, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			out, inside = append(out, map[string]string{}), true
		case l == "END:VEVENT":
			inside = false
		case inside:
			name, value, _ := strings.Cut(l, ":")
			out[len(out)-1][name] = value
		}
	}
	return out
}

func TestCalendarFile(t *testing.T) {
	db, ids := dueCaseload(t)
	withUmask(t, 0o022)
	path := filepath.Join(t.TempDir(), "due.ics")
	code, out, errs := runCmd("calendar", "--db", db, "--today", "2026-01-15", "-o", path)
	if code != exitOK || !strings.Contains(out, "wrote 3 due dates") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v %v, want 0600", info.Mode(), err)
	}
	if files := filesUnder(t, filepath.Dir(path)); len(files) != 1 {
		t.Errorf("files %q, want only the calendar", files)
	}
	lines := unfoldICS(t, readICS(t, path))
	if got := checkNesting(t, lines); got["VCALENDAR"] != 1 || got["VEVENT"] != 3 {
		t.Errorf("components %v, want 1 VCALENDAR and 3 VEVENT", got)
	}
	for _, want := range []string{"VERSION:2.0", "PRODID:-//EHC Plan Writer//ehcplanctl//EN"} {
		if !slices.Contains(lines, want) {
			t.Errorf("no %s line", want)
		}
	}
	ev := events(lines)
	want := []map[string]string{
		{"UID": ids["cara"] + "-final_plan@ehcplan", "DTSTART;VALUE=DATE": "20251219", "DTEND;VALUE=DATE": "20251220",
			"SUMMARY":     "Issue the final plan by 19 December 2025 – Cara Sample",
			"DESCRIPTION": `Overdue on 15 January 2026. SEND Regulations 2014 reg 13(2).`},
		{"UID": ids["ben"] + "-review_report@ehcplan", "DTSTART;VALUE=DATE": "20260116", "DTEND;VALUE=DATE": "20260117",
			"SUMMARY": "Send the review report by 16 January 2026 – Ben Example", "DESCRIPTION": "SEND Regulations 2014 reg 20(7)."},
		{"UID": ids["ada"] + "-review_invite@ehcplan", "DTSTART;VALUE=DATE": "20260224", "DTEND;VALUE=DATE": "20260225",
			"SUMMARY": `Send review invitations and advice by 24 February 2026 – Ada Fictional`, "DESCRIPTION": `SEND Regulations 2014 reg 20(3) and (4).`},
	}
	for i, w := range want {
		w["DTSTAMP"], w["TRANSP"] = "20260115T000000Z", "TRANSPARENT"
		if i >= len(ev) || !mapsEqual(ev[i], w) {
			t.Errorf("event %d:\n got %v\nwant %v", i, ev[min(i, len(ev)-1)], w)
		}
	}
	// The same caseload on the same day writes the same file: UIDs are
	// stable, so a re-import updates events instead of doubling them.
	again := filepath.Join(t.TempDir(), "again.ics")
	runCmd("calendar", "--db", db, "--today", "2026-01-15", "-o", again)
	if readICS(t, again) != readICS(t, path) {
		t.Errorf("a second calendar of the same caseload differs")
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestCalendarInitials(t *testing.T) {
	db, _ := dueCaseload(t)
	code, out, errs := runCmd("calendar", "--db", db, "--today", "2026-01-15", "--initials", "-o", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := unfoldICS(t, out)
	if !slices.Contains(lines, "SUMMARY:Send the review report by 16 January 2026 – B.E.") {
		t.Errorf("no event with the initials B.E.:\n%s", out)
	}
	for _, name := range []string{"Ada", "Ben", "Cara", "Fictional"} {
		if strings.Contains(out, name) {
			t.Errorf("--initials calendar names %s", name)
		}
	}
}

func TestInitialsOf(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Fictional": "A.F.", "ada fictional": "A.F.", "Ann-Marie O'Neill": "A.M.O.",
		"Zoë Łukasz": "Z.Ł.", "": "?", "  ": "?", "123": "?",
	} {
		if got := initialsOf(in); got != want {
			t.Errorf("initialsOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestICSText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":             "plain",
		`a,b;c\d`:           `a\,b\;c\\d`,
		"one\ntwo\r\nthree": `one\ntwo\nthree`,
		"end\n":             `end\n`,
		"Amira \u202eH":     `Amira \\u202eH`,
		"bell\a":            `bell\\a`,
	} {
		if got := icsText(in); got != want {
			t.Errorf("icsText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestICSFolding(t *testing.T) {
	for _, s := range []string{
		"SUMMARY:" + strings.Repeat("a", 67),                   // exactly 75: no fold
		"SUMMARY:" + strings.Repeat("a", 68),                   // 76: one fold
		"SUMMARY:" + strings.Repeat("Zoë Łukasz-Nowak 漢 ", 20), // multibyte across folds
		"SUMMARY:" + strings.Repeat("漢", 100),
	} {
		var w icsWriter
		w.line(s)
		got := unfoldICS(t, w.String())
		if len(got) != 1 || got[0] != s {
			t.Errorf("folding %q: unfolded to %q", s, got)
		}
		if len(s) <= icsLineOctets && strings.Contains(w.String(), "\r\n ") {
			t.Errorf("a %d-octet line was folded", len(s))
		}
	}
}
