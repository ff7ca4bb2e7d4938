package editor

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// TestScreenshots saves what a user sees at 1366x768 as PNGs, for looking
// at by eye: EDITOR_SHOTS=/tmp/shots go test ./app/editor/ -run Screenshots
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("EDITOR_SHOTS")
	if dir == "" {
		t.Skip("set EDITOR_SHOTS to a folder to save screenshots")
	}
	h := newHarness(t, loadFixture(t, "jordan-y10-final.json"), Options{})
	shots := []struct {
		name string
		show func()
	}{
		{"about", func() { h.e.ShowPage("about") }},
		{"section_a", func() { h.e.ShowPage("section_a") }},
		{"area", func() { h.e.ShowPage("area:employment") }},
		{"area_scrolled", func() { h.e.GoTo(h.e.Report().Findings[len(h.e.Report().Findings)-1]) }},
		{"threadmap", func() { h.e.ShowPage("area:employment"); h.e.setMap("employment", true) }},
		{"area_outcomes", func() {
			h.e.setMap("employment", false)
			h.e.GoTo(check.Finding{Where: plan.MustLoc("areas[0].outcomes[0].aspirations")})
		}},
		{"threadmap_il", func() { h.e.ShowPage("area:independent_living"); h.e.setMap("independent_living", true) }},
		{"budget", func() { h.e.ShowPage("budget") }},
		{"notes", func() { h.e.ShowPage("notes") }},
		{"placement", func() { h.e.ShowPage("placement") }},
		{"reviews", func() { h.e.ShowPage("reviews") }},
		{"reviews_progress", func() { h.e.GoTo(check.Finding{Where: plan.MustLoc("reviews[0].progress[0].note")}) }},
		{"about_destination", func() { h.e.GoTo(check.Finding{Where: plan.MustLoc("destination.planned")}) }},
		{"hidden_panel", func() { h.e.ShowPage("area:health"); h.e.panel.setHidden(true) }},
	}
	for _, s := range shots {
		s.show()
		f, err := os.Create(filepath.Join(dir, s.name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, h.w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
