package editor

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan/check"
)

// findingsPanel is the checker's answer beside the form: "Ready to issue"
// or how many errors are left, then each finding grouped by severity.
// Tapping a finding goes to the field. It can be narrowed by dragging the
// divider, or hidden to a thin strip on small screens.
type findingsPanel struct {
	e    *Editor
	last []check.Finding
	init bool

	bannerBg   *canvas.Rectangle
	bannerText *canvas.Text
	counts     *widget.Label
	list       *fyne.Container
	scroll     *container.Scroll
	stripCount *widget.Label

	holder    *fyne.Container
	split     *container.Split
	body      fyne.CanvasObject
	expanded  fyne.CanvasObject
	collapsed fyne.CanvasObject
	hidden    bool
}

func newFindingsPanel(e *Editor) *findingsPanel {
	f := &findingsPanel{e: e}
	f.bannerBg = canvas.NewRectangle(theme.Color(theme.ColorNameSuccess))
	f.bannerBg.CornerRadius = theme.InputRadiusSize()
	f.bannerText = canvas.NewText("", theme.Color(theme.ColorNameForegroundOnSuccess))
	f.bannerText.TextStyle.Bold = true
	f.counts = widget.NewLabel("")
	f.counts.Wrapping = fyne.TextWrapWord
	f.list = container.NewVBox()
	f.scroll = container.NewVScroll(f.list)
	hide := widget.NewButtonWithIcon("Hide", theme.NavigateNextIcon(), func() { f.setHidden(true) })
	hide.Importance = widget.LowImportance
	title := boldLabel("Checks")
	banner := container.NewStack(f.bannerBg, container.NewPadded(newSizedText(f.bannerText, theme.TextSubHeadingSize)))
	top := container.NewVBox(container.NewBorder(nil, nil, title, hide), banner, f.counts)
	f.expanded = container.NewBorder(top, nil, nil, nil, f.scroll)
	f.stripCount = widget.NewLabel("")
	f.stripCount.Alignment = fyne.TextAlignCenter
	show := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { f.setHidden(false) })
	f.collapsed = container.NewBorder(nil, nil, widget.NewSeparator(), nil, container.NewVBox(show, f.stripCount))
	return f
}

// wrap places the panel to the right of the editor's body.
func (f *findingsPanel) wrap(body fyne.CanvasObject) fyne.CanvasObject {
	f.body = body
	f.split = container.NewHSplit(body, container.NewPadded(f.expanded))
	f.split.Offset = 0.7
	f.holder = container.NewStack(f.split)
	return f.holder
}

// setHidden hides the panel to a strip, or shows it again.
func (f *findingsPanel) setHidden(on bool) {
	if f.hidden == on {
		return
	}
	f.hidden = on
	if on {
		f.split.Leading = widget.NewLabel("") // the body moves to the border
		f.holder.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, f.collapsed, f.body)}
	} else {
		f.split.Leading = f.body
		f.holder.Objects = []fyne.CanvasObject{f.split}
	}
	f.holder.Refresh()
}

// update shows a new report; it does nothing when the findings are the same.
func (f *findingsPanel) update(rep check.Report) {
	if f.init && slices.Equal(f.last, rep.Findings) {
		return
	}
	f.init = true
	f.last = slices.Clone(rep.Findings)
	f.paintBanner(rep)
	f.list.Objects = f.rows(rep.Findings)
	f.list.Refresh()
}

func (f *findingsPanel) paintBanner(rep check.Report) {
	f.bannerText.Text = f.e.readyWords(rep)
	if rep.Errors == 0 {
		f.bannerBg.FillColor = theme.Color(theme.ColorNameSuccess)
		f.bannerText.Color = theme.Color(theme.ColorNameForegroundOnSuccess)
		f.stripCount.SetText("✓\nready")
	} else {
		f.bannerBg.FillColor = theme.Color(theme.ColorNameError)
		f.bannerText.Color = theme.Color(theme.ColorNameForegroundOnError)
		f.stripCount.SetText(fmt.Sprintf("%d\nto fix", rep.Errors))
	}
	f.bannerBg.Refresh()
	f.bannerText.Refresh()
	f.counts.SetText(f.e.countsWords(rep))
}

var groups = []struct {
	sev   check.Severity
	title string
}{
	{check.Error, "Must be fixed before the plan is issued"},
	{check.Warning, "A moderator would ask about these"},
	{check.Tip, "Tips for good practice"},
}

func (f *findingsPanel) rows(fs []check.Finding) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for _, g := range groups {
		head := false
		for _, fd := range fs {
			if fd.Severity != g.sev {
				continue
			}
			if !head {
				objs = append(objs, sectionTitle(g.title, ""))
				head = true
			}
			objs = append(objs, newFindingRow(fd, f.e.GoTo))
		}
	}
	if len(objs) == 0 {
		objs = append(objs, para("Nothing to fix. The golden thread is complete."))
	}
	return objs
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
