package editor

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"

	"ehcplan/plan"
)

// advicePage: Section K, the advice and information the plan draws on.
func (e *Editor) advicePage() fyne.CanvasObject {
	parts := []fyne.CanvasObject{
		pageTitle("Advice and information (Section K)", "Each piece of advice gathered for the assessment: what it is, who wrote it, their role and the date."),
	}
	for i := range e.p.Advice {
		parts = append(parts, e.adviceCard(i))
	}
	add := addButton("Add advice", e.addAdvice)
	e.register(add, "advice")
	return page(append(parts, add)...)
}

func (e *Editor) adviceCard(i int) fyne.CanvasObject {
	a := func() *plan.Advice { return &e.p.Advice[i] }
	path := itemPath("advice", i)
	_, date := e.dateEntry(func() *plan.Date { return &a().Date }, nil, path+".date")
	return card(fmt.Sprintf("Advice %d", i+1), []fyne.CanvasObject{e.removeFor(path, func() { e.askRemoveAdvice(i) })},
		labelled("Title", "For example: Educational psychology advice.", e.textEntry(func() *string { return &a().Title }, 0, path+".title", path)),
		twoCols(
			labelled("Written by", "", e.textEntry(func() *string { return &a().Author }, 0, path+".author")),
			labelled("Their role", "", e.textEntry(func() *string { return &a().Role }, 0, path+".role")),
		),
		twoCols(
			labelled("Kind of advice", "What the law asks for (SEND Regulations 2014, regulation 6).", e.adviceKindSelect(i)),
			labelled("Date", "", date),
		),
	)
}

func (e *Editor) addAdvice() {
	e.p.Advice = append(e.p.Advice, plan.Advice{})
	e.changed(structChange)
	e.focusPath(itemPath("advice", len(e.p.Advice)-1) + ".title")
}

func (e *Editor) askRemoveAdvice(i int) {
	title := e.p.Advice[i].Title
	if title == "" {
		title = fmt.Sprintf("Advice %d", i+1)
	}
	e.confirm("Remove this advice?", fmt.Sprintf("“%s”\n\nThis removes it from Section K.", short(title, 120)), "Remove", func() {
		e.p.Advice = slices.Delete(e.p.Advice, i, i+1)
		e.changed(structChange)
	})
}
