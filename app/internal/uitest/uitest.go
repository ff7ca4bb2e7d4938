// Package uitest walks a Fyne object tree for the app's tests, on the
// headless test driver: every object of a type, and every word shown.
package uitest

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Find walks an object tree (containers and widget renderers) and returns
// every object of type T, in order, including hidden ones. A keydialog
// button or entry also gives the plain widget it wraps.
func Find[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil {
			return
		}
		if t, ok := o.(T); ok {
			out = append(out, t)
		}
		if p, ok := o.(interface{ Plain() *widget.Button }); ok { // keydialog.Button
			if t, ok := fyne.CanvasObject(p.Plain()).(T); ok {
				out = append(out, t)
			}
		}
		if p, ok := o.(interface{ Plain() *widget.Entry }); ok { // keydialog.Entry
			if t, ok := fyne.CanvasObject(p.Plain()).(T); ok {
				out = append(out, t)
			}
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// AllText is every label's, button's, rich text's and canvas text's words
// inside o, joined by newlines.
func AllText(o fyne.CanvasObject) string {
	var out []string
	for _, l := range Find[*widget.Label](o) {
		out = append(out, l.Text)
	}
	for _, b := range Find[*widget.Button](o) {
		out = append(out, b.Text)
	}
	for _, r := range Find[*widget.RichText](o) {
		out = append(out, r.String())
	}
	for _, t := range Find[*canvas.Text](o) {
		out = append(out, t.Text)
	}
	return strings.Join(out, "\n")
}
