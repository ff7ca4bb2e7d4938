package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
)

func TestFindingsPanel(t *testing.T) {
	p := plan.New("Zara Test")
	h := newHarness(t, p, Options{})
	panel := h.e.panel
	rep := h.e.Report()
	if rep.Ready || panel.bannerText.Text != plural(rep.Errors, "error")+" to fix" {
		t.Fatalf("banner %q for a report with %d errors", panel.bannerText.Text, rep.Errors)
	}
	// Rows come grouped: every error before every warning before every tip.
	var rows []*findingRow
	for _, o := range panel.list.Objects {
		if r, ok := o.(*findingRow); ok {
			rows = append(rows, r)
		}
	}
	if len(rows) != len(rep.Findings) {
		t.Fatalf("%d rows for %d findings", len(rows), len(rep.Findings))
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].f.Severity < rows[i-1].f.Severity {
			t.Fatalf("row %d (%s) is before a more serious finding", i-1, rows[i-1].f.Rule)
		}
	}
	// Tapping the S2 row goes to Section A's "Add an aspiration".
	for _, r := range rows {
		if r.f.Rule == "S2" {
			test.Tap(r)
		}
	}
	if h.e.Page() != "section_a" || h.w.Canvas().Focused() != h.e.Field("section_a.aspirations") {
		t.Fatalf("tapping S2 opened %q and focused %T", h.e.Page(), h.w.Canvas().Focused())
	}

	// A keystroke that changes no finding leaves the rows alone.
	before := panel.list.Objects[1]
	test.Type(h.entry("section_a.family_views"), "M")
	if panel.list.Objects[1] != before {
		t.Error("the findings were redrawn although they did not change")
	}

	panel.setHidden(true)
	if panel.holder.Objects[0] == panel.split {
		t.Fatal("hiding the panel should replace the split")
	}
	panel.setHidden(false)
	if panel.holder.Objects[0] != panel.split || panel.split.Leading != h.e.body {
		t.Fatal("showing the panel again should restore the split with the form")
	}
}

func TestReadyBanner(t *testing.T) {
	h := newHarness(t, loadFixture(t, "amira-y12-final.json"), Options{})
	if rep := h.e.Report(); rep.Ready != (h.e.panel.bannerText.Text == "Ready to issue") {
		t.Fatalf("ready %v but banner %q", rep.Ready, h.e.panel.bannerText.Text)
	}
}

// Typing never rebuilds the page; adding an item does.
func TestKeystrokesDoNotRebuild(t *testing.T) {
	h := newHarness(t, plan40(), Options{})
	h.e.ShowPage("area:employment")
	page := h.e.formScroll.Content
	test.Type(h.entry("areas[0].outcomes[3].text"), " Every week.")
	test.Tap(h.check("areas[0].outcomes[3].needs"))
	if h.e.formScroll.Content != page {
		t.Fatal("typing or ticking rebuilt the page")
	}
	test.Tap(h.button("areas[0].outcomes"))
	if h.e.formScroll.Content == page {
		t.Fatal("adding an outcome should rebuild the page")
	}
	if got := h.e.p.Areas[0].Outcomes[10].ID; got != "O41" {
		t.Fatalf("new outcome ID = %s, want O41", got)
	}
}

func TestBadgeText(t *testing.T) {
	tests := []struct {
		e, w int
		want string
	}{{0, 0, ""}, {1, 0, "1 to fix"}, {0, 2, "2 to check"}, {3, 1, "3 to fix · 1 to check"}}
	for _, tt := range tests {
		if got := badgeText(tt.e, tt.w); got != tt.want {
			t.Errorf("badgeText(%d, %d) = %q, want %q", tt.e, tt.w, got, tt.want)
		}
	}
}
