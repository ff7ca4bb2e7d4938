package editor

import (
	"fyne.io/fyne/v2"

	"ehcplan/plan"
)

func (e *Editor) provisionPart(ai int) []fyne.CanvasObject {
	parts := []fyne.CanvasObject{sectionTitle("Provision (Sections F, G, H)",
		"What will be done, by whom, how often and for how long. Be specific: a tribunal must be able to tell exactly what is provided.")}
	for pi := range e.p.Areas[ai].Provision {
		parts = append(parts, e.provisionCard(ai, pi))
	}
	add := addButton("Add provision", func() { e.addProvision(ai) })
	e.register(add, areaPath(ai, "provision"))
	return append(parts, add)
}

func (e *Editor) provisionCard(ai, pi int) fyne.CanvasObject {
	pr := func() *plan.Provision { return &e.p.Areas[ai].Provision[pi] }
	path := itemPath(areaPath(ai, "provision"), pi)
	id := pr().ID
	sec := choose(e, provisionSections, func() *plan.ProvisionSection { return &pr().Section }, textChange, nil, path+".section")
	text := e.itemTextEntry(id, func() *string { return &pr().Text }, 3, path+".text", path)
	who := e.textEntry(func() *string { return &pr().Who }, 0, path+".who")
	often := e.textEntry(func() *string { return &pr().HowOften }, 0, path+".how_often")
	long := e.textEntry(func() *string { return &pr().Duration }, 0, path+".duration")
	who.SetPlaceHolder("A role or service, e.g. Speech and language therapist (HCPC registered)")
	often.SetPlaceHolder("e.g. 3 times a week")
	long.SetPlaceHolder("e.g. 30 minutes, until July 2027")
	funder := e.commissionerBox(ai, pi)
	sec.OnChanged = e.showWhenFunded(sec.OnChanged, funder, pr)
	return card("Provision "+id, []fyne.CanvasObject{e.removeFor(path, func() { e.askDelete(id) })},
		labelled("Section", "", sec),
		labelled("What will be provided", "", text),
		labelled("Who will provide it", "", who),
		twoCols(labelled("How often", "", often), labelled("How long", "", long)),
		funder,
		labelled("Which outcomes does it help achieve?", "",
			e.linkGroup(path+".outcomes", e.linkOpts(plan.KindOutcome, ai, pr().Outcomes),
				func() *[]string { return &pr().Outcomes }, "No outcomes in this area yet: add them above.")),
		labelled("Which needs does it meet?", "",
			e.linkGroup(path+".needs", e.linkOpts(plan.KindNeed, ai, pr().Needs),
				func() *[]string { return &pr().Needs }, "No needs in this area yet: add them above.")),
	)
}

func (e *Editor) addProvision(ai int) {
	ar := &e.p.Areas[ai]
	ar.Provision = append(ar.Provision, plan.Provision{ID: e.p.NewID(plan.KindProvision), Section: plan.SectionF})
	e.changed(structChange)
	e.focusPath(itemPath(areaPath(ai, "provision"), len(ar.Provision)-1) + ".text")
}
