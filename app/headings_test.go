package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// openHeadingsSetting chooses Settings › Section A headings… from the menu.
func (h *harness) openHeadingsSetting() fyne.CanvasObject {
	h.t.Helper()
	for _, m := range h.a.menu.main.Items {
		if m.Label != "Settings" {
			continue
		}
		for _, item := range m.Items {
			if item.Label == "Section A headings…" {
				item.Action()
				h.drain()
				return h.overlay()
			}
		}
	}
	h.t.Fatal("no Settings › Section A headings… menu item")
	return nil
}

// headingBoxes are the title boxes in the headings dialog, in order.
func headingBoxes(o fyne.CanvasObject) []*widget.Entry { return find[*widget.Entry](o) }

// boxTexts are the headings shown in the dialog, in order.
func boxTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, b := range headingBoxes(o) {
		out = append(out, b.Text)
	}
	return out
}

// tapNth taps the n-th (0-based) button labelled text inside o.
func (h *harness) tapNth(o fyne.CanvasObject, text string, n int) {
	h.t.Helper()
	var bs []*widget.Button
	for _, b := range find[*widget.Button](o) {
		if b.Text == text {
			bs = append(bs, b)
		}
	}
	if n >= len(bs) {
		h.t.Fatalf("no button %q number %d among %q", text, n+1, buttonTexts(o))
	}
	test.Tap(bs[n])
	h.drain()
}

func retype(e *widget.Entry, text string) {
	e.SetText("")
	test.Type(e, text)
}

func titles(hs []plan.Heading) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Title)
	}
	return out
}

// newPlanThroughDialog creates a plan for name as a user would and
// returns it as stored.
func (h *harness) newPlanThroughDialog(name string) *plan.Plan {
	h.t.Helper()
	h.tapButton(h.a.caseload.content, "New plan")
	form := h.overlay()
	test.Type(find[*widget.Entry](form)[0], name)
	h.tapButton(form, "Create plan")
	if h.a.plan == nil {
		h.t.Fatal("the editor did not open")
	}
	p, err := h.st.Load(h.a.plan.plan().ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return p
}

func TestSectionAHeadingsSettingStartsNewPlans(t *testing.T) {
	h := newHarness(t, setup{plans: []string{"Alex Old"}})
	h.settle()
	oldID := h.idOf("Alex Old")

	d := h.openHeadingsSetting()
	if text := allText(d); !strings.Contains(text, "These headings start every new plan's Section A. Existing plans keep theirs.") {
		t.Errorf("the dialog does not explain itself:\n%s", text)
	}
	if got := boxTexts(d); !slices.Equal(got, titles(plan.DefaultHeadings)) {
		t.Fatalf("dialog headings = %q, want the national ones", got)
	}
	boxes := headingBoxes(d)

	retype(boxes[0], "My hopes for the future") // rename, keeps its key
	h.tapNth(d, "Remove", 3)                    // "A bit about me and my family"
	h.tapNth(d, "Move down", 0)                 // hopes below interests
	h.tapButton(d, "Add a heading")
	boxes = headingBoxes(d)
	if len(boxes) != 4 || boxes[3].Text != "" {
		t.Fatalf("after adding: %d boxes, last %q", len(boxes), boxes[len(boxes)-1].Text)
	}
	if f, ok := h.a.win.Canvas().Focused().(interface{ Plain() *widget.Entry }); !ok || f.Plain() != boxes[3] {
		t.Error("the new heading's box does not have the focus")
	}
	test.Type(boxes[3], "Things I'm proud of!")
	h.tapButton(d, "Add a heading")
	test.Type(headingBoxes(d)[4], "My interests & what I like to do")
	h.tapButton(d, "Save")
	if h.a.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog is still showing after Save")
	}

	want := []plan.Heading{
		{Key: "interests", Title: "My interests and what I like to do"},
		{Key: "dreams", Title: "My hopes for the future"},
		{Key: "strengths", Title: "What are my strengths?"},
		{Key: "things_i_m_proud_of", Title: "Things I'm proud of!"},
		{Key: "my_interests_what_i_like_to_do", Title: "My interests & what I like to do"},
	}
	p := h.newPlanThroughDialog("Sam Taylor")
	if !slices.Equal(p.SectionA.Headings, want) {
		t.Errorf("new plan's Section A headings =\n%+v\nwant\n%+v", p.SectionA.Headings, want)
	}
	if got := h.a.plan.plan().SectionA.Headings; !slices.Equal(got, want) {
		t.Errorf("editor's headings = %+v", got)
	}

	// the plan made before the change keeps the national headings
	h.a.showCaseload()
	h.a.openPlan(oldID)
	if got := h.a.plan.plan().SectionA.Headings; !slices.Equal(got, plan.DefaultHeadings) {
		t.Errorf("existing plan's headings changed to %+v", got)
	}
	old, _ := h.st.Load(oldID)
	if !slices.Equal(old.SectionA.Headings, plan.DefaultHeadings) {
		t.Errorf("stored existing plan's headings = %+v", old.SectionA.Headings)
	}

	// kept for next time: a new App on the same preferences
	h.a.Window().Close()
	again := newHarness(t, setup{fa: h.fa, st: h.st})
	if got := again.a.sectionAHeadings(); !slices.Equal(got, want) {
		t.Errorf("after restart headings = %+v", got)
	}
	d = again.openHeadingsSetting()
	if shown := boxTexts(d); !slices.Equal(shown, titles(want)) {
		t.Errorf("after restart the dialog shows %q", shown)
	}
	again.tapButton(d, "Cancel")
	if p := again.newPlanThroughDialog("Kai Brown"); !slices.Equal(p.SectionA.Headings, want) {
		t.Errorf("after restart new plan's headings = %+v", p.SectionA.Headings)
	}
}

