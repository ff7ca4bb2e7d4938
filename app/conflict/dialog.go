package conflict

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// The two choices of each part.
const (
	keepMine   = "Keep yours"
	takeTheirs = "Take theirs"
)

// Chooser is the open dialog (for tests to drive).
type Chooser struct {
	Fields  []Field
	Choices []*widget.RadioGroup
	dialog  *keydialog.Dialog
}

// Show opens the chooser over win: mine is the editor's plan, theirs the
// one by saved at at. done gets the plan built from the choices when the
// user saves them, or nil when they decide later (nothing is lost then:
// the editor keeps their version and the next save asks again).
func Show(win fyne.Window, mine, theirs *plan.Plan, by string, at time.Time, done func(*plan.Plan)) (*Chooser, error) {
	fields, err := Fields(mine, theirs)
	if err != nil {
		return nil, err
	}
	c := &Chooser{Fields: fields}
	if by == "" {
		by = "Someone else"
	}
	intro := widget.NewLabel(fmt.Sprintf("%s saved this plan at %s, while you had it open. Nothing has been lost: "+
		"for each part below, choose which version to keep, then save. Parts you both left the same are not shown.",
		by, at.Format("15:04")))
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox()
	for _, f := range fields {
		rows.Add(c.row(f, by))
	}
	all := func(choice string) func() {
		return func() {
			for _, r := range c.Choices {
				r.SetSelected(choice)
			}
		}
	}
	buttons := container.NewHBox(widget.NewButton("Keep all yours", all(keepMine)), widget.NewButton("Take all theirs", all(takeTheirs)))
	overview := widget.NewLabel(overviewWords(theirs, mine))
	overview.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(container.NewVBox(overview, rows))
	scroll.SetMinSize(fyne.NewSize(760, 420))
	content := container.NewBorder(container.NewVBox(intro, buttons), nil, nil, nil, scroll)
	c.dialog = keydialog.NewCustomConfirm("Someone else saved this plan", "Save these choices", "Decide later",
		content, func(ok bool) {
			if !ok {
				done(nil)
				return
			}
			merged, err := Merge(mine, theirs, c.Fields, c.takeTheirs())
			if err != nil {
				done(nil)
				return
			}
			done(merged)
		}, win)
	c.dialog.Show()
	return c, nil
}

func (c *Chooser) row(f Field, by string) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(f.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	mine := side("Yours", f.Mine)
	theirs := side(by+"’s", f.Theirs)
	choice := widget.NewRadioGroup([]string{keepMine, takeTheirs}, nil)
	choice.Horizontal = true
	choice.Required = true
	choice.SetSelected(keepMine)
	c.Choices = append(c.Choices, choice)
	return container.NewVBox(title, container.NewGridWithColumns(2, mine, theirs), choice, widget.NewSeparator())
}

func side(who, text string) fyne.CanvasObject {
	if text == "" {
		text = "(empty)"
	}
	l := widget.NewLabel(who + ":\n" + text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (c *Chooser) takeTheirs() []bool {
	out := make([]bool, len(c.Choices))
	for i, r := range c.Choices {
		out[i] = r.Selected == takeTheirs
	}
	return out
}

// Save saves the choices as made (as the dialog's button does).
func (c *Chooser) Save() { c.dialog.Confirm() }

// Later closes the dialog without choosing.
func (c *Chooser) Later() { c.dialog.Dismiss() }

// overviewWords sums up, with the version comparison's items, what differs.
func overviewWords(theirs, mine *plan.Plan) string {
	changes := diff.Compare(theirs, mine)
	if len(changes) == 0 {
		return ""
	}
	return fmt.Sprintf("Your version differs from theirs in %d places.", len(changes))
}
