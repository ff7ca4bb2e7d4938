package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
)

// Preference keys of the issue dialog's sign-off: what was typed last time.
const (
	prefOfficerName = "officer_name"
	prefOfficerRole = "officer_role"
)

// officerForm is the Issue dialog's sign-off: the officer who issues the
// plan for the local authority, and the date they sign it.
type officerForm struct {
	name, role, signed *keydialog.Entry
}

// ownedBy makes Enter in the sign-off's boxes issue, and Escape cancel.
func (f officerForm) ownedBy(d *keydialog.Dialog) {
	d.Own(f.name)
	d.Own(f.role)
	d.Own(f.signed)
}

// newOfficerForm starts with what was typed at the last issue, or else
// the caseworker's own name and role (Settings › Your name), signed today.
func (a *App) newOfficerForm() officerForm {
	prefs := a.fa.Preferences()
	f := officerForm{name: keydialog.NewEntry(), role: keydialog.NewEntry(), signed: keydialog.NewEntry()}
	name, role := strings.TrimSpace(prefs.String(prefOfficerName)), strings.TrimSpace(prefs.String(prefOfficerRole))
	if name == "" {
		name, role = caseworkerName(prefs), caseworkerRole(prefs)
	}
	f.name.SetText(name)
	f.role.SetText(role)
	f.signed.SetText(showDate(a.today()))
	f.name.SetPlaceHolder("for example, Priya Shah")
	f.role.SetPlaceHolder("for example, SEN team manager")
	f.signed.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("type the date the plan is signed")
		}
		_, err := readDate(s, a.today())
		return err
	}
	return f
}

// items are the form rows of the sign-off.
func (f officerForm) items() []*widget.FormItem {
	head := widget.NewLabelWithStyle("Sign-off", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return []*widget.FormItem{
		{Widget: container.NewVBox(widget.NewSeparator(), head)},
		{Text: "Issued by", Widget: f.name,
			HintText: "The officer who signs the plan for the local authority. Printed with a line to sign."},
		{Text: "Their role", Widget: f.role},
		{Text: "Date signed", Widget: f.signed},
	}
}

// read is the officer the dialog holds. A blank date is refused; a blank
// name is allowed (the plan then prints a blank to fill in by hand).
func (f officerForm) read(today plan.Date) (plan.Officer, error) {
	signed, err := readDate(f.signed.Text, today)
	if err == nil && signed.IsZero() {
		err = errors.New("type the date the plan is signed")
	}
	if err != nil {
		return plan.Officer{}, err
	}
	return plan.Officer{Name: strings.TrimSpace(f.name.Text), Role: strings.TrimSpace(f.role.Text), Signed: signed}, nil
}

// rememberOfficer keeps the sign-off's name and role for the next issue.
func (a *App) rememberOfficer(o plan.Officer) {
	prefs := a.fa.Preferences()
	prefs.SetString(prefOfficerName, o.Name)
	prefs.SetString(prefOfficerRole, o.Role)
}
