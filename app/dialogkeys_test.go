package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// press sends a key as the window does: to the focused widget, or to the
// canvas when nothing has the focus.
func (h *harness) press(key fyne.KeyName) {
	c := h.a.Window().Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if k := c.OnTypedKey(); k != nil {
		k(ev)
	}
	h.drain()
}

func (h *harness) dialogOpen() bool { return h.a.Window().Canvas().Overlays().Top() != nil }

func TestNewPlanDialogKeys(t *testing.T) {
	cases := []struct {
		name     string
		typed    string
		key      fyne.KeyName
		wantPlan bool
	}{
		{"Enter creates the plan", "Jordan Ellis", fyne.KeyReturn, true},
		{"keypad Enter creates the plan", "Jordan Ellis", fyne.KeyEnter, true},
		{"Escape cancels", "Jordan Ellis", fyne.KeyEscape, false},
		{"Enter without a name waits for one", "", fyne.KeyReturn, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, setup{})
			h.settle()
			h.tapButton(h.a.caseload.content, "New plan")
			test.Type(h.a.Window().Canvas().Focused(), c.typed)
			h.press(c.key)
			if got := h.a.plan != nil; got != c.wantPlan {
				t.Fatalf("a plan was opened: %v, want %v", got, c.wantPlan)
			}
			if wantOpen := c.typed == "" && c.key == fyne.KeyReturn; h.dialogOpen() != wantOpen {
				t.Errorf("dialog still open: %v, want %v", h.dialogOpen(), wantOpen)
			}
		})
	}
}

func TestDeleteDialogKeys(t *testing.T) {
	cases := []struct {
		name       string
		key        fyne.KeyName
		wantPlans  int
		unfocusAll bool
	}{
		{"Enter deletes", fyne.KeyReturn, 0, false},
		{"Escape keeps the plan", fyne.KeyEscape, 1, false},
		{"Escape with nothing focused keeps the plan", fyne.KeyEscape, 1, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, setup{plans: []string{"Kai Brown"}})
			h.settle()
			h.a.askDelete(h.idOf("Kai Brown"))
			if c.unfocusAll {
				h.a.Window().Canvas().Unfocus()
			}
			h.press(c.key)
			if c.key == fyne.KeyReturn { // the "Plan deleted" message: Enter closes it too
				h.press(fyne.KeyReturn)
			}
			if n, _ := h.st.Count(); n != c.wantPlans {
				t.Errorf("the store has %d plans, want %d", n, c.wantPlans)
			}
			if h.dialogOpen() {
				t.Error("a dialog is still open")
			}
		})
	}
}

func TestMessagesCloseWithEnterOrEscape(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		h := newHarness(t, setup{})
		h.settle()
		h.a.showMessage("The PDF is saved", "It is in your Documents folder.")
		h.press(key)
		if h.dialogOpen() {
			t.Errorf("%s did not close the message", key)
		}
	}
}

// The primary button has the focus when a question opens, and shows it.
func TestDialogButtonShowsItsFocus(t *testing.T) {
	h := newHarness(t, setup{plans: []string{"Kai Brown"}})
	h.settle()
	h.a.askDelete(h.idOf("Kai Brown"))
	f, ok := h.a.Window().Canvas().Focused().(interface {
		Plain() *widget.Button
		HasFocusRing() bool
	})
	if !ok || f.Plain().Text != "Delete the plan" || !f.HasFocusRing() {
		t.Fatalf("focused %T; want the Delete button, with its focus ring", h.a.Window().Canvas().Focused())
	}
}

func TestBlockersDialogClosesWithEnter(t *testing.T) {
	h := newHarness(t, setup{})
	h.settle()
	p := h.newPlanThroughDialog("Sam Taylor")
	_ = p
	h.a.plan.askIssue() // a new plan has errors, so it cannot be issued
	if !h.dialogOpen() {
		t.Fatal("no dialog")
	}
	h.press(fyne.KeyReturn)
	if h.dialogOpen() {
		t.Error("Enter did not close “This plan cannot be issued yet”")
	}
	if h.a.plan.plan().Status != plan.StatusDraft {
		t.Error("the plan was issued")
	}
}
