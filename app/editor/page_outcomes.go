package editor

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

func (e *Editor) outcomesPart(ai int) []fyne.CanvasObject {
	name := e.p.DisplayName()
	parts := []fyne.CanvasObject{sectionTitle("Outcomes (Section E)",
		"What will be different for "+name+", by when, and how we will know. Link each outcome to the aspirations it serves and the needs it meets.")}
	if h := e.areaPrompt(e.p.Areas[ai].Key); h != nil {
		parts = append(parts, h)
	}
	for oi := range e.p.Areas[ai].Outcomes {
		parts = append(parts, e.outcomeCard(ai, oi))
	}
	add := addButton("Add an outcome", func() { e.addOutcome(ai) })
	e.register(add, areaPath(ai, "outcomes"))
	note := e.textEntry(func() *string { return &e.p.Areas[ai].Note }, 2, areaPath(ai, "note"), itemPath("areas", ai))
	return append(parts, add,
		labelled("If there are no outcomes in this area, say why", "From Year 9 every area should have outcomes or a reason.", note))
}

func (e *Editor) outcomeCard(ai, oi int) fyne.CanvasObject {
	o := func() *plan.Outcome { return &e.p.Areas[ai].Outcomes[oi] }
	path := itemPath(areaPath(ai, "outcomes"), oi)
	id := o().ID
	text := e.itemTextEntry(id, func() *string { return &o().Text }, 3, path+".text", path)
	measure := e.textEntry(func() *string { return &o().Measure }, 2, path+".measure")
	text.SetPlaceHolder("e.g. I will make a hot drink independently, 4 days out of 5.")
	measure.SetPlaceHolder("e.g. Staff record it each week; I show my log at review.")
	return card("Outcome "+id, []fyne.CanvasObject{e.removeFor(path, func() { e.askDelete(id) })},
		labelled("What will be different", "", text),
		labelled("By when", "", e.byEntry(func() *string { return &o().By }, path+".by")),
		labelled("How we will know", "", measure),
		labelled("Which aspirations does this work towards?", "",
			e.linkGroup(path+".aspirations", e.linkOpts(plan.KindAspiration, ai, o().Aspirations),
				func() *[]string { return &o().Aspirations }, "No aspirations yet: add them in Section A.")),
		labelled("Which needs does it meet?", "",
			e.linkGroup(path+".needs", e.linkOpts(plan.KindNeed, ai, o().Needs),
				func() *[]string { return &o().Needs }, "No needs in this area yet: add them above.")),
		labelled("Which long-term aim is it a step towards?", "", e.aimSelect(ai, oi, path+".aim")),
	)
}

func (e *Editor) addOutcome(ai int) {
	ar := &e.p.Areas[ai]
	ar.Outcomes = append(ar.Outcomes, plan.Outcome{ID: e.p.NewID(plan.KindOutcome)})
	e.changed(structChange)
	e.focusPath(itemPath(areaPath(ai, "outcomes"), len(ar.Outcomes)-1) + ".text")
}

// aimSelect picks the outcome's long-term aim from the area's aims.
func (e *Editor) aimSelect(ai, oi int, path string) *widget.Select {
	o := func() *plan.Outcome { return &e.p.Areas[ai].Outcomes[oi] }
	choices := func() (ids, labels []string) {
		ids, labels = []string{""}, []string{"No long-term aim"}
		for _, a := range e.p.Areas[ai].Aims {
			ids = append(ids, a.ID)
			labels = append(labels, a.ID+" – "+short(orBlank(a.Text), 60))
		}
		if cur := o().Aim; cur != "" && !slices.Contains(ids, cur) {
			ids = append(ids, cur)
			labels = append(labels, cur+" – this aim no longer exists")
		}
		return ids, labels
	}
	s := widget.NewSelect(nil, nil)
	fill := func() {
		ids, labels := choices()
		s.Options = labels
		s.Selected = labels[max(0, slices.Index(ids, o().Aim))]
		s.Refresh()
	}
	fill()
	for _, a := range e.p.Areas[ai].Aims {
		e.onRelabel(a.ID, fill)
	}
	s.OnChanged = func(label string) {
		ids, labels := choices()
		if i := slices.Index(labels, label); i >= 0 && ids[i] != o().Aim {
			o().Aim = ids[i]
			e.changed(linkChange)
		}
	}
	e.register(s, path)
	return s
}

// linkOpts offers the items of a kind that a link may name: aspirations
// from the whole plan (this area's first), otherwise the items in area ai;
// and any item elsewhere that is already linked, marked with its area.
func (e *Editor) linkOpts(k plan.Kind, ai int, linked []string) []linkOpt {
	var here, elsewhere []linkOpt
	for _, r := range e.p.Items() {
		if r.Kind != k {
			continue
		}
		opt := linkOpt{id: r.ID, text: e.textOf(r)}
		switch {
		case k == plan.KindAspiration && e.p.SectionA.Aspirations[r.Index].Area == e.p.Areas[ai].Key:
			here = append(here, opt)
		case k == plan.KindAspiration:
			elsewhere = append(elsewhere, opt)
		case r.Area == ai:
			here = append(here, opt)
		case slices.Contains(linked, r.ID):
			opt.where = e.p.Areas[r.Area].Title
			elsewhere = append(elsewhere, opt)
		}
	}
	return append(here, elsewhere...)
}

// textOf reads an item's text afresh each time it is called. It looks the
// item up where it was when the page was built (pages are rebuilt when
// items move), falling back to a search by ID.
func (e *Editor) textOf(r plan.ItemRef) func() string {
	return func() string {
		if t, ok := e.refText(r); ok {
			return t
		}
		return e.itemText(r.ID)
	}
}

func (e *Editor) refText(r plan.ItemRef) (string, bool) {
	p := e.p
	if r.Kind == plan.KindAspiration {
		if r.Index < len(p.SectionA.Aspirations) && p.SectionA.Aspirations[r.Index].ID == r.ID {
			return p.SectionA.Aspirations[r.Index].Text, true
		}
		return "", false
	}
	if r.Area < 0 || r.Area >= len(p.Areas) {
		return "", false
	}
	ar := &p.Areas[r.Area]
	switch {
	case r.Kind == plan.KindNeed && r.Index < len(ar.Needs) && ar.Needs[r.Index].ID == r.ID:
		return ar.Needs[r.Index].Text, true
	case r.Kind == plan.KindAim && r.Index < len(ar.Aims) && ar.Aims[r.Index].ID == r.ID:
		return ar.Aims[r.Index].Text, true
	case r.Kind == plan.KindOutcome && r.Index < len(ar.Outcomes) && ar.Outcomes[r.Index].ID == r.ID:
		return ar.Outcomes[r.Index].Text, true
	case r.Kind == plan.KindProvision && r.Index < len(ar.Provision) && ar.Provision[r.Index].ID == r.ID:
		return ar.Provision[r.Index].Text, true
	}
	return "", false
}

// areaPrompt is the quiet hint of what to ask the young person about an
// area (Options.AreaPrompt), or nil without one.
func (e *Editor) areaPrompt(key string) *widget.Label {
	if e.opt.AreaPrompt == nil {
		return nil
	}
	if s := e.opt.AreaPrompt(key); s != "" {
		return hint(s)
	}
	return nil
}
