package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
)

// withProfile writes a fixture with the given profile answers and said
// words, and returns its path.
func withProfile(t *testing.T, name string, pr plan.Profile, said ...plan.Said) string {
	t.Helper()
	p, err := plan.ReadFile(fixture(t, name))
	if err != nil {
		t.Fatal(err)
	}
	p.SectionA.Profile, p.SectionA.Said = pr, said
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name+".json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// The papers for the young person print from a final with checker errors
// without --force (they are not the plan), the profile on one page; a
// profile too long for one page exits 1, names the answer and writes
// nothing.
func TestRenderPapersForTheYoungPerson(t *testing.T) {
	short := plan.Profile{Admire: "Kind and funny.", Important: "My dog Biscuit, and Zoë, my best friend.", Support: "Give me time to answer."}
	long := short
	long.Support = strings.Repeat("Tell me what will happen before it happens. ", 150)
	said := plan.Said{Heading: "dreams", Who: "young_person", Text: "I want to look after goats at a farm."}
	tests := []struct {
		name, kind string
		profile    plan.Profile
		code       int
		want       []string // in stdout, stderr or the PDF's text
	}{
		{"profile of a final with errors", "profile", short, exitOK,
			[]string{"(1 pages)", "About me: Jordan", "My dog Biscuit, and Zoë, my best friend.", "How best to support me"}},
		{"easy read of a final with errors", "easyread", short, exitOK,
			[]string{"My plan in easy words", said.Text, "School, work and what I do in the day"}},
		{"profile too long", "profile", long, exitProblems,
			[]string{"does not fit on one page", "section_a.profile.support", "How best to support me"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := withProfile(t, "jordan-y10-final", tt.profile, said)
			out := filepath.Join(t.TempDir(), "out.pdf")
			code, stdout, stderr := runCmd("render", in, "--kind", tt.kind, "-o", out, "--today", "2026-01-12")
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			got := stdout + stderr
			_, err := os.Stat(out)
			if written := err == nil; written != (tt.code == exitOK) {
				t.Fatalf("PDF written = %v with exit %d", written, code)
			} else if written {
				got += pdfText(t, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q is not in the output or the PDF", w)
				}
			}
			if tt.code == exitOK && stderr != "" {
				t.Errorf("stderr %q, want none (no --force needed)", stderr)
			}
		})
	}
}
