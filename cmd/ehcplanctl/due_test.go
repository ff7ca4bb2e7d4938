package main

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
)

// dueCaseload is four fictional plans: a draft past its 20 weeks, a
// meeting held and its report not sent, a final never reviewed, and a
// ceased plan (never listed). On 15 January 2026 they are due 19 December
// 2025 (overdue), 16 January and 24 February 2026.
func dueCaseload(t *testing.T) (db string, ids map[string]string) {
	t.Helper()
	year := 4
	mk := func(id, name string, status plan.Status) *plan.Plan {
		p := planWithID(id, name)
		p.Status = status
		p.Person.YearGroup = &year
		p.Person.DateOfBirth = plan.MustDate("2016-10-10")
		return p
	}
	ada := mk("id-ada", "Ada Fictional", plan.StatusFinal)
	ada.Dates.Issued = plan.MustDate("2025-03-10")
	ben := mk("id-ben", "Ben Example", plan.StatusFinal)
	ben.Dates.Issued = plan.MustDate("2025-02-01")
	ben.Reviews = []plan.Review{{Date: plan.MustDate("2026-01-02")}}
	cara := mk("id-cara", "Cara Sample", plan.StatusDraft)
	cara.Dates.Request = plan.MustDate("2025-08-01")
	dan := mk("id-dan", "Dan Ceased", plan.StatusCeased)
	dan.Dates.Issued = plan.MustDate("2024-01-01")
	return storeWith(t, ada, ben, cara, dan), map[string]string{"ada": ada.ID, "ben": ben.ID, "cara": cara.ID}
}

func TestDueListsSoonestFirst(t *testing.T) {
	db, _ := dueCaseload(t)
	code, out, errs := runCmd("due", "--db", db, "--today", "2026-01-15")
	if code != exitProblems {
		t.Fatalf("exit %d, want %d (a step is overdue): %s", code, exitProblems, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	want := []struct{ name, words, due string }{
		{"Cara Sample", "Issue the final plan by 19 Dec 2025 (27 days late)", "2025-12-19  OVERDUE"},
		{"Ben Example", "Send the review report by 16 Jan", "2026-01-16"},
		{"Ada Fictional", "Send review invitations and advice by 24 Feb", "2026-02-24"},
	}
	if len(lines) != len(want)+1 || !strings.HasPrefix(lines[0], "NAME") {
		t.Fatalf("got %d lines, want a header and %d rows:\n%s", len(lines), len(want), out)
	}
	col := strings.Index(lines[0], "NEXT STEP")
	dueCol := strings.Index(lines[0], "DUE")
	for i, w := range want {
		row := lines[i+1]
		if !strings.HasPrefix(row, w.name) || !strings.HasPrefix(row[col:], w.words) || row[dueCol:] != w.due {
			t.Errorf("row %d = %q, want %s | %s | %s in aligned columns", i+1, row, w.name, w.words, w.due)
		}
	}
	if !strings.Contains(errs, "3 steps, 1 overdue") {
		t.Errorf("stderr = %q, want the totals", errs)
	}
	// A month earlier nothing is overdue yet: exit 0.
	if code, out, errs := runCmd("due", "--db", db, "--today", "2025-12-01"); code != exitOK || strings.Contains(out, "OVERDUE") {
		t.Errorf("on 1 December 2025: exit %d\n%s%s", code, out, errs)
	}
}

func TestDueJSON(t *testing.T) {
	db, ids := dueCaseload(t)
	code, out, errs := runCmd("due", "--json", "--db", db, "--today", "2026-01-15")
	if code != exitProblems {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := []map[string]any{
		{"id": ids["cara"], "name": "Cara Sample", "step": "final_plan", "due": "2025-12-19", "overdue": true},
		{"id": ids["ben"], "name": "Ben Example", "step": "review_report", "due": "2026-01-16", "overdue": false},
		{"id": ids["ada"], "name": "Ada Fictional", "step": "review_invite", "due": "2026-02-24", "overdue": false},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d:\n%s", len(got), len(want), out)
	}
	for i := range want {
		if !maps.Equal(got[i], want[i]) {
			t.Errorf("entry %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestDueEmptyStore(t *testing.T) {
	db := storeWith(t)
	code, out, errs := runCmd("due", "--json", "--db", db)
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("empty store: exit %d, %q (want []) %s", code, out, errs)
	}
}

func TestDueAndCalendarUsage(t *testing.T) {
	db, _ := dueCaseload(t)
	missing := filepath.Join(t.TempDir(), "no-such-folder", "plans.db")
	for _, args := range [][]string{
		{"due", "--db", db, "extra"},
		{"due", "--db", db, "--today", "2026-02-30"},
		{"due", "--db", missing},
		{"calendar", "--db", db},
		{"calendar", "--db", db, "-o", filepath.Join(t.TempDir(), "a.ics"), "extra"},
		{"calendar", "--db", db, "--today", "15/01/2026", "-o", filepath.Join(t.TempDir(), "a.ics")},
		{"calendar", "--db", missing, "-o", filepath.Join(t.TempDir(), "a.ics")},
		{"calendar", "--db", db, "-o", filepath.Join(t.TempDir(), "no-such-folder", "a.ics")},
	} {
		if code, _, errs := runCmd(args...); code != exitUsage || errs == "" {
			t.Errorf("%s: exit %d (want %d) %q", strings.Join(args, " "), code, exitUsage, errs)
		}
	}
}

func TestDueAndCalendarPrintNamesSafely(t *testing.T) {
	hostile := "Amira \u202eHaddad\x1b[2J\nBEL\a"
	p := planWithID("id-\u2066x", hostile)
	p.Dates.Request = plan.MustDate("2026-01-01")
	db := storeWith(t, p)
	code, out, errs := runCmd("due", "--db", db, "--today", "2026-01-15")
	if code != exitOK || !strings.Contains(out, `Amira \u202eHaddad\x1b[2J\nBEL\a`) {
		t.Errorf("due: exit %d, %q, want the name with visible escapes (%s)", code, out, errs)
	}
	ics := filepath.Join(t.TempDir(), "due.ics")
	if code, _, errs := runCmd("calendar", "--db", db, "--today", "2026-01-15", "-o", ics); code != exitOK {
		t.Fatalf("calendar: exit %d %s", code, errs)
	}
	cal := unfoldICS(t, readICS(t, ics))
	all := strings.Join(cal, "\n") + out + errs
	for _, bad := range []string{"\u202e", "\u2066", "\x1b", "\a"} {
		if strings.Contains(all, bad) {
			t.Errorf("printed %q raw:\n%q", bad, all)
		}
	}
	if !slices.Contains(cal, `SUMMARY:Issue the final plan by 21 May 2026 – Amira \\u202eHaddad\\x1b[2J\nBEL\\a`) {
		t.Errorf("calendar lacks the escaped name:\n%s", strings.Join(cal, "\n"))
	}
}

// Like list and check --all, due and calendar only read: they work while
// the app holds the write lock.
func TestDueAndCalendarDoNotWaitForAWriter(t *testing.T) {
	db, _ := dueCaseload(t)
	holdWriteLock(t, db)
	for _, args := range [][]string{
		{"due", "--db", db},
		{"calendar", "--db", db, "-o", filepath.Join(t.TempDir(), "a.ics")},
	} {
		if code, _, errs := runCmd(args...); code == exitUsage || strings.Contains(errs, "locked") {
			t.Errorf("%s while another program writes: exit %d\n%s", args[0], code, errs)
		}
	}
}
