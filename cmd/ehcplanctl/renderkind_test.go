package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// pdfText is the text of a PDF, or the test is skipped without pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skipf("pdftotext is not installed: %v", err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// Each kind prints its own document, from a draft (which needs no --force).
func TestRenderKinds(t *testing.T) {
	tests := []struct {
		kind, want, notWant string
	}{
		{"plan", "Appendix: the golden thread", "Check report"},
		{"sections", "The statutory sections A to K in order", "Appendix: the golden thread"},
		{"check", "Check report", "Appendix: the golden thread"},
		{"profile", "About me: Leo My one-page profile", "Section A"},
		{"easyread", "My plan in easy words", "Section E"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.pdf")
			code, stdout, stderr := runCmd("render", fixture(t, "leo-y5-draft"), "--kind", tt.kind, "-o", out, "--today", "2026-01-12")
			if code != exitOK || stderr != "" || !strings.Contains(stdout, "wrote "+out) {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			text := pdfText(t, out)
			if !strings.Contains(text, tt.want) || strings.Contains(text, tt.notWant) {
				t.Errorf("--kind %s: want %q and not %q in the PDF", tt.kind, tt.want, tt.notWant)
			}
		})
	}
}

// Unknown kinds are refused with exit 2 and no file.
func TestRenderRefusesKindsNotAvailable(t *testing.T) {
	tests := []struct{ kind, want string }{
		{"poster", "unknown kind"}, {"easy-read", "unknown kind"}, {"", "unknown kind"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.pdf")
			code, _, stderr := runCmd("render", fixture(t, "leo-y5-draft"), "--kind", tt.kind, "-o", out)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("a PDF was written")
			}
		})
	}
}

// A final plan with checker errors prints only with --force, which says
// so; a draft, and any plan's check report, print without it.
func TestRenderFinalWithErrorsNeedsForce(t *testing.T) {
	tests := []struct {
		name, file string
		args       []string
		code       int
		stderr     string // wanted in stderr ("" wants it empty)
	}{
		{"final without --force", "jordan-y10-final", nil, exitProblems, "this final plan has 6 errors the checker found"},
		{"final with --force", "jordan-y10-final", []string{"--force"}, exitOK, "printing a final plan with 6 errors the checker found (--force)"},
		{"one error", "amira-y12-final", nil, exitProblems, "has 1 error the checker found"},
		{"final's sections without --force", "jordan-y10-final", []string{"--kind", "sections"}, exitProblems, "use --force"},
		{"final's check report", "jordan-y10-final", []string{"--kind", "check"}, exitOK, ""},
		{"draft", "leo-y5-draft", nil, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.pdf")
			args := append([]string{"render", fixture(t, tt.file), "-o", out, "--today", "2026-01-12"}, tt.args...)
			code, _, stderr := runCmd(args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if (tt.stderr == "" && stderr != "") || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q, want %q", stderr, tt.stderr)
			}
			_, err := os.Stat(out)
			if written := err == nil; written != (tt.code == exitOK) {
				t.Errorf("PDF written = %v with exit %d", written, code)
			}
		})
	}
}

