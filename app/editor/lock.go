package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// An issued (final) or ceased plan is read-only: what was issued is what
// is printed, so its text cannot change without an amendment. Only the
// review record (the Reviews page) and the review dates stay editable, as
// a review is recorded against the plan in force.

// IssuedText is the banner over a final plan.
const IssuedText = "This plan is issued. Start an amendment to change it."

// ceasedText is the banner over a ceased plan, which cannot be amended.
const ceasedText = "This plan has ceased, so it can no longer be changed."

// stillEditable says what can still be changed on a read-only plan.
const stillEditable = "You can still record a review on the Reviews page, and change the review dates on About the young person."

// ReadOnly reports whether the plan is locked: final or ceased.
func (e *Editor) ReadOnly() bool {
	return e.p.Status == plan.StatusFinal || e.p.Status == plan.StatusCeased
}

// keepEditable marks objects that lockPage leaves alone: navigation on a
// page, and the fields that stay editable on an issued plan.
func (e *Editor) keepEditable(objs ...fyne.CanvasObject) {
	for _, o := range objs {
		if o != nil {
			e.keep[o] = true
		}
	}
}

// lockPage disables every control on a built page of a read-only plan,
// and hides its buttons, except what keepEditable marked and the review
// dates.
func (e *Editor) lockPage(page fyne.CanvasObject) {
	for _, path := range []string{"dates.last_review", "dates.next_review"} {
		if w, ok := e.fields[path].(fyne.CanvasObject); ok {
			e.keepEditable(w)
		}
	}
	e.disableUnder(page)
}

func (e *Editor) disableUnder(o fyne.CanvasObject) {
	if o == nil || e.keep[o] {
		return
	}
	if d, ok := o.(fyne.Disableable); ok {
		d.Disable()
	}
	// The words stay readable in disabled boxes; buttons that add, remove,
	// rename or move items only clutter a plan that cannot change.
	if b, ok := o.(*widget.Button); ok {
		b.Hide()
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			e.disableUnder(c)
		}
	case *container.Scroll:
		e.disableUnder(x.Content)
	}
}

// lockBanner is the strip over a read-only plan: what it is, what can
// still be changed, and (for a final plan) the Start amendment button.
func (e *Editor) lockBanner() fyne.CanvasObject {
	if !e.ReadOnly() {
		return nil
	}
	text := IssuedText
	if e.p.Status == plan.StatusCeased {
		text = ceasedText
	}
	title := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel(stillEditable)
	note.Wrapping = fyne.TextWrapWord
	var action fyne.CanvasObject
	if e.p.Status == plan.StatusFinal && e.opt.OnAmend != nil {
		amend := widget.NewButtonWithIcon("Start amendment", theme.DocumentCreateIcon(), e.opt.OnAmend)
		amend.Importance = widget.HighImportance
		action = container.NewCenter(amend)
	}
	icon := widget.NewIcon(theme.InfoIcon())
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
	bg.StrokeWidth = 2
	bg.CornerRadius = theme.InputRadiusSize()
	body := container.NewBorder(nil, nil, container.NewCenter(icon), action,
		container.NewVBox(title, note))
	return container.NewPadded(container.NewStack(bg, container.NewPadded(body)))
}

// readyWords is the Checks panel's banner for a report of IssueReport: a
// draft with no errors is ready to issue; an issued plan is not issued
// again, so it only says whether errors are left.
func (e *Editor) readyWords(rep check.Report) string {
	switch {
	case rep.Errors > 0:
		return plural(rep.Errors, "error") + " to fix"
	case e.p.Status == plan.StatusDraft:
		return "Ready to issue"
	}
	return "No errors"
}

// countsWords is the line under the banner: the warnings and tips, and,
// on a draft whose Section I is blank, where the placement is named.
func (e *Editor) countsWords(rep check.Report) string {
	s := plural(rep.Warnings, "warning") + " · " + plural(rep.Tips, "tip")
	if check.PlacementAskedAtIssue(e.p) {
		s += "\n" + check.PlacementAtIssue
	}
	return s
}
