package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ehcplan/plan"
)

// ctl runs one command line and returns its exit code, stdout and stderr.
func ctl(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func fixtureFiles(t *testing.T) []string {
	files, err := filepath.Glob("../../testdata/*.json")
	if err != nil || len(files) != 3 {
		t.Fatalf("fixtures: %v %v", files, err)
	}
	return files
}

func TestImportThenList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	code, out, errs := ctl(t, append(append([]string{"import"}, fixtureFiles(t)...), "--db", db)...)
	if code != exitOK {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	for _, name := range []string{"Amira Haddad", "Jordan Ellis", "Leo Nowak"} {
		if !strings.Contains(out, "imported "+name) {
			t.Errorf("import output lacks %s:\n%s", name, out)
		}
	}
	code, out, errs = ctl(t, "list", "--db", db)
	if code != exitOK || strings.Count(out, "\n") != 4 || !strings.Contains(errs, "3 plans") {
		t.Fatalf("list: exit %d\n%s%s", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// Ordered by surname: Ellis, Haddad, Nowak.
	for i, name := range []string{"Jordan Ellis", "Amira Haddad", "Leo Nowak"} {
		if !strings.HasPrefix(lines[i+1], name) {
			t.Errorf("row %d = %q, want %s first", i+1, lines[i+1], name)
		}
	}
	_, out, _ = ctl(t, "list", "--db", db, "--search", "NOWAK")
	if !strings.Contains(out, "Leo Nowak") || strings.Contains(out, "Jordan") {
		t.Errorf("search: %s", out)
	}
}

func TestImportRefusesBadFileAndImportsNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	bad := filepath.Join(dir, "bad.json")
	data, _ := os.ReadFile(fixtureFiles(t)[1])
	os.WriteFile(bad, bytes.Replace(data, []byte(`"by": "2026-07-17"`), []byte(`"by": 20260717`), 1), 0o600)
	code, _, errs := ctl(t, "import", fixtureFiles(t)[0], bad, "--db", db)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	if !strings.Contains(errs, bad) || !strings.Contains(errs, "areas[0].outcomes[0].by") || !strings.Contains(errs, "Nothing was imported") {
		t.Errorf("message should name the file and the JSON path:\n%s", errs)
	}
	if _, err := os.Stat(db); err == nil {
		_, _, errs = ctl(t, "list", "--db", db)
		if !strings.Contains(errs, "0 plans") {
			t.Errorf("a refused import left plans behind: %s", errs)
		}
	}
}

func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	src := fixtureFiles(t)[1]
	if code, _, errs := ctl(t, "import", src, "--db", db); code != exitOK {
		t.Fatal(errs)
	}
	want := readPlan(t, src)
	out := filepath.Join(dir, "out.json")
	if code, _, errs := ctl(t, "export", want.ID, "--db", db, "-o", out); code != exitOK {
		t.Fatalf("export: %s", errs)
	}
	if got := readPlan(t, out); !reflect.DeepEqual(got, want) {
		t.Error("exported plan differs from the imported file")
	}
	code, _, errs := ctl(t, "export", "no-such-id", "--db", db, "-o", out)
	if code != exitUsage || !strings.Contains(errs, "no plan with this ID") {
		t.Errorf("unknown ID: exit %d: %s", code, errs)
	}
}

func readPlan(t *testing.T, path string) *plan.Plan {
	t.Helper()
	p, err := readPlanFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDemoAddsPlans(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	if code, out, errs := ctl(t, "demo", "--count", "25", "--db", db); code != exitOK || !strings.Contains(out, "added 25") {
		t.Fatalf("demo: %d %s %s", code, out, errs)
	}
	if _, _, errs := ctl(t, "list", "--db", db); !strings.Contains(errs, "25 plans") {
		t.Errorf("list after demo: %s", errs)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{}, {"frobnicate"}, {"import"}, {"export", "--db", "x.db"}, {"demo", "--count", "0"}, {"import", "--nope"},
	}
	for _, args := range cases {
		if code, _, _ := ctl(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}
