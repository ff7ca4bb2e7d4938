package editor

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
)

// pressTab does what the desktop window does with the Tab key: a focused
// widget that accepts Tab gets it as a key; otherwise the focus moves on.
func pressTab(c fyne.Canvas) {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	c.FocusNext()
}

// centreOf is the middle of o in canvas coordinates.
func centreOf(o fyne.CanvasObject) fyne.Position {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p.AddXY(o.Size().Width/2, o.Size().Height/2)
}

func TestTabLeavesEveryTextBox(t *testing.T) {
	cases := []struct {
		name, page, path string
		text             func(p *plan.Plan) string
	}{
		{"multi-line", pageAbout, "person.communication", func(p *plan.Plan) string { return p.Person.Communication }},
		{"one line", pageAbout, "person.setting", func(p *plan.Plan) string { return p.Person.Setting }},
		{"statement", pageNotes, "section_notes.C", func(p *plan.Plan) string { return p.SectionNotes["C"] }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := plan.New("Tab Tester")
			h := newHarness(t, p, Options{})
			h.e.ShowPage(c.page)
			box := h.e.Field(c.path)
			h.w.Canvas().Focus(box)
			test.Type(box, "Signs")
			pressTab(h.w.Canvas())
			if got := c.text(p); got != "Signs" {
				t.Errorf("after Tab the text is %q, want %q (Tab typed into the box)", got, "Signs")
			}
			if h.w.Canvas().Focused() == box {
				t.Errorf("Tab left the focus in %s; it should move to the next field", c.path)
			}
		})
	}
}

func TestCtrlTabTypesATabInAMultiLineBox(t *testing.T) {
	p := plan.New("Tab Tester")
	h := newHarness(t, p, Options{})
	box := h.e.Field("person.communication")
	h.w.Canvas().Focus(box)
	test.Type(box, "a")
	box.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl})
	test.Type(box, "b")
	if p.Person.Communication != "a\tb" {
		t.Errorf("text = %q, want a tab between a and b", p.Person.Communication)
	}
}

// A wheel notch over a text box with nothing to scroll moves the page,
// by a comfortable distance; a box with more text than it shows scrolls
// itself first.
func TestWheelOverTextBoxes(t *testing.T) {
	const notch = -25 // what the window sends for one notch down
	cases := []struct {
		name     string
		text     string
		wantPage bool
	}{
		{"short text scrolls the page", "Signs and pictures.", true},
		{"long text scrolls the box", strings.Repeat("A line of text.\n", 30), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := plan.New("Wheel Tester")
			p.Person.Communication = c.text
			h := newHarness(t, p, Options{})
			h.w.Resize(fyne.NewSize(1366, 500))
			box := h.e.Field("person.communication").(fyne.CanvasObject)
			h.e.formScroll.ScrollToOffset(fyne.NewPos(0, 0))
			test.Scroll(h.w.Canvas(), centreOf(box), 0, notch)
			moved := h.e.formScroll.Offset.Y
			if c.wantPage && moved < 3*-notch-1 {
				t.Errorf("page moved %.0f px for one notch over the box, want at least %d", moved, 3*-notch)
			}
			if !c.wantPage && moved != 0 {
				t.Errorf("page moved %.0f px though the box had text left to scroll", moved)
			}
		})
	}
}

func TestWheelOverThePageMovesAComfortableStep(t *testing.T) {
	h := newHarness(t, plan.New("Wheel Tester"), Options{})
	h.w.Resize(fyne.NewSize(1366, 500))
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(h.e.formScroll)
	test.Scroll(h.w.Canvas(), top.AddXY(40, 20), 0, -25) // over the page title

	if got := h.e.formScroll.Offset.Y; got < 60 || got > 120 {
		t.Errorf("one wheel notch moved the page %.0f px, want 60 to 120", got)
	}
}

// TestLongTextTypedVerbatim: words typed into a wrapping box stay exactly
// as typed. Fyne 2.8's Entry put a space typed where a line wraps after
// the next word ("becauseit is"), so a caseworker's sentences changed as
// they typed them.
func TestLongTextTypedVerbatim(t *testing.T) {
	long := strings.Repeat("Sam likes the bus because it is quiet in the morning. ", 12)
	for _, width := range []float32{300, 800} {
		test.NewTempApp(t)
		box := newTextBoxFor(nil)
		box.MultiLine = true
		box.Wrapping = fyne.TextWrapWord
		w := test.NewWindow(box)
		w.Resize(fyne.NewSize(width, 400))
		test.Type(box, long)
		if box.Text != long {
			t.Errorf("width %v: typed differs:\n got %q\nwant %q", width, box.Text, long)
		}
		w.Close()
	}
}
