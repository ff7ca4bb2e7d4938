package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/wrapentry"
)

// MinTapTarget is the least height and width of anything to tap, in
// device-independent pixels (a fingertip on a touch screen).
const MinTapTarget = 48

// bigButton is a button of meeting mode. The meeting's theme makes every
// button at least MinTapTarget tall (its text is large and its padding
// generous); a test checks that it does.
func bigButton(label string, tapped func()) *widget.Button {
	return widget.NewButton(label, tapped)
}

// answerBox is the box the words are typed in: it wraps and scrolls
// inside itself however long the answer, Tab moves on, and Esc leaves
// meeting mode. The words go into the plan verbatim, so typing goes
// through a wrapentry.Guard.
type answerBox struct {
	widget.Entry
	onEscape func()
	guard    wrapentry.Guard
}

func newAnswerBox(onEscape func()) *answerBox {
	b := &answerBox{onEscape: onEscape}
	b.MultiLine = true
	b.Wrapping = fyne.TextWrapWord
	b.ExtendBaseWidget(b)
	b.SetMinRowsVisible(3)
	return b
}

func (b *answerBox) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.onEscape != nil {
		b.onEscape()
		return
	}
	b.guard.TypedKey(&b.Entry, ev)
}

// TypedRune types r at the cursor.
func (b *answerBox) TypedRune(r rune) { b.guard.TypedRune(&b.Entry, r) }

// AcceptsTab is false so that Tab moves the focus on.
func (b *answerBox) AcceptsTab() bool { return false }
