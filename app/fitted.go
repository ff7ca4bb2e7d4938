package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// The most the window's content may ask for. A window grows to fit its
// content's minimum size and never shrinks back: at Extra large text one
// wide part (the thread map, a long row of buttons) made it wider than a
// 1280x720 screen. With the ask capped the window keeps its size, and the
// content, laid out at the window's size, wraps or scrolls instead.
var maxContentMin = fyne.NewSize(800, 540)

// fitted wraps the window's content so that its minimum size never
// exceeds maxContentMin, with the hover tips (of the caseload's cut-short
// cells) drawn over it.
func (a *App) fitted(content fyne.CanvasObject) fyne.CanvasObject {
	tips := a.caseload.tips
	tips.hide()
	tips.anchor = content
	return container.New(capMinLayout{}, content, tips.box)
}

// fitted is App.fitted without tips.
func fitted(content fyne.CanvasObject) fyne.CanvasObject {
	return container.New(capMinLayout{}, content)
}

// capMinLayout gives its objects the whole size and asks for at most
// maxContentMin.
type capMinLayout struct{}

func (capMinLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

func (capMinLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.Min(maxContentMin)
}
