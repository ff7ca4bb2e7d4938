package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// showRowMenu pops up a row's "⋮" menu below its button, right-aligned
// with it so it never runs off the window's edge.
func (c *caseload) showRowMenu(id string, by fyne.CanvasObject) {
	s, ok := c.summaryOf(id)
	if !ok {
		return
	}
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Open the plan", func() { c.a.openPlan(id) }),
		fyne.NewMenuItem("Export to a file…", func() { c.a.askExport(id) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Delete "+s.Name+"’s plan…", func() { c.a.askDelete(id) }),
		fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Caseload insight for commissioning…", c.a.showInsight),
	)
	pop := widget.NewPopUpMenu(menu, c.a.win.Canvas())
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(by)
	x := max(pos.X+by.Size().Width-pop.MinSize().Width, 0)
	pop.ShowAtPosition(fyne.NewPos(x, pos.Y+by.Size().Height))
}
