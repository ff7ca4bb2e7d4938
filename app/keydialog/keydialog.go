// Package keydialog makes the app's dialogs answerable from the keyboard:
// Enter does what the highlighted button says (the main action when the
// dialog opens), Escape cancels, Tab moves between the buttons and each
// button shows clearly when it has the focus.
//
// The constructors mirror fyne's dialog package (ShowCustomConfirm,
// NewCustom, NewForm...), so a call site changes only its package name.
package keydialog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Dialog is a fyne dialog with its own buttons and keys.
type Dialog struct {
	*dialog.CustomDialog
	win       fyne.Window
	ok        *Button // nil for a message with one button
	cancel    *Button
	onAnswer  func(bool)
	validate  func() bool // false keeps the dialog open on OK
	focus     fyne.Focusable
	answered  bool
	prevKey   func(*fyne.KeyEvent)
	installed bool
}

// New makes a dialog with a confirm button (confirm may be "" for a plain
// message) and a dismiss button. answer gets true for the confirm button
// or Enter, false for the dismiss button, Escape or Hide.
func New(title, confirm, dismiss string, content fyne.CanvasObject, answer func(bool), win fyne.Window) *Dialog {
	d := &Dialog{win: win, onAnswer: answer}
	d.CustomDialog = dialog.NewCustomWithoutButtons(title, content, win)
	d.cancel = NewButton(dismiss, nil, func() { d.answer(false) })
	d.cancel.dialog = d
	buttons := []fyne.CanvasObject{d.cancel}
	if confirm != "" {
		d.ok = NewButton(confirm, nil, func() { d.answer(true) })
		d.ok.dialog = d
		d.ok.Importance = widget.HighImportance
		buttons = append(buttons, d.ok)
	}
	d.SetButtons(buttons)
	return d
}

// NewCustom is a message with one button; Enter and Escape both close it.
func NewCustom(title, dismiss string, content fyne.CanvasObject, win fyne.Window) *Dialog {
	return New(title, "", dismiss, content, nil, win)
}

// ShowCustom shows a message with one button.
func ShowCustom(title, dismiss string, content fyne.CanvasObject, win fyne.Window) {
	NewCustom(title, dismiss, content, win).Show()
}

// NewCustomConfirm asks a question: Enter confirms, Escape dismisses.
func NewCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, answer func(bool), win fyne.Window) *Dialog {
	return New(title, confirm, dismiss, content, answer, win)
}

// ShowCustomConfirm shows a question.
func ShowCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, answer func(bool), win fyne.Window) {
	New(title, confirm, dismiss, content, answer, win).Show()
}

// NewForm asks for the items' values. Enter in a field or on the confirm
// button submits, but only once every field that can be validated is
// valid; until then the dialog stays open and the fields show what is
// wrong. The first field has the focus when the dialog opens.
func NewForm(title, confirm, dismiss string, items []*widget.FormItem, answer func(bool), win fyne.Window) *Dialog {
	form := widget.NewForm(items...)
	d := New(title, confirm, dismiss, form, answer, win)
	d.validate = func() bool {
		ok := true
		for _, it := range items {
			if v, is := it.Widget.(fyne.Validatable); is && v.Validate() != nil {
				ok = false
			}
		}
		return ok
	}
	for _, it := range items {
		if en, is := it.Widget.(*Entry); is {
			en.dialog = d
			if d.focus == nil {
				d.focus = en
			}
		}
	}
	return d
}

// SetConfirmImportance colours the confirm button, e.g. red for a deletion.
func (d *Dialog) SetConfirmImportance(imp widget.Importance) {
	if d.ok != nil {
		d.ok.Importance = imp
		d.ok.Refresh()
	}
}

// Show opens the dialog and gives the focus to the first field, or else to
// the button Enter presses.
func (d *Dialog) Show() {
	d.answered = false
	d.CustomDialog.Show()
	c := d.win.Canvas()
	if !d.installed {
		// Keys reach the canvas when nothing in the dialog has the focus
		// (say after a click on its text).
		d.prevKey, d.installed = c.OnTypedKey(), true
		c.SetOnTypedKey(d.typedKey)
	}
	c.Focus(d.defaultFocus())
}

func (d *Dialog) defaultFocus() fyne.Focusable {
	switch {
	case d.focus != nil:
		return d.focus
	case d.ok != nil:
		return d.ok
	}
	return d.cancel
}

// Hide closes the dialog as a dismissal.
func (d *Dialog) Hide() { d.answer(false) }

// Dismiss is Hide.
func (d *Dialog) Dismiss() { d.answer(false) }

// Confirm answers as the confirm button does (the dismiss button of a
// message with one button).
func (d *Dialog) Confirm() {
	if d.ok == nil {
		d.answer(false)
		return
	}
	d.answer(true)
}

// Focused is the dialog's widget with the keyboard focus, if any.
func (d *Dialog) Focused() fyne.Focusable { return d.win.Canvas().Focused() }

func (d *Dialog) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		d.Confirm()
	case fyne.KeyEscape:
		d.answer(false)
	}
}

func (d *Dialog) answer(yes bool) {
	if d.answered {
		return
	}
	if yes && d.validate != nil && !d.validate() {
		return
	}
	d.answered = true
	if d.installed {
		d.win.Canvas().SetOnTypedKey(d.prevKey)
		d.prevKey, d.installed = nil, false
	}
	d.CustomDialog.Hide()
	if d.onAnswer != nil {
		d.onAnswer(yes)
	}
}

// Entry is a one-line entry for a dialog: Enter submits, Escape cancels.
type Entry struct {
	widget.Entry
	dialog *Dialog
}

// NewEntry makes an entry for NewForm.
func NewEntry() *Entry {
	e := &Entry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if e.dialog != nil {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			e.dialog.Confirm()
			return
		case fyne.KeyEscape:
			e.dialog.answer(false)
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// Plain is the fyne entry inside, for code that looks entries up by type.
func (e *Entry) Plain() *widget.Entry { return &e.Entry }

// SetValidate sets what must hold before the confirm button or Enter
// closes the dialog; it may show the user what to put right.
func (d *Dialog) SetValidate(ok func() bool) { d.validate = ok }

// Own makes Enter in e answer d as its confirm button, and Escape cancel.
func (d *Dialog) Own(e *Entry) { e.dialog = d }
