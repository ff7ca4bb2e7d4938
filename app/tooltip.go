package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipLayer shows the whole text of a cut-short label while the mouse is
// over it (fyne 2.8 has no tooltips). It lies over the window's content
// and holds only drawn objects, so clicks and hovering pass through it.
type tipLayer struct {
	anchor fyne.CanvasObject // the content the layer lies over
	box    *fyne.Container
	bg     *canvas.Rectangle
	label  *widget.Label
}

func newTipLayer() *tipLayer {
	t := &tipLayer{bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel("")}
	t.label.Wrapping = fyne.TextWrapWord
	t.box = container.NewWithoutLayout(t.bg, t.label)
	t.box.Hide()
	return t
}

// tipWidth is the widest a tip grows before its text wraps.
func tipWidth() float32 { return theme.TextSize() * 28 }

// show puts text in a tip just below the object at (its top-left, in
// canvas coordinates) pos with size under, kept inside the layer.
func (t *tipLayer) show(text string, pos fyne.Position, under fyne.Size) {
	origin := fyne.Position{}
	if t.anchor != nil { // the layer lies exactly over it; a hidden layer has no position
		origin = fyne.CurrentApp().Driver().AbsolutePositionForObject(t.anchor)
	}
	area := t.box.Size()
	t.label.SetText(text)
	w := min(fyne.MeasureText(text, theme.TextSize(), t.label.TextStyle).Width+2*theme.InnerPadding()+2, tipWidth(), area.Width)
	t.label.Resize(fyne.NewSize(w, 1))
	size := fyne.NewSize(w, t.label.MinSize().Height)
	at := pos.Subtract(origin).AddXY(0, under.Height)
	at.X = max(0, min(at.X, area.Width-size.Width))
	if at.Y+size.Height > area.Height { // no room below: above instead
		at.Y = max(0, at.Y-under.Height-size.Height)
	}
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	t.bg.StrokeColor, t.bg.StrokeWidth = theme.Color(theme.ColorNameForeground), 1
	t.bg.CornerRadius = theme.InputRadiusSize()
	for _, o := range []fyne.CanvasObject{t.bg, t.label} {
		o.Move(at)
		o.Resize(size)
	}
	t.box.Show()
	t.box.Refresh()
	t.repaint()
}

func (t *tipLayer) hide() {
	if t.box.Visible() {
		t.box.Hide()
		t.repaint()
	}
}

// repaint asks the window to draw again. The layer's own refresh cannot:
// the window knows only objects it has drawn, and a hidden layer never was.
func (t *tipLayer) repaint() {
	if t.anchor != nil {
		canvas.Refresh(t.anchor)
	}
}

// tipLabel is a one-line label cut short with "…" whose whole text shows
// in a tip while the mouse is over it.
type tipLabel struct {
	widget.Label
	tips *tipLayer
}

var _ desktop.Hoverable = (*tipLabel)(nil)

func newTipLabel(tips *tipLayer) *tipLabel {
	l := &tipLabel{tips: tips}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// cut reports whether the label is too narrow for its text.
func (l *tipLabel) cut() bool {
	need := fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width + 2*theme.InnerPadding()
	return need > l.Size().Width+0.5
}

func (l *tipLabel) MouseIn(*desktop.MouseEvent) {
	if l.tips != nil && l.Text != "" && l.cut() {
		l.tips.show(l.Text, fyne.CurrentApp().Driver().AbsolutePositionForObject(l), l.Size())
	}
}

func (l *tipLabel) MouseMoved(*desktop.MouseEvent) {}

func (l *tipLabel) MouseOut() {
	if l.tips != nil {
		l.tips.hide()
	}
}
