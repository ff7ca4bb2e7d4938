// Package wrapentry keeps words typed into a word-wrapping multi-line
// widget.Entry exactly as typed.
//
// Fyne 2.8's word-wrapping Entry keeps the cursor as a row and column of
// the wrapped lines, and cannot stand after a space typed where a line
// wraps: the row and column it is given stand before that space, so the
// next word is typed in front of it ("because it" becomes "becauseit "
// with the space pushed along to the end). A Guard keeps its own account
// of where typing left the cursor, and when nothing but that wrap moved
// it, types at the place its account says.
package wrapentry

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Guard is embedded in (or held beside) an Entry; the widget's TypedRune
// and TypedKey call the Guard's instead of the Entry's.
type Guard struct {
	left cursorMark
}

// cursorMark is where typing left the cursor: the row and column the
// Entry was left with, and the place in the words meant.
type cursorMark struct {
	row, col, offset int
	text             string
	set              bool
}

// TypedRune types r into e at the cursor.
func (g *Guard) TypedRune(e *widget.Entry, r rune) {
	if pos, ok := g.misplaced(e); ok {
		runes := []rune(e.Text)
		e.SetText(string(runes[:pos]) + string(r) + string(runes[pos:]))
		g.placeCursor(e, pos+1)
		return
	}
	meant := e.CursorTextOffset() + 1
	selected := e.SelectedText() != ""
	e.TypedRune(r)
	if selected {
		meant = e.CursorTextOffset()
	}
	g.mark(e, meant)
}

// TypedKey passes ev to e, doing Backspace and Return itself where the
// Entry's cursor no longer stands where typing left it.
func (g *Guard) TypedKey(e *widget.Entry, ev *fyne.KeyEvent) {
	if pos, ok := g.misplaced(e); ok {
		switch ev.Name {
		case fyne.KeyBackspace:
			if pos > 0 {
				runes := []rune(e.Text)
				e.SetText(string(runes[:pos-1]) + string(runes[pos:]))
				g.placeCursor(e, pos-1)
			}
			return
		case fyne.KeyReturn, fyne.KeyEnter:
			g.TypedRune(e, '\n')
			return
		}
	}
	e.TypedKey(ev)
	g.mark(e, e.CursorTextOffset())
}

// misplaced reports the place typing left the cursor at, when the Entry's
// row and column no longer stand there although nothing moved them.
func (g *Guard) misplaced(e *widget.Entry) (int, bool) {
	l := g.left
	if !l.set || !e.MultiLine || e.Text != l.text || e.CursorRow != l.row || e.CursorColumn != l.col ||
		e.SelectedText() != "" || e.CursorTextOffset() == l.offset || l.offset > len([]rune(e.Text)) {
		return 0, false
	}
	return l.offset, true
}

// placeCursor puts the cursor at a place in the words, as near as the
// Entry's rows allow, and remembers the place.
func (g *Guard) placeCursor(e *widget.Entry, offset int) {
	begin := func(row int) int { // where a wrapped row starts; 0 past the last
		e.CursorRow, e.CursorColumn = row, 0
		return e.CursorTextOffset()
	}
	row := 0
	for next := begin(1); next > 0 && next <= offset; next = begin(row + 1) {
		row++
	}
	e.CursorRow, e.CursorColumn = row, offset-begin(row)
	e.Refresh() // the Entry may move a column past its row's end back to the end
	g.mark(e, offset)
}

func (g *Guard) mark(e *widget.Entry, offset int) {
	g.left = cursorMark{e.CursorRow, e.CursorColumn, offset, e.Text, true}
}
