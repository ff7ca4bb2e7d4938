package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/cpuclock"
)

func TestFixturesPrintEveryTextField(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			p := loadFixture(t, name)
			r := renderText(t, p, Options{Today: today})
			all := r.all()
			for _, f := range textFields(p) {
				if s := squash(f); s != "" && !strings.Contains(all, s) {
					t.Errorf("text %q is not in the PDF", shorten(f, 60))
				}
			}
			for _, letter := range plan.StatutorySections {
				if !strings.Contains(all, "Section"+letter) {
					t.Errorf("no \"Section %s\" in the PDF", letter)
				}
			}
		})
	}
}

// The index must be true: every page listed for a letter shows that
// section's marker, every letter is listed, and the printed index says
// what Result.Index says.
func TestIndexIsTrue(t *testing.T) {
	plans := map[string]*plan.Plan{"generated-40": genPlan(40)}
	for _, name := range fixtures {
		plans[name] = loadFixture(t, name)
	}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			r := renderText(t, p, Options{Today: today})
			layout, err := exec.Command("pdftotext", "-layout", "-f", "2", "-l", "2", r.path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, letter := range plan.StatutorySections {
				pages := r.res.Index[letter]
				if len(pages) == 0 {
					t.Errorf("section %s is on no page", letter)
				}
				for _, pg := range pages {
					if !strings.Contains(squash(r.pages[pg-1]), "Section"+letter) {
						t.Errorf("index lists page %d for section %s, but it is not there", pg, letter)
					}
				}
				row := indexRow(string(layout), letter)
				if got, want := printedPages(row), pageList(pages); got != want {
					t.Errorf("index row for %s is %q: pages %q, want %q", letter, row, got, want)
				}
			}
		})
	}
}

var pageToken = regexp.MustCompile(`^\d[\d–]*,?$`)

// printedPages is the first run of page numbers in an index row.
func printedPages(row string) string {
	var run []string
	for _, f := range strings.Fields(row) {
		if pageToken.MatchString(f) {
			run = append(run, f)
		} else if len(run) > 0 {
			break
		}
	}
	return strings.Join(run, " ")
}

// indexRow finds the index row for a letter in pdftotext -layout output:
// its lines up to the next row, without the letters of a diagonal DRAFT
// mark that pdftotext mixes in.
func indexRow(text, letter string) string {
	var row []string
	in := false
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "Section ") && strings.Contains(l, " – ") {
			in = strings.Contains(l, "Section "+letter+" –")
		}
		if !in {
			continue
		}
		for _, f := range strings.Fields(l) {
			if strings.Trim(f, "DRAFT") != "" {
				row = append(row, f)
			}
		}
	}
	return strings.Join(row, " ")
}

func TestPageNumbersAndDraftMark(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			p := loadFixture(t, name)
			r := renderText(t, p, Options{Today: today})
			if len(r.pages) != r.res.Pages {
				t.Fatalf("pdftotext found %d pages, Result says %d", len(r.pages), r.res.Pages)
			}
			draft := p.Status == plan.StatusDraft
			who := squash(p.Person.Name + ", born " + p.Person.DateOfBirth.Long())
			for i, page := range r.pages {
				text := squash(page)
				if want := squash(fmt.Sprintf("Page %d of %d", i+1, r.res.Pages)); !strings.Contains(text, want) {
					t.Errorf("page %d: no %q", i+1, want)
				}
				if !strings.Contains(text, who) {
					t.Errorf("page %d: no name and date of birth %q", i+1, who)
				}
				if got := strings.Contains(text, "DRAFT"); got != draft {
					t.Errorf("page %d: DRAFT shown = %v, want %v", i+1, got, draft)
				}
			}
		})
	}
}

