package plan

import (
	"strconv"
	"strings"
)

// Loc is a place in a plan, written as its JSON path:
// "areas[1].outcomes[0].by", "section_a.headings[2].text", "advice[0].date",
// "personal_budget.provision[1]", "person.date_of_birth", "section_notes.C".
//
// Top is a top-level key of the plan and At its index when it is a list
// (areas, advice, reviews). List is a list of items inside it (an area's
// needs, aims, outcomes or provision; Section A's headings or aspirations;
// a review's progress) and Item the index in it. Field is the field at
// fault and Link its index when the field is a list (an outcome's
// aspirations[1]). An index that is not part of the path is NoIndex.
//
// The zero Loc is no place at all. Build one with At and its methods:
// plan.At("areas").Index(1).In("outcomes", 0).Dot("by").
type Loc struct {
	Top   string
	At    int
	List  string
	Item  int
	Field string
	Link  int
}

// NoIndex marks an index that is not part of a Loc's path.
const NoIndex = -1

// At is the place of a top-level key: At("dates"), At("advice").
func At(top string) Loc { return Loc{Top: top, At: NoIndex, Item: NoIndex, Link: NoIndex} }

// AreaAt is the place of area ai.
func AreaAt(ai int) Loc { return At("areas").Index(ai) }

// Index is l with its top-level index: At("advice").Index(0) is "advice[0]".
func (l Loc) Index(i int) Loc { l.At = i; return l }

// In is l narrowed to item i of one of its lists (NoIndex for the list as
// a whole): AreaAt(1).In("outcomes", 0) is "areas[1].outcomes[0]".
func (l Loc) In(list string, i int) Loc { l.List, l.Item = list, i; return l }

// Dot is l narrowed to one field: "areas[1].outcomes[0].by".
func (l Loc) Dot(field string) Loc { l.Field = field; return l }

// Nth is l narrowed to entry i of its field: "….aspirations[1]".
func (l Loc) Nth(i int) Loc { l.Link = i; return l }

// IsZero reports whether l is no place.
func (l Loc) IsZero() bool { return l.Top == "" }

// Area returns the index of the area l is in.
func (l Loc) Area() (int, bool) {
	return l.At, l.Top == "areas" && l.At >= 0
}

// String is the JSON path; "" for the zero Loc.
func (l Loc) String() string {
	if l.Top == "" {
		return ""
	}
	var buf [64]byte
	return string(l.appendTo(buf[:0]))
}

// MarshalText writes the Loc as its path, so a finding's "where" is a
// string in JSON.
func (l Loc) MarshalText() ([]byte, error) { return l.appendTo(nil), nil }

// UnmarshalText reads a path; one that is not a plan path is an error.
func (l *Loc) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = Loc{}
		return nil
	}
	loc, ok := ParseLoc(string(b))
	if !ok {
		return &ImportError{Path: string(b), Problem: "not a path in the plan"}
	}
	*l = loc
	return nil
}

func (l Loc) appendTo(b []byte) []byte {
	if l.Top == "" {
		return b
	}
	b = appendStep(b, l.Top, l.At)
	if l.List != "" {
		b = append(b, '.')
		b = appendStep(b, l.List, l.Item)
	}
	if l.Field != "" {
		b = append(b, '.')
		b = appendStep(b, l.Field, l.Link)
	}
	return b
}

func appendStep(b []byte, name string, i int) []byte {
	b = append(b, name...)
	if i >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, ']')
	}
	return b
}

// itemLists are the lists of items each top-level key holds; any other
// name after the top-level key is a field.
var itemLists = map[string][]string{
	"areas":     {"needs", "aims", "outcomes", "provision"},
	"section_a": {"headings", "aspirations"},
	"reviews":   {"progress"},
}

// ParseLoc reads a JSON path of the shapes String writes. ok is false for
// anything else (an empty path, a bad index, too many steps).
func ParseLoc(path string) (loc Loc, ok bool) {
	steps := strings.Split(path, ".")
	if len(steps) > 3 {
		return Loc{}, false
	}
	loc = At("")
	if loc.Top, loc.At, ok = parseStep(steps[0]); !ok {
		return Loc{}, false
	}
	rest := steps[1:]
	if len(rest) > 0 {
		if name, _, _ := strings.Cut(rest[0], "["); isItemList(loc.Top, name) {
			if loc.List, loc.Item, ok = parseStep(rest[0]); !ok {
				return Loc{}, false
			}
			rest = rest[1:]
		}
	}
	switch len(rest) {
	case 0:
	case 1:
		if loc.Field, loc.Link, ok = parseStep(rest[0]); !ok {
			return Loc{}, false
		}
	default:
		return Loc{}, false
	}
	return loc, true
}

func isItemList(top, name string) bool {
	for _, l := range itemLists[top] {
		if l == name {
			return true
		}
	}
	return false
}

// parseStep reads "name" or "name[i]".
func parseStep(s string) (name string, i int, ok bool) {
	name, rest, indexed := strings.Cut(s, "[")
	if name == "" {
		return "", 0, false
	}
	if !indexed {
		return name, NoIndex, true
	}
	digits, closed := strings.CutSuffix(rest, "]")
	n, err := strconv.Atoi(digits)
	if !closed || err != nil || n < 0 || digits != strconv.Itoa(n) {
		return "", 0, false
	}
	return name, n, true
}

// Parent is l less its last step: "areas[1].outcomes[0].by",
// "areas[1].outcomes[0]", "areas[1].outcomes", "areas[1]", "areas", then
// the zero Loc.
func (l Loc) Parent() Loc {
	switch {
	case l.Link >= 0:
		l.Link = NoIndex
	case l.Field != "":
		l.Field = ""
	case l.Item >= 0:
		l.Item = NoIndex
	case l.List != "":
		l.List = ""
	case l.At >= 0:
		l.At = NoIndex
	default:
		return Loc{}
	}
	return l
}

// MustLoc is ParseLoc for paths known to be good (tests, tables); it
// panics on a bad one.
func MustLoc(path string) Loc {
	l, ok := ParseLoc(path)
	if !ok {
		panic("plan: bad path " + strconv.Quote(path))
	}
	return l
}
