package share_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
	"ehcplan/plan/insight"
	"ehcplan/plan/insight/share"
	"ehcplan/plan/store"
)

// today is a day whose number is not a small count (the PDF prints it).
var today = plan.Date{Year: 2026, Month: 12, Day: 10}

// demoStore is the store a fresh install offers: 30 demo plans (seed
// 2026, as app/firstrun.go), read back through the store.
func demoStore(t *testing.T) (*store.Store, []*plan.Plan) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Import(demo.Plans(30, 2026, today), "test"); err != nil {
		t.Fatal(err)
	}
	var plans []*plan.Plan
	if err := st.Each(func(p *plan.Plan) error { plans = append(plans, p); return nil }); err != nil {
		t.Fatal(err)
	}
	return st, plans
}

// TestDemoStoreThemes: the planted themes are found, exactly.
func TestDemoStoreThemes(t *testing.T) {
	_, plans := demoStore(t)
	r := insight.Compute(plans, insight.Scope{}, today, nil)
	var got []string
	for _, th := range r.Themes {
		if th.YoungPeople >= insight.Small {
			got = append(got, string(th.Kind)+": "+th.Label)
		}
	}
	want := []string{
		"working: adult, trusted, morning",
		"working: timetable, visual, picture",
		"working: art, drawing, library",
		"not_working: lunch, friends, eat",
		"not_working: homework, cross, causes",
		"not_working: arrive, late, reports",
		"not_working: assemblies, loud",
		"future: work, experience, placement",
		"future: travel, alone, town",
		"future: cooking, family, meal",
		"future: club, joining, outside",
	}
	if !slices.Equal(got, want) {
		t.Errorf("themes of 5 or more young people:\n got %q\nwant %q", got, want)
	}
}

func TestChoicesAndBaselineKeptInTheStore(t *testing.T) {
	st, plans := demoStore(t)
	r := insight.Compute(plans, insight.Scope{}, today, nil)
	ch := &insight.Choices{}
	ch.Rename(r.Themes[0].Key, "I have an adult I trust")
	if err := share.SaveChoices(st, ch, "test"); err != nil {
		t.Fatal(err)
	}
	if err := share.SaveBaseline(st, r, "test"); err != nil {
		t.Fatal(err)
	}
	read, err := share.LoadChoices(st)
	if err != nil {
		t.Fatal(err)
	}
	r = insight.Compute(plans, insight.Scope{}, today, read)
	if r.Themes[0].Label != "I have an adult I trust" {
		t.Errorf("renamed theme reads %q", r.Themes[0].Label)
	}
	b, err := share.LoadBaseline(st, insight.Scope{})
	if err != nil || b == nil || b.Date != today {
		t.Fatalf("baseline %+v, %v", b, err)
	}
	if none, err := share.LoadBaseline(st, insight.Scope{Setting: "Riverside Academy"}); none != nil || err != nil {
		t.Errorf("another scope has a baseline: %+v, %v", none, err)
	}
}

// TestSharedFilesHoldNoNamesDatesOfBirthOrSmallCounts writes the CSV
// files and the PDF of the demo store and reads them back.
func TestSharedFilesHoldNoNamesDatesOfBirthOrSmallCounts(t *testing.T) {
	st, plans := demoStore(t)
	r := insight.Compute(plans, insight.Scope{}, today, nil)
	if err := share.SaveBaseline(st, insight.Compute(plans, insight.Scope{}, today.AddDays(-60), nil), "test"); err != nil {
		t.Fatal(err)
	}
	b, _ := share.LoadBaseline(st, insight.Scope{})
	dir := filepath.Join(t.TempDir(), "shared")
	files, err := share.WriteCSV(dir, r, b)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		assertPrivate(t, f)
		data, _ := os.ReadFile(f)
		texts = append(texts, string(data))
		if strings.HasSuffix(f, ".csv") {
			assertNoSmallCountCells(t, f, data)
		}
	}
	pdf := filepath.Join(t.TempDir(), "insight.pdf")
	if err := share.WritePDF(pdf, r, b, today); err != nil {
		t.Fatal(err)
	}
	assertPrivate(t, pdf)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Logf("pdftotext is not installed (apt-get install poppler-utils): the PDF is not read back")
	} else {
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		assertNoSmallCountWords(t, "the PDF", string(out))
		texts = append(texts, string(out))
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "[name]") {
		t.Error("no name was replaced: the test shows nothing")
	}
	for _, p := range plans {
		for _, name := range append(strings.Fields(p.Person.Name), p.Person.PreferredName) {
			if wordIn(all, name) {
				t.Errorf("shared files name %q", name)
			}
		}
		if dob := p.Person.DateOfBirth; !dob.IsZero() && (strings.Contains(all, dob.String()) || strings.Contains(all, dob.Long())) {
			t.Errorf("shared files hold the date of birth %s", dob)
		}
	}
	for _, th := range r.Themes {
		if th.YoungPeople >= insight.Small {
			continue
		}
		for _, st := range th.Statements {
			if strings.Contains(all, st.Shared) {
				t.Errorf("a statement of a theme of %d young people is shared: %q", th.YoungPeople, st.Shared)
			}
		}
	}
}

func assertPrivate(t *testing.T, path string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, info.Mode().Perm())
	}
}

// assertNoSmallCountCells: no cell of a CSV file is a count from 1 to 4.
func assertNoSmallCountCells(t *testing.T, name string, data []byte) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, row := range rows {
		for _, c := range row {
			if c == "1" || c == "2" || c == "3" || c == "4" {
				t.Errorf("%s: a cell holds the count %s (row %q)", name, c, row)
			}
		}
		assertNoSmallCountWords(t, name, strings.Join(row, " "))
	}
}

// smallCount is a number 1-4 standing alone; allowed are the year groups,
// page numbers, "1 to 4" of the method and changes ("+3").
var (
	smallCount = regexp.MustCompile(`(^|[^\w+\-<.])([1-4])($|[^\w.%])`)
	allowed    = regexp.MustCompile(`Year [0-9]+|Page [0-9]+ of [0-9]+|from 1 to 4|(Act 1970, )?section 2|[+\-][0-9]+`)
)

func assertNoSmallCountWords(t *testing.T, name, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		rest := allowed.ReplaceAllString(line, "")
		if m := smallCount.FindString(rest); m != "" {
			t.Errorf("%s: a count from 1 to 4 in %q", name, line)
		}
	}
}

func wordIn(text, word string) bool {
	if len([]rune(word)) < 3 {
		return false
	}
	re := regexp.MustCompile(`(?i)(^|[^\pL])` + regexp.QuoteMeta(word) + `($|[^\pL])`)
	return re.MatchString(text)
}