func TestUnicodeNamesSurviveAndMissingGlyphsAreReported(t *testing.T) {
	p := genPlan(4)
	p.Person.Name = "Zoë Łukasz-Nowak"
	p.Caseworker = "Ελένη Παπαδοπούλου"
	p.SectionA.FamilyViews = "Алексей Смирнов (uncle) says: 漢字 and 😀 too."
	p.SectionA.Headings[0].Text = "Zoe\u0308 wrote this\u200b herself."
	r := renderText(t, p, Options{Today: today})
	all := r.all()
	for _, want := range []string{"ZoëŁukasz-Nowak", "ΕλένηΠαπαδοπούλου", "АлексейСмирнов", "Zoëwrotethisherself."} {
		if !strings.Contains(all, want) {
			t.Errorf("%q is not in the PDF", want)
		}
	}
	if want := []rune{'字', '漢', '😀'}; !slices.Equal(r.res.Replaced, want) {
		t.Errorf("Replaced = %q, want %q", r.res.Replaced, want)
	}
	if !strings.Contains(all, "says:\uFFFD\uFFFDand\uFFFDtoo") {
		t.Errorf("missing characters are not visibly replaced")
	}
}

// checkTokens asserts that every token appears, in order.
func checkTokens(t *testing.T, all string, want []string, prefix string) {
	t.Helper()
	got := regexp.MustCompile(prefix+`\d{4}`).FindAllString(all, -1)
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	if i < len(want) {
		t.Errorf("text lost: %s tokens in order found up to %d of %d (next %q)", prefix, i, len(want), want[i])
	}
}

func TestLongTextsFlowWithNothingLost(t *testing.T) {
	p := genPlan(8)
	outcome := tokens("kiwi", 560)   // 5,040 characters with spaces
	heading := tokens("mango", 2000) // 20,000 characters
	body := tokens("plum", 2300)     // 20,700 characters
	p.Areas[1].Outcomes[0].Text = strings.Join(outcome, " ")
	p.SectionA.Headings[1].Title = strings.Join(heading, " ")
	p.SectionA.Headings[2].Text = strings.Join(body, " ")
	p.Areas[2].Provision[0].Who = strings.Repeat("x", 3000) // one unbreakable word
	r := renderText(t, p, Options{Today: today})
	all := r.all()
	checkTokens(t, all, outcome, "kiwi")
	checkTokens(t, all, heading, "mango")
	checkTokens(t, all, body, "plum")
	if got := strings.Count(all, "x"); got < 3000 {
		t.Errorf("the 3,000-character word lost letters: %d printed", got)
	}
	if !strings.Contains(all, "continuedonthenextpage") {
		t.Errorf("a split row has no \"continued\" marker")
	}
}

func TestEmptyAndOddPlansPrint(t *testing.T) {
	odd := genPlan(4)
	odd.Areas[0].Outcomes[0].Aspirations = []string{"A99"}
	odd.Areas[0].Provision[0].Outcomes = nil
	odd.Areas[1].Needs[0].Section = "Z"
	odd.Status = "weird"
	odd.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementMixed, AmountGBP: 1234567.5, Provision: []string{"P1", "P404"}}
	cases := map[string]*plan.Plan{
		"zero":  {},
		"new":   plan.New(""),
		"odd":   odd,
		"nodob": {Person: plan.Person{Name: "Sky"}, Areas: []plan.Area{{}}},
	}
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			r := renderText(t, p, Options{Today: today})
			if r.res.Pages < 5 {
				t.Errorf("only %d pages", r.res.Pages)
			}
			if name == "odd" {
				all := r.all()
				for _, want := range []string{"A99(notfoundinthisplan)", "£1,234,567.50", "P404(notfoundinthisplan)"} {
					if !strings.Contains(all, want) {
						t.Errorf("%q is not in the PDF", want)
					}
				}
			}
		})
	}
}

// A draft leaves Section I blank; neither a draft nor a final carries the
// checker's findings, which print in the check report alone.
func TestDraftLeavesSectionIBlankAndFindingsPrintApart(t *testing.T) {
	rep := &check.Report{Errors: 1, Findings: []check.Finding{{Rule: "G3", Severity: check.Error,
		Item: "O1", Message: "Outcome O1 has no provision.", Fix: "Add provision that serves O1."}}}
	for _, status := range []plan.Status{plan.StatusDraft, plan.StatusFinal} {
		t.Run(string(status), func(t *testing.T) {
			p := genPlan(4)
			p.Status = status
			p.Placement.Name = "Quillfeather School"
			all := renderText(t, p, Options{Today: today, Report: rep}).all()
			draft := status == plan.StatusDraft
			if got := strings.Contains(all, "QuillfeatherSchool"); got == draft {
				t.Errorf("placement printed = %v on a %s plan", got, status)
			}
			if strings.Contains(all, "OutcomeO1hasnoprovision.") {
				t.Errorf("checker findings printed on a %s plan", status)
			}
			report := renderText(t, p, Options{Today: today, Report: rep, Kind: KindCheck}).all()
			if !strings.Contains(report, "OutcomeO1hasnoprovision.") {
				t.Errorf("the check report of a %s plan leaves out its finding", status)
			}
		})
	}
}

