package editor

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/wrapentry"
)

// textBox is every text field of the form. It differs from a plain Entry
// in two ways a caseworker notices:
//
//   - Tab always moves to the next field, also from a multi-line box
//     (Ctrl+Tab types a tab character into a multi-line box, if ever
//     wanted);
//   - the mouse wheel over the box scrolls the page once the box itself has
//     nothing left to scroll that way, instead of the wheel going dead;
//   - a space typed where a line wraps stays where it was typed (see
//     package wrapentry).
type textBox struct {
	widget.Entry
	guard wrapentry.Guard        // keeps typed words as typed where lines wrap
	page  func() fyne.Scrollable // the page to scroll instead; nil: none
	inner *container.Scroll      // the Entry's own scroll, once rendered
}

// newTextBox makes a box holding text; rows > 0 makes it a wrapping,
// multi-line box showing at least that many lines.
func (e *Editor) newTextBox(text string, rows int) *textBox {
	t := newTextBoxFor(func() fyne.Scrollable {
		if e.formScroll == nil {
			return nil
		}
		return e.formScroll
	})
	if rows > 0 {
		t.MultiLine = true
		t.Wrapping = fyne.TextWrapWord
		t.SetMinRowsVisible(rows)
	}
	t.SetText(text)
	return t
}

func newTextBoxFor(page func() fyne.Scrollable) *textBox {
	t := &textBox{page: page}
	t.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	t.ExtendBaseWidget(t)
	return t
}

// AcceptsTab is false so that Tab moves the focus on, as in every other field.
func (t *textBox) AcceptsTab() bool { return false }

// tabShortcut types a tab character into a multi-line box.
var tabShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl}

func (t *textBox) TypedShortcut(s fyne.Shortcut) {
	if c, ok := s.(*desktop.CustomShortcut); ok && c.KeyName == tabShortcut.KeyName && c.Modifier == tabShortcut.Modifier {
		if t.MultiLine {
			t.TypedRune('\t')
		}
		return
	}
	t.Entry.TypedShortcut(s)
}

// TypedKey drops a Tab that reaches the box (the window moves the focus
// on Tab; only a test or another driver would send it here).
func (t *textBox) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyTab {
		return
	}
	t.guard.TypedKey(&t.Entry, ev)
}

// TypedRune types r at the cursor.
func (t *textBox) TypedRune(r rune) { t.guard.TypedRune(&t.Entry, r) }

// CreateRenderer is the Entry's renderer with a wheel catcher laid over
// it. The catcher is the last object, so the window gives it the wheel
// rather than the Entry's own scroll; taps, hovering and the text cursor
// still reach the Entry, as the catcher takes none of them.
func (t *textBox) CreateRenderer() fyne.WidgetRenderer {
	r := t.Entry.CreateRenderer()
	for _, o := range r.Objects() {
		if s, ok := o.(*container.Scroll); ok {
			t.inner = s
		}
	}
	w := newWheelCatcher(t.wheel)
	return &textBoxRenderer{WidgetRenderer: r, wheel: w}
}

// wheel scrolls the box while it can move that way, and the page otherwise.
func (t *textBox) wheel(ev *fyne.ScrollEvent) {
	if t.inner != nil && t.inner.Visible() && canScroll(t.inner, ev.Scrolled) {
		t.inner.Scrolled(ev)
		return
	}
	if t.page == nil {
		return
	}
	if p := t.page(); p != nil {
		p.Scrolled(ev)
	}
}

// canScroll reports whether s can move at all in the direction of d.
func canScroll(s *container.Scroll, d fyne.Delta) bool {
	if d.DY == 0 {
		return d.DX != 0 && s.Direction != container.ScrollVerticalOnly && s.Direction != container.ScrollNone
	}
	if s.Direction == container.ScrollHorizontalOnly || s.Direction == container.ScrollNone || s.Content == nil {
		return false
	}
	room := s.Content.MinSize().Height - s.Size().Height
	if d.DY > 0 { // towards the top
		return s.Offset.Y > 0.5
	}
	return s.Offset.Y < room-0.5
}

type textBoxRenderer struct {
	fyne.WidgetRenderer
	wheel *wheelCatcher
}

func (r *textBoxRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.wheel.Move(fyne.Position{})
	r.wheel.Resize(size)
}

func (r *textBoxRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	out := make([]fyne.CanvasObject, 0, len(objs)+1)
	return append(append(out, objs...), r.wheel)
}

// wheelCatcher is an invisible object that only takes the mouse wheel.
type wheelCatcher struct {
	widget.BaseWidget
	onScroll func(*fyne.ScrollEvent)
}

func newWheelCatcher(onScroll func(*fyne.ScrollEvent)) *wheelCatcher {
	w := &wheelCatcher{onScroll: onScroll}
	w.ExtendBaseWidget(w)
	return w
}

func (w *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) { w.onScroll(ev) }

func (w *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// wheelStep is how many times Fyne's own wheel step (25 px a notch on
// Windows and Linux) the form moves: three times is about four lines of
// text a notch, as in a web browser, instead of barely one.
const wheelStep = 3

// pageScroll is the form's scroll, moving a comfortable distance for each
// notch of the mouse wheel. It asks for no width of its own: a page never
// widens the window or pushes the Checks panel aside; a page that cannot
// be laid out narrow enough scrolls sideways instead.
type pageScroll struct {
	container.Scroll
}

func newPageScroll() *pageScroll {
	s := &pageScroll{}
	s.Direction = container.ScrollBoth // sideways only if a page cannot be narrowed enough
	s.ExtendBaseWidget(s)
	return s
}

func (s *pageScroll) Scrolled(ev *fyne.ScrollEvent) {
	big := *ev
	big.Scrolled = fyne.NewDelta(ev.Scrolled.DX*wheelStep, ev.Scrolled.DY*wheelStep)
	s.Scroll.Scrolled(&big)
}

// Plain is the fyne entry inside, for code that looks entries up by type.
func (t *textBox) Plain() *widget.Entry { return &t.Entry }