func TestSectionAHeadingsCancelChangesNothing(t *testing.T) {
	h := newHarness(t, setup{})
	d := h.openHeadingsSetting()
	retype(headingBoxes(d)[1], "Something else")
	h.tapButton(d, "Add a heading")
	h.tapButton(d, "Cancel")
	if got := h.a.sectionAHeadings(); !slices.Equal(got, plan.DefaultHeadings) {
		t.Errorf("after Cancel headings = %+v", got)
	}
	if h.fa.Preferences().String(prefSectionAHeadings) != "" {
		t.Error("Cancel stored a setting")
	}
}

func TestSectionAHeadingsResetRestoresNationalDefaults(t *testing.T) {
	h := newHarness(t, setup{})
	saveSectionAHeadings(h.fa.Preferences(), []plan.Heading{{Title: "Only one"}})
	d := h.openHeadingsSetting()
	if n := len(headingBoxes(d)); n != 1 {
		t.Fatalf("dialog shows %d headings, want 1", n)
	}
	for _, b := range find[*widget.Button](d) {
		if b.Text == "Remove" && !b.Disabled() {
			t.Error("the last heading can be removed")
		}
	}
	h.tapButton(d, "Reset to the national defaults")
	if shown := boxTexts(d); !slices.Equal(shown, titles(plan.DefaultHeadings)) {
		t.Fatalf("after reset the dialog shows %q", shown)
	}
	h.tapButton(d, "Save")
	if got := h.a.sectionAHeadings(); !slices.Equal(got, plan.DefaultHeadings) {
		t.Errorf("after reset headings = %+v", got)
	}
	if raw := h.fa.Preferences().String(prefSectionAHeadings); raw != "" {
		t.Errorf("after reset the setting is still stored: %s", raw)
	}
	if p := h.newPlanThroughDialog("Sam Taylor"); !slices.Equal(p.SectionA.Headings, plan.DefaultHeadings) {
		t.Errorf("new plan's headings = %+v", p.SectionA.Headings)
	}
}

func TestSectionAHeadingNeedsWords(t *testing.T) {
	h := newHarness(t, setup{})
	d := h.openHeadingsSetting()
	h.tapButton(d, "Add a heading")
	h.tapButton(d, "Save")
	if h.a.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the dialog closed with a heading that has no words")
	}
	if text := allText(d); !strings.Contains(text, "Heading 5 has no words") {
		t.Errorf("no explanation:\n%s", text)
	}
	if h.fa.Preferences().String(prefSectionAHeadings) != "" {
		t.Error("a heading with no words was stored")
	}
	test.Type(headingBoxes(d)[4], "  My pets  ")
	h.tapButton(d, "Save")
	got := h.a.sectionAHeadings()
	if len(got) != 5 || got[4] != (plan.Heading{Key: "my_pets", Title: "My pets"}) {
		t.Errorf("headings = %+v", got)
	}
}

func TestCorruptSectionAHeadingsSettingFallsBackToDefaults(t *testing.T) {
	for _, raw := range []string{
		"not json",
		`{"key":"dreams"}`,
		`[]`,
		`null`,
		`[{"key":"x","title":"   "}]`,
		`[{"key":"dreams","title":"Fine"},{"key":"b"}]`,
	} {
		h := newHarness(t, setup{})
		h.fa.Preferences().SetString(prefSectionAHeadings, raw)
		if got := h.a.sectionAHeadings(); !slices.Equal(got, plan.DefaultHeadings) {
			t.Errorf("%s: headings = %+v, want the national defaults", raw, got)
		}
		if p := h.newPlanThroughDialog("Sam Taylor"); !slices.Equal(p.SectionA.Headings, plan.DefaultHeadings) {
			t.Errorf("%s: new plan's headings = %+v", raw, p.SectionA.Headings)
		}
	}
}

func TestSectionAHeadingKeysAreMadeValid(t *testing.T) {
	p := test.NewTempApp(t).Preferences()
	p.SetString(prefSectionAHeadings,
		`[{"key":"Bad Key!","title":"Über café"},{"key":"dup","title":"One"},{"key":"dup","title":"One"},{"title":"123"},{"key":"x","title":"?!"}]`)
	want := []plan.Heading{
		{Key: "ber_caf", Title: "Über café"},
		{Key: "dup", Title: "One"},
		{Key: "one", Title: "One"},
		{Key: "123", Title: "123"},
		{Key: "x", Title: "?!"},
	}
	if got := loadSectionAHeadings(p); !slices.Equal(got, want) {
		t.Errorf("headings =\n%+v\nwant\n%+v", got, want)
	}
	taken := map[string]bool{"heading": true, "heading_2": true}
	if got := headingKey("  ", taken); got != "heading_3" {
		t.Errorf("key for a blank title = %q", got)
	}
	if got := headingKey(strings.Repeat("very long title ", 10), nil); len(got) > maxHeadingKey || !validHeadingKey(got) {
		t.Errorf("long key = %q", got)
	}
}
