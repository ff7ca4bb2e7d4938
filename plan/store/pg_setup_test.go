package store

import (
	"errors"
	"os"
	"strings"
	"testing"

	"ehcplan/plan"
)

// readmeSetUp is the SQL council IT is told to run, read from the README
// ("How council IT sets up the server"), so the instructions and this
// test cannot drift apart.
func readmeSetUp(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "### How council IT sets up the server")
	if ok {
		_, rest, ok = strings.Cut(rest, "```sql\n")
	}
	sql, _, closed := strings.Cut(rest, "\n```")
	if !ok || !closed {
		t.Fatal("the README has no SQL block under \"How council IT sets up the server\"")
	}
	return sql
}

// runSetUp runs the README's SQL as the server's superuser, statement by
// statement, following its \c to the team database.
func runSetUp(t *testing.T, sql string) (db string) {
	t.Helper()
	db = "postgres"
	var stmt strings.Builder
	for line := range strings.Lines(sql) {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, `\c `):
			db = strings.TrimSpace(strings.TrimPrefix(trimmed, `\c `))
			continue
		case strings.HasPrefix(trimmed, "--") || trimmed == "":
			continue
		}
		stmt.WriteString(line)
		if strings.HasSuffix(trimmed, ";") {
			if err := testServer.Exec(db, stmt.String()); err != nil {
				t.Fatalf("the README's set-up: %v", err)
			}
			stmt.Reset()
		}
	}
	return db
}

// TestPGTheReadmesSetUp follows the README's instructions for council IT
// on a fresh server: the owner's first start makes the tables, and then a
// caseworker in ehcplan_users, with no rights beyond rows, does all the app
// does, while issued versions stay beyond their reach. After an upgrade
// that needs the schema changed, a caseworker starting first is told to
// have the owner open it, and nothing is changed; the owner's start then
// lets everyone in.
func TestPGTheReadmesSetUp(t *testing.T) {
	pgOnly(t)
	db := runSetUp(t, readmeSetUp(t))
	t.Cleanup(func() {
		testServer.Exec("postgres", "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)",
			`DROP ROLE IF EXISTS "priya.shah"`, "DROP ROLE IF EXISTS ehcplan_users", "DROP ROLE IF EXISTS ehcplan_owner")
	})
	as := func(user string) string {
		return strings.Replace(testServer.URL(db), "user=ehc", "user="+user, 1)
	}
	t.Setenv("PGPASSWORD", "") // trust on the test server's socket: no password is asked

	// A caseworker before the owner finds no tables, and is told who
	// makes them.
	_, err := Open(as("priya.shah"))
	if !errors.Is(err, ErrNeedsOwner) || !strings.Contains(err.Error(), "no EHC Plan Writer tables yet") {
		t.Errorf("a caseworker's start before the owner's: %v, want ErrNeedsOwner saying there are no tables yet", err)
	}
	owner, err := Open(as("ehcplan_owner"))
	if err != nil {
		t.Fatalf("the owner's first start: %v", err)
	}
	owner.Close()

	priya, err := Open(as("priya.shah"))
	if err != nil {
		t.Fatalf("a caseworker's start: %v", err)
	}
	caseworkerDoesItAll(t, priya)
	for _, q := range []string{`DROP TRIGGER versions_never_change ON versions`, `UPDATE versions SET who = 'someone else'`, `CREATE TABLE mine (x int)`} {
		if _, err := priya.db.Exec(q); err == nil {
			t.Errorf("a caseworker could %s", q)
		}
	}
	priya.Close()

	// A new version of the app that changes the schema: pretend the
	// database is one migration behind.
	if err := testServer.Exec(db, "UPDATE ehcplan.schema_version SET version = version - 1"); err != nil {
		t.Fatal(err)
	}
	_, err = Open(as("priya.shah"))
	if !errors.Is(err, ErrNeedsOwner) {
		t.Fatalf("a caseworker starting an upgraded app first: %v, want ErrNeedsOwner", err)
	}
	t.Logf("a caseworker first: %v", err)
	for _, says := range []string{db, "needs updating", "owner", "Sharing a caseload with your team", "Nothing has been changed"} {
		if !strings.Contains(err.Error(), says) {
			t.Errorf("message %q does not say %q", err, says)
		}
	}
	if owner, err = Open(as("ehcplan_owner")); err != nil {
		t.Fatalf("the owner's start after the upgrade: %v", err)
	}
	owner.Close()
	if priya, err = Open(as("priya.shah")); err != nil {
		t.Fatalf("a caseworker's start once the owner has updated the database: %v", err)
	}
	defer priya.Close()
	if list, err := priya.List(Filter{Search: "zoe"}); err != nil || len(list) != 1 {
		t.Errorf("after the upgrade the caseworker finds %d plans (%v), want the one saved", len(list), err)
	}
}

// caseworkerDoesItAll saves, finds, issues, reads back, keeps settings,
// shows presence and meets a conflict, as the app does for a caseworker.
func caseworkerDoesItAll(t *testing.T, s *Store) {
	t.Helper()
	p := person("Zoë Nguyen", "Zoë")
	if _, err := s.SaveFrom(p, "Priya Shah", 0); err != nil {
		t.Fatalf("save: %v", err)
	}
	if _, err := s.SaveFrom(p, "Sam Okoro", 0); !errors.Is(err, ErrConflict) {
		t.Errorf("a save over an unseen change: %v, want ErrConflict", err)
	}
	got, rev, err := s.LoadRevision(p.ID)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	got.SectionA.FamilyViews = "Mum would like the plan in easy read."
	if _, err := s.SaveFrom(got, "Priya Shah", rev); err != nil {
		t.Errorf("save again from the revision seen: %v", err)
	}
	if list, err := s.List(Filter{Search: "zoe nguyen"}); err != nil || len(list) != 1 {
		t.Errorf("search: %d plans, %v", len(list), err)
	}
	final := got.Clone()
	final.Status, final.Version = plan.StatusFinal, 1
	if err := s.IssueVersion(final, "Priya Shah"); err != nil {
		t.Fatalf("issue: %v", err)
	}
	if _, err := s.LoadVersion(final.ID, 1); err != nil {
		t.Errorf("load the issued version: %v", err)
	}
	if log, err := s.Changes(p.ID, 10); err != nil || len(log) == 0 {
		t.Errorf("change log: %d rows, %v", len(log), err)
	}
	if err := s.PutSetting("insight.themes", []byte(`{}`), "Priya Shah"); err != nil {
		t.Errorf("save a setting: %v", err)
	}
	if _, ok, err := s.Setting("insight.themes"); err != nil || !ok {
		t.Errorf("read a setting: %v, %v", ok, err)
	}
	if err := s.Present(p.ID, "Priya Shah"); err != nil {
		t.Errorf("say the plan is open: %v", err)
	}
	if err := s.Absent(p.ID); err != nil {
		t.Errorf("say the plan is closed: %v", err)
	}
}
