package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// storeWith saves plans built in code straight into a new store, so IDs
// that import would refuse (a store may already hold them) reach the
// commands.
func storeWith(t *testing.T, plans ...*plan.Plan) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "plans.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, p := range plans {
		if err := st.Save(p, "test"); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func planWithID(id, name string) *plan.Plan {
	p := plan.New(name)
	p.ID = id
	return p
}

// filesUnder lists every file below dir, as paths relative to it.
func filesUnder(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestRenderAllNamesEveryFileSafelyInsideOut(t *testing.T) {
	long := strings.Repeat("Bartholomew ", 84)[:1000]
	cases := []struct {
		name  string
		plans []*plan.Plan
	}{
		{"IDs that climb out of the folder", []*plan.Plan{
			planWithID("/../../a", "Jordan Ellis"), planWithID("/../../b", "Jordan Ellis")}},
		{"IDs sharing their first 8 characters", []*plan.Plan{
			planWithID("abcdefgh-1111", "Jordan Ellis"), planWithID("abcdefgh-2222", "Jordan Ellis")}},
		{"identical names and IDs sharing a prefix, four times", []*plan.Plan{
			planWithID("abcdefgh-1", "Leo Nowak"), planWithID("abcdefgh-2", "Leo Nowak"),
			planWithID("abcdefgh-3", "Leo Nowak"), planWithID("abcdefgh-4", "Leo Nowak")}},
		{"a 1000-character name", []*plan.Plan{planWithID("id-long", long), planWithID("id-long-2", long)}},
		{"a 10000-character name", []*plan.Plan{planWithID("id-huge", strings.Repeat("Zoë", 3334))}},
		{"names with control and bidi characters", []*plan.Plan{
			planWithID("id-rlo", "Amira \u202eHaddad"), planWithID("id-nl", "Amira\nHaddad\r\x1b[2J"),
			planWithID("id-iso", "\u2066Amira\u2069 Haddad")}},
		{"Windows device names", []*plan.Plan{
			planWithID("id-con", "CON"), planWithID("id-nul", "nul"), planWithID("id-com1", "COM1"), planWithID("id-lpt9", "Lpt9")}},
		{"hostile names", []*plan.Plan{
			planWithID("id-dots", "../../etc/passwd"), planWithID("id-win", `a<b>c:d"e/f\g|h?i*j`), planWithID("id-dot", ".hidden")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := storeWith(t, c.plans...)
			root := t.TempDir()
			out := filepath.Join(root, "deep", "pdfs")
			code, stdout, stderr := runCmd("render", "--all", "--db", db, "--out", out, "--today", "2026-01-12")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			files := filesUnder(t, root)
			if len(files) != len(c.plans) {
				t.Errorf("%d files for %d plans: %q", len(files), len(c.plans), files)
			}
			for _, f := range files {
				if filepath.Dir(f) != filepath.Join("deep", "pdfs") {
					t.Errorf("%s is outside --out", f)
				}
				base := filepath.Base(f)
				if len(base) > 100 || strings.HasPrefix(base, ".") || strings.ContainsAny(base, "<>:\"\\|?*\n\r\x1b\u202e\u2066\u2069") {
					t.Errorf("unsafe file name %q", base)
				}
				isPDF(t, filepath.Join(root, f))
			}
			want := fmt.Sprintf("rendered %d of %d", len(c.plans), len(c.plans))
			if !strings.Contains(stdout, want) {
				t.Errorf("stdout %q, want %q", stdout, want)
			}
		})
	}
}

func TestRenderAllNeverOverwritesAFileItDidNotWrite(t *testing.T) {
	db := storeWith(t, planWithID("id-1", "Jordan Ellis"))
	out := t.TempDir()
	mine := filepath.Join(out, "Ellis-Jordan-EHC-plan-2026-01-12.pdf")
	if err := os.WriteFile(mine, []byte("someone else's file"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd("render", "--all", "--db", db, "--out", out, "--today", "2026-01-12")
	if code != exitOK || !strings.Contains(stdout, "rendered 1 of 1") || !strings.Contains(stderr, "1 of the PDFs have a number added") {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	if data, _ := os.ReadFile(mine); string(data) != "someone else's file" {
		t.Errorf("render --all overwrote a file that was already there")
	}
	isPDF(t, filepath.Join(out, "Ellis-Jordan-EHC-plan-2026-01-12-2.pdf"))
	if files := filesUnder(t, out); len(files) != 2 {
		t.Fatalf("files %q, want the old one and a new PDF", files)
	}
}

func TestExportWritesAtomically0600(t *testing.T) {
	db := storeWith(t, planWithID("id-1", "Jordan Ellis"))
	withUmask(t, 0o022)

	t.Run("mode 0600 and no leftovers", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "jordan.json")
		if code, _, stderr := runCmd("export", "id-1", "--db", db, "-o", out); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if info, err := os.Stat(out); err != nil || info.Mode() != 0o600 {
			t.Fatalf("export: %v %v, want mode 0600", info.Mode(), err)
		}
		if files := filesUnder(t, dir); len(files) != 1 {
			t.Errorf("files %q, want only the export", files)
		}
	})
	t.Run("a link planted at the old temporary name is left alone", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "jordan.json")
		target := filepath.Join(dir, "target.txt")
		if err := os.WriteFile(target, []byte("not yours"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, out+".partial"); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runCmd("export", "id-1", "--db", db, "-o", out); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if data, _ := os.ReadFile(target); string(data) != "not yours" {
			t.Errorf("export wrote through the planted link")
		}
		if l, err := os.Readlink(out + ".partial"); err != nil || l != target {
			t.Errorf("the planted link changed: %q %v", l, err)
		}
		if data, err := os.ReadFile(out); err != nil || !strings.Contains(string(data), "Jordan Ellis") {
			t.Errorf("the export does not read back: %v", err)
		}
	})
	t.Run("a failed write leaves the old file", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "jordan.json")
		if err := os.WriteFile(out, []byte("the old export"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o700)
		if os.Getuid() == 0 {
			t.Skip("root ignores folder permissions")
		}
		if code, _, _ := runCmd("export", "id-1", "--db", db, "-o", out); code != exitProblems {
			t.Errorf("exit %d, want %d", code, exitProblems)
		}
		if data, _ := os.ReadFile(out); string(data) != "the old export" {
			t.Errorf("a failed export changed the old file")
		}
	})
}

