package render

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// Names in the scripts the embedded font prints correctly (left to right,
// unjoined): Latin with its accents, Greek, Cyrillic, Armenian, Georgian.
var youngNames = []struct{ name, preferred string }{
	{"Łukasz Wiśniewski", "Łukasz"},
	{"Zoë Anaïs Dubois", "Zoë"},
	{"Ελένη Παπαδοπούλου", "Ελένη"},
	{"Алексей Смирнов", "Алёша"},
	{"Նարե Հակոբյան", "Նարե"},
	{"ნინო ბერიძე", "ნინო"},
	{"Nguyễn Lan", ""}, // no preferred name: the name is used
}

// profiled is Jordan's plan with a profile, said words, and the details the
// young person's papers must never print.
func profiled(t testing.TB) *plan.Plan {
	p := loadFixture(t, "jordan-y10-final")
	p.Person.NHSNumber = "9434765919"
	p.Person.UPN = "A123456789012"
	p.Person.Address = "12 Ferry Lane, Northbridge"
	p.SectionA.Profile = plan.Profile{
		Admire:    "People say I am kind and funny. I am good with animals, especially goats.",
		Important: "My dog Biscuit.\nFootball on Saturdays with my cousin.",
		Support:   "Tell me what will happen before it happens. Give me time to answer.",
	}
	p.SectionA.Said = []plan.Said{
		{Heading: "dreams", Who: "young_person", Text: "I want to look after goats at a farm when I leave school."},
		{Heading: "aspiration", Who: "young_person", Text: "I want to go to college on the bus by myself."},
		{Heading: "interests", Who: "family", Text: "He spends hours drawing dinosaurs at the kitchen table."},
	}
	return p
}

// itemID is what a plan's item ID looks like in text.
var itemID = regexp.MustCompile(`\b[ANLOP][0-9]+\b`)

// statutoryLetter is a statutory section named by its letter.
var statutoryLetter = regexp.MustCompile(`\bSections?\s+(H[12]|[A-K])\b`)

// mustNotPrint lists what no paper for the young person prints: the
// plan's machinery and the details that identify them to services.
func mustNotPrint(t *testing.T, p *plan.Plan, r rendered) {
	t.Helper()
	text := strings.Join(r.pages, "\n")
	all := r.all()
	for _, id := range itemID.FindAllString(text, -1) {
		if _, ok := p.Index()[id]; ok {
			t.Errorf("prints the item ID %s", id)
		}
	}
	if m := statutoryLetter.FindString(text); m != "" {
		t.Errorf("prints a statutory letter: %q", m)
	}
	for _, v := range []string{p.Person.NHSNumber, p.Person.UPN, p.Person.Address, p.Person.DateOfBirth.Long(), "DRAFT"} {
		if v != "" && strings.Contains(all, squash(v)) {
			t.Errorf("prints %q", v)
		}
	}
	for i, words := range allWordBoxes(t, r.path) {
		if slices.ContainsFunc(words, isDraftMark) {
			t.Errorf("page %d has a DRAFT mark across the words", i+1)
		}
	}
}

