package editor

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

func TestPageForPath(t *testing.T) {
	test := newHarness(t, plan.New("Zara Test"), Options{})
	tests := []struct{ path, want string }{
		{"person.date_of_birth", "about"},
		{"dates.next_review", "about"},
		{"caseworker", "about"},
		{"section_a.headings[2].text", "section_a"},
		{"section_a.aspirations", "section_a"},
		{"areas[0].needs[0]", "area:employment"},
		{"areas[1].outcomes[0].by", "area:independent_living"},
		{"areas[3]", "area:health"},
		{"areas[9].outcomes[0]", ""}, // no such area
		{"placement.name", "placement"},
		{"personal_budget.provision[0]", "budget"},
		{"advice[1].role", "advice"},
		{"section_notes.G", "notes"},
		{"reviews[0].progress[0].outcome", "reviews"},
		{"reviews[2].date", "reviews"},
		{"destination.planned", "about"},
	}
	for _, tt := range tests {
		if got := test.e.pageForPath(plan.MustLoc(tt.path)); got != tt.want {
			t.Errorf("pageForPath(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// Every field a finding can name is registered, on its own page, with the
// right kind of widget; and GoTo focuses exactly that widget.
func TestPathRegistration(t *testing.T) {
	p := loadFixture(t, "jordan-y10-final.json")
	// A final plan is read-only; as a draft, Section I is blank.
	p.Status, p.Placement = plan.StatusDraft, plan.Placement{}
	h := newHarness(t, p, Options{})
	type want struct {
		path string
		kind string // "entry", "select", "check", "button"
	}
	wants := []want{
		{"person.name", "entry"}, {"person.date_of_birth", "entry"}, {"person.year_group", "select"},
		{"person.communication", "entry"}, {"dates.request", "entry"}, {"dates.next_review", "entry"},
		{"local_authority", "entry"}, {"caseworker", "entry"},
		{"section_a.aspirations", "button"}, {"section_a.headings", "button"},
		{"section_a.family_views", "entry"}, {"section_a.how_involved", "entry"},
		{"placement.name", "entry"}, {"placement.type", "entry"},
		{"personal_budget.arrangement", "select"}, {"personal_budget.amount_gbp", "entry"},
		{"personal_budget.notes", "entry"}, {"advice", "button"},
	}
	for i := range p.SectionA.Headings {
		wants = append(wants, want{fmt.Sprintf("section_a.headings[%d].text", i), "entry"},
			want{fmt.Sprintf("section_a.headings[%d].title", i), "entry"})
	}
	for _, l := range []string{"C", "D", "G", "H1", "H2"} {
		wants = append(wants, want{"section_notes." + l, "entry"})
	}
	for i := range p.Advice {
		for _, f := range []string{"title", "author", "role"} {
			wants = append(wants, want{fmt.Sprintf("advice[%d].%s", i, f), "entry"})
		}
		wants = append(wants, want{fmt.Sprintf("advice[%d].date", i), "entry"})
	}
	for _, r := range p.Items() {
		wants = append(wants, want{r.Path, "entry"}, want{r.Path + ".text", "entry"})
		switch r.Kind {
		case plan.KindAspiration:
			wants = append(wants, want{r.Path + ".area", "select"})
		case plan.KindNeed:
			wants = append(wants, want{r.Path + ".section", "select"}, want{r.Path + ".category", "select"})
		case plan.KindAim:
			wants = append(wants, want{r.Path + ".by", "entry"})
		case plan.KindOutcome:
			wants = append(wants, want{r.Path + ".by", "entry"}, want{r.Path + ".measure", "entry"},
				want{r.Path + ".aspirations", "check"}, want{r.Path + ".aim", "select"})
		case plan.KindProvision:
			for _, f := range []string{"who", "how_often", "duration"} {
				wants = append(wants, want{r.Path + "." + f, "entry"})
			}
			wants = append(wants, want{r.Path + ".section", "select"}, want{r.Path + ".outcomes", "check"})
		}
	}
	for ai := range p.Areas {
		for _, l := range []string{"needs", "aims", "outcomes", "provision"} {
			wants = append(wants, want{areaPath(ai, l), "button"})
		}
		wants = append(wants, want{areaPath(ai, "note"), "entry"})
	}
	for _, w := range wants {
		page := h.e.pageForPath(plan.MustLoc(w.path))
		h.e.ShowPage(page)
		got := h.e.Field(w.path)
		if !widgetIs(got, w.kind) {
			t.Errorf("%s on page %s: registered %T, want a %s", w.path, page, got, w.kind)
			continue
		}
		h.e.ShowPage("about")
		h.e.GoTo(check.Finding{Where: plan.MustLoc(w.path)})
		if f := h.w.Canvas().Focused(); f == nil || f != h.e.Field(w.path) {
			t.Errorf("GoTo(%s) focused %T, want the registered %s", w.path, f, w.kind)
		}
	}
}

// Every path a page registers is in plan.Loc's own form, so a finding's
// place (and each of its parents) finds it.
func TestRegisteredPathsAreLocs(t *testing.T) {
	p := loadFixture(t, "jordan-y10-final.json")
	h := newHarness(t, p, Options{})
	for _, np := range h.e.navPages() {
		page := np.key
		h.e.ShowPage(page)
		for path := range h.e.fields {
			if at, ok := plan.ParseLoc(path); !ok || at.String() != path {
				t.Errorf("page %s registers %q, which reads back as %q", page, path, at)
			}
		}
	}
}

func widgetIs(f fyne.Focusable, kind string) bool {
	switch f.(type) {
	case *widget.Entry, *textBox:
		return kind == "entry"
	case *widget.Select:
		return kind == "select"
	case *widget.Check:
		return kind == "check"
	case *widget.Button:
		return kind == "button"
	}
	return false
}

// Each link's own path names its check box, so a broken-link finding
// (G6 at "...aspirations[1]") lands on the right box.
func TestLinkPathsNameTheirCheckBoxes(t *testing.T) {
	p := plan.New("Zara Test")
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: "employment"}, {ID: "A2", Area: "employment"}}
	p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1", Aspirations: []string{"A2", "A9"}}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("area:employment")
	for path, want := range map[string]string{
		"areas[0].outcomes[0].aspirations":    "A1",
		"areas[0].outcomes[0].aspirations[0]": "A2",
		"areas[0].outcomes[0].aspirations[1]": "A9",
	} {
		if got := h.check(path); got.Text != want {
			t.Errorf("%s is check box %q, want %q", path, got.Text, want)
		}
	}
	// Unticking the broken link removes it and its check box.
	h.check("areas[0].outcomes[0].aspirations[1]").SetChecked(false)
	if got := p.Areas[0].Outcomes[0].Aspirations; len(got) != 1 || got[0] != "A2" {
		t.Fatalf("links after unticking A9 = %v", got)
	}
	for _, c := range checksIn(h.e.formScroll.Content) {
		if c == "A9" {
			t.Fatal("the broken link's check box is still shown")
		}
	}
}
