package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestTextSizeIsKeptForNextTime(t *testing.T) {
	h := newHarness(t, setup{})
	normal := theme.DefaultTheme().Size(theme.SizeNameText)
	h.a.caseload.textSize.SetSelected("Extra large text")
	if got := h.fa.Settings().Theme().Size(theme.SizeNameText); got != normal*1.5 {
		t.Errorf("text size after Extra large = %v, want %v", got, normal*1.5)
	}
	h.a.Window().Close()

	// a new window on the same preferences, as after a restart
	again := newHarness(t, setup{fa: h.fa, st: h.st})
	if got := again.a.caseload.textSize.Selected; got != "Extra large text" {
		t.Errorf("after restart the text size choice shows %q", got)
	}
	if got := again.fa.Settings().Theme().Size(theme.SizeNameText); got != normal*1.5 {
		t.Errorf("after restart text size = %v, want %v", got, normal*1.5)
	}
	// the menu ticks the current size
	for i, item := range again.a.menu.sizes {
		if item.Checked != (TextSize(i) == TextExtraLarge) {
			t.Errorf("menu item %q checked = %v", item.Label, item.Checked)
		}
	}
}

func TestCaseworkerNameComesFromSettings(t *testing.T) {
	h := newHarness(t, setup{})
	if got := h.a.by(); got != "Test Caseworker" {
		t.Errorf("by() before setting = %q, want the default from Options", got)
	}
	h.a.askCaseworkerName()
	form := h.overlay()
	entry := find[*widget.Entry](form)
	if len(entry) == 0 {
		t.Fatal("no name box")
	}
	entry[0].SetText("")
	test.Type(entry[0], "Priya Shah")
	h.tapButton(form, "Save")
	if got := h.a.by(); got != "Priya Shah" {
		t.Errorf("by() = %q, want Priya Shah", got)
	}
}

func TestFirstRunOffersMadeUpPlans(t *testing.T) {
	h := newHarness(t, setup{keepDemo: true})
	h.tapButton(h.overlay(), "Add made-up plans")
	h.settle()
	if n, _ := h.st.Count(); n != demoPlans {
		t.Fatalf("store has %d plans, want %d", n, demoPlans)
	}
	if len(h.rowNames()) != demoPlans {
		t.Errorf("caseload shows %d rows", len(h.rowNames()))
	}
	// the offer is made once only
	again := newHarness(t, setup{fa: h.fa, keepDemo: true})
	if again.a.Window().Canvas().Overlays().Top() != nil {
		t.Error("the demo offer came again")
	}
}