// The one-page profile is one page, whatever the names and however long
// the answers (up to what one page holds), with the young person's name
// and every word of their three answers; never an ID, a statutory
// letter, their date of birth or NHS number.
func TestProfileIsOnePageWithTheirWords(t *testing.T) {
	long := wordsOf(100) // in each answer, the second twice
	type tc struct {
		name string
		edit func(p *plan.Plan)
	}
	cases := []tc{
		{"short answers", func(*plan.Plan) {}},
		{"long answers", func(p *plan.Plan) {
			p.SectionA.Profile = plan.Profile{Admire: long, Important: long + "\n\n" + long, Support: long} // 400 words
		}},
		{"empty profile", func(p *plan.Plan) { p.SectionA.Profile = plan.Profile{} }},
		{"draft", func(p *plan.Plan) { p.Status = plan.StatusDraft }},
		{"300-character name", func(p *plan.Plan) {
			p.Person.Name = strings.TrimSpace(strings.Repeat("Wilhelmina-Ånnïka Ωμέγα Щедрин ", 10))
			p.Person.PreferredName = p.Person.Name
		}},
	}
	for _, n := range youngNames {
		cases = append(cases, tc{n.name, func(p *plan.Plan) {
			p.Person.Name, p.Person.PreferredName = n.name, n.preferred
			p.SectionA.Profile.Important = "Моя собака. Η γάτα μου. Żółw Łatka. " + p.SectionA.Profile.Important
		}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := profiled(t)
			c.edit(p)
			r := renderText(t, p, Options{Today: today, Kind: KindProfile})
			if r.res.Pages != 1 || len(r.pages) != 1 {
				t.Fatalf("%d pages (pdftotext %d), want 1", r.res.Pages, len(r.pages))
			}
			if len(r.res.Replaced) > 0 {
				t.Errorf("the font could not show %q", r.res.Replaced)
			}
			for _, o := range overlaps(wordBoxes(t, r.path)[0]) {
				t.Errorf("%q overlaps %q", o[0].Text, o[1].Text)
			}
			all := r.all()
			want := []string{"About me", "My one-page profile", p.DisplayName(),
				"What people like and admire about me", "What is important to me", "How best to support me"}
			pr := p.SectionA.Profile
			want = append(want, pr.Admire, pr.Important, pr.Support)
			for _, w := range want {
				if !strings.Contains(all, squash(w)) {
					t.Errorf("the profile does not say %q", shorten(w, 60))
				}
			}
			if pr == (plan.Profile{}) && strings.Count(all, "Notwrittenyet.") != 3 {
				t.Errorf("an empty profile does not say each answer is not written yet")
			}
			mustNotPrint(t, p, r)
		})
	}
}

// wordsOf is n words of ordinary length: "I like feeding the goats at the
// farm. I like ...".
func wordsOf(n int) string {
	w := strings.Fields(strings.Repeat("I like feeding the goats at the farm. ", n/8+1))
	return strings.Join(w[:n], " ")
}

// Words in a script the font lacks (Bengali here) are printed as "�" and
// reported, never silently dropped; the rest of the answer prints.
func TestProfileReportsWhatTheFontCannotShow(t *testing.T) {
	p := profiled(t)
	p.SectionA.Profile.Important = "আমার কুকুর: my dog."
	r := renderText(t, p, Options{Today: today, Kind: KindProfile})
	if !slices.Contains(r.res.Replaced, 'আ') || !strings.Contains(r.all(), "\uFFFD") || !strings.Contains(r.all(), "mydog.") {
		t.Errorf("replaced %q; text %q", r.res.Replaced, shorten(r.all(), 200))
	}
}

// The profile's type is as large as fits: short answers are set larger
// than long ones, and never below the floor.
func TestProfileTypeShrinksToFit(t *testing.T) {
	sizes := map[string]float64{}
	for name, words := range map[string]int{"short": 10, "medium": 80, "long": 140} {
		p := profiled(t)
		text := wordsOf(words)
		p.SectionA.Profile = plan.Profile{Admire: text, Important: text, Support: text}
		d, err := newDoc(p, Options{Kind: KindProfile})
		if err != nil {
			t.Fatal(err)
		}
		pg, err := d.profileLayout()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sizes[name] = pg.size
	}
	if !(sizes["short"] == profileLargest && sizes["short"] > sizes["medium"] && sizes["medium"] > sizes["long"] && sizes["long"] >= profileSmallest) {
		t.Errorf("sizes %v: want %g for short answers, then smaller, never below %g", sizes, profileLargest, profileSmallest)
	}
}

