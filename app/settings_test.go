package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
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

// The first run asks for the caseworker's name and role, once, and new
// plans record them as their caseworker; "Not now" records nobody, never
// the computer's login name.
func TestFirstRunAsksTheCaseworkersName(t *testing.T) {
	tests := []struct {
		name, typed, role, button string
		want                      string // the new plan's caseworker
	}{
		{"name and role", "Priya Shah", "SEN caseworker", "Save", "Priya Shah, SEN caseworker"},
		{"name only", "Priya Shah", "", "Save", "Priya Shah"},
		{"not now", "", "", "Not now", ""},
		{"saved blank", "", "", "Save", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, setup{askName: true})
			form := h.overlay()
			if !strings.Contains(allText(form), "What is your name?") {
				t.Fatalf("the first dialog is not the name question:\n%s", allText(form))
			}
			entries := find[*widget.Entry](form)
			test.Type(entries[0], tt.typed)
			test.Type(entries[1], tt.role)
			h.tapButton(form, tt.button)
			if h.a.Window().Canvas().Overlays().Top() != nil {
				t.Error("the dialog stayed open")
			}
			h.a.createPlan("Sam Taylor")
			p, err := h.st.Load(h.a.plan.plan().ID)
			if err != nil {
				t.Fatal(err)
			}
			if p.Caseworker != tt.want {
				t.Errorf("new plan's caseworker = %q, want %q", p.Caseworker, tt.want)
			}
			again := newHarness(t, setup{fa: h.fa, st: h.st, askName: true})
			if again.a.Window().Canvas().Overlays().Top() != nil {
				t.Error("the name was asked again on the next start")
			}
		})
	}
}

// A plan started before the name was asked may hold the login name as its
// caseworker; the printed copy leaves it out.
func TestALoginNameIsNeverPrinted(t *testing.T) {
	h := newHarness(t, setup{})
	tests := []struct{ stored, given, want string }{
		{"Test Caseworker", "", ""}, // Options.Caseworker is the login name
		{"Test Caseworker", "Test Caseworker", "Test Caseworker"},
		{"Priya Shah", "", "Priya Shah"},
		{"", "", ""},
	}
	for _, tt := range tests {
		h.fa.Preferences().SetString(prefCaseworker, tt.given)
		p := plan.New("Sam Taylor")
		p.Caseworker = tt.stored
		h.a.dropLoginName(p)
		if p.Caseworker != tt.want {
			t.Errorf("stored %q, name given %q: printed %q, want %q", tt.stored, tt.given, p.Caseworker, tt.want)
		}
	}
}

// On the very first run the name comes first, then the made-up plans.
func TestFirstRunAsksTheNameThenOffersMadeUpPlans(t *testing.T) {
	h := newHarness(t, setup{askName: true, keepDemo: true})
	test.Type(find[*widget.Entry](h.overlay())[0], "Priya Shah")
	h.tapButton(h.overlay(), "Save")
	h.tapButton(h.overlay(), "Add made-up plans")
	h.settle()
	if n, _ := h.st.Count(); n != demoPlans {
		t.Errorf("store has %d plans, want %d", n, demoPlans)
	}
}
