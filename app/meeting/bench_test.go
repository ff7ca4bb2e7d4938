package meeting

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// plan40 is a plan with 40 outcomes (10 per area), all linked.
func plan40() *plan.Plan { return demo.Large("Zara Test", 10) }

func benchWindow(b *testing.B) fyne.Window {
	fa := test.NewTempApp(b)
	fa.Settings().SetTheme(Theme(DefaultScale))
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1366, 768))
	b.Cleanup(w.Close)
	return w
}

// BenchmarkNextQuestion40 is one press of Next in the review meeting of a
// 40-outcome plan (three questions with answers, then an outcome each),
// round and round: the new screen is built and laid out in the window.
func BenchmarkNextQuestion40(b *testing.B) {
	w := benchWindow(b)
	m := New(w, plan40(), Options{Today: testToday, Start: Place{ReviewMeeting, 0}})
	w.SetContent(m.Content())
	for b.Loop() {
		if m.at+1 >= len(m.qs) {
			m.Go(Place{ReviewMeeting, 0})
		} else {
			m.Next()
		}
	}
}

// BenchmarkNextPlanning40 is one press of Next in the planning
// conversation of a 40-outcome plan: every screen has the answer box, the
// speakers' buttons and the answers given before.
func BenchmarkNextPlanning40(b *testing.B) {
	w := benchWindow(b)
	m := New(w, plan40(), Options{Today: testToday, Start: Place{Planning, 0}})
	w.SetContent(m.Content())
	for b.Loop() {
		if m.at+1 >= len(m.qs) {
			m.Go(Place{Planning, 0})
		} else {
			m.Next()
		}
	}
}

// BenchmarkOpenMeeting40 opens meeting mode on a 40-outcome plan as the
// app does: the meeting theme, the questions, the first screen, and the
// window's content.
func BenchmarkOpenMeeting40(b *testing.B) {
	w := benchWindow(b)
	p := plan40()
	fa := fyne.CurrentApp()
	scale := []float32{2, 2.5}
	i := 0
	for b.Loop() {
		fa.Settings().SetTheme(Theme(scale[i%2]))
		i++
		m := New(w, p, Options{Today: testToday, Start: Place{Planning, 4}})
		w.SetContent(m.Content())
	}
}
