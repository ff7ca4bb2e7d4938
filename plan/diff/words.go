package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SpanKind says whether a span of text stayed, was added or was removed.
type SpanKind int

// The kinds of span.
const (
	Same SpanKind = iota
	AddedText
	RemovedText
)

func (k SpanKind) String() string {
	switch k {
	case AddedText:
		return "added"
	case RemovedText:
		return "removed"
	}
	return "same"
}

// Span is a run of text of one kind. Joining the Same and RemovedText spans
// gives the old text back; joining Same and AddedText gives the new.
type Span struct {
	Text string
	Kind SpanKind
}

// MaxWordCells bounds the work Words does: when the changed middle of the
// two texts (after their common start and end are set aside) has more
// than this many word pairs to compare, Words shows the middle as wholly
// replaced instead, so a very long text never stalls the screen.
const MaxWordCells = 250_000

// Words splits old and new into the words (and the spaces between them)
// that stayed, were removed and were added: a longest common subsequence
// over words, with removed spans before added ones where a change replaces
// words. Identical texts give one Same span (none for two empty texts).
func Words(old, new string) []Span {
	a, b := tokens(old), tokens(new)
	var out spans
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	out.add(Same, a[:pre]...)
	midA, midB := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(midA)*len(midB) > MaxWordCells {
		out.add(RemovedText, midA...)
		out.add(AddedText, midB...)
	} else {
		lcs(midA, midB, &out)
	}
	out.add(Same, a[len(a)-suf:]...)
	return out.list
}

// lcs adds the spans of a against b by the classic dynamic programme:
// table[i][j] is the longest common subsequence of a[i:] and b[j:].
func lcs(a, b []string, out *spans) {
	w := len(b) + 1
	table := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				table[i*w+j] = table[(i+1)*w+j+1] + 1
			} else {
				table[i*w+j] = max(table[(i+1)*w+j], table[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out.add(Same, a[i])
			i, j = i+1, j+1
		case table[(i+1)*w+j] >= table[i*w+j+1]:
			out.add(RemovedText, a[i])
			i++
		default:
			out.add(AddedText, b[j])
			j++
		}
	}
	out.add(RemovedText, a[i:]...)
	out.add(AddedText, b[j:]...)
}

// spans merges neighbouring text of one kind into one span.
type spans struct{ list []Span }

func (s *spans) add(kind SpanKind, texts ...string) {
	for _, t := range texts {
		if n := len(s.list); n > 0 && s.list[n-1].Kind == kind {
			s.list[n-1].Text += t
			continue
		}
		s.list = append(s.list, Span{t, kind})
	}
}

// tokens splits s into runs of white space, runs of letters and digits
// (a word), and single other characters (punctuation, symbols), so the
// tokens join back to s exactly and a word that stays matches even when
// the full stop after it became a comma.
func tokens(s string) []string {
	var out []string
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		class := runeClass(r)
		end := size
		if class != other {
			end = strings.IndexFunc(s, func(r rune) bool { return runeClass(r) != class })
			if end < 0 {
				end = len(s)
			}
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// The classes of character tokens splits on.
const (
	space = iota
	letter
	other
)

func runeClass(r rune) int {
	switch {
	case unicode.IsSpace(r):
		return space
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r):
		return letter
	}
	return other
}
