package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan/store"
)

func TestMigrateCopiesVerifiesAndIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "plans.db"), filepath.Join(dir, "copy", "plans.db")
	var out, errOut bytes.Buffer
	if code := run([]string{"demo", "--count", "12", "--db", from}, &out, &errOut); code != exitOK {
		t.Fatalf("demo: %d %s", code, errOut.String())
	}
	for i, wantNew := range []string{"(12 new)", "(0 new)"} {
		out.Reset()
		errOut.Reset()
		if code := run([]string{"migrate", "--from", from, "--to", to}, &out, &errOut); code != exitOK {
			t.Fatalf("migrate run %d: exit %d: %s", i+1, code, errOut.String())
		}
		if !strings.Contains(out.String(), "plans") || !strings.Contains(out.String(), wantNew) {
			t.Errorf("migrate run %d said:\n%s\nwant plans %s", i+1, out.String(), wantNew)
		}
	}
	st, err := store.Open(to)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Count(); n != 12 {
		t.Errorf("the copy holds %d plans, want 12", n)
	}

	// A target with other plans is refused.
	other := filepath.Join(dir, "other.db")
	if code := run([]string{"demo", "--count", "2", "--db", other}, &out, &errOut); code != exitOK {
		t.Fatal(errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"migrate", "--from", from, "--to", other}, &out, &errOut); code != exitProblems ||
		!strings.Contains(errOut.String(), "Nothing was changed") {
		t.Errorf("migrate into another caseload: exit %d, %q", code, errOut.String())
	}
	if code := run([]string{"migrate", "--from", from}, &out, &errOut); code != exitUsage {
		t.Errorf("migrate without --to: exit %d, want %d", code, exitUsage)
	}
}
