package app

import (
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// Each caseload cell starts where its column heading's words start.
func TestCaseloadCellsLineUpWithHeadings(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1280, Height: 720}} {
		h := newHarness(t, setup{fixtures: true})
		h.settle()
		h.a.Window().Resize(size)
		d := fyne.CurrentApp().Driver()
		rows := find[*rowObject](h.a.caseload.list)
		var head *fyne.Container
		for _, c := range find[*fyne.Container](h.a.caseload.content) {
			if _, ok := c.Layout.(*columnsLayout); ok && (len(rows) == 0 || c != rows[0].box) && len(find[*rowObject](c)) == 0 {
				if !slices.ContainsFunc(rows, func(r *rowObject) bool { return r.box == c }) {
					head = c
					break
				}
			}
		}
		if head == nil || len(rows) == 0 {
			t.Fatal("no heading row or no caseload rows")
		}
		cells := []fyne.CanvasObject{rows[0].cells.name, rows[0].cells.year, rows[0].cells.setting,
			rows[0].cells.status, rows[0].cells.review}
		for i, cell := range cells {
			hx := d.AbsolutePositionForObject(head.Objects[i]).X
			cx := d.AbsolutePositionForObject(cell).X
			if diff := cx - hx; diff < -2 || diff > 2 {
				t.Errorf("at %v the %q cell starts %.0f px from its heading", size, columnTitles[i], diff)
			}
		}
	}
}

// Enter opens the plan in the row the arrow keys have reached.
func TestEnterOpensTheFocusedRow(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	c := h.a.Window().Canvas()
	var list fyne.Focusable = h.a.caseload.list
	c.Focus(list)
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	want := h.a.caseload.rows[1].ID
	list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.drain()
	if h.a.plan == nil || h.a.plan.plan().ID != want {
		t.Fatalf("Enter on the second row did not open its plan")
	}
}

// The window's content never asks for more than a 1280x720 screen, at the
// largest text, on the caseload or in a plan, so the window never grows
// past the screen.
func TestWindowContentFitsASmallScreen(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	applyTextSize(h.fa, TextExtraLarge)
	screen := fyne.NewSize(1280, 720)
	check := func(where string) {
		h.a.Window().Canvas().Content().Refresh()
		if min := h.a.Window().Canvas().Content().MinSize(); min.Width > screen.Width || min.Height > screen.Height {
			t.Errorf("%s asks for %v, more than a %v screen", where, min, screen)
		}
	}
	check("the caseload")
	h.a.openPlan(h.idOf("Amira"))
	for _, pg := range []string{"about", "area:employment", "budget"} {
		h.a.ShowPage(pg)
		check("page " + pg)
	}
}

func TestFittedCapsWhatContentAsks(t *testing.T) {
	cases := []struct{ min, want fyne.Size }{
		{fyne.NewSize(300, 200), fyne.NewSize(300, 200)},
		{fyne.NewSize(1395, 200), fyne.NewSize(maxContentMin.Width, 200)},
		{fyne.NewSize(500, 2000), fyne.NewSize(500, maxContentMin.Height)},
	}
	for _, c := range cases {
		r := canvas.NewRectangle(color.Black)
		r.SetMinSize(c.min)
		if got := fitted(r).MinSize(); got != c.want {
			t.Errorf("fitted(%v).MinSize() = %v, want %v", c.min, got, c.want)
		}
	}
}

// A cell cut short with "…" shows its whole text while the mouse is over
// it; a cell that fits shows no tip.
func TestCutShortCellsShowTheirWholeText(t *testing.T) {
	const long = "Supported internship at Northbridge College with the Riverside employment team"
	cases := []struct {
		text    string
		wantTip bool
	}{
		{long, true},
		{"Riverside", false},
	}
	for _, c := range cases {
		h := newHarness(t, setup{fixtures: true})
		h.settle()
		h.a.Window().Resize(fyne.NewSize(1280, 720))
		cell := find[*rowObject](h.a.caseload.list)[0].cells.setting
		cell.SetText(c.text)
		cell.MouseIn(nil)
		tips := h.a.caseload.tips
		if got := tips.box.Visible(); got != c.wantTip {
			t.Fatalf("%q: tip shown %v, want %v", c.text, got, c.wantTip)
		}
		if !c.wantTip {
			continue
		}
		if tips.label.Text != c.text {
			t.Errorf("tip says %q, want %q", tips.label.Text, c.text)
		}
		if p, s, win := tips.bg.Position(), tips.bg.Size(), tips.box.Size(); p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width+1 || p.Y+s.Height > win.Height+1 {
			t.Errorf("tip at %v size %v lies outside the window %v", p, s, win)
		}
		cell.MouseOut()
		if tips.box.Visible() {
			t.Error("the tip stays after the mouse left the cell")
		}
	}
}
