package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
	"ehcplan/plan/store"
)

func fixture(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join("..", "..", "testdata", name+".json")
}

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func isPDF(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("%s is not a PDF", path)
	}
}

func TestRenderFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "jordan.pdf")
	code, stdout, stderr := runCmd("render", fixture(t, "leo-y5-draft"), "-o", out, "--today", "2026-01-12")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	isPDF(t, out)
	if !strings.Contains(stdout, "wrote "+out) || stderr != "" {
		t.Errorf("stdout %q, stderr %q", stdout, stderr)
	}
}

func TestRenderWarnsAboutReplacedCharacters(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(fixture(t, "leo-y5-draft"))
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "leo.json")
	os.WriteFile(in, bytes.Replace(data, []byte("Leo Nowak"), []byte("Leo 漢 Nowak"), 1), 0o644)
	code, _, stderr := runCmd("render", in, "-o", filepath.Join(dir, "leo.pdf"))
	if code != exitOK || !strings.Contains(stderr, "warning") || !strings.Contains(stderr, "U+6F22") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestRenderUsageErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format":"nope"}`), 0o644)
	cases := map[string][]string{
		"no args":         {"render"},
		"two files":       {"render", "a.json", "b.json"},
		"missing file":    {"render", filepath.Join(dir, "none.json"), "-o", filepath.Join(dir, "x.pdf")},
		"not a plan":      {"render", bad, "-o", filepath.Join(dir, "x.pdf")},
		"all without out": {"render", "--all", "--db", filepath.Join(dir, "s.db")},
		"bad date":        {"render", "--all", "--out", dir, "--due-before", "2026-13-01"},
		"file and all":    {"render", bad, "--all", "--out", dir},
	}
	for name, args := range cases {
		if code, _, _ := runCmd(args...); code != exitUsage {
			t.Errorf("%s: exit %d, want %d", name, code, exitUsage)
		}
	}
}

func TestRenderAll(t *testing.T) {
	dir := t.TempDir()
	db := fixtureStore(t, dir)
	out := filepath.Join(dir, "pdfs")
	code, stdout, stderr := runCmd("render", "--all", "--db", db, "--out", out, "--today", "2026-01-12", "--force")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Haddad-Amira", "Ellis-Jordan", "Nowak-Leo"} {
		isPDF(t, filepath.Join(out, want+"-EHC-plan-2026-01-12.pdf"))
	}
	if !strings.Contains(stderr, "] 3/3 ") || !strings.Contains(stdout, "rendered 3 of 3") {
		t.Errorf("stdout %q, stderr %q", stdout, stderr)
	}

	due := filepath.Join(dir, "due")
	code, stdout, _ = runCmd("render", "--all", "--db", db, "--out", due, "--due-before", "2026-06-01", "--force")
	entries, _ := os.ReadDir(due)
	if code != exitOK || len(entries) >= 3 {
		t.Errorf("--due-before: exit %d, %d files (%s)", code, len(entries), stdout)
	}
}

// fixtureStore is a store in dir holding the three fixtures.
func fixtureStore(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "plans.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var plans []*plan.Plan
	for _, name := range []string{"amira-y12-final", "jordan-y10-final", "leo-y5-draft"} {
		data, _ := os.ReadFile(fixture(t, name))
		p, err := plan.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		plans = append(plans, p)
	}
	if err := st.Import(plans, "test"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return db
}

func TestProgressAndSortName(t *testing.T) {
	cases := []struct {
		n, total int
		name     string
		want     string
	}{
		{0, 4, "Ellis, Jordan", "[>                             ] 0/4 Ellis, Jordan"},
		{2, 4, "Ellis, Jordan", "[===============>              ] 2/4 Ellis, Jordan"},
		{4, 4, "Ellis, Jordan", "[==============================] 4/4 Ellis, Jordan"},
	}
	for _, c := range cases {
		if got := strings.TrimRight(progress(c.n, c.total, c.name), " "); got != c.want {
			t.Errorf("progress(%d, %d) = %q, want %q", c.n, c.total, got, c.want)
		}
	}
	for in, want := range map[string]string{"Jordan Ellis": "Ellis, Jordan", "Prince": "Prince", "Mary Ann Lee": "Lee, Mary Ann", "": ""} {
		if got := sortName(in); got != want {
			t.Errorf("sortName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkRenderAll renders 100 demo plans from a store the way
// "render --all" does (one loader, a renderer per core), per plan.
func BenchmarkRenderAll(b *testing.B) {
	dir := b.TempDir()
	st, err := store.Open(filepath.Join(dir, "plans.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	today := plan.MustDate("2026-01-12")
	if err := st.Import(demo.Plans(100, 1, today), "bench"); err != nil {
		b.Fatal(err)
	}
	sums, err := st.List(store.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "pdfs")
	rf := renderFlags{outDir: out, today: today, force: true}
	jobs := planJobs(sums, rf)
	for b.Loop() {
		// render --all never replaces a file, so each run starts empty
		if err := os.RemoveAll(out); err != nil || os.Mkdir(out, 0o700) != nil {
			b.Fatal(err)
		}
		if failed := runJobs(st, jobs, rf, io.Discard); failed > 0 {
			b.Fatalf("%d failed", failed)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(jobs)), "ms/plan")
}
