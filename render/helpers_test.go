package render

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"ehcplan/plan"
)

var today = plan.MustDate("2026-01-12")

var fixtures = []string{"amira-y12-final", "jordan-y10-final", "leo-y5-draft"}

func loadFixture(t testing.TB, name string) *plan.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	return p
}

// rendered is a plan printed to a file, with its text page by page.
type rendered struct {
	path  string
	res   Result
	pages []string // pdftotext output of each page
}

func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (apt-get install poppler-utils qpdf; the Makefile does this): %v", name, err)
	}
}

// renderText renders p to a temporary file and extracts its text.
func renderText(t testing.TB, p *plan.Plan, opt Options) rendered {
	t.Helper()
	needTool(t, "pdftotext")
	var buf bytes.Buffer
	res, err := PDF(&buf, p, opt)
	if err != nil {
		t.Fatalf("PDF: %v", err)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return rendered{path: path, res: res, pages: pages}
}

// squash removes all whitespace, so wrapped text compares equal.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func (r rendered) all() string { return squash(strings.Join(r.pages, "")) }

// textFields lists every text a reader must find in the printed plan.
func textFields(p *plan.Plan) []string {
	f := []string{p.Person.Name, p.Person.PreferredName, p.Person.Setting, p.Person.HomeLanguage,
		p.Person.Communication, p.LocalAuthority, p.Caseworker,
		p.SectionA.FamilyViews, p.SectionA.HowInvolved, p.PersonalBudget.Notes,
		p.Person.DateOfBirth.Long(), p.Dates.Issued.Long(), p.Dates.NextReview.Long(),
		fmt.Sprint(p.Version)}
	if p.Status != plan.StatusDraft {
		f = append(f, p.Placement.Name, p.Placement.Type)
	}
	for _, h := range p.SectionA.Headings {
		f = append(f, h.Title, h.Text)
	}
	for _, a := range p.SectionA.Aspirations {
		f = append(f, a.ID, a.Text)
	}
	for _, a := range p.Areas {
		f = append(f, a.Title, a.Note)
		for _, n := range a.Needs {
			f = append(f, n.ID, n.Text, plan.CategoryName(n.Category))
		}
		for _, l := range a.Aims {
			f = append(f, l.ID, l.Text, byWhen(l.By))
		}
		for _, o := range a.Outcomes {
			f = append(f, o.ID, o.Text, byWhen(o.By), o.Measure)
		}
		for _, pr := range a.Provision {
			f = append(f, pr.ID, pr.Text, pr.Who, pr.HowOften, pr.Duration)
		}
	}
	for _, n := range p.SectionNotes {
		f = append(f, n)
	}
	for _, a := range p.Advice {
		f = append(f, a.Title, a.Author, a.Role, a.Date.Long())
	}
	for _, r := range p.Reviews {
		f = append(f, r.Date.Long())
		f = append(f, r.Attendees...)
		f = append(f, r.Working...)
		f = append(f, r.NotWorking...)
		f = append(f, r.Future...)
		for _, pr := range r.Progress {
			f = append(f, pr.Note)
		}
	}
	return f
}
