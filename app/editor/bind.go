package editor

import (
	"fyne.io/fyne/v2/widget"
)

// textEntry edits the string at get(). rows > 0 makes a wrapping,
// multi-line entry showing at least that many lines. get is called on
// every keystroke, so it may index slices that have since grown.
func (e *Editor) textEntry(get func() *string, rows int, paths ...string) *textBox {
	en := e.newTextBox(*get(), rows)
	en.OnChanged = func(s string) {
		*get() = s
		e.changed(textChange)
	}
	e.register(en, paths...)
	return en
}

// itemTextEntry edits the text of an item with an ID, and keeps the labels
// that show that item (in link check boxes and selects) up to date.
func (e *Editor) itemTextEntry(id string, get func() *string, rows int, paths ...string) *textBox {
	en := e.newTextBox(*get(), rows)
	en.OnChanged = func(s string) {
		*get() = s
		e.relabel(id)
		e.changed(textChange)
	}
	e.register(en, paths...)
	return en
}

// onRelabel registers a refresher to run when item id's text changes.
func (e *Editor) onRelabel(id string, f func()) {
	e.labels[id] = append(e.labels[id], f)
}

func (e *Editor) relabel(id string) {
	for _, f := range e.labels[id] {
		f()
	}
}

// option is one choice in a select: the stored value and the words shown.
type option[T ~string] struct {
	value T
	label string
}

// choose makes a select over opts for the value at get(); after a choice
// it runs after (if any) and reports a change of kind c. A stored value
// that is not among opts is shown as it is, so nothing is lost silently.
func choose[T ~string](e *Editor, opts []option[T], get func() *T, c change, after func(T), paths ...string) *widget.Select {
	labels := make([]string, len(opts))
	cur := ""
	for i, o := range opts {
		labels[i] = o.label
		if o.value == *get() {
			cur = o.label
		}
	}
	if cur == "" && *get() != "" {
		cur = string(*get())
		labels = append(labels, cur)
		opts = append(opts, option[T]{*get(), cur})
	}
	s := widget.NewSelect(labels, nil)
	s.Selected = cur
	s.OnChanged = func(label string) {
		for _, o := range opts {
			if o.label == label && *get() != o.value {
				*get() = o.value
				if after != nil {
					after(o.value)
				}
				e.changed(c)
				return
			}
		}
	}
	e.register(s, paths...)
	return s
}
