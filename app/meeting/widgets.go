package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
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
// meeting mode.
type answerBox struct {
	widget.Entry
	onEscape func()
	left     cursorMark
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
	if pos, ok := b.misplaced(); ok {
		switch ev.Name {
		case fyne.KeyBackspace:
			if pos > 0 {
				runes := []rune(b.Text)
				b.SetText(string(runes[:pos-1]) + string(runes[pos:]))
				b.placeCursor(pos - 1)
			}
			return
		case fyne.KeyReturn, fyne.KeyEnter:
			b.TypedRune('\n')
			return
		}
	}
	b.Entry.TypedKey(ev)
	b.mark(b.CursorTextOffset())
}

// The box keeps its own account of where the cursor is in the words.
// Fyne 2.8's word-wrapping Entry keeps the cursor as a row and column of
// the wrapped lines, and cannot stand after a space typed where a line
// wraps: the row and column it is given stand before that space, so the
// next word would be typed in front of it ("because it" becoming
// "becauseit " with the space pushed along to the end). The words go into
// the plan verbatim, so when nothing but that moved the cursor, the box
// types at the place its account says.

// cursorMark is where typing left the cursor: the row and column the
// Entry was left with, and the place in the words meant.
type cursorMark struct {
	row, col, offset int
	text             string
	set              bool
}

// TypedRune types r at the cursor.
func (b *answerBox) TypedRune(r rune) {
	if pos, ok := b.misplaced(); ok {
		runes := []rune(b.Text)
		b.SetText(string(runes[:pos]) + string(r) + string(runes[pos:]))
		b.placeCursor(pos + 1)
		return
	}
	meant := b.CursorTextOffset() + 1
	selected := b.SelectedText() != ""
	b.Entry.TypedRune(r)
	if selected {
		meant = b.CursorTextOffset()
	}
	b.mark(meant)
}

// misplaced reports the place typing left the cursor at, when the Entry's
// row and column no longer stand there although nothing moved them.
func (b *answerBox) misplaced() (int, bool) {
	l := b.left
	if !l.set || !b.MultiLine || b.Text != l.text || b.CursorRow != l.row || b.CursorColumn != l.col ||
		b.SelectedText() != "" || b.CursorTextOffset() == l.offset || l.offset > len([]rune(b.Text)) {
		return 0, false
	}
	return l.offset, true
}

// placeCursor puts the cursor at a place in the words, as near as the
// Entry's rows allow, and remembers the place.
func (b *answerBox) placeCursor(offset int) {
	begin := func(row int) int { // where a wrapped row starts; 0 past the last
		b.CursorRow, b.CursorColumn = row, 0
		return b.CursorTextOffset()
	}
	row := 0
	for next := begin(1); next > 0 && next <= offset; next = begin(row + 1) {
		row++
	}
	b.CursorRow, b.CursorColumn = row, offset-begin(row)
	b.Refresh() // the Entry may move a column past its row's end back to the end
	b.mark(offset)
}

func (b *answerBox) mark(offset int) {
	b.left = cursorMark{b.CursorRow, b.CursorColumn, offset, b.Text, true}
}

// AcceptsTab is false so that Tab moves the focus on.
func (b *answerBox) AcceptsTab() bool { return false }
