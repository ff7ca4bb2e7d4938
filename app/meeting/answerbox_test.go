package meeting

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestLongAnswerTypedVerbatim: a long answer typed into the box, wrapping
// over many lines, is kept exactly as typed, at any width and text size.
// (Fyne 2.8's Entry put a space typed where a line wraps after the next
// word: "becauseit is".) Backspace and Return where a line wraps work on
// the right place too.
func TestLongAnswerTypedVerbatim(t *testing.T) {
	long := strings.Repeat("I like the bus because it is quiet in the morning. ", 12)
	for _, c := range []struct {
		name  string
		th    fyne.Theme
		width float32
	}{
		{"normal 300", theme.DefaultTheme(), 300}, {"normal 800", theme.DefaultTheme(), 800},
		{"meeting 500", Theme(2), 500}, {"meeting 1300", Theme(2), 1300}, {"meeting x3 700", Theme(3), 700},
	} {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t).Settings().SetTheme(c.th)
			b := newAnswerBox(nil)
			var changed string
			b.OnChanged = func(s string) { changed = s }
			w := test.NewWindow(b)
			defer w.Close()
			w.Resize(fyne.NewSize(c.width, 400))
			test.Type(b, long)
			if b.Text != long || changed != long {
				t.Fatalf("typed differs:\n got %q\nwant %q", b.Text, long)
			}
			// At each wrap: a space, Backspace, then Return and a word.
			b.SetText("")
			want := ""
			for _, word := range strings.Fields(long)[:40] {
				test.Type(b, word+" ")
				b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
				test.Type(b, " ")
				want += word + " "
			}
			b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			test.Type(b, "End.")
			if want += "\nEnd."; b.Text != want {
				t.Errorf("edited differs:\n got %q\nwant %q", b.Text, want)
			}
		})
	}
}
