package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// tightVBox stacks labels closer than a VBox does: each label carries its
// own inner padding, so the usual gap would leave them looking unrelated.
type tightVBox struct{}

func (tightVBox) gap() float32 { return -theme.Padding() }

func (l tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + l.gap()
	}
}

func (l tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		n++
	}
	if n > 1 {
		s.Height += float32(n-1) * l.gap()
	}
	return s
}

// textWideLayout stacks its objects and is at least chars times the text
// size wide. The width is asked of the theme each time, so it follows a
// change of text size at once (a fixed-size spacer would keep the width of
// the size the window opened with).
type textWideLayout struct{ chars float32 }

func textWide(chars float32) fyne.Layout { return &textWideLayout{chars: chars} }

func (l *textWideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

func (l *textWideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(theme.TextSize()*l.chars, 0)
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}
