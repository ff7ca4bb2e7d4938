package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// sizedText is a canvas text whose size follows the theme. A bare
// canvas.Text keeps the size it was given, so after a change of text size
// it would stay small until the app restarts; as a widget it is refreshed
// with everything else and takes the new size at once.
type sizedText struct {
	widget.BaseWidget
	text *canvas.Text
	size func() float32 // e.g. theme.TextSubHeadingSize
}

func newSizedText(t *canvas.Text, size func() float32) *sizedText {
	s := &sizedText{text: t, size: size}
	t.TextSize = size()
	s.ExtendBaseWidget(s)
	return s
}

// Refresh redraws the text at the theme's current size.
func (s *sizedText) Refresh() {
	s.text.TextSize = s.size()
	s.BaseWidget.Refresh()
}

func (s *sizedText) CreateRenderer() fyne.WidgetRenderer {
	return &sizedTextRenderer{s}
}

type sizedTextRenderer struct{ s *sizedText }

func (r *sizedTextRenderer) Layout(size fyne.Size)        { r.s.text.Resize(size) }
func (r *sizedTextRenderer) MinSize() fyne.Size           { return r.s.text.MinSize() }
func (r *sizedTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.s.text} }
func (r *sizedTextRenderer) Destroy()                     {}
func (r *sizedTextRenderer) Refresh() {
	r.s.text.TextSize = r.s.size()
	r.s.text.Refresh()
}
