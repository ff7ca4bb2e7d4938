package editor

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

func TestExtraPagesAndLocalHeadings(t *testing.T) {
	built := 0
	local := []plan.Heading{{Key: "me", Title: "All about me"}, {Key: "future", Title: "My future"}}
	p := plan.New("Zara Test")
	p.SectionA.Headings = nil
	h := newHarness(t, p, Options{
		Headings: local,
		Extra: []NavEntry{{Label: "Versions", Build: func() fyne.CanvasObject {
			built++
			return widget.NewLabel("versions here")
		}}},
	})
	if !slices.Equal(p.SectionA.Headings, local) {
		t.Fatalf("headings = %+v, want the local authority's", p.SectionA.Headings)
	}
	if built != 0 {
		t.Fatal("an Extra page was built before it was opened")
	}
	test.Tap(h.e.rail.items["Versions"])
	if built != 1 || h.e.Page() != "Versions" || h.e.body.Objects[0] == h.e.formScroll {
		t.Fatalf("after tapping Versions: built %d, page %q", built, h.e.Page())
	}
	test.Tap(h.e.rail.items["section_a"])
	if h.e.Page() != "section_a" || h.e.body.Objects[0] != h.e.formScroll {
		t.Fatal("tapping Section A should bring the form back")
	}
	// Plans that have headings keep them.
	q := plan.New("Zara Test")
	newHarness(t, q, Options{Headings: local})
	if q.SectionA.Headings[0].Key != plan.DefaultHeadings[0].Key {
		t.Fatal("a plan's own headings were replaced")
	}
}

func TestHeadingsAndAspirationOrder(t *testing.T) {
	p := plan.New("Zara Test")
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Text: "one"}, {ID: "A2", Text: "two"}}
	h := newHarness(t, p, Options{})
	h.e.confirm = func(title, msg, action string, ok func()) { ok() }
	h.e.ShowPage("section_a")

	h.e.moveAspiration(1, -1)
	if p.SectionA.Aspirations[0].ID != "A2" {
		t.Fatalf("after moving A2 up: %+v", p.SectionA.Aspirations)
	}
	if h.w.Canvas().Focused() != h.e.Field("section_a.aspirations[0].text") {
		t.Error("the moved aspiration should keep the focus")
	}

	test.Tap(h.button("section_a.headings"))
	n := len(p.SectionA.Headings)
	title := h.entry("section_a.headings[4].title")
	if n != 5 || !title.Visible() || h.w.Canvas().Focused() != title {
		t.Fatalf("after Add a heading: %d headings, title box visible %v", n, title.Visible())
	}
	title.SetText("My pets")
	if p.SectionA.Headings[4].Title != "My pets" || p.SectionA.Headings[4].Key == "" {
		t.Fatalf("new heading = %+v", p.SectionA.Headings[4])
	}
	test.Tap(h.e.actions["section_a.headings[0] remove"])
	if len(p.SectionA.Headings) != 4 || p.SectionA.Headings[0].Key != "interests" {
		t.Fatalf("after removing the first heading: %+v", p.SectionA.Headings)
	}
}
