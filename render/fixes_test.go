package render

import (
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

func TestFindingPlace(t *testing.T) {
	p := genPlan(8)
	p.Areas[2].Outcomes[1].ID = "" // an item with no ID
	p.Reviews = []plan.Review{{Date: plan.MustDate("2025-03-04")}}
	cases := []struct {
		where, item   string
		place, detail string
	}{
		{"areas[2].outcomes[0]", "O3", "Outcome O3", "Friends, relationships and community"},
		{"areas[0].provision[0].how_often", "P1", "Provision P1", "Employment and education"},
		{"areas[1].needs[0]", "N2", "Need N2", "Independent living"},
		{"areas[0].outcomes[0].needs[1]", "O1", "Outcome O1", "Employment and education"}, // G6: a bad link
		{"areas[2].outcomes[1].by", "", "Outcome 2 (no ID)", "Friends, relationships and community"},
		{"areas[9].outcomes[0]", "O99", "Outcome O99", ""}, // out of range: no panic
		{"areas[3]", plan.AreaHealth, "Area: Good health", ""},
		{"areas", plan.AreaIndependentLiving, "Area: Independent living", ""},
		{"section_a.aspirations[1]", "A2", "Aspiration A2", "Independent living"},
		{"section_a.aspirations", "", "Section A: aspirations", ""},
		{"section_a.headings[0].text", "dreams", "Section A: ‘What I want to achieve…’", ""},
		{"section_a.headings[7].text", "extra", "Section A: heading Extra", ""},
		{"section_notes.H1", "H1", "Section H1", ""},
		{"section_notes.C", "C", "Section C", ""},
		{"placement.name", "", "Section I: placement", ""},
		{"advice", "", "Section K: advice", ""},
		{"advice[0].date", "", "Section K: advice 1, date", ""},
		{"advice[2].role", "", "Section K: advice 3, role", ""},
		{"dates.request", "", "Plan dates: request", ""},
		{"dates.next_review", "", "Plan dates: next review", ""},
		{"personal_budget.provision[0]", "", "Section J: personal budget, provision", ""},
		{"personal_budget.amount_gbp", "", "Section J: personal budget, amount", ""},
		{"reviews[0].progress[1].outcome", "", "Review of 4 March 2025: progress 2", ""},
		{"reviews[5].progress[0].outcome", "", "Review 6: progress 1", ""},
		{"person.date_of_birth", "", "Person: date of birth", ""},
		{"", "P3", "Provision P3", "Friends, relationships and community"},
		{"", "", "The whole plan", ""},
	}
	rawPath := regexp.MustCompile(`\[\d+\]|[a-z]_[a-z]|\.[a-z]`)
	for _, c := range cases {
		var where plan.Loc
		if c.where != "" {
			where = plan.MustLoc(c.where)
		}
		place, detail := findingPlace(p, check.Finding{Where: where, Item: c.item})
		if place != c.place || detail != c.detail {
			t.Errorf("findingPlace(%q, %q) = %q, %q; want %q, %q", c.where, c.item, place, detail, c.place, c.detail)
		}
		if rawPath.MatchString(place) {
			t.Errorf("findingPlace(%q) = %q looks like a JSON path", c.where, place)
		}
	}
}

// Every finding the checker makes on the fixtures and on odd plans gets a
// plain place, never its JSON path.
func TestCheckerAppendixPrintsNoJSONPaths(t *testing.T) {
	odd := genPlan(4)
	odd.Status = plan.StatusDraft
	odd.Areas[0].Outcomes[0].Aspirations = []string{"A99"}
	odd.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementMixed, Provision: []string{"P404"}}
	odd.Advice[0].Date = plan.Date{}
	plans := []*plan.Plan{loadFixture(t, "leo-y5-draft"), odd}
	for _, p := range plans {
		rep := check.Check(p, today)
		for _, f := range rep.Findings {
			place, _ := findingPlace(p, f)
			if place == "" || (!f.Where.IsZero() && strings.Contains(place, f.Where.String())) || strings.ContainsAny(place, "[_") {
				t.Errorf("%s: finding %s at %q prints place %q", p.Person.Name, f.Rule, f.Where, place)
			}
		}
		all := renderText(t, p, Options{Today: today, Report: &rep}).all()
		for _, f := range rep.Findings {
			if where := f.Where.String(); strings.Contains(where, ".") && strings.Contains(all, where) {
				t.Errorf("%s: the appendix prints the path %q", p.Person.Name, f.Where)
			}
		}
	}
}

