package editor

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// A caseworker writes a thread from aspiration to provision, and the
// findings follow each step.
func TestUserBuildsGoldenThread(t *testing.T) {
	p := plan.New("Zara Test")
	h := newHarness(t, p, Options{})
	e := h.e

	e.ShowPage("section_a")
	test.Type(h.entry("section_a.headings[0].text"), "I want to work with horses.")
	if got := p.SectionA.Headings[0].Text; got != "I want to work with horses." {
		t.Fatalf("heading text = %q", got)
	}
	if !h.has("S2", "") {
		t.Fatal("want S2 (no aspirations) before any aspiration is added")
	}

	test.Tap(h.button("section_a.aspirations"))
	if len(p.SectionA.Aspirations) != 1 || p.SectionA.Aspirations[0].ID != "A1" {
		t.Fatalf("aspirations after Add = %+v", p.SectionA.Aspirations)
	}
	if h.w.Canvas().Focused() != h.e.Field("section_a.aspirations[0].text") {
		t.Error("a new aspiration's text box should have the focus")
	}
	test.Type(h.entry("section_a.aspirations[0].text"), "I want to work with animals.")
	if got := p.SectionA.Aspirations[0].Text; got != "I want to work with animals." {
		t.Fatalf("aspiration text = %q", got)
	}
	if h.has("S2", "") || !h.has("G1", "A1") {
		t.Fatal("want G1 for A1 and no S2 once the aspiration is written")
	}

	e.ShowPage("area:employment")
	test.Tap(h.button("areas[0].outcomes"))
	test.Type(h.entry("areas[0].outcomes[0].text"), "I will feed the horses at the yard without prompts.")
	a1 := h.check("areas[0].outcomes[0].aspirations")
	if a1.Text != "A1" {
		t.Fatalf("first aspiration check box is %q, want A1", a1.Text)
	}
	test.Tap(a1)
	if got := p.Areas[0].Outcomes[0].Aspirations; !slices.Equal(got, []string{"A1"}) {
		t.Fatalf("outcome aspirations = %v", got)
	}
	if h.has("G1", "A1") || !h.has("G3", "O1") {
		t.Fatal("ticking A1 should clear G1 for A1, and O1 should have G3 (no provision)")
	}

	test.Tap(h.button("areas[0].provision"))
	test.Type(h.entry("areas[0].provision[0].text"), "Riding instructor sessions")
	test.Tap(h.check("areas[0].provision[0].outcomes"))
	if got := p.Areas[0].Provision[0].Outcomes; !slices.Equal(got, []string{"O1"}) {
		t.Fatalf("provision outcomes = %v", got)
	}
	if h.has("G3", "O1") {
		t.Fatal("G3 for O1 should go once provision serves it")
	}

	// Going to a finding opens its page and focuses its field.
	e.ShowPage("about")
	m1 := h.finding("M1", "O1")
	e.GoTo(m1)
	if e.Page() != "area:employment" {
		t.Fatalf("GoTo(%s) opened page %q", m1.Where, e.Page())
	}
	if got, want := h.w.Canvas().Focused(), e.lookupAt(m1.Where); got == nil || got != want {
		t.Fatalf("GoTo(%s) focused %T, want the field for it", m1.Where, got)
	}
	e.GoTo(check.Finding{Where: plan.MustLoc("areas[0].outcomes[0].by")})
	if h.w.Canvas().Focused() != e.Field("areas[0].outcomes[0].by") {
		t.Fatal("GoTo(areas[0].outcomes[0].by) should focus the by-when entry")
	}

	// Removing the aspiration removes the outcome's link and its check box.
	e.ShowPage("section_a")
	test.Tap(e.actions["section_a.aspirations[0] remove"])
	ok := buttonIn(h.w.Canvas().Overlays().Top(), "Remove")
	if ok == nil {
		t.Fatal("no Remove button in the confirm dialog")
	}
	test.Tap(ok)
	if len(p.SectionA.Aspirations) != 0 || len(p.Areas[0].Outcomes[0].Aspirations) != 0 {
		t.Fatalf("after delete: aspirations %v, outcome links %v", p.SectionA.Aspirations, p.Areas[0].Outcomes[0].Aspirations)
	}
	e.ShowPage("area:employment")
	if e.Field("areas[0].outcomes[0].aspirations") != nil || slices.Contains(checksIn(e.formScroll.Content), "A1") {
		t.Fatal("a check box for the deleted aspiration A1 is still shown")
	}

	if h.changes == 0 || h.lastArg != p {
		t.Fatalf("OnChange called %d times with %p, want calls with the plan %p", h.changes, h.lastArg, p)
	}
}

// Keeping the confirm dialog's "Keep it" leaves the item alone.
func TestDeleteCanBeCancelled(t *testing.T) {
	p := plan.New("Zara Test")
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Text: "I want to live with friends."}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("section_a")
	test.Tap(h.e.actions["section_a.aspirations[0] remove"])
	dlg := h.w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no confirm dialog")
	}
	test.Tap(buttonIn(dlg, "Keep it"))
	if len(p.SectionA.Aspirations) != 1 {
		t.Fatal("the aspiration was removed although the user chose Keep it")
	}
}