func TestQpdfAcceptsEveryOutput(t *testing.T) {
	needTool(t, "qpdf")
	plans := []*plan.Plan{genPlan(40), {}}
	for _, name := range fixtures {
		plans = append(plans, loadFixture(t, name))
	}
	for _, p := range plans {
		r := renderText(t, p, Options{Today: today})
		if out, err := exec.Command("qpdf", "--check", r.path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", p.Person.Name, err, out)
		}
	}
}

func TestMetadataAndBookmarks(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdfinfo")
	p := loadFixture(t, "jordan-y10-final")
	r := renderText(t, p, Options{Today: today})
	info, err := exec.Command("pdfinfo", r.path).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           Education, Health and Care Plan – Jordan Ellis",
		"Author:          Northbridge Council", "Creator:         EHC Plan Writer", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo has no %q:\n%s", want, info)
		}
	}
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", r.path).Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	titles := flatten(doc.Outlines)
	want := []string{"Where to find each section", "Section A – About me: my views, interests and aspirations",
		"Employment and education", "Independent living", "Outcomes (Section E)", "Section I – Placement: school or college",
		"Section J – Personal budget", "Section K – Advice and information", "Section H2 – Other social care provision"}
	for _, w := range want {
		if !slices.Contains(titles, w) {
			t.Errorf("no bookmark %q in %q", w, titles)
		}
	}
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

func flatten(os []outline) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.Title)
		out = append(out, flatten(o.Kids)...)
	}
	return out
}

func TestPanicBecomesErrorNamingPlan(t *testing.T) {
	saved := checkPlan
	defer func() { checkPlan = saved }()
	checkPlan = func(*plan.Plan, plan.Date) check.Report { panic("boom") }
	p := genPlan(4)
	p.Status = plan.StatusDraft
	_, err := PDF(&bytes.Buffer{}, p, Options{Today: today, Kind: KindCheck})
	if err == nil || !strings.Contains(err.Error(), p.ID) || !strings.Contains(err.Error(), "boom") {
		t.Errorf("err = %v, want an error naming plan %s", err, p.ID)
	}
	if _, err := PDF(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Errorf("a nil plan printed")
	}
}

func TestPageList(t *testing.T) {
	cases := []struct {
		pages []int
		want  string
	}{{nil, ""}, {[]int{3}, "3"}, {[]int{3, 4}, "3, 4"}, {[]int{3, 4, 5, 8}, "3–5, 8"}, {[]int{1, 3, 5, 6, 7}, "1, 3, 5–7"}}
	for _, c := range cases {
		if got := pageList(c.pages); got != c.want {
			t.Errorf("pageList(%v) = %q, want %q", c.pages, got, c.want)
		}
	}
}

// BenchmarkRenderScaling renders plans of 1,000 and 10,000 outcomes (each
// with its need and provision); ns/item must stay flat as plans grow (it
// grew tenfold when the thread map looked up every box for every page).
// cpu-ns/item is the process's CPU time, steadier than wall time on a
// loaded machine. go test ./render -run XXX -bench RenderScaling -benchtime 1x
func BenchmarkRenderScaling(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("outcomes=%d", n), func(b *testing.B) {
			p := genPlan(n)
			var buf bytes.Buffer
			cpu := cpuclock.Used()
			for b.Loop() {
				buf.Reset()
				if _, err := PDF(&buf, p, Options{Today: today}); err != nil {
					b.Fatal(err)
				}
			}
			items := float64(b.N * n)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/items, "ns/item")
			b.ReportMetric(float64((cpuclock.Used()-cpu).Nanoseconds())/items, "cpu-ns/item")
		})
	}
}

func BenchmarkRender40(b *testing.B) {
	p := genPlan(40)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if _, err := PDF(&buf, p, Options{Today: today}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
}
