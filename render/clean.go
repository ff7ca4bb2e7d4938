package render

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// replacement is printed where the font has no glyph for a character.
const replacement = '\uFFFD'

// cleaner makes text printable: it composes accents (NFC), turns tabs into
// spaces, drops invisible control and format characters, and replaces
// characters the font cannot show, remembering which they were.
type cleaner struct {
	fonts    *fontSet
	replaced map[rune]bool
}

func newCleaner(fs *fontSet) *cleaner {
	return &cleaner{fonts: fs, replaced: map[rune]bool{}}
}

// clean returns s ready to print. Newlines are kept (they are paragraphs).
func (c *cleaner) clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r):
			// invisible: \r, zero-width spaces, BOMs, direction marks
		case c.fonts.covers(r):
			b.WriteRune(r)
		default:
			c.replaced[r] = true
			b.WriteRune(c.substitute())
		}
	}
	return b.String()
}

func (c *cleaner) substitute() rune {
	if c.fonts.covers(replacement) {
		return replacement
	}
	return '?'
}

// isPlain reports whether s is printable ASCII (plus newlines): the common
// case, which needs no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if ch := s[i]; (ch < ' ' && ch != '\n') || ch > '~' {
			return false
		}
	}
	return true
}

// list returns the replaced characters in code point order.
func (c *cleaner) list() []rune {
	out := make([]rune, 0, len(c.replaced))
	for r := range c.replaced {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}
