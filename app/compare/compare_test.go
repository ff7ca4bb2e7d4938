package compare

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/internal/uitest"
	"ehcplan/plan"
	"ehcplan/plan/demo"
	"ehcplan/plan/diff"
)

// sample is a small made-up plan with an outcome and its provision.
func sample() *plan.Plan {
	p := plan.New("Sam Fictional")
	emp := &p.Areas[0]
	emp.Outcomes = []plan.Outcome{{ID: "O1", Text: "I will read a bus timetable.", By: "July 2027"}}
	emp.Provision = []plan.Provision{
		{ID: "P1", Section: plan.SectionF, Text: "Reading group.", Who: "Teaching assistant", HowOften: "daily"},
		{ID: "P2", Section: plan.SectionF, Text: "Speech and language therapy.", Who: "Therapist", HowOften: "weekly"},
	}
	return p
}

// show puts v in a headless window the size of a laptop screen.
func show(t *testing.T, v *View) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1366, 768))
	return w
}

// marks are the words shown struck through (removed) and underlined
// (added), in order, leaving out the legend that explains them.
func marks(o fyne.CanvasObject) (removed, added []string) {
	for _, r := range find[*widget.RichText](o) {
		if strings.HasPrefix(r.String(), "Changed words:") {
			continue
		}
		for _, s := range r.Segments {
			ts, ok := s.(*widget.TextSegment)
			if !ok || strings.TrimSpace(ts.Text) == "" {
				continue
			}
			switch {
			case ts.Style == removedStyle:
				removed = append(removed, ts.Text)
			case ts.Style == addedStyle:
				added = append(added, ts.Text)
			}
		}
	}
	return removed, added
}

func TestViewMarksAddedRemovedAndChangedWords(t *testing.T) {
	old, new := sample(), sample()
	new.Areas[0].Outcomes[0].Text = "I will read a train timetable every day."
	new.Areas[0].Outcomes = append(new.Areas[0].Outcomes, plan.Outcome{ID: "O2", Text: "I will count my change.", By: "July 2027"})
	new.Areas[0].Provision = new.Areas[0].Provision[:1]
	new.Areas[0].Provision[0].Who, new.Areas[0].Provision[0].HowOften = "Teacher", "three times a week"
	v := New(old, new, "Version 1, issued 2 March 2026", "Working draft (version 2)")
	show(t, v)
	text := allText(v)
	for _, want := range []string{
		"4 changes: 1 added, 1 removed, 2 changed",
		"Before: Version 1, issued 2 March 2026", "After: Working draft (version 2)",
		"Section E – Outcomes (2 changes)", "Section F – Special educational provision (2 changes)",
		"Changed", "Outcome O1", "Added", "Outcome O2", "Not in this version",
		"Removed", "Provision P2", "Taken out in this version", "Speech and language therapy.",
		"Provision P1 in Employment and education · Who will provide it, How often", "“Reading group.”",
		"Who will provide it: ", "How often: ",
		"No changes in the details, or in Sections A, B, C and D.",
		"No changes in Sections G, H1, H2, I, J and K.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the comparison does not say %q:\n%s", want, text)
		}
	}
	removed, added := marks(v)
	if want := []string{"bus", "Teaching assistant", "daily"}; !slices.Equal(removed, want) {
		t.Errorf("struck through %q, want %q", removed, want)
	}
	if want := []string{"train", "every day", "Teacher", "three times a week"}; !slices.Equal(added, want) {
		t.Errorf("underlined %q, want %q", added, want)
	}
	// "I will read a" stays, so it is not marked: only what changed is.
	if strings.Contains(strings.Join(append(removed, added...), " "), "read") {
		t.Errorf("unchanged words marked: %q %q", removed, added)
	}
}

