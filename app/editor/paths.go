package editor

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// register records the widget that edits a JSON path on the current page,
// so GoTo can focus it. Extra aliases (e.g. an item's own path for its
// text entry) may follow.
func (e *Editor) register(w fyne.Focusable, paths ...string) {
	for _, p := range paths {
		e.fields[p] = w
	}
}

// parentPath drops a path's last step: "a[1].b[0].by" -> "a[1].b[0]" ->
// "a[1].b" -> "a[1]" -> "a" -> "".
func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

// lookup finds the widget for a path, or for its nearest registered parent.
func (e *Editor) lookup(path string) fyne.Focusable {
	for p := path; p != ""; p = parentPath(p) {
		if w, ok := e.fields[p]; ok {
			return w
		}
	}
	return nil
}

// pageForPath names the page that edits a JSON path ("" when none does).
func (e *Editor) pageForPath(path string) string {
	head := path
	if i := strings.IndexAny(head, ".["); i >= 0 {
		head = head[:i]
	}
	switch head {
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
		if ai, ok := areaOfPath(path); ok && ai < len(e.p.Areas) {
			return areaPrefix + e.p.Areas[ai].Key
		}
	}
	return ""
}

// areaOfPath reads n from a path starting "areas[n]".
func areaOfPath(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "areas[")
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(rest[:end])
	return n, err == nil && n >= 0
}

// itemPath is the JSON path of list item i: itemPath("areas[0].needs", 2).
func itemPath(list string, i int) string { return fmt.Sprintf("%s[%d]", list, i) }

// areaPath is the JSON path of area ai's field or list.
func areaPath(ai int, rest string) string { return fmt.Sprintf("areas[%d].%s", ai, rest) }
