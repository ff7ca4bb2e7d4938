package editor

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan/check"
)

// findingRow shows one finding: a stripe in its severity's colour, the
// message, and what to do. Tapping it (or Enter when focused) goes there.
type findingRow struct {
	widget.BaseWidget
	f       check.Finding
	goTo    func(check.Finding)
	bg      *canvas.Rectangle
	hovered bool
	focused bool
}

var (
	_ fyne.Tappable     = (*findingRow)(nil)
	_ fyne.Focusable    = (*findingRow)(nil)
	_ desktop.Hoverable = (*findingRow)(nil)
)

func newFindingRow(f check.Finding, goTo func(check.Finding)) *findingRow {
	r := &findingRow{f: f, goTo: goTo, bg: canvas.NewRectangle(color.Transparent)}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.ExtendBaseWidget(r)
	return r
}

func (r *findingRow) CreateRenderer() fyne.WidgetRenderer {
	stripe := canvas.NewRectangle(severityColor(r.f.Severity))
	stripe.SetMinSize(fyne.NewSize(theme.Padding(), 0))
	msg := para(r.f.Message)
	msg.TextStyle.Bold = true
	text := []fyne.CanvasObject{msg}
	if r.f.Fix != "" {
		text = append(text, para("What to do: "+r.f.Fix))
	}
	rule := widget.NewLabel("Rule " + r.f.Rule)
	rule.SizeName = theme.SizeNameCaptionText
	rule.Importance = widget.LowImportance
	text = append(text, rule)
	body := container.New(&tightVBox{}, text...)
	return widget.NewSimpleRenderer(container.NewStack(r.bg, container.NewBorder(nil, nil, stripe, nil, body)))
}

// Finding is the finding the row shows.
func (r *findingRow) Finding() check.Finding { return r.f }

func severityColor(s check.Severity) color.Color {
	switch s {
	case check.Error:
		return theme.Color(theme.ColorNameError)
	case check.Warning:
		return theme.Color(theme.ColorNameWarning)
	}
	return theme.Color(theme.ColorNamePrimary)
}

func (r *findingRow) Tapped(*fyne.PointEvent) { r.goTo(r.f) }

func (r *findingRow) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter || k.Name == fyne.KeySpace {
		r.goTo(r.f)
	}
}

func (r *findingRow) TypedRune(rune)                 {}
func (r *findingRow) FocusGained()                   { r.focused = true; r.paint() }
func (r *findingRow) FocusLost()                     { r.focused = false; r.paint() }
func (r *findingRow) MouseIn(*desktop.MouseEvent)    { r.hovered = true; r.paint() }
func (r *findingRow) MouseMoved(*desktop.MouseEvent) {}
func (r *findingRow) MouseOut()                      { r.hovered = false; r.paint() }
func (r *findingRow) Cursor() desktop.Cursor         { return desktop.PointerCursor }

func (r *findingRow) paint() {
	r.bg.FillColor = rowFill(false, r.focused, r.hovered)
	r.bg.Refresh()
}
