package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// placementPage: Section I, which stays blank while the plan is a draft.
func (e *Editor) placementPage() fyne.CanvasObject {
	pl := &e.p.Placement
	name := e.textEntry(func() *string { return &pl.Name }, 0, "placement.name", "placement")
	kind := e.textEntry(func() *string { return &pl.Type }, 0, "placement.type")
	parts := []fyne.CanvasObject{
		pageTitle("Placement (Section I)", "The school, college or other setting named in the final plan, and its type."),
	}
	if e.p.Status == plan.StatusDraft {
		name.Disable()
		kind.Disable()
		parts = append(parts, para("This plan is a draft, so Section I stays blank. "+
			"The family can say which school or college they would like, and the setting is consulted. "+
			"When you issue the final plan, “Issue final plan” asks you to name the placement."))
		if pl.Name != "" || pl.Type != "" {
			clear := widget.NewButton("Clear Section I", func() {
				*pl = plan.Placement{}
				e.changed(structChange)
			})
			clear.Importance = widget.WarningImportance
			e.register(clear, "placement.name", "placement", "placement.type")
			parts = append(parts, hint("A placement has been filled in. Clear it while the plan is a draft."), clear)
		}
	}
	return page(append(parts,
		labelled("Name of the school, college or setting", "", name),
		labelled("Type of setting", "For example: mainstream academy, secondary.", kind),
	)...)
}
