package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"

	"ehcplan/plan"
)

// askNewPlan asks for the young person's name, then creates a draft plan
// and opens it.
func (a *App) askNewPlan() {
	name := keydialog.NewEntry()
	name.SetPlaceHolder("for example, Jordan Ellis")
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("type the young person's name")
		}
		return nil
	}
	items := []*widget.FormItem{widget.NewFormItem("Young person's full name", name)}
	d := keydialog.NewForm("New plan", "Create plan", "Cancel", items, func(ok bool) {
		if ok {
			a.createPlan(strings.TrimSpace(name.Text))
		}
	}, a.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show() // the name box has the focus: Enter creates, Escape cancels
}

// createPlan saves a new draft for name and opens it in the editor.
func (a *App) createPlan(name string) {
	if a.plan != nil {
		if err := a.plan.flush(); err != nil {
			a.showSaveProblem(err)
			return
		}
	}
	p := plan.New(name)
	p.SectionA.Headings = a.sectionAHeadings() // the local authority's, texts empty
	p.Caseworker = plansCaseworker(a.fa.Preferences())
	if err := a.st.Save(p, a.by()); err != nil {
		a.showSaveProblem(err)
		return
	}
	a.showPlan(p)
}
