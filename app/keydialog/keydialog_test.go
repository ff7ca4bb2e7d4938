package keydialog

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func newWindow(t *testing.T) fyne.Window {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("behind"))
	w.Resize(fyne.NewSize(800, 600))
	return w
}

func press(c fyne.Canvas, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// answers records a dialog's answers.
type answers []bool

func (a *answers) record(yes bool) { *a = append(*a, yes) }

func TestKeysAnswerAQuestion(t *testing.T) {
	cases := []struct {
		name string
		keys func(d *Dialog, c fyne.Canvas)
		want []bool
	}{
		{"Enter confirms", func(d *Dialog, c fyne.Canvas) { press(c, fyne.KeyReturn) }, []bool{true}},
		{"keypad Enter confirms", func(d *Dialog, c fyne.Canvas) { press(c, fyne.KeyEnter) }, []bool{true}},
		{"Escape cancels", func(d *Dialog, c fyne.Canvas) { press(c, fyne.KeyEscape) }, []bool{false}},
		{"Tab then Enter presses the other button", func(d *Dialog, c fyne.Canvas) {
			c.FocusPrevious()
			press(c, fyne.KeyReturn)
		}, []bool{false}},
		{"Enter with nothing focused confirms", func(d *Dialog, c fyne.Canvas) {
			c.Unfocus()
			press(c, fyne.KeyReturn)
		}, []bool{true}},
		{"Escape with nothing focused cancels", func(d *Dialog, c fyne.Canvas) {
			c.Unfocus()
			press(c, fyne.KeyEscape)
		}, []bool{false}},
		{"one answer only", func(d *Dialog, c fyne.Canvas) {
			press(c, fyne.KeyReturn)
			d.Hide()
		}, []bool{true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := newWindow(t)
			var got answers
			d := NewCustomConfirm("Delete the plan?", "Delete the plan", "Keep it", widget.NewLabel("Sure?"), got.record, w)
			d.Show()
			if w.Canvas().Focused() != d.ok || !d.ok.HasFocusRing() {
				t.Fatalf("the confirm button should have the focus and its ring when the dialog opens; focused %T", w.Canvas().Focused())
			}
			tc.keys(d, w.Canvas())
			if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
				t.Errorf("answers = %v, want %v", got, tc.want)
			}
			if len(w.Canvas().Overlays().List()) != 0 {
				t.Error("the dialog is still open")
			}
			if w.Canvas().OnTypedKey() != nil {
				t.Error("the dialog left its key handler on the window")
			}
		})
	}
}

func TestKeysCloseAMessage(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		w := newWindow(t)
		d := NewCustom("PDF saved", "OK", widget.NewLabel("Saved."), w)
		d.Show()
		press(w.Canvas(), key)
		if len(w.Canvas().Overlays().List()) != 0 {
			t.Errorf("%s left the message open", key)
		}
	}
}

func TestEnterSubmitsAFormOnlyWhenValid(t *testing.T) {
	w := newWindow(t)
	name := NewEntry()
	name.Validator = func(s string) error {
		if s == "" {
			return errors.New("type the name")
		}
		return nil
	}
	var got answers
	d := NewForm("New plan", "Create plan", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, got.record, w)
	d.Show()
	if w.Canvas().Focused() != name {
		t.Fatalf("the name box should have the focus, got %T", w.Canvas().Focused())
	}
	press(w.Canvas(), fyne.KeyReturn)
	if len(got) != 0 || len(w.Canvas().Overlays().List()) != 1 {
		t.Fatalf("Enter with no name closed the dialog (answers %v)", got)
	}
	test.Type(name, "Jordan Ellis")
	press(w.Canvas(), fyne.KeyReturn)
	if len(got) != 1 || !got[0] {
		t.Fatalf("Enter after typing a name: answers %v, want [true]", got)
	}
}

func TestEscapeInAFormCancels(t *testing.T) {
	w := newWindow(t)
	name := NewEntry()
	var got answers
	NewForm("New plan", "Create plan", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, got.record, w).Show()
	test.Type(name, "Jor")
	press(w.Canvas(), fyne.KeyEscape)
	if len(got) != 1 || got[0] {
		t.Fatalf("Escape: answers %v, want [false]", got)
	}
}

func TestFocusRingOnlyWhenFocused(t *testing.T) {
	w := newWindow(t)
	a, b := NewButton("One", nil, nil), NewButton("Two", nil, nil)
	w.SetContent(widget.NewForm(widget.NewFormItem("", a), widget.NewFormItem("", b)))
	ring := func(btn *Button) bool {
		r := test.WidgetRenderer(btn).(*ringRenderer)
		return r.ring.Visible()
	}
	if ring(a) || ring(b) {
		t.Fatal("no ring should show before anything has the focus")
	}
	w.Canvas().Focus(a)
	if !ring(a) || ring(b) {
		t.Errorf("ring on One = %v, on Two = %v; want only One", ring(a), ring(b))
	}
	w.Canvas().Focus(b)
	if ring(a) || !ring(b) {
		t.Errorf("after moving the focus: ring on One = %v, on Two = %v; want only Two", ring(a), ring(b))
	}
}