func TestViewOfIdenticalVersionsSaysNoChanges(t *testing.T) {
	p := sample()
	v := New(p, p.Clone(), "Version 1", "Version 2")
	show(t, v)
	text := allText(v)
	if !strings.Contains(text, "No changes") || !strings.Contains(text, "The two versions say the same thing in every section.") {
		t.Errorf("identical versions:\n%s", text)
	}
	if want := "No changes in the details, or in Sections A, B, C, D, E, F, G, H1, H2, I, J and K."; !strings.Contains(text, want) {
		t.Errorf("identical versions do not say %q:\n%s", want, text)
	}
	if r, a := marks(v); len(r)+len(a) > 0 {
		t.Errorf("identical versions have marked words: %q %q", r, a)
	}
}

// Sections come in statutory order whatever order the plan holds them in.
func TestViewSectionsInStatutoryOrder(t *testing.T) {
	old, new := sample(), sample()
	new.Placement.Name = "Hillside School"
	new.Person.Setting = "Hillside School"
	new.SectionA.FamilyViews = "We are proud of Sam."
	new.Areas[0].Provision[0].Section = plan.SectionG
	v := New(old, new, "Old", "New")
	show(t, v)
	text := allText(v)
	order := []string{
		"Details about the young person and the plan (1 change)", "Section A – Views, interests and aspirations (1 change)",
		"No changes in Sections B, C, D, E and F.", "Section G – Health provision (1 change)", "No changes in Sections H1 and H2.",
		"Section I – Placement: school or college (1 change)", "No changes in Sections J and K.",
	}
	at := 0
	for _, s := range order {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("%q missing or out of order:\n%s", s, text)
		}
		at += i
	}
}

// A long text wraps in its column instead of widening the window.
func TestViewWrapsLongText(t *testing.T) {
	old, new := sample(), sample()
	new.Areas[0].Outcomes[0].Text = strings.Repeat("I will read a long timetable for every journey I make. ", 20)
	v := New(old, new, "Old", "New")
	show(t, v)
	if got := v.MinSize().Width; got > 700 {
		t.Errorf("the comparison needs %.0f px across; long words should wrap", got)
	}
}

func TestExtraIsShownUnderEachChange(t *testing.T) {
	old, new := sample(), sample()
	new.Areas[0].Outcomes[0].By = "July 2028"
	new.Placement.Name = "Hillside School"
	v := New(old, new, "Mine", "Theirs")
	var asked []string
	v.Extra = func(c diff.Change) fyne.CanvasObject {
		asked = append(asked, c.Item)
		return widget.NewButton("Keep theirs for "+c.Item, nil)
	}
	show(t, v)
	if want := []string{"O1", "name"}; !slices.Equal(asked, want) {
		t.Errorf("Extra asked for %q, want %q", asked, want)
	}
	if text := allText(v); !strings.Contains(text, "Keep theirs for O1") || !strings.Contains(text, "Keep theirs for name") {
		t.Errorf("Extra's buttons are not shown:\n%s", text)
	}
}

func TestUnchangedWords(t *testing.T) {
	tests := []struct {
		sections []string
		want     string
	}{
		{[]string{"C"}, "Section C – Health needs related to special educational needs: no changes"},
		{[]string{diff.SectionDetails}, "Details about the young person and the plan: no changes"},
		{[]string{"H1", "H2"}, "No changes in Sections H1 and H2."},
		{[]string{diff.SectionDetails, "A"}, "No changes in the details, or in Section A."},
		{[]string{"I", "J", "K"}, "No changes in Sections I, J and K."},
	}
	for _, tt := range tests {
		if got := UnchangedWords(tt.sections); got != tt.want {
			t.Errorf("UnchangedWords(%q) = %q, want %q", tt.sections, got, tt.want)
		}
	}
}

func TestReadableDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2027-07-31", "31 July 2027"},
		{"I will count change. — by 2027-07-31", "I will count change. — by 31 July 2027"},
		{"2027-02-30 stays", "2027-02-30 stays"},
		{"check-in 12-2027-01", "check-in 12-2027-01"},
	}
	for _, tt := range tests {
		if got := readable(tt.in); got != tt.want {
			t.Errorf("readable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		changes []diff.Change
		want    string
	}{
		{nil, "No changes"},
		{[]diff.Change{{Change: diff.Added}}, "1 change: 1 added"},
		{[]diff.Change{{Change: diff.Changed}, {Change: diff.Removed}, {Change: diff.Changed}}, "3 changes: 1 removed, 2 changed"},
	}
	for _, tt := range tests {
		if got := Summary(tt.changes); got != tt.want {
			t.Errorf("Summary(%v) = %q, want %q", tt.changes, got, tt.want)
		}
	}
}

func TestJoinGaps(t *testing.T) {
	same := func(s string) diff.Span { return diff.Span{Text: s, Kind: diff.Same} }
	gone := func(s string) diff.Span { return diff.Span{Text: s, Kind: diff.RemovedText} }
	tests := []struct {
		name     string
		in, want []diff.Span
	}{
		{"a space between two removed words joins them", []diff.Span{same("to "), gone("with"), same(" "), gone("an"), same(" "), gone("adult.")},
			[]diff.Span{same("to "), gone("with an adult.")}},
		{"a word between stays", []diff.Span{gone("with"), same(" an "), gone("adult.")},
			[]diff.Span{gone("with"), same(" an "), gone("adult.")}},
		{"a trailing space stays unmarked", []diff.Span{same("a"), same(" "), gone("b"), same(" ")},
			[]diff.Span{same("a "), gone("b"), same(" ")}},
		{"a marked run's own spaces are not marked", []diff.Span{same("a"), gone(" new "), same("b")},
			[]diff.Span{same("a "), gone("new"), same(" b")}},
		{"nothing", nil, nil},
	}
	for _, tt := range tests {
		if got := joinGaps(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("%s: joinGaps = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFieldParts(t *testing.T) {
	tests := []struct {
		field, text string
		want        []string
	}{
		{"who, how_often", "who: Teacher; how_often: weekly", []string{"Teacher", "weekly"}},
		{"who, how_often", "who: A; B; how_often: weekly; daily", []string{"A; B", "weekly; daily"}},
		{"who, how_often", "who: Teacher", nil},
		{"text", "anything", nil},
	}
	for _, tt := range tests {
		got := fieldParts(diff.Change{Field: tt.field}, tt.text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("fieldParts(%q, %q) = %q, want %q", tt.field, tt.text, got, tt.want)
		}
	}
}

// BenchmarkView40 builds and lays out the comparison of two versions of a
// 40-outcome plan in which every outcome was reworded.
func BenchmarkView40(b *testing.B) {
	test.NewTempApp(b)
	old := demo.Large("Zara Forty", 10)
	new := old.Clone()
	for ai := range new.Areas {
		for oi := range new.Areas[ai].Outcomes {
			new.Areas[ai].Outcomes[oi].Text += " with a visual prompt card"
		}
	}
	w := test.NewWindow(nil)
	defer w.Close()
	w.Resize(fyne.NewSize(1366, 768))
	b.ReportAllocs()
	for b.Loop() {
		w.SetContent(New(old, new, "Version 1", "Version 2"))
	}
}

// allText is uitest.AllText: every word shown inside o.
func allText(o fyne.CanvasObject) string { return uitest.AllText(o) }

// find is uitest.Find: every object of type T in o's tree.
func find[T fyne.CanvasObject](o fyne.CanvasObject) []T { return uitest.Find[T](o) }

// A changed date is marked whole and written as the editor shows dates.
func TestViewMarksAWholeDate(t *testing.T) {
	old, new := sample(), sample()
	old.Dates.NextReview = plan.MustDate("2027-07-11")
	new.Dates.NextReview = plan.MustDate("2027-06-15")
	v := New(old, new, "Old", "New")
	show(t, v)
	removed, added := marks(v)
	if !slices.Equal(removed, []string{"11 July 2027"}) || !slices.Equal(added, []string{"15 June 2027"}) {
		t.Errorf("marked %q and %q, want the whole dates", removed, added)
	}
	if text := allText(v); !strings.Contains(text, "Next review due") {
		t.Errorf("the date's field is not named:\n%s", text)
	}
}
