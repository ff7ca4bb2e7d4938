package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
)

// render --kind review prints the report of the latest review meeting;
// a plan with none is refused with exit 2, the reason and no file.
func TestRenderReviewReport(t *testing.T) {
	tests := []struct {
		name, file string
		code       int
		want       string // in the PDF, or in stderr when refused
	}{
		{"reviewed final", "jordan-y10-final", exitOK, "Report of the annual review meeting"},
		{"no review", "leo-y5-draft", exitUsage, "this plan has no review meeting recorded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "review.pdf")
			code, _, stderr := runCmd("render", fixture(t, tt.file), "--kind", "review", "-o", out, "--today", "2026-01-12")
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			if tt.code != exitOK {
				if !strings.Contains(stderr, tt.want) {
					t.Errorf("stderr %q, want %q", stderr, tt.want)
				}
				if _, err := os.Stat(out); err == nil {
					t.Errorf("a PDF was written")
				}
				return
			}
			text := pdfText(t, out)
			for _, w := range []string{tt.want, "10 June 2025", "24 June 2025", "Visited the farm park twice."} {
				if !strings.Contains(text, w) {
					t.Errorf("the report does not say %q", w)
				}
			}
		})
	}
}

// render --kind amendment FILE --base OLD.json lists the changes against
// OLD.json with the date to comment by; without --base it is refused.
func TestRenderAmendmentNoticeFromFiles(t *testing.T) {
	base := fixture(t, "jordan-y10-final")
	p, err := plan.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	p.Status, p.Version = plan.StatusDraft, p.Version+1
	p.Areas[0].Outcomes[0].Text = "Jordan will spend one day a week at the farm park by July 2026."
	amended := filepath.Join(t.TempDir(), "amended.json")
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(amended, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "notice.pdf")
	code, _, stderr := runCmd("render", amended, "--kind", "amendment", "--base", base, "-o", out, "--today", "2026-01-12")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	text := pdfText(t, out)
	for _, w := range []string{"Notice of proposed amendments", "one day a week at the farm park", "27 January 2026", "9 March 2026"} {
		if !strings.Contains(text, w) {
			t.Errorf("the notice does not say %q", w)
		}
	}
	refused := []struct {
		name string
		args []string
		want string
	}{
		{"no base", []string{"render", amended, "--kind", "amendment", "-o", out + "2"}, "needs --base"},
		{"base for a plan", []string{"render", amended, "--base", base, "-o", out + "2"}, "only for --kind amendment"},
		{"base missing", []string{"render", amended, "--kind", "amendment", "--base", base + ".gone", "-o", out + "2"}, "--base"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.want)
			}
			if _, err := os.Stat(out + "2"); err == nil {
				t.Errorf("a PDF was written")
			}
		})
	}
}

// render --all --kind amendment takes each plan's last issued version
// from the store.
func TestRenderAllAmendmentNoticesFromStore(t *testing.T) {
	db := versionedStore(t)
	dir := t.TempDir()
	code, stdout, stderr := runCmd("render", "--all", "--db", db, "--out", dir, "--kind", "amendment", "--today", "2026-01-12")
	if code != exitOK {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*amendment-notice*.pdf"))
	if len(files) != 1 {
		t.Fatalf("wrote %v, want one amendment notice", files)
	}
	text := pdfText(t, files[0])
	// the working copy removed the first provision of version 2, whose
	// rewording of the first outcome is not a change against it
	for _, w := range []string{"Removed", "version 2"} {
		if !strings.Contains(text, w) {
			t.Errorf("the notice does not say %q", w)
		}
	}
	if strings.Contains(text, "Version two's words.") {
		t.Errorf("the notice lists a change already issued in version 2")
	}
}

// render --kind review of an amendment's draft lists what changes are
// proposed against the last issued version: --base for a file, the store's
// last issued version with --all.
func TestRenderReviewReportListsProposedChanges(t *testing.T) {
	base := fixture(t, "jordan-y10-final")
	p, err := plan.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Reviews) == 0 {
		t.Fatal("the fixture has no review")
	}
	for i := range p.Reviews {
		p.Reviews[i].Recommendation = "amend"
	}
	p.Status, p.Version = plan.StatusDraft, p.Version+1
	p.Areas[0].Outcomes[0].Text = "Jordan will spend one day a week at the farm park by July 2026."
	draft := filepath.Join(t.TempDir(), "draft.json")
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(draft, data, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"with the issued version", []string{"--base", base}, "one day a week at the farm park"},
		{"without it", nil, "The changes have not been drafted yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "review.pdf")
			args := append([]string{"render", draft, "--kind", "review", "-o", out, "--today", "2026-01-12"}, tt.args...)
			if code, _, stderr := runCmd(args...); code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			text := pdfText(t, out)
			for _, w := range []string{"What changes are proposed", tt.want} {
				if !strings.Contains(text, w) {
					t.Errorf("the review report does not say %q", w)
				}
			}
		})
	}
}