// Answers too long for one page even at the smallest type are refused with
// ErrProfileTooLong, naming the longest answer; nothing is written.
func TestProfileTooLongNamesTheLongestAnswer(t *testing.T) {
	p := profiled(t)
	p.SectionA.Profile.Important = strings.Join(tokens("word", 900), " ")
	var buf bytes.Buffer
	_, err := PDF(&buf, p, Options{Today: today, Kind: KindProfile})
	if !errors.Is(err, ErrProfileTooLong) {
		t.Fatalf("err = %v, want ErrProfileTooLong", err)
	}
	for _, w := range []string{"section_a.profile.important", "What is important to me", "900 words"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("the error does not say %q: %v", w, err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes", buf.Len())
	}
}

// The easy-read plan puts the young person's own words first (their
// Section A headings and what they said in meetings, not others' words),
// then each area under a plain heading with what they want and each goal
// with who will help and how often; no IDs, statutory letters, date of
// birth, NHS number or DRAFT mark.
func TestEasyReadOwnWordsFirstThenEachGoal(t *testing.T) {
	for _, status := range []plan.Status{plan.StatusFinal, plan.StatusDraft} {
		t.Run(string(status), func(t *testing.T) {
			p := profiled(t)
			p.Status = status
			r := renderText(t, p, Options{Today: today, Kind: KindEasyRead})
			all := r.all()
			firstGoal := strings.Index(all, squash(p.Areas[0].Outcomes[0].Text))
			if firstGoal < 0 {
				t.Fatalf("the first goal is not printed")
			}
			for _, s := range p.SectionA.Said[:2] {
				if at := strings.Index(all, squash(s.Text)); at < 0 || at > firstGoal {
					t.Errorf("%q is not printed before the goals (at %d, first goal at %d)", s.Text, at, firstGoal)
				}
			}
			for _, h := range p.SectionA.Headings {
				if at := strings.Index(all, squash(h.Text)); at < 0 || at > firstGoal {
					t.Errorf("Section A's %q is not printed before the goals", h.Key)
				}
			}
			if strings.Contains(all, squash(p.SectionA.Said[2].Text)) {
				t.Errorf("the family's words are printed as the young person's")
			}
			want := []string{"My plan in easy words", "In my own words", "My name is " + p.DisplayName() + ".",
				"What happens next", p.Caseworker}
			for _, a := range p.Areas {
				if title := plainAreaTitles[a.Key]; title != "" {
					want = append(want, title)
				}
				for _, o := range a.Outcomes {
					want = append(want, o.Text)
				}
				for _, pr := range a.Provision {
					want = append(want, pr.Who, pr.HowOften)
				}
			}
			for _, asp := range p.SectionA.Aspirations {
				want = append(want, asp.Text)
			}
			if status == plan.StatusDraft {
				want = append(want, "My plan is not finished yet.")
			}
			for _, w := range want {
				if !strings.Contains(all, squash(w)) {
					t.Errorf("the easy-read plan does not say %q", w)
				}
			}
			mustNotPrint(t, p, r)
		})
	}
}

// Very long words are printed in full across pages, in order, and every
// page's text (but its name line, footer and running head) is at least
// 16 pt.
func TestEasyReadPrintsLongTextInFullInLargeType(t *testing.T) {
	p := profiled(t)
	words := tokens("lemon", 1500)
	p.SectionA.Said = append(p.SectionA.Said, plan.Said{Heading: "strengths", Who: "young_person", Text: strings.Join(words, " ")})
	p.Person.Name, p.Person.PreferredName = "Łukasz Ελένη Алексей Wiśniewski", "Łukasz"
	r := renderText(t, p, Options{Today: today, Kind: KindEasyRead})
	if r.res.Pages < 5 {
		t.Errorf("%d pages: the long words did not run on", r.res.Pages)
	}
	all := r.all()
	at := 0
	for _, w := range words {
		i := strings.Index(all[at:], w)
		if i < 0 {
			t.Fatalf("%s is missing (or out of order)", w)
		}
		at += i + len(w)
	}
	const mmToPt = 72 / 25.4
	top := (bodyTop + stRunHead.lineHeight()) * mmToPt // below any running head
	bottom := (footerY - 2) * mmToPt
	smallest := bodyHeight(t, 16) * 0.99
	for i, page := range wordBoxes(t, r.path) {
		for _, o := range overlaps(page) {
			t.Errorf("page %d: %q overlaps %q", i+1, o[0].Text, o[1].Text)
		}
		for _, w := range page {
			if w.YMin > top && w.YMax < bottom && w.YMax-w.YMin < smallest {
				t.Errorf("page %d: %q is smaller than 16 pt (box %.1f pt high, want %.1f)", i+1, w.Text, w.YMax-w.YMin, smallest)
			}
		}
	}
}

// bodyHeight is how high pdftotext's box of a word set at size points is.
func bodyHeight(t *testing.T, size float64) float64 {
	t.Helper()
	p := &plan.Plan{}
	p.SectionA.Profile.Admire = "calibrate"
	d, err := newDoc(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.newPage(false)
	d.write(marginX, 100, style{size: size, color: black}, "calibrate")
	d.finish()
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/calibrate.pdf"
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, w := range wordBoxes(t, path)[0] {
		if w.Text == "calibrate" {
			return w.YMax - w.YMin
		}
	}
	t.Fatal("the calibration word was not found")
	return 0
}

// Both papers pass pdfcpu's strict validation: fixtures, a 40-outcome plan,
// an empty plan, non-Latin names.
func TestStrictValidationOfYoungPersonPapers(t *testing.T) {
	api.DisableConfigDir()
	plans := map[string]*plan.Plan{"profiled": profiled(t), "generated-40": genPlan(40), "empty": {}}
	for _, name := range fixtures {
		plans[name] = loadFixture(t, name)
	}
	greek := profiled(t)
	greek.Person.Name, greek.Person.PreferredName = "Ελένη Алексей Zoë Łukasz-Nowak", "Ελένη"
	plans["non-Latin"] = greek
	for name, p := range plans {
		for _, k := range []Kind{KindProfile, KindEasyRead} {
			t.Run(name+"/"+string(k), func(t *testing.T) {
				var buf bytes.Buffer
				res, err := PDF(&buf, p, Options{Today: today, Kind: k})
				if err != nil {
					t.Fatal(err)
				}
				if k == KindProfile && res.Pages != 1 {
					t.Errorf("the profile has %d pages", res.Pages)
				}
				conf := model.NewDefaultConfiguration()
				conf.ValidationMode = model.ValidationStrict
				if err := api.Validate(bytes.NewReader(buf.Bytes()), conf); err != nil {
					t.Errorf("pdfcpu validate -m strict: %v", err)
				}
			})
		}
	}
}

// The demo plans a fresh install starts with (seed 2026) print both papers,
// the profile on one page, and some have a profile to print.
func TestDemoPlansPrintTheYoungPersonsPapers(t *testing.T) {
	profiles := 0
	for _, p := range demo.Plans(20, 2026, today) {
		if p.SectionA.Profile != (plan.Profile{}) {
			profiles++
		}
		for _, k := range []Kind{KindProfile, KindEasyRead} {
			res, err := PDF(&bytes.Buffer{}, p, Options{Today: today, Kind: k})
			if err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			if k == KindProfile && res.Pages != 1 {
				t.Errorf("a demo profile has %d pages", res.Pages)
			}
		}
	}
	if profiles == 0 {
		t.Error("no demo plan has a one-page profile")
	}
}

func BenchmarkProfile(b *testing.B) {
	p := profiled(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PDF(&bytes.Buffer{}, p, Options{Today: today, Kind: KindProfile}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEasyRead40 prints the easy-read plan of a 40-outcome plan.
func BenchmarkEasyRead40(b *testing.B) {
	p := genPlan(40)
	p.SectionA.Said = profiled(b).SectionA.Said
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PDF(&bytes.Buffer{}, p, Options{Today: today, Kind: KindEasyRead}); err != nil {
			b.Fatal(err)
		}
	}
}
