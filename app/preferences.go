package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Preference keys. They are stored by Fyne per application ID, so they
// survive restarts.
const (
	prefTextSize    = "text_size"
	prefCaseworker  = "caseworker_name"
	prefRole        = "caseworker_role"
	prefNameAsked   = "caseworker_name_asked"
	prefDemoOffered = "demo_offered"
	prefLastFolder  = "last_folder"
)

func loadTextSize(p fyne.Preferences) TextSize {
	return TextSize(p.IntWithFallback(prefTextSize, int(TextNormal))).clamp()
}

// setTextSize stores s and applies it to the whole app at once.
func (a *App) setTextSize(s TextSize) {
	s = s.clamp()
	if s == a.textSize() {
		return
	}
	a.fa.Preferences().SetInt(prefTextSize, int(s))
	applyTextSize(a.fa, s)
	a.menu.update()
	selectIndex(a.caseload.textSize, int(s))
	if a.plan != nil {
		selectIndex(a.plan.textSize, int(s))
	}
}

// newTextSizeSelect is the "Normal text / Large text / Extra large text"
// choice shown in both top bars.
func (a *App) newTextSizeSelect() *widget.Select {
	sel := fitSelect(widget.NewSelect(textSizeLabels(), nil))
	sel.SetSelectedIndex(int(a.textSize()))
	sel.OnChanged = func(label string) { a.setTextSize(textSizeNamed(label)) }
	return sel
}

// fitSelect makes a Select wide enough for its longest option (Fyne sizes
// it by its placeholder), so no choice is cut short at large text sizes.
func fitSelect(sel *widget.Select) *widget.Select {
	for _, o := range sel.Options {
		if len([]rune(o)) > len([]rune(sel.PlaceHolder)) {
			sel.PlaceHolder = o
		}
	}
	return sel
}

// selectIndex selects option i unless it already is (Select calls
// OnChanged even when nothing changes).
func selectIndex(sel *widget.Select, i int) {
	if sel != nil && sel.SelectedIndex() != i {
		sel.SetSelectedIndex(i)
	}
}

// textSize is the size currently chosen.
func (a *App) textSize() TextSize { return loadTextSize(a.fa.Preferences()) }

// caseworkerName is the name the user gave (Settings › Your name, or the
// first-run question); "" if none was given.
func caseworkerName(p fyne.Preferences) string {
	return strings.TrimSpace(p.String(prefCaseworker))
}

// caseworkerRole is the role the user gave, if any ("SEN caseworker").
func caseworkerRole(p fyne.Preferences) string {
	return strings.TrimSpace(p.String(prefRole))
}

// plansCaseworker is what a new plan records as its caseworker: the name
// and role the user gave, or nothing. It is never the computer's login
// name, which would be printed on the plan.
func plansCaseworker(p fyne.Preferences) string {
	name, role := caseworkerName(p), caseworkerRole(p)
	if name != "" && role != "" {
		return name + ", " + role
	}
	return name
}

// SaveTextSize stores a text size choice, to be used from the next App.
func SaveTextSize(p fyne.Preferences, s TextSize) { p.SetInt(prefTextSize, int(s.clamp())) }
