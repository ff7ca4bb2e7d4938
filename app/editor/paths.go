package editor

import (
	"strconv"

	"fyne.io/fyne/v2"

	"ehcplan/plan"
)

// register records the widget that edits a JSON path on the current page,
// so GoTo can focus it. Extra aliases (e.g. an item's own path for its
// text entry) may follow.
func (e *Editor) register(w fyne.Focusable, paths ...string) {
	for _, p := range paths {
		e.fields[p] = w
	}
}

// lookup finds the widget for a path, or for its nearest registered parent.
func (e *Editor) lookup(path string) fyne.Focusable {
	at, ok := plan.ParseLoc(path)
	if !ok {
		return e.fields[path]
	}
	return e.lookupAt(at)
}

// lookupAt finds the widget for a place, or for its nearest registered
// parent: "areas[1].outcomes[0].by", then "areas[1].outcomes[0]", and so on.
func (e *Editor) lookupAt(at plan.Loc) fyne.Focusable {
	for l := at; !l.IsZero(); l = l.Parent() {
		if w, ok := e.fields[l.String()]; ok {
			return w
		}
	}
	return nil
}

// pageForPath names the page that edits a place ("" when none does).
func (e *Editor) pageForPath(at plan.Loc) string {
	switch at.Top {
	case "person", "dates", "status", "local_authority", "caseworker", "version", "destination":
		return pageAbout
	case "section_a":
		return pageSectionA
	case "placement":
		return pagePlacement
	case "personal_budget":
		return pageBudget
	case "advice":
		return pageAdvice
	case "section_notes":
		return pageNotes
	case "reviews":
		return pageReviews
	case "areas":
		if ai, ok := at.Area(); ok && ai < len(e.p.Areas) {
			return areaPrefix + e.p.Areas[ai].Key
		}
	}
	return ""
}

// itemPath is the JSON path of list item i: itemPath("areas[0].needs", 2).
// Registered paths are in plan.Loc's form, so a finding's place finds them.
func itemPath(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// areaPath is the JSON path of area ai's field or list.
func areaPath(ai int, rest string) string { return plan.AreaAt(ai).String() + "." + rest }
