package editor

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// sectionAPage: the young person's own headings, their aspirations, and
// their family's views.
func (e *Editor) sectionAPage() fyne.CanvasObject {
	sa := &e.p.SectionA
	parts := []fyne.CanvasObject{
		pageTitle("Views, interests and aspirations (Section A)",
			"In "+e.p.DisplayName()+"’s own words, as they say them. Use “I” and “my”."),
	}
	for i := range sa.Headings {
		parts = append(parts, e.headingCard(i))
	}
	addH := addButton("Add a heading", e.addHeading)
	e.register(addH, "section_a.headings")
	parts = append(parts, addH,
		sectionTitle("My story so far", "The young person's history, in their own and their family's words."),
		e.textEntry(func() *string { return &sa.History }, 5, "section_a.history"),
		sectionTitle("Aspirations",
			"What "+e.p.DisplayName()+" wants for their life. Each aspiration should be served by at least one outcome."))
	for i := range sa.Aspirations {
		parts = append(parts, e.aspirationCard(i))
	}
	addA := addButton("Add an aspiration", e.addAspiration)
	e.register(addA, "section_a.aspirations")
	parts = append(parts, addA,
		sectionTitle("Views of the family", ""),
		labelled("What the family says", "", e.textEntry(func() *string { return &sa.FamilyViews }, 4, "section_a.family_views")),
		labelled("How "+e.p.DisplayName()+" and the family took part", "For example: met at home with mum; used pictures to choose.",
			e.textEntry(func() *string { return &sa.HowInvolved }, 3, "section_a.how_involved")),
	)
	return page(parts...)
}

// headingCard shows a heading as a title over its text; "Rename" opens
// a box to change the heading's words.
func (e *Editor) headingCard(i int) fyne.CanvasObject {
	h := func() *plan.Heading { return &e.p.SectionA.Headings[i] }
	path := itemPath("section_a.headings", i)
	title := boldLabel(h().Title)
	rename := e.textEntry(func() *string { return &h().Title }, 0, path+".title")
	rename.Hide()
	typed := rename.OnChanged
	rename.OnChanged = func(s string) {
		title.SetText(s)
		typed(s)
	}
	text := e.textEntry(func() *string { return &h().Text }, 5, path+".text", path)
	renameBtn := widget.NewButtonWithIcon("Rename", theme.DocumentCreateIcon(), func() { e.focus(rename) })
	renameBtn.Importance = widget.LowImportance
	return cardWith(title, []fyne.CanvasObject{renameBtn, e.removeFor(path, func() { e.askRemoveHeading(i) })},
		rename, text)
}

func (e *Editor) addHeading() {
	key := ""
	for n := len(e.p.SectionA.Headings) + 1; key == ""; n++ {
		k := fmt.Sprintf("heading%d", n)
		if !slices.ContainsFunc(e.p.SectionA.Headings, func(h plan.Heading) bool { return h.Key == k }) {
			key = k
		}
	}
	e.p.SectionA.Headings = append(e.p.SectionA.Headings, plan.Heading{Key: key, Title: "My new heading"})
	e.changed(structChange)
	e.focusPath(itemPath("section_a.headings", len(e.p.SectionA.Headings)-1) + ".title")
}

func (e *Editor) askRemoveHeading(i int) {
	h := e.p.SectionA.Headings[i]
	e.confirm("Remove this heading?",
		fmt.Sprintf("“%s”\n\nThis removes the heading and what is written under it.", short(h.Title, 120)),
		"Remove", func() {
			e.p.SectionA.Headings = slices.Delete(e.p.SectionA.Headings, i, i+1)
			e.changed(structChange)
		})
}

func (e *Editor) aspirationCard(i int) fyne.CanvasObject {
	a := func() *plan.Aspiration { return &e.p.SectionA.Aspirations[i] }
	path := itemPath("section_a.aspirations", i)
	id := a().ID
	text := e.itemTextEntry(id, func() *string { return &a().Text }, 2, path+".text", path)
	area := choose(e, e.areaOptions(), func() *string { return &a().Area }, linkChange, nil, path+".area")
	up := iconButton(theme.MoveUpIcon(), func() { e.moveAspiration(i, -1) })
	down := iconButton(theme.MoveDownIcon(), func() { e.moveAspiration(i, +1) })
	if i == 0 {
		up.Disable()
	}
	if i == len(e.p.SectionA.Aspirations)-1 {
		down.Disable()
	}
	return card("Aspiration "+id,
		[]fyne.CanvasObject{up, down, e.removeFor(path, func() { e.askDelete(id) })},
		text, container.NewBorder(nil, nil, boldLabel("Part of adult life:"), nil, area))
}

// areaOptions offers each PfA area of the plan, and "not sure yet".
func (e *Editor) areaOptions() []option[string] {
	opts := []option[string]{{"", "Not sure yet"}}
	for _, a := range e.p.Areas {
		opts = append(opts, option[string]{a.Key, a.Title})
	}
	return opts
}

func (e *Editor) addAspiration() {
	id := e.p.NewID(plan.KindAspiration)
	e.p.SectionA.Aspirations = append(e.p.SectionA.Aspirations, plan.Aspiration{ID: id})
	e.changed(structChange)
	e.focusPath(itemPath("section_a.aspirations", len(e.p.SectionA.Aspirations)-1) + ".text")
}

func (e *Editor) moveAspiration(i, by int) {
	as := e.p.SectionA.Aspirations
	j := i + by
	if j < 0 || j >= len(as) {
		return
	}
	as[i], as[j] = as[j], as[i]
	e.changed(structChange)
	e.focusPath(itemPath("section_a.aspirations", j) + ".text")
}

// focusPath focuses the widget registered for a path on the current page.
func (e *Editor) focusPath(path string) {
	if w := e.lookup(path); w != nil {
		e.focus(w)
	}
}
