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

// twoColsLayout puts two objects side by side in equal halves when each
// half is wide enough, and otherwise one above the other. Its minimum
// width is that of the wider object, so a form never has to be wider than
// its window; its minimum height follows the width it was last given.
type twoColsLayout struct {
	stacked bool
}

func (l *twoColsLayout) fitsSideBySide(objs []fyne.CanvasObject, width float32) bool {
	half := (width - theme.Padding()) / 2
	for _, o := range objs {
		if o.MinSize().Width > half {
			return false
		}
	}
	return true
}

func (l *twoColsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	stacked := !l.fitsSideBySide(objs, size.Width)
	changed := stacked != l.stacked
	l.stacked = stacked
	pad := theme.Padding()
	if stacked {
		y := float32(0)
		for _, o := range objs {
			h := o.MinSize().Height
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(size.Width, h))
			y += h + pad
		}
	} else {
		w := (size.Width - pad) / 2
		for i, o := range objs {
			o.Move(fyne.NewPos(float32(i)*(w+pad), 0))
			o.Resize(fyne.NewSize(w, size.Height))
		}
	}
	if changed {
		// The height this asks for has changed: let the form lay out again.
		for _, o := range objs {
			o.Refresh()
		}
	}
}

func (l *twoColsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		if l.stacked {
			s.Height += m.Height
			n++
		} else {
			s.Height = max(s.Height, m.Height)
		}
	}
	if n > 1 {
		s.Height += float32(n-1) * theme.Padding()
	}
	return s
}
