package editor

import (
	"strings"
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

// At 1280x720 with Extra large text no page, the thread maps included,
// asks for more room than the screen has, and the Checks panel keeps one
// width whichever page is open.
func TestPagesFitASmallScreenAtExtraLargeText(t *testing.T) {
	p := loadFixture(t, "amira-y12-final.json")
	h := newHarness(t, p, Options{})
	fyne.CurrentApp().Settings().SetTheme(bigText{test.Theme(), 1.5})
	screen := fyne.NewSize(1280, 720)
	h.w.Resize(screen)
	var pages []string
	for _, np := range h.e.navPages() {
		pages = append(pages, np.key)
		if key, ok := strings.CutPrefix(np.key, areaPrefix); ok {
			pages = append(pages, "map:"+key)
		}
	}
	panelWidth := float32(-1)
	for _, pg := range pages {
		if key, ok := strings.CutPrefix(pg, "map:"); ok {
			h.e.mapOn[key] = true
			h.e.ShowPage(areaPrefix + key)
		} else {
			for k := range h.e.mapOn {
				h.e.mapOn[k] = false
			}
			h.e.ShowPage(pg)
		}
		h.e.root.Refresh()
		if min := h.e.root.MinSize(); min.Width > screen.Width || min.Height > screen.Height {
			t.Errorf("page %s asks for %v, more than the %v screen", pg, min, screen)
		}
		// A form page wraps to the room there is. Known exceptions: the
		// one-line item texts beside link check boxes and in the budget's
		// provision list do not wrap yet, so those pages scroll sideways.
		knownWide := map[string]bool{"area:employment": true, "area:independent_living": true, "area:community": true, "budget": true}
		if !knownWide[pg] {
			if cw, vw := h.e.formScroll.Content.MinSize().Width, h.e.formScroll.Size().Width; cw > vw+1 {
				t.Errorf("page %s needs %.0f px but has %.0f: it is cut at the right", pg, cw, vw)
			}
		}
		w := h.e.panel.split.Trailing.Size().Width
		if panelWidth < 0 {
			panelWidth = w
		} else if d := w - panelWidth; d > 1 || d < -1 {
			t.Errorf("on page %s the Checks panel is %.0f px wide, on the first page %.0f", pg, w, panelWidth)
		}
	}
}

// The Checks panel's "No errors" banner is a canvas text too: it must take
// the new size at once.
func TestTextSizeChangeRedrawsTheChecksBanner(t *testing.T) {
	h := newHarness(t, plan.New("Size Tester"), Options{})
	fyne.CurrentApp().Settings().SetTheme(bigText{test.Theme(), 1.5})
	h.e.root.Refresh()
	if want, got := theme.TextSubHeadingSize(), h.e.panel.bannerText.TextSize; got != want {
		t.Errorf("banner drawn at %.1f after the text size changed, want %.1f", got, want)
	}
}
