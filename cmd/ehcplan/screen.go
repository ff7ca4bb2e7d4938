package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// The window opens at the size of the council laptops' screens, or
// smaller if the screen's work area is.
const (
	wantWidth  = 1366
	wantHeight = 768
	titleBar   = 40 // room for the window's title bar, in pixels
)

// screenFitter sizes windows to the screen. The screen can only be asked
// once the app is running, so windows made before then wait for it.
type screenFitter struct {
	running bool
	waiting []fyne.Window
}

func newScreenFitter(fa fyne.App) *screenFitter {
	f := &screenFitter{}
	fa.Lifecycle().SetOnStarted(func() {
		f.running = true
		for _, w := range f.waiting {
			fitNow(w)
		}
		f.waiting = nil
	})
	return f
}

// fit sizes w to 1366x768, shrunk to a smaller screen's work area.
func (f *screenFitter) fit(w fyne.Window) {
	w.Resize(fyne.NewSize(wantWidth, wantHeight))
	if f.running {
		fitNow(w)
		return
	}
	f.waiting = append(f.waiting, w)
}

// fitNow shrinks w to the primary monitor's work area (main goroutine only).
func fitNow(w fyne.Window) {
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return
	}
	_, _, width, height := mon.GetWorkarea()
	scale := w.Canvas().Scale()
	if scale <= 0 || width <= 0 || height <= 0 {
		return
	}
	fit := fyne.NewSize(min(wantWidth, float32(width)/scale), min(wantHeight, float32(height-titleBar)/scale))
	if fit.Width < wantWidth || fit.Height < wantHeight {
		w.Resize(fit)
	}
}
