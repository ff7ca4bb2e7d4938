package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// railItem is an entry of the editor's navigation rail, as a user sees it.
type railItem interface {
	fyne.CanvasObject
	fyne.Tappable
	Text() string
}

// goToPage taps the rail entry labelled label.
func (h *harness) goToPage(label string) {
	h.t.Helper()
	for _, it := range find[railItem](h.a.plan.ed.Content()) {
		if it.Text() == label {
			it.Tapped(&fyne.PointEvent{})
			h.drain()
			return
		}
	}
	h.t.Fatalf("no rail entry %q", label)
}

// field is the editor's widget for a JSON path on the page showing.
func field[W any](h *harness, path string) W {
	h.t.Helper()
	w, ok := h.a.plan.ed.Field(path).(W)
	if !ok {
		h.t.Fatalf("no %T for %s on page %s (got %T)", *new(W), path, h.a.plan.ed.Page(), h.a.plan.ed.Field(path))
	}
	return w
}

// typeIn types text into the box for path.
func (h *harness) typeIn(path, text string) {
	h.t.Helper()
	test.Type(field[*widget.Entry](h, path), text)
	h.drain()
}

// tapField taps the button or check box for path.
func (h *harness) tapField(path string) {
	h.t.Helper()
	test.Tap(field[fyne.Tappable](h, path))
	h.drain()
}

// choose picks the option labelled label in the select for path.
func (h *harness) choose(path, label string) {
	h.t.Helper()
	field[*widget.Select](h, path).SetSelected(label)
	h.drain()
}

// writeReadyPlan fills the open, empty draft the way a caseworker would,
// until the Checks panel finds no errors.
func (h *harness) writeReadyPlan() {
	h.t.Helper()
	h.goToPage("About the young person")
	h.typeIn("person.date_of_birth", "14/05/2011")
	h.typeIn("person.setting", "Riverside Academy")
	h.typeIn("local_authority", "Northbridge Council")
	h.typeIn("dates.request", "05/01/2026")

	h.goToPage("Views and aspirations")
	h.typeIn("section_a.headings[0].text", "I want to work with animals when I leave school.")
	h.typeIn("section_a.headings[1].text", "I like drawing and looking after my rabbit.")
	h.typeIn("section_a.headings[2].text", "I am kind and I keep trying.")
	h.typeIn("section_a.headings[3].text", "I live with my mum and my little brother.")
	h.tapField("section_a.aspirations")
	h.typeIn("section_a.aspirations[0].text", "I want to work with animals.")
	h.choose("section_a.aspirations[0].area", "Employment and education")

	h.goToPage("Employment and education")
	h.tapField("areas[0].needs")
	h.choose("areas[0].needs[0].category", plan.CategoryName(plan.CategoryCognition))
	h.typeIn("areas[0].needs[0].text", "Sam reads well below the level expected for his age and loses his place in long texts.")
	h.tapField("areas[0].outcomes")
	h.typeIn("areas[0].outcomes[0].text", "Sam will read a one-page animal care sheet aloud with no more than 2 prompts.")
	h.typeIn("areas[0].outcomes[0].by", "31/07/2027")
	h.typeIn("areas[0].outcomes[0].measure", "His teacher records the prompts each week in his reading log.")
	h.tapField("areas[0].outcomes[0].aspirations")
	h.tapField("areas[0].outcomes[0].needs")
	h.tapField("areas[0].provision")
	h.typeIn("areas[0].provision[0].text", "Individual reading sessions using a structured phonics programme.")
	h.typeIn("areas[0].provision[0].who", "Specialist teacher for literacy")
	h.typeIn("areas[0].provision[0].how_often", "3 times a week")
	h.typeIn("areas[0].provision[0].duration", "30 minutes, until July 2027")
	h.tapField("areas[0].provision[0].outcomes")
	h.tapField("areas[0].provision[0].needs")

	if rep := h.a.plan.ed.Report(); !rep.Ready {
		for _, f := range rep.Findings {
			if f.Severity == plan.Error {
				h.t.Logf("still an error: %s %s %s", f.Rule, f.Where, f.Message)
			}
		}
		h.t.Fatalf("the written plan is not ready: %d errors", rep.Errors)
	}
}

// A caseworker starts from an empty store, writes a plan until the Checks
// panel says it is ready, issues it, names the placement in the issue
// dialog, and version 1 is issued in the store.
func TestCaseworkerWritesAndIssuesAPlanFromNothing(t *testing.T) {
	h := newHarness(t, setup{})
	h.settle()
	h.tapButton(h.a.caseload.content, "New plan")
	form := h.overlay()
	test.Type(find[*widget.Entry](form)[0], "Sam Taylor")
	h.tapButton(form, "Create plan")
	id := h.a.plan.plan().ID
	h.writeReadyPlan()
	if got := h.a.plan.ed.Content(); !strings.Contains(allText(got), "Ready to issue") {
		t.Errorf("the Checks panel does not say Ready to issue")
	}
	h.elapse(saveDelay)
	if h.a.plan.saver.dirty() {
		t.Error("the typing was not saved after the autosave delay")
	}

	h.tapButton(h.a.plan.content, "Issue final plan")
	d := h.overlay()
	entries := find[*widget.Entry](d)
	if len(entries) < 2 {
		t.Fatalf("the issue dialog does not ask for Section I (%d boxes):\n%s", len(entries), allText(d))
	}
	test.Type(entries[0], "Riverside Academy")
	test.Type(entries[1], "Mainstream academy, secondary")
	h.drain()
	h.tapButton(d, "Issue final plan")

	vs, err := h.st.Versions(id)
	if err != nil || len(vs) != 1 || vs[0].Version != 1 || vs[0].Status != plan.StatusFinal {
		t.Fatalf("versions = %+v, %v; want version 1 issued", vs, err)
	}
	got, err := h.st.LoadVersion(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Placement.Name != "Riverside Academy" || got.Placement.Type != "Mainstream academy, secondary" {
		t.Errorf("issued placement = %+v", got.Placement)
	}
	if got.Dates.Issued != testToday {
		t.Errorf("issued on %s, want %s", got.Dates.Issued, testToday)
	}
}
