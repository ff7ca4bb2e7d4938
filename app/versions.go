package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/compare"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// versionsPage is the editor's "Versions" page: the issued versions, each
// of which can be exported or printed, any two of them (or the working
// draft) compared, and "Start amendment". A comparison takes the page's
// place until "Back to the versions".
func (v *planView) versionsPage() fyne.CanvasObject {
	v.versions = container.NewVBox()
	pane := container.NewStack()
	v.showVersionsList(pane)
	return pane
}

// showVersionsList (re)fills the page (pane) with the list of versions.
func (v *planView) showVersionsList(pane *fyne.Container) {
	v.fillVersions(pane)
	pane.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(v.versions))}
	pane.Refresh()
}

func (v *planView) fillVersions(pane *fyne.Container) {
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
	if draftOfIssued(p, list) {
		box.Add(v.compareLastIssued(pane, list[len(list)-1]))
	}
	for i := len(list) - 1; i >= 0; i-- {
		box.Add(v.versionRow(list[i]))
	}
	if choices := v.versionChoices(list); len(choices) >= 2 {
		box.Add(widget.NewSeparator())
		box.Add(v.compareChooser(pane, choices))
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

// draftOfIssued is true for a working draft of a plan that has been issued
// before: an amendment, which can be compared with the last issued version.
func draftOfIssued(p *plan.Plan, issued []store.VersionInfo) bool {
	return p.Status == plan.StatusDraft && len(issued) > 0
}

// compareLastIssued is the amendment's shortcut: the draft against the
// version the family has now.
func (v *planView) compareLastIssued(pane *fyne.Container, last store.VersionInfo) fyne.CanvasObject {
	p := v.plan()
	btn := widget.NewButtonWithIcon("Compare with last issued", theme.ViewRestoreIcon(), func() {
		v.showComparison(pane, issuedChoice(v.plan().ID, last, v.a.st), v.workingChoice())
	})
	btn.Importance = widget.HighImportance
	text := wrapped(fmt.Sprintf("This draft (version %d) is not issued yet. See what it changes against version %d, the plan the family has now.",
		p.Version, last.Version))
	return container.NewBorder(nil, nil, nil, btn, text)
}

// versionChoice is one version the comparison can show: its name in the
// lists and how to read it.
type versionChoice struct {
	label  string // "Version 1, issued 2 March 2026"
	number int    // its version number; the working draft is the newest
	load   func() (*plan.Plan, error)
}

func issuedChoice(id string, info store.VersionInfo, st *store.Store) versionChoice {
	label := fmt.Sprintf("Version %d", info.Version)
	if !info.Issued.IsZero() {
		label += ", issued " + info.Issued.Long()
	}
	n := info.Version
	return versionChoice{label: label, number: n, load: func() (*plan.Plan, error) { return st.LoadVersion(id, n) }}
}

// workingChoice is the draft as the editor has it, unsaved words included.
func (v *planView) workingChoice() versionChoice {
	p := v.plan()
	return versionChoice{
		label:  fmt.Sprintf("Working draft (version %d, not issued)", p.Version),
		number: p.Version,
		load:   func() (*plan.Plan, error) { return v.plan().Clone(), nil },
	}
}

// versionChoices are the issued versions, newest first, after the working
// draft when there is one.
func (v *planView) versionChoices(list []store.VersionInfo) []versionChoice {
	var out []versionChoice
	if v.plan().Status == plan.StatusDraft {
		out = append(out, v.workingChoice())
	}
	for i := len(list) - 1; i >= 0; i-- {
		out = append(out, issuedChoice(v.plan().ID, list[i], v.a.st))
	}
	return out
}

// compareChooser is "Compare [version] with [version]": by default the
// newest with the one before it.
func (v *planView) compareChooser(pane *fyne.Container, choices []versionChoice) fyne.CanvasObject {
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	older, newer := widget.NewSelect(labels, nil), widget.NewSelect(labels, nil)
	newer.SetSelectedIndex(0)
	older.SetSelectedIndex(1)
	btn := widget.NewButtonWithIcon("Compare", theme.ViewRestoreIcon(), func() {
		a, b := choices[older.SelectedIndex()], choices[newer.SelectedIndex()]
		if a.number > b.number { // the older always on the left
			a, b = b, a
		}
		v.showComparison(pane, a, b)
	})
	title := widget.NewLabelWithStyle("Compare two versions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel("Earlier version"), older,
		widget.NewLabel("Later version"), newer)
	return container.NewVBox(title,
		wrapped("See what changed from one version to another, section by section. The earlier version is shown on the left."),
		form, container.NewHBox(btn))
}

// showComparison puts the comparison of two versions in the page's place,
// with a way back to the list.
func (v *planView) showComparison(pane *fyne.Container, older, newer versionChoice) {
	old, err := older.load()
	if err != nil {
		v.a.showProblem(older.label+" could not be read", err)
		return
	}
	new, err := newer.load()
	if err != nil {
		v.a.showProblem(newer.label+" could not be read", err)
		return
	}
	back := widget.NewButtonWithIcon("Back to the versions", theme.NavigateBackIcon(), func() { v.showVersionsList(pane) })
	title := widget.NewLabelWithStyle("Comparing versions of "+orDash(new.Person.Name)+"’s plan",
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Truncation = fyne.TextTruncateEllipsis
	top := container.NewBorder(nil, nil, back, nil, title)
	view := compare.New(old, new, older.label, newer.label)
	pane.Objects = []fyne.CanvasObject{container.NewPadded(container.NewBorder(top, nil, nil, nil, view))}
	pane.Refresh()
}
