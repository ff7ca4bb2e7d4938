package render

import (
	"strings"
	"unicode/utf8"
)

// span is a run of text in one style. Text must already be clean.
type span struct {
	st   style
	text string
}

// seg is a run of one style placed on a line, x from the line's start.
type seg struct {
	st   style
	text string
	x    float64
}

// line is one laid-out line of text.
type line struct {
	segs []seg
	h    float64
}

// wrapper breaks spans into lines no wider than w.
type wrapper struct {
	fonts   *fontSet
	w       float64
	lines   []line
	cur     line
	x       float64
	space   bool  // a space is pending before the next word
	spaceSt style // the style of that space
	last    style
}

// wrap lays spans out in lines of width w. Newlines end a line; a blank
// line (two newlines) is kept once. Words wider than w are broken.
func (d *doc) wrap(w float64, spans ...span) []line {
	wr := &wrapper{fonts: d.fonts, w: w}
	for _, sp := range spans {
		wr.last = sp.st
		wr.add(sp)
	}
	wr.flush(false)
	return wr.lines
}

func (wr *wrapper) add(sp span) {
	paras := strings.Split(sp.text, "\n")
	for i, para := range paras {
		if i > 0 {
			wr.flush(true)
		}
		if strings.HasPrefix(para, " ") {
			wr.pendSpace(sp.st)
		}
		for j, word := range strings.Fields(para) {
			if j > 0 {
				wr.pendSpace(sp.st)
			}
			wr.word(sp.st, word)
		}
		if strings.HasSuffix(para, " ") {
			wr.pendSpace(sp.st)
		}
	}
}

func (wr *wrapper) pendSpace(st style) {
	if wr.x > 0 {
		wr.space, wr.spaceSt = true, st
	}
}

func (wr *wrapper) word(st style, word string) {
	ww := wr.fonts.width(st.fontStyle(), st.size, word)
	sw := 0.0
	if wr.space {
		sw = wr.fonts.width(wr.spaceSt.fontStyle(), wr.spaceSt.size, " ")
	}
	switch {
	case wr.x+sw+ww <= wr.w:
		wr.place(st, word, sw)
	case ww <= wr.w:
		wr.flush(false)
		wr.place(st, word, 0)
	default:
		wr.breakWord(st, word)
	}
}

// breakWord splits a word too long for any line, filling each line.
func (wr *wrapper) breakWord(st style, word string) {
	if wr.x > 0 {
		wr.flush(false)
	}
	for word != "" {
		n, used := 0, 0.0
		for i, r := range word {
			rw := wr.fonts.width(st.fontStyle(), st.size, string(r))
			if used+rw > wr.w && i > 0 {
				break
			}
			used += rw
			n = i + utf8.RuneLen(r)
		}
		wr.place(st, word[:n], 0)
		word = word[n:]
		if word != "" {
			wr.flush(false)
		}
	}
}

// place puts text at the end of the current line after a space of width sw.
func (wr *wrapper) place(st style, text string, sw float64) {
	segs := wr.cur.segs
	if n := len(segs); n > 0 && segs[n-1].st == st {
		if sw > 0 {
			segs[n-1].text += " "
		}
		segs[n-1].text += text
	} else {
		if sw > 0 && n > 0 && segs[n-1].st == wr.spaceSt {
			segs[n-1].text += " "
		}
		wr.cur.segs = append(segs, seg{st: st, text: text, x: wr.x + sw})
	}
	wr.x += sw + wr.fonts.width(st.fontStyle(), st.size, text)
	wr.space = false
	wr.cur.h = max(wr.cur.h, st.lineHeight())
}

// flush ends the current line. A forced break keeps an empty line (one
// blank line between paragraphs) but never two blank lines in a row.
func (wr *wrapper) flush(forced bool) {
	if len(wr.cur.segs) == 0 {
		if !forced || len(wr.lines) == 0 || len(wr.lines[len(wr.lines)-1].segs) == 0 {
			return
		}
		wr.cur.h = wr.last.lineHeight() * 0.5
	}
	wr.lines = append(wr.lines, wr.cur)
	wr.cur, wr.x, wr.space = line{}, 0, false
}

// height is the total height of lines.
func height(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.h
	}
	return h
}

// drawLine prints one line with its top at (x, top).
func (d *doc) drawLine(x, top float64, l line) {
	for _, s := range l.segs {
		// Baselines line up: place each run as if the line were its size.
		d.write(x+s.x, top+(l.h-s.st.lineHeight()), s.st, s.text)
	}
}