func TestCommandsPrintNamesSafely(t *testing.T) {
	hostile := "Amira \u202eHaddad\x1b[2J\nBEL\a"
	db := storeWith(t, planWithID("id-\u2066x", hostile))
	outDir := t.TempDir()
	for _, args := range [][]string{
		{"list", "--db", db},
		{"render", "--all", "--db", db, "--out", outDir, "--today", "2026-01-12"},
	} {
		code, stdout, stderr := runCmd(args...)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
		}
		all := stdout + stderr
		for _, bad := range []string{"\u202e", "\u2066", "\x1b[2J", "\a", "Haddad\n"} {
			if strings.Contains(all, bad) {
				t.Errorf("%s printed %q raw:\n%q", args[0], bad, all)
			}
		}
	}
	if _, stdout, _ := runCmd("list", "--db", db); !strings.Contains(stdout, `Amira \u202eHaddad\x1b[2J\nBEL\a`) {
		t.Errorf("list shows %q, want the name with visible escapes", stdout)
	}
}

func TestTermSafe(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Jordan Ellis", "Jordan Ellis"},
		{"Zoë Łukasz-Nowak 漢", "Zoë Łukasz-Nowak 漢"},
		{"Amira \u202eHaddad", `Amira \u202eHaddad`},
		{"\u2066x\u2067y\u2068z\u2069", `\u2066x\u2067y\u2068z\u2069`},
		{"a\nb\r\tc", `a\nb\r\tc`},
		{"\x1b[2J\a\x00\x7f", `\x1b[2J\a\x00\x7f`},
		{"\u0085\u2028\u2029\u200b\ufeff", `\u0085\u2028\u2029\u200b\ufeff`},
		{"bad\xffbyte", `bad\xffbyte`},
	}
	for _, c := range cases {
		if got := termSafe(c.in); got != c.want {
			t.Errorf("termSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRenderWithoutOutNeverReplaces(t *testing.T) {
	in, err := filepath.Abs(fixture(t, "jordan-y10-final"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for _, want := range []string{"Ellis-Jordan-EHC-plan-2026-01-12.pdf", "Ellis-Jordan-EHC-plan-2026-01-12-2.pdf"} {
		code, stdout, stderr := runCmd("render", in, "--today", "2026-01-12", "--force")
		if code != exitOK || !strings.HasPrefix(stdout, "wrote "+want) {
			t.Errorf("exit %d, stdout %q, stderr %q; want it to write %s", code, stdout, stderr, want)
		}
		isPDF(t, want)
		if info, err := os.Stat(want); err != nil || info.Mode() != 0o600 {
			t.Errorf("%s: %v %v, want mode 0600", want, info.Mode(), err)
		}
	}
}

// TestPlanJobsNamesDifferIgnoringCase: on Windows and macOS "Ellis" and
// "ellis" are one file.
func TestPlanJobsNamesDifferIgnoringCase(t *testing.T) {
	sums := []store.Summary{
		{ID: "id-1", Name: "Jordan Ellis"}, {ID: "id-2", Name: "jordan ellis"},
		{ID: "id-3", Name: "Jordan  Ellis"}, {ID: "id-4", Name: "JORDAN ELLIS"}, {ID: "x", Name: "Leo Nowak"},
	}
	jobs := planJobs(sums, renderFlags{outDir: "out", today: plan.MustDate("2026-01-12")})
	seen := map[string]bool{}
	for _, j := range jobs {
		key := strings.ToLower(j.file)
		if seen[key] {
			t.Errorf("%s is not unique ignoring case", j.file)
		}
		seen[key] = true
	}
	if want := filepath.Join("out", "Nowak-Leo-EHC-plan-2026-01-12.pdf"); jobs[4].file != want {
		t.Errorf("a name no one shares got %s, want %s", jobs[4].file, want)
	}
}
