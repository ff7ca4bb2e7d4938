package render

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// itemText returns the text of the item with id, and whether it exists.
func (d *doc) itemText(id string) (string, bool) {
	ref, ok := d.idx[id]
	if !ok {
		return "", false
	}
	return d.p.Text(ref), true
}

// longRef is the most characters of a linked item's text printed where it
// is linked to: a longer one that is already printed is named with its
// page instead. Linked text is never cut short.
const longRef = 200

// refs lists linked items as "A1 – I want to work with animals." lines so
// a family can follow the thread without looking IDs up. An item whose
// text is long and already printed reads "see N3, page 5".
func (d *doc) refs(ids []string) string {
	var lines []string
	for _, id := range ids {
		id = trimmed(id)
		if id == "" {
			continue
		}
		text, ok := d.itemText(id)
		if !ok {
			lines = append(lines, id+" (not found in this plan)")
			continue
		}
		if page, ok := d.itemAt[id]; ok && utf8.RuneCountInString(text) > longRef {
			lines = append(lines, fmt.Sprintf("see %s, page %d", id, page))
			continue
		}
		lines = append(lines, id+" – "+strings.Join(strings.Fields(text), " "))
	}
	return d.clean(strings.Join(lines, "\n"))
}

// detail is one "Label: value" paragraph of a details cell; an empty value
// prints ifEmpty in grey italics.
func (d *doc) detail(label, value, ifEmpty string) []span {
	value = d.clean(trimmed(value))
	out := []span{{stLabel, label + ": "}}
	if value == "" {
		return append(out, span{stCellI, ifEmpty + "\n"})
	}
	return append(out, span{stCell, value + "\n"})
}

// details joins detail paragraphs with a small gap between them.
func details(parts ...[]span) []span {
	var out []span
	for i, p := range parts {
		if i > 0 {
			out = append(out, span{stSmall, "\n"})
		}
		out = append(out, p...)
	}
	return out
}

// boxLines lays out an item's ID and text for a box of the thread map, w
// millimetres wide and at most maxLines lines: the full words when they
// fit, otherwise the ID with where the item is printed ("see O3, page 7"),
// never words cut short. (For thread.go's box, which still shortens.)
func (d *doc) boxLines(id, text string, w float64, maxLines int, idSt, textSt style) []line {
	lines := d.wrap(w, span{idSt, d.clean(id) + "  "}, span{textSt, d.clean(strings.Join(strings.Fields(text), " "))})
	if len(lines) <= maxLines {
		return lines
	}
	where := "printed in full in the area chapter"
	if page, ok := d.itemAt[id]; ok {
		where = fmt.Sprintf("see %s, page %d", id, page)
	}
	return d.wrap(w, span{idSt, d.clean(id) + "  "}, span{textSt, where})
}