// --redact is accepted and names the file it writes; the family's copy and
// the redacted copy differ (what is left out is the renderer's to test).
func TestRenderRedactNamesTheCopy(t *testing.T) {
	in, err := filepath.Abs(fixture(t, "leo-y5-draft"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--redact"}, "Nowak-Leo-EHC-plan-redacted-2026-01-12.pdf"},
		{[]string{"--kind", "sections", "--redact"}, "Nowak-Leo-EHC-plan-sections-redacted-2026-01-12.pdf"},
		{[]string{"--kind", "check"}, "Nowak-Leo-EHC-plan-check-report-2026-01-12.pdf"},
		{[]string{"--kind", "profile"}, "Nowak-Leo-EHC-plan-one-page-profile-2026-01-12.pdf"},
		{[]string{"--kind", "easyread"}, "Nowak-Leo-EHC-plan-easy-read-2026-01-12.pdf"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCmd(append([]string{"render", in, "--today", "2026-01-12"}, tt.args...)...)
		if code != exitOK || !strings.HasPrefix(stdout, "wrote "+tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want it to write %s", tt.args, code, stdout, stderr, tt.want)
		}
	}
}

// render --all takes --kind, --redact and --force: without --force the
// finals with errors fail (exit 1) and the rest print.
func TestRenderAllKindAndForce(t *testing.T) {
	dir := t.TempDir()
	db := fixtureStore(t, dir)
	tests := []struct {
		name  string
		args  []string
		code  int
		files []string
	}{
		{"no --force", nil, exitProblems, []string{"Nowak-Leo-EHC-plan-2026-01-12.pdf"}},
		{"sections, --force", []string{"--kind", "sections", "--force"}, exitOK, []string{
			"Haddad-Amira-EHC-plan-sections-2026-01-12.pdf", "Ellis-Jordan-EHC-plan-sections-2026-01-12.pdf",
			"Nowak-Leo-EHC-plan-sections-2026-01-12.pdf"}},
		{"check, redacted", []string{"--kind", "check", "--redact"}, exitOK, []string{
			"Haddad-Amira-EHC-plan-check-report-redacted-2026-01-12.pdf",
			"Ellis-Jordan-EHC-plan-check-report-redacted-2026-01-12.pdf",
			"Nowak-Leo-EHC-plan-check-report-redacted-2026-01-12.pdf"}},
		{"profiles of finals with errors, no --force", []string{"--kind", "profile"}, exitOK, []string{
			"Haddad-Amira-EHC-plan-one-page-profile-2026-01-12.pdf", "Ellis-Jordan-EHC-plan-one-page-profile-2026-01-12.pdf",
			"Nowak-Leo-EHC-plan-one-page-profile-2026-01-12.pdf"}},
		{"easy read, no --force", []string{"--kind", "easyread"}, exitOK, []string{
			"Haddad-Amira-EHC-plan-easy-read-2026-01-12.pdf", "Ellis-Jordan-EHC-plan-easy-read-2026-01-12.pdf",
			"Nowak-Leo-EHC-plan-easy-read-2026-01-12.pdf"}},
		{"unknown kind", []string{"--kind", "poster"}, exitUsage, nil},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "out", string(rune('a'+i)))
			args := append([]string{"render", "--all", "--db", db, "--out", out, "--today", "2026-01-12"}, tt.args...)
			code, _, stderr := runCmd(args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			entries, _ := os.ReadDir(out)
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			if len(got) != len(tt.files) {
				t.Errorf("wrote %v, want %v", got, tt.files)
			}
			for _, f := range tt.files {
				isPDF(t, filepath.Join(out, f))
			}
			if tt.code == exitProblems && !strings.Contains(stderr, "--force") {
				t.Errorf("stderr does not say to use --force: %q", stderr)
			}
		})
	}
}

// The plan prints with its notice to the family, from the local
// authority's notices file (or the built-in texts): a draft's reply date
// is 15 days after it is sent, a final's appeal date 2 months after issue.
// A notices file that cannot be used stops the print.
func TestRenderPrintsTheNoticeToTheFamily(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file string
		args       []string
		want       []string
	}{
		{"draft", fixture(t, "leo-y5-draft"), nil,
			[]string{"by 27 January 2026", "at least 15 days", "ask for a particular school or college"}},
		{"final", fixture(t, "amira-y12-final"), []string{"--force"},
			[]string{"within 2 months", "by 20 March 2023", "mediation"}},
		{"another final", fixture(t, "jordan-y10-final"), []string{"--force"},
			[]string{"within 2 months", "by 20 August 2023", "disagreement resolution"}},
		{"40 outcomes", large40(t, dir), nil,
			[]string{"by 27 January 2026", "at least 15 days"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, tt.name+".pdf")
			args := append([]string{"render", tt.file, "-o", out, "--today", "2026-01-12", "--notices", filepath.Join(dir, "none.json")}, tt.args...)
			if code, _, stderr := runCmd(args...); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			text := pdfText(t, out)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("the %s's PDF lacks %q", tt.name, w)
				}
			}
		})
	}
	t.Run("a broken notices file", func(t *testing.T) {
		bad := filepath.Join(dir, "notices.json")
		os.WriteFile(bad, []byte(`{"format": "ehcplan-notices/1", "draft": `), 0o600)
		out := filepath.Join(dir, "bad.pdf")
		code, _, stderr := runCmd("render", fixture(t, "leo-y5-draft"), "-o", out, "--notices", bad)
		if code != exitUsage || !strings.Contains(stderr, bad) {
			t.Errorf("exit %d, stderr %q: want exit 2 naming the file", code, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Error("a PDF was written without its notice")
		}
	})
}

// large40 writes the 40-outcome demo plan (a draft) and returns its path.
func large40(t *testing.T, dir string) string {
	t.Helper()
	p := demo.Large("Zara Forty", 10)
	p.Status, p.Dates.Issued = plan.StatusDraft, plan.Date{}
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "large40.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
