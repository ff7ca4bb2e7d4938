package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// versionsPage is the editor's "Versions" page: the issued versions, each
// of which can be exported or printed, and "Start amendment".
func (v *planView) versionsPage() fyne.CanvasObject {
	v.versions = container.NewVBox()
	v.fillVersions()
	return container.NewVScroll(container.NewPadded(v.versions))
}

func (v *planView) fillVersions() {
	p := v.plan()
	box := v.versions
	box.RemoveAll()
	title := widget.NewLabelWithStyle("Versions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	box.Add(title)
	box.Add(wrapped("A copy of the plan is kept each time it is issued. Earlier versions cannot be changed, " +
		"but they can be exported or printed."))
	list, err := v.a.st.Versions(p.ID)
	switch {
	case err != nil:
		box.Add(wrapped("The versions could not be read: " + err.Error()))
	case len(list) == 0:
		box.Add(wrapped("No version has been issued yet. Use “Issue final plan” at the top when the plan is ready."))
	}
	for i := len(list) - 1; i >= 0; i-- {
		box.Add(v.versionRow(list[i]))
	}
	box.Add(widget.NewSeparator())
	amend := widget.NewButtonWithIcon("Start amendment", theme.DocumentCreateIcon(), v.askAmendment)
	if p.Status != plan.StatusFinal {
		amend.Disable()
		box.Add(wrapped(fmt.Sprintf("This is a %s (version %d). An amendment can be started once it is issued.",
			plan.StatusWord(p.Status), p.Version)))
	}
	box.Add(container.NewHBox(amend))
}

// versionRow is one issued version with its Export and Print buttons.
func (v *planView) versionRow(info store.VersionInfo) fyne.CanvasObject {
	text := fmt.Sprintf("Version %d · %s", info.Version, plan.StatusWord(info.Status))
	if !info.Issued.IsZero() {
		text += " · issued " + info.Issued.Long()
	}
	if info.By != "" {
		text += " · by " + info.By
	}
	id, n := v.plan().ID, info.Version
	export := widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), func() {
		if p := v.loadVersion(id, n); p != nil {
			v.a.exportPlan(p, exportName(p))
		}
	})
	print := widget.NewButtonWithIcon("Print…", theme.DocumentPrintIcon(), func() {
		if p := v.loadVersion(id, n); p != nil {
			v.a.printPlan(p, false, nil)
		}
	})
	label := widget.NewLabel(text)
	label.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, nil, container.NewHBox(export, print), label)
}

func (v *planView) loadVersion(id string, n int) *plan.Plan {
	p, err := v.a.st.LoadVersion(id, n)
	if err != nil {
		v.a.showProblem(fmt.Sprintf("Version %d could not be read", n), err)
		return nil
	}
	return p
}

// wrapped is a label that wraps at word boundaries.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
