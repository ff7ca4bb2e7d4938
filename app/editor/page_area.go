package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// areaPage: one Preparing for Adulthood area, as a form or as its thread map.
func (e *Editor) areaPage(ai int) fyne.CanvasObject {
	ar := &e.p.Areas[ai]
	head := pageTitle(ar.Title,
		"Needs (Sections B, C, D), long-term aims, outcomes (Section E) and the provision that will help (Sections F, G, H).")
	if e.mapOn[ar.Key] {
		e.tmap = e.newThreadMap(ar.Key)
		return page(head, e.viewToggle(ar.Key), para(threadMapIntro), e.tmap)
	}
	needs, aims, outcomes, provision := e.needsPart(ai), e.aimsPart(ai), e.outcomesPart(ai), e.provisionPart(ai)
	jump := container.NewHBox(widget.NewLabel("Go to:"),
		e.jumpButton(fmt.Sprintf("Needs (%d)", len(ar.Needs)), needs[0]),
		e.jumpButton(fmt.Sprintf("Aims (%d)", len(ar.Aims)), aims[0]),
		e.jumpButton(fmt.Sprintf("Outcomes (%d)", len(ar.Outcomes)), outcomes[0]),
		e.jumpButton(fmt.Sprintf("Provision (%d)", len(ar.Provision)), provision[0]))
	parts := []fyne.CanvasObject{head, container.NewBorder(nil, nil, e.viewToggle(ar.Key), nil, container.NewHScroll(jump))}
	if h := e.areaPrompt(ar.Key); h != nil {
		parts = append(parts, h)
	}
	for _, part := range [][]fyne.CanvasObject{needs, aims, outcomes, provision} {
		parts = append(parts, part...)
	}
	return page(parts...)
}

const threadMapIntro = "The lines follow the golden thread: an aspiration to the needs an outcome serving it meets, a need to that outcome, and an outcome to the provision that helps achieve it. Click a box to open it. Anything not linked has a thick coloured border and says so. Links to items that no longer exist are red."

// viewToggle switches an area between its form and its thread map.
func (e *Editor) viewToggle(key string) fyne.CanvasObject {
	form := widget.NewButtonWithIcon("Write the plan", theme.DocumentCreateIcon(), func() { e.setMap(key, false) })
	tmap := widget.NewButtonWithIcon("Thread map", theme.GridIcon(), func() { e.setMap(key, true) })
	if e.mapOn[key] {
		tmap.Importance = widget.HighImportance
	} else {
		form.Importance = widget.HighImportance
	}
	e.keepEditable(form, tmap)
	return container.NewHBox(form, tmap)
}

// jumpButton scrolls the form to a part of the page.
func (e *Editor) jumpButton(label string, to fyne.CanvasObject) *widget.Button {
	b := widget.NewButton(label, func() { e.scrollToObject(to) })
	b.Importance = widget.LowImportance
	e.keepEditable(b)
	return b
}

func (e *Editor) setMap(key string, on bool) {
	if e.mapOn[key] == on {
		return
	}
	e.mapOn[key] = on
	e.rebuild()
}

func (e *Editor) needsPart(ai int) []fyne.CanvasObject {
	parts := []fyne.CanvasObject{sectionTitle("Needs",
		"What is hard for "+e.p.DisplayName()+" here. B is special educational need, C health, D social care.")}
	for ni := range e.p.Areas[ai].Needs {
		parts = append(parts, e.needCard(ai, ni))
	}
	add := addButton("Add a need", func() { e.addNeed(ai) })
	e.register(add, areaPath(ai, "needs"))
	return append(parts, add)
}

func (e *Editor) needCard(ai, ni int) fyne.CanvasObject {
	n := func() *plan.Need { return &e.p.Areas[ai].Needs[ni] }
	path := itemPath(areaPath(ai, "needs"), ni)
	id := n().ID
	cat := choose(e, categories, func() *string { return &n().Category }, textChange, nil, path+".category")
	cat.PlaceHolder = "Choose the broad area of need"
	catRow := labelled("Broad area of need (Section B)", "", cat)
	catRow.Hidden = n().Section != plan.SectionB
	// A move rebuilds the page: the category row shows for B only, and own
	// words kept from C or D are cleared (a B need's file must import again).
	sec := choose(e, needSections, func() *plan.NeedSection { return &n().Section }, structChange,
		func(s plan.NeedSection) { n().SetSection(s) }, path+".section")
	text := e.itemTextEntry(id, func() *string { return &n().Text }, 3, path+".text", path)
	return card("Need "+id, []fyne.CanvasObject{e.removeFor(path, func() { e.askDelete(id) })},
		twoCols(labelled("Section", "", sec), catRow), labelled("The need", "", text))
}

func (e *Editor) addNeed(ai int) {
	ar := &e.p.Areas[ai]
	ar.Needs = append(ar.Needs, plan.Need{ID: e.p.NewID(plan.KindNeed), Section: plan.SectionB})
	e.changed(structChange)
	e.focusPath(itemPath(areaPath(ai, "needs"), len(ar.Needs)-1) + ".text")
}

func (e *Editor) aimsPart(ai int) []fyne.CanvasObject {
	parts := []fyne.CanvasObject{sectionTitle("Long-term aims",
		"Where this is heading, for example by the end of Year 13.")}
	for li := range e.p.Areas[ai].Aims {
		parts = append(parts, e.aimCard(ai, li))
	}
	add := addButton("Add a long-term aim", func() { e.addAim(ai) })
	e.register(add, areaPath(ai, "aims"))
	return append(parts, add)
}

func (e *Editor) aimCard(ai, li int) fyne.CanvasObject {
	a := func() *plan.Aim { return &e.p.Areas[ai].Aims[li] }
	path := itemPath(areaPath(ai, "aims"), li)
	id := a().ID
	text := e.itemTextEntry(id, func() *string { return &a().Text }, 2, path+".text", path)
	return card("Long-term aim "+id, []fyne.CanvasObject{e.removeFor(path, func() { e.askDelete(id) })},
		labelled("The aim", "", text),
		labelled("By when", "", e.byEntry(func() *string { return &a().By }, path+".by")))
}

func (e *Editor) addAim(ai int) {
	ar := &e.p.Areas[ai]
	ar.Aims = append(ar.Aims, plan.Aim{ID: e.p.NewID(plan.KindAim)})
	e.changed(structChange)
	e.focusPath(itemPath(areaPath(ai, "aims"), len(ar.Aims)-1) + ".text")
}
