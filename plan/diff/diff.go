// Package diff compares two versions of a plan: what was added, removed and
// changed, by statutory section and item, for the version comparison in the
// app, the amendment notice and `ehcplanctl diff`. It also splits a changed
// text into the words that stayed, went and came (Words), for highlighting.
//
// Items with IDs (aspirations, needs, aims, outcomes, provision) are matched
// by ID within their kind, so an item whose ID was renamed shows as removed
// under the old ID and added under the new one. Section A headings are
// matched by key, advice by title and author, contacts and professionals by
// name; everything else field by field. Review records, the version number,
// the status and the "extra" data are not compared: they are not what the
// plan says to the family.
package diff

import (
	"slices"
	"strconv"
	"strings"

	"ehcplan/plan"
)

// The kinds of change.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
)

// SectionDetails is the Section of changes to the person, the plan's dates
// and other front-page details (not a statutory section; sorted first).
const SectionDetails = "details"

// Change is one difference between two versions.
type Change struct {
	// Section is a statutory letter (A..K, H1, H2) or SectionDetails.
	Section string `json:"section"`
	// Item is the item's ID (O4), a Section A heading key, an advice entry's
	// "title (author)", or a field name (date_of_birth, note).
	Item string `json:"item"`
	// Change is Added, Removed or Changed.
	Change string `json:"change"`
	// Old and New are the item's words: for an added or removed item its
	// whole short rendering (the other side is ""); for a changed item the
	// changed field's old and new text, or, when several fields changed,
	// "field: text; field: text" of only those fields.
	Old string `json:"old"`
	New string `json:"new"`
	// Field names the changed field(s), comma-separated ("text", "who,
	// how_often"; "area" when an item moved to another area); "" for
	// Added and Removed.
	Field string `json:"-"`
}

// sectionOrder is the statutory order changes are sorted in.
var sectionOrder = map[string]int{
	SectionDetails: 0, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
	"H1": 8, "H2": 9, "I": 10, "J": 11, "K": 12,
}

// SectionRank is a section's place in statutory order (details first); an
// unknown section sorts last.
func SectionRank(section string) int {
	if r, ok := sectionOrder[section]; ok {
		return r
	}
	return len(sectionOrder)
}

// field is one named text of an item.
type field struct{ name, value string }

// entry is one comparable item: its section, its key within its kind, its
// fields and a short rendering for when it is added or removed.
type entry struct {
	section, key string
	fields       []field
	render       string
}

// Compare lists what changed from old to new, in statutory order
// (details, A, B, C, D, E, F, G, H1, H2, I, J, K) and, within a section, in
// the order of the new plan, with removed items after the rest of their
// kind. Identical plans give no changes (nil).
func Compare(old, new *plan.Plan) []Change {
	var c collector
	c.fields(SectionDetails, detailFields(old), detailFields(new))
	c.keyed(contacts(old), contacts(new))
	c.keyed(professionals(old), professionals(new))
	c.fields("A", sectionAFields(old), sectionAFields(new))
	c.keyed(headings(old), headings(new))
	c.keyed(aspirations(old), aspirations(new))
	c.keyed(said(old), said(new))
	c.keyed(areaEntries(old), areaEntries(new))
	c.keyed(needs(old), needs(new))
	c.keyed(aims(old), aims(new))
	c.keyed(outcomes(old), outcomes(new))
	c.keyed(provision(old), provision(new))
	c.fields("I", placementFields(old), placementFields(new))
	c.fields("J", budgetFields(old), budgetFields(new))
	c.keyed(advice(old), advice(new))
	for _, letter := range noteLetters(old, new) {
		c.fields(letter, []field{{"note", old.SectionNotes[letter]}}, []field{{"note", new.SectionNotes[letter]}})
	}
	// Stable: within a section the order of collection (plan order) stays.
	slices.SortStableFunc(c.out, func(a, b Change) int { return SectionRank(a.Section) - SectionRank(b.Section) })
	return c.out
}

type collector struct{ out []Change }

// fields compares two lists of the same named fields, one change per
// field: a field that was empty and now has words is added, one whose
// words were all taken out is removed.
func (c *collector) fields(section string, old, new []field) {
	for i := range new {
		if i >= len(old) || old[i].value == new[i].value {
			continue
		}
		change := Changed
		switch {
		case old[i].value == "":
			change = Added
		case new[i].value == "":
			change = Removed
		}
		c.add(section, new[i].name, change, old[i].value, new[i].value, new[i].name)
	}
}

// keyed compares two lists of entries matched by key: changed and added in
// the new list's order, then removed in the old list's order.
func (c *collector) keyed(old, new []entry) {
	numberRepeats(old)
	numberRepeats(new)
	byKey := make(map[string]*entry, len(old))
	for i := range old {
		byKey[old[i].key] = &old[i]
	}
	seen := make(map[string]bool, len(new))
	for i := range new {
		n := &new[i]
		seen[n.key] = true
		o, ok := byKey[n.key]
		if !ok {
			c.add(n.section, n.key, Added, "", n.render, "")
			continue
		}
		c.changedFields(o, n)
	}
	for i := range old {
		if !seen[old[i].key] {
			c.add(old[i].section, old[i].key, Removed, old[i].render, "", "")
		}
	}
}

// numberRepeats makes keys unique by numbering the second and later
// entries with one key ("title (author) #2"), so two reports with the same
// title and author, or the same words said twice, are matched in turn
// rather than one hiding the other. Items with IDs never repeat (import
// refuses duplicate IDs), so for them this only costs the look-up.
func numberRepeats(entries []entry) {
	count := make(map[string]int, len(entries))
	for i := range entries {
		k := entries[i].key
		count[k]++
		if n := count[k]; n > 1 {
			entries[i].key = k + " #" + strconv.Itoa(n)
		}
	}
}

// changedFields adds one change for an item whose fields differ.
func (c *collector) changedFields(o, n *entry) {
	var names, olds, news []string
	for i := range n.fields {
		if i < len(o.fields) && o.fields[i].value != n.fields[i].value {
			names = append(names, n.fields[i].name)
			olds = append(olds, o.fields[i].value)
			news = append(news, n.fields[i].value)
		}
	}
	switch len(names) {
	case 0:
		return
	case 1:
		c.add(n.section, n.key, Changed, olds[0], news[0], names[0])
	default:
		c.add(n.section, n.key, Changed, labelled(names, olds), labelled(names, news), strings.Join(names, ", "))
	}
}

func labelled(names, values []string) string {
	parts := make([]string, len(names))
	for i := range names {
		parts[i] = names[i] + ": " + values[i]
	}
	return strings.Join(parts, "; ")
}

func (c *collector) add(section, item, change, old, new, fieldName string) {
	c.out = append(c.out, Change{Section: section, Item: item, Change: change, Old: old, New: new, Field: fieldName})
}
