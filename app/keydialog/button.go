package keydialog

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Button is a button that shows the keyboard focus with a thick ring in
// the text colour, which stands out on a blue or red button as well as on
// a grey one (fyne only tints the button, which on a blue button cannot
// be seen). Enter presses it, as Space does; in a dialog Escape cancels.
type Button struct {
	widget.Button
	dialog  *Dialog
	focused bool
}

// NewButton makes a button; icon may be nil.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// HasFocusRing reports whether the focus ring is drawn (for tests).
func (b *Button) HasFocusRing() bool { return b.focused }

// FocusGained draws the ring. The fyne button's own focus tint is left
// off: on a blue or red button it only muddies the label.
func (b *Button) FocusGained() {
	b.focused = true
	b.Refresh()
}

func (b *Button) FocusLost() {
	b.focused = false
	b.Refresh()
}

func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() {
			b.Tapped(nil)
		}
		return
	case fyne.KeyEscape:
		if b.dialog != nil {
			b.dialog.answer(false)
			return
		}
	}
	b.Button.TypedKey(ev)
}

func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	r := &ringRenderer{WidgetRenderer: b.Button.CreateRenderer(), b: b, ring: canvas.NewRectangle(color.Transparent)}
	r.styleRing()
	return r
}

// ringRenderer draws the button and, when focused, the ring over it.
type ringRenderer struct {
	fyne.WidgetRenderer
	b    *Button
	ring *canvas.Rectangle
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.Move(fyne.Position{})
	r.ring.Resize(size)
}

func (r *ringRenderer) Refresh() {
	r.styleRing()
	r.ring.Refresh()
	r.WidgetRenderer.Refresh()
}

func (r *ringRenderer) styleRing() {
	r.ring.StrokeColor = theme.Color(theme.ColorNameForeground)
	r.ring.StrokeWidth = 3
	r.ring.CornerRadius = theme.InputRadiusSize()
	r.ring.Hidden = !r.b.focused
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	out := make([]fyne.CanvasObject, 0, len(objs)+1)
	return append(append(out, objs...), r.ring)
}

// Plain is the fyne button inside, for code that looks buttons up by type.
func (b *Button) Plain() *widget.Button { return &b.Button }