// Header titles wrap within their column and the header grows to fit: no
// title may run into the next column.
func TestTableHeaderTitlesWrapInTheirColumns(t *testing.T) {
	fs, err := fontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{fonts: fs}
	cols := []column{{"Area", 50}, {"Aspirations served", 30}, {"Needs with provision", 30},
		{"SMART outcomes", 30}, {"Specific provision", 30}, {"", 10}}
	tb := d.newTable(cols)
	lines := 0
	for i, c := range cols {
		for _, l := range tb.head[i] {
			for _, s := range l.segs {
				if w := s.x + fs.width(s.st.fontStyle(), s.st.size, s.text); w > c.w-2*padX+1e-9 {
					t.Errorf("header %q: a line is %.1f mm wide in a %.1f mm column", c.title, w, c.w-2*padX)
				}
			}
		}
		lines = max(lines, len(tb.head[i]))
	}
	if lines < 2 {
		t.Fatalf("no header title wrapped; the test proves nothing")
	}
	if want := float64(lines)*stCellB.lineHeight() + 2*padY; tb.headerHeight() < want-1e-9 {
		t.Errorf("header height %.1f mm, want at least %.1f for %d lines", tb.headerHeight(), want, lines)
	}
	one := d.newTable([]column{{"Kind", 25}, {"Where", 35}})
	if got, want := one.headerHeight(), stCellB.lineHeight()+2*padY; got != want {
		t.Errorf("one-line header is %.2f mm, want %.2f", got, want)
	}
}

// The golden thread summary of the check report prints every header word
// and keeps each title inside its column.
func TestCheckerAreaTableHeaderDoesNotOverlap(t *testing.T) {
	needTool(t, "pdftotext")
	p := loadFixture(t, "leo-y5-draft")
	r := renderText(t, p, Options{Today: today, Kind: KindCheck})
	all := r.all()
	for _, want := range []string{"Aspirationsserved", "Needswithprovision", "SMARToutcomes", "Specificprovision"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q is not in the appendix", want)
		}
	}
	// pdftotext -layout keeps columns apart only if the titles do not touch.
	out, err := exec.Command("pdftotext", "-layout", r.path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "servedNeeds") || strings.Contains(string(out), "provisionSMART") ||
		strings.Contains(string(out), "outcomesSpecific") {
		t.Errorf("header titles run into each other")
	}
}

// Every page a section is printed on is in the index, including a page
// that only continues it.
func TestIndexListsPagesThatContinueASection(t *testing.T) {
	long := genPlan(4)
	long.SectionA.FamilyViews = strings.Repeat("Mum says Morgan is kind and works hard at college every day. ", 70)
	long.SectionNotes = map[string]string{"C": strings.Repeat("No health needs have been identified by the nurse. ", 110)}
	plans := map[string]*plan.Plan{"jordan-y10-final": loadFixture(t, "jordan-y10-final"), "long-family-views": long}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			r := renderText(t, p, Options{Today: today})
			last := lastPageWith(r.pages, p.SectionA.FamilyViews)
			if last == 0 {
				t.Fatalf("the family's views are not printed")
			}
			pages := r.res.Index["A"]
			if len(pages) < 2 || pages[0] == last {
				t.Fatalf("Section A is on pages %v, ending on %d: the fixture must span two pages", pages, last)
			}
			if !slices.Contains(pages, last) {
				t.Errorf("Section A ends on page %d, but the index lists %v", last, pages)
			}
			if !strings.Contains(squash(r.pages[last-1]), "SectionA") || !strings.Contains(r.pages[last-1], "(continued)") {
				t.Errorf("page %d continues Section A without saying so", last)
			}
			if note := p.SectionNotes["C"]; name == "long-family-views" {
				lastC := lastPageWith(r.pages, note)
				if !slices.Contains(r.res.Index["C"], lastC) || len(r.res.Index["C"]) < 2 {
					t.Errorf("Section C's note ends on page %d, but the index lists %v", lastC, r.res.Index["C"])
				}
				if !strings.Contains(squash(r.pages[lastC-1]), "SectionC(continued)") {
					t.Errorf("page %d continues Section C without saying so", lastC)
				}
			}
		})
	}
}

// lastPageWith is the last page (from 1) holding the end of text, or 0.
func lastPageWith(pages []string, text string) int {
	s := squash(text)
	tail := s[max(0, len(s)-60):]
	for i := len(pages) - 1; i >= 0; i-- {
		if strings.Contains(squash(pages[i]), tail) {
			return i + 1
		}
	}
	return 0
}
