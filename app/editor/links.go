package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// linkOpt is an item that can be linked: its ID and its current text.
type linkOpt struct {
	id    string
	text  func() string
	where string // e.g. "Good health" for an item in another area
}

// linkTextLen is how much of an item's text a link check box shows.
const linkTextLen = 60

const brokenText = "This item no longer exists: untick to remove the broken link."

// linkGroup is a column of check boxes, one per item that can be linked,
// each showing the item's ID and text: the links are picked, never typed.
// A linked ID that no option offers is shown as a broken link to untick.
// The list path (e.g. "areas[0].outcomes[1].aspirations") and each link's
// path ("...aspirations[0]") are registered.
func (e *Editor) linkGroup(list string, opts []linkOpt, get func() *[]string, empty string) fyne.CanvasObject {
	for _, id := range *get() {
		if !slices.ContainsFunc(opts, func(o linkOpt) bool { return o.id == id }) {
			opts = append(opts, linkOpt{id: id})
		}
	}
	if len(opts) == 0 {
		return hint(empty)
	}
	checks := map[string]*widget.Check{}
	reindex := func() {
		for i, id := range *get() {
			if c := checks[id]; c != nil {
				e.register(c, itemPath(list, i))
			}
		}
	}
	rows := make([]fyne.CanvasObject, len(opts))
	for i, o := range opts {
		c, row := e.linkRow(o, get, reindex)
		checks[o.id] = c
		rows[i] = row
		if i == 0 {
			e.register(c, list)
		}
	}
	reindex()
	return container.NewVBox(rows...)
}

// linkRow is one check box and the item's text beside it.
func (e *Editor) linkRow(o linkOpt, get func() *[]string, reindex func()) (*widget.Check, fyne.CanvasObject) {
	c := widget.NewCheck(o.id, nil)
	c.Checked = slices.Contains(*get(), o.id)
	// Plain, pre-shortened text: truncating or wrapping labels re-measure
	// their text on every change, and a page may have hundreds of these.
	label := widget.NewLabel("")
	setText := func() {
		t := brokenText
		if o.text != nil {
			t = short(orBlank(o.text()), linkTextLen)
		}
		if o.where != "" {
			t += " (" + o.where + ")"
		}
		if o.text == nil {
			label.Importance = widget.DangerImportance
		}
		if label.Text != t {
			label.SetText(t)
		}
	}
	setText()
	e.onRelabel(o.id, setText)
	c.OnChanged = func(on bool) {
		ids := get()
		if on && !slices.Contains(*ids, o.id) {
			*ids = append(*ids, o.id)
		}
		if !on {
			*ids = slices.DeleteFunc(*ids, func(s string) bool { return s == o.id })
		}
		reindex()
		if o.text == nil && !on {
			e.changed(structChange) // the broken link is gone: drop its row
			return
		}
		e.changed(linkChange)
	}
	return c, container.NewBorder(nil, nil, c, nil, label)
}
