package editor

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

var testToday = plan.MustDate("2026-03-02")

// harness is an editor in a headless 1366x768 window, counting OnChange.
type harness struct {
	t       testing.TB
	e       *Editor
	w       fyne.Window
	changes int
	lastArg *plan.Plan
}

func newHarness(t testing.TB, p *plan.Plan, opt Options) *harness {
	t.Helper()
	test.NewTempApp(t)
	h := &harness{t: t}
	h.w = test.NewWindow(nil)
	opt.Today = func() plan.Date { return testToday }
	opt.OnChange = func(p *plan.Plan) { h.changes++; h.lastArg = p }
	h.e = New(h.w, p, opt)
	h.w.SetContent(h.e.Content())
	h.w.Resize(fyne.NewSize(1366, 768))
	t.Cleanup(h.w.Close)
	return h
}

// fieldOf is the widget of type W registered for path; the test fails
// without one.
func fieldOf[W any](h *harness, path, what string) W {
	h.t.Helper()
	w, ok := h.e.Field(path).(W)
	if !ok {
		h.t.Fatalf("no %s registered for %s (got %T) on page %s", what, path, h.e.Field(path), h.e.Page())
	}
	return w
}

func (h *harness) entry(path string) *textBox {
	h.t.Helper()
	return fieldOf[*textBox](h, path, "text box")
}

func (h *harness) button(path string) *widget.Button {
	h.t.Helper()
	return fieldOf[*widget.Button](h, path, "button")
}

func (h *harness) check(path string) *widget.Check {
	h.t.Helper()
	return fieldOf[*widget.Check](h, path, "check box")
}

func (h *harness) selectFor(path string) *widget.Select {
	h.t.Helper()
	return fieldOf[*widget.Select](h, path, "select")
}

// has reports whether the latest report has a finding of rule about item.
func (h *harness) has(rule, item string) bool {
	for _, f := range h.e.Report().Findings {
		if f.Rule == rule && f.Item == item {
			return true
		}
	}
	return false
}

func (h *harness) finding(rule, item string) check.Finding {
	h.t.Helper()
	for _, f := range h.e.Report().Findings {
		if f.Rule == rule && f.Item == item {
			return f
		}
	}
	h.t.Fatalf("no %s finding for %q in %+v", rule, item, h.e.Report().Findings)
	return check.Finding{}
}

// objects lists every object under o, looking inside widgets.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	if p, ok := o.(interface{ Plain() *widget.Button }); ok { // keydialog.Button
		out = append(out, p.Plain())
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, objects(c)...)
		}
	}
	return out
}

// buttonIn finds a button with this text under o.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	for _, x := range objects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	return nil
}

// checksIn lists the texts of the check boxes under o.
func checksIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range objects(o) {
		if c, ok := x.(*widget.Check); ok {
			out = append(out, c.Text)
		}
	}
	return out
}

// loadFixture reads one of the repository's example plans.
func loadFixture(t testing.TB, name string) *plan.Plan {
	t.Helper()
	data, err := os.ReadFile("../../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
