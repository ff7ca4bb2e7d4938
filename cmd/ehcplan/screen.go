package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// The window opens filling the screen's work area (the screen less any
// task bar), less room for its title bar.
const titleBar = 40 // pixels

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

// fit makes w fill the screen's work area, now or once the app runs.
func (f *screenFitter) fit(w fyne.Window) {
	if f.running {
		fitNow(w)
		return
	}
	f.waiting = append(f.waiting, w)
}

// fitNow sizes w to the primary monitor's work area (main goroutine only).
func fitNow(w fyne.Window) {
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return
	}
	_, _, width, height := mon.GetWorkarea()
	if size, ok := workAreaSize(width, height, w.Canvas().Scale()); ok {
		w.Resize(size)
		w.CenterOnScreen()
	}
}

// workAreaSize is the window size, in fyne units, that fills a work area
// of width x height pixels at scale; false when the figures make no sense.
func workAreaSize(width, height int, scale float32) (fyne.Size, bool) {
	if scale <= 0 || width <= 0 || height <= titleBar {
		return fyne.Size{}, false
	}
	return fyne.NewSize(float32(width)/scale, float32(height-titleBar)/scale), true
}
