package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan/store/pgtest"
)

// TestDBTakesATeamServerURL runs store commands with --db naming a team
// server, and moves the caseload back to a file and there again.
func TestDBTakesATeamServerURL(t *testing.T) {
	_, url := pgtest.Database(t, "ctl_test")
	file := filepath.Join(t.TempDir(), "plans.db")
	steps := [][]string{
		{"demo", "--count", "5", "--db", url},
		{"list", "--db", url},
		{"due", "--db", url},
		{"check", "--all", "--db", url},
		{"migrate", "--from", url, "--to", file},
		{"migrate", "--from", file, "--to", url},
	}
	for _, args := range steps {
		var out, errOut bytes.Buffer
		code := run(args, &out, &errOut)
		if code != exitOK && !((args[0] == "check" || args[0] == "due") && code == exitProblems) {
			t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
		}
		if args[0] == "list" && strings.Count(out.String(), "\n") < 5 {
			t.Errorf("list printed:\n%s", out.String())
		}
		if args[0] == "migrate" && args[2] == file && !strings.Contains(out.String(), "(0 new)") {
			t.Errorf("migrating back the copy it came from added rows:\n%s", out.String())
		}
	}
}
