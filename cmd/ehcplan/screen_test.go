package main

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestWindowFillsTheWorkArea(t *testing.T) {
	cases := []struct {
		width, height int
		scale         float32
		want          fyne.Size
		ok            bool
	}{
		{1366, 728, 1, fyne.NewSize(1366, 688), true}, // council laptop with a task bar
		{1280, 680, 1, fyne.NewSize(1280, 640), true},
		{1920, 1040, 1.25, fyne.NewSize(1536, 800), true}, // bigger screen: fills it too
		{0, 0, 1, fyne.Size{}, false},
		{1366, 768, 0, fyne.Size{}, false},
	}
	for _, c := range cases {
		got, ok := workAreaSize(c.width, c.height, c.scale)
		if got != c.want || ok != c.ok {
			t.Errorf("workAreaSize(%d, %d, %g) = %v, %v; want %v, %v", c.width, c.height, c.scale, got, ok, c.want, c.ok)
		}
	}
}
