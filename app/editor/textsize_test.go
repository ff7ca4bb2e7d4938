package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"ehcplan/plan"
)

// A change of text size redraws the rail at once: wider, with captions at
// the new size, so labels are not broken mid-word.
func TestTextSizeChangeRedrawsTheRail(t *testing.T) {
	h := newHarness(t, plan.New("Size Tester"), Options{})
	railObj := h.e.root.(*fyne.Container).Objects[1] // the Border's left: rail
	before := railObj.MinSize().Width
	item := h.e.rail.items[areaPrefix+"employment"]
	fyne.CurrentApp().Settings().SetTheme(bigText{test.Theme(), 1.5})
	h.e.root.Refresh()
	if got := railObj.MinSize().Width; got < before*1.4 {
		t.Errorf("after Extra large text the rail is %.0f px wide, was %.0f; want about 1.5 times", got, before)
	}
	if want := theme.CaptionTextSize(); item.sub.TextSize != want {
		t.Errorf("rail caption drawn at %.1f, want the new caption size %.1f", item.sub.TextSize, want)
	}
}
