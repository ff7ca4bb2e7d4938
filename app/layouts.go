package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// minWidth gives o at least width w, so wrapped text in a dialog gets a
// readable line length instead of one word a line.
func minWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&minWidthLayout{width: w}, o)
}

type minWidthLayout struct{ width float32 }

func (l *minWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *minWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	min.Width = max(min.Width, l.width)
	return min
}

// columnsLayout lays cells side by side, sharing the width by weight, so
// the header and every caseload row line up whatever the window's width.
// A weight of 0 gives a cell just its minimum width.
type columnsLayout struct {
	weights []float32
	gap     float32
}

func (l *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	fixed, total := l.fixedWidth(objs)
	spare := max(size.Width-fixed, 0)
	x := float32(0)
	for i, o := range objs {
		w := o.MinSize().Width
		if i < len(l.weights) && l.weights[i] > 0 {
			w = spare * l.weights[i] / total
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + l.gap
	}
}

// fixedWidth is the width of the unweighted cells and the gaps, and total
// the sum of the weights.
func (l *columnsLayout) fixedWidth(objs []fyne.CanvasObject) (fixed, total float32) {
	for i, o := range objs {
		if i < len(l.weights) && l.weights[i] > 0 {
			total += l.weights[i]
		} else {
			fixed += o.MinSize().Width
		}
	}
	if len(objs) > 1 {
		fixed += l.gap * float32(len(objs)-1)
	}
	return fixed, max(total, 1)
}

func (l *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w += m.Width
		h = max(h, m.Height)
	}
	if len(objs) > 1 {
		w += l.gap * float32(len(objs)-1)
	}
	return fyne.NewSize(w, h)
}
