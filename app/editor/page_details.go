package editor

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/notices"
)

// detailsPart is the About page's record of the details every local
// authority's template carries: address, identifiers, family contacts and
// the professionals involved.
func (e *Editor) detailsPart() []fyne.CanvasObject {
	per := &e.p.Person
	parts := []fyne.CanvasObject{
		sectionTitle("Personal details", "Printed on the plan's details page. A copy for a provider leaves out the address, contact details, NHS number and unique pupil number."),
		labelled("Home address", "", e.textEntry(func() *string { return &per.Address }, 3, "person.address")),
		twoCols(
			e.checkedID("NHS number", "10 digits, as on an NHS letter.", func() *string { return &per.NHSNumber }, "person.nhs_number"),
			e.checkedID("Unique pupil number (UPN)", "13 characters, from the school.", func() *string { return &per.UPN }, "person.upn"),
		),
		twoCols(
			labelled("Sex", "", e.textEntry(func() *string { return &per.Sex }, 0, "person.sex")),
			labelled("Ethnicity", "", e.textEntry(func() *string { return &per.Ethnicity }, 0, "person.ethnicity")),
		),
		twoCols(
			labelled("Looked after by the local authority", "A child in care.", e.yesNo(func() **bool { return &per.LookedAfter }, "person.looked_after")),
			e.ownDecisionsBox(),
		),
		sectionTitle("Parents and carers", "Who to write to, and how to reach them. The main contact is sent the notices with the plan."),
	}
	for i := range per.Contacts {
		parts = append(parts, e.contactCard(i))
	}
	addC := addButton("Add a parent or carer", e.addContact)
	e.register(addC, "person.contacts")
	parts = append(parts, addC,
		sectionTitle("Professionals involved", "For example the GP, social worker or key worker."))
	for i := range per.Professionals {
		parts = append(parts, e.professionalCard(i))
	}
	addP := addButton("Add a professional", e.addProfessional)
	e.register(addP, "person.professionals")
	return append(parts, addP)
}

// checkedID is a box for an identifier kept exactly as typed; under it, the
// checker's finding about it (S11) when there is one, else the hint.
func (e *Editor) checkedID(label, hintText string, get func() *string, path string) fyne.CanvasObject {
	en := e.textEntry(get, 0, path)
	note := hint(hintText)
	show := func(r check.Report) {
		for _, f := range r.Findings {
			if f.Where.String() == path {
				note.Importance = widget.WarningImportance
				if f.Severity == check.Error {
					note.Importance = widget.DangerImportance
				}
				note.SetText(f.Message)
				return
			}
		}
		if note.Text != hintText {
			note.Importance = widget.LowImportance
			note.SetText(hintText)
		}
	}
	show(e.report)
	e.onCheck = append(e.onCheck, show)
	return labelled(label, "", container.NewVBox(en, note))
}

// Words of a yes/no question that may not have been asked.
const (
	wordYes         = "Yes"
	wordNo          = "No"
	wordNotRecorded = "Not recorded"
)

// yesNo is a Yes / No / Not recorded choice for the optional answer at get().
func (e *Editor) yesNo(get func() **bool, paths ...string) *widget.Select {
	s := widget.NewSelect([]string{wordYes, wordNo, wordNotRecorded}, nil)
	s.Selected = yesNoWord(*get())
	s.OnChanged = func(label string) {
		var v *bool
		if label != wordNotRecorded {
			b := label == wordYes
			v = &b
		}
		if yesNoWord(v) != yesNoWord(*get()) {
			*get() = v
			e.changed(textChange)
		}
	}
	e.register(s, paths...)
	return s
}

func yesNoWord(b *bool) string {
	switch {
	case b == nil:
		return wordNotRecorded
	case *b:
		return wordYes
	}
	return wordNo
}

// ownDecisionsBox asks whether a young person over compulsory school age
// makes their own decisions (notices then go to them). For a younger
// child the question is disabled and says why; it follows the date of
// birth and year group as they are typed.
func (e *Editor) ownDecisionsBox() fyne.CanvasObject {
	sel := e.yesNo(func() **bool { return &e.p.Person.OwnDecisions }, "person.own_decisions")
	note := hint("")
	update := func(check.Report) {
		if notices.OverCompulsorySchoolAge(e.p, e.opt.Today()) {
			note.SetText("Over compulsory school age: if Yes, the plan's notices are addressed to them.")
			if !e.ReadOnly() {
				sel.Enable()
			}
			return
		}
		note.SetText("Asked from Year 12, when a young person can make their own decisions about the plan.")
		sel.Disable()
	}
	update(e.report)
	e.onCheck = append(e.onCheck, update)
	return labelled("Makes their own decisions", "", container.NewVBox(sel, note))
}

func (e *Editor) contactCard(i int) fyne.CanvasObject {
	c := func() *plan.Contact { return &e.p.Person.Contacts[i] }
	path := itemPath("person.contacts", i)
	pr := widget.NewCheck("Has parental responsibility", func(on bool) {
		if c().ParentalResponsibility != on {
			c().ParentalResponsibility = on
			e.changed(textChange)
		}
	})
	pr.Checked = c().ParentalResponsibility
	e.register(pr, path+".parental_responsibility")
	main := widget.NewCheck("Main contact (the notices are sent to them)", func(on bool) { e.setMainContact(i, on) })
	main.Checked = c().Main
	e.register(main, path+".main")
	return card(contactTitle(*c(), i), []fyne.CanvasObject{e.removeFor(path, func() { e.askRemoveContact(i) })},
		twoCols(
			labelled("Name", "", e.textEntry(func() *string { return &c().Name }, 0, path+".name", path)),
			labelled("Relationship", "For example: mother, foster carer.", e.textEntry(func() *string { return &c().Relationship }, 0, path+".relationship")),
		),
		container.NewHBox(pr, main),
		twoCols(
			labelled("Phone", "", e.textEntry(func() *string { return &c().Phone }, 0, path+".phone")),
			labelled("Email", "", e.textEntry(func() *string { return &c().Email }, 0, path+".email")),
		),
		labelled("Address", "If not the young person's home address.", e.textEntry(func() *string { return &c().Address }, 2, path+".address")),
	)
}

func contactTitle(c plan.Contact, i int) string {
	if c.Main {
		return fmt.Sprintf("Parent or carer %d (main contact)", i+1)
	}
	return fmt.Sprintf("Parent or carer %d", i+1)
}

// setMainContact makes contact i the one main contact (or none).
func (e *Editor) setMainContact(i int, on bool) {
	cs := e.p.Person.Contacts
	if cs[i].Main == on {
		return
	}
	for j := range cs {
		cs[j].Main = on && j == i
	}
	e.changed(structChange) // the other cards untick and retitle
}

func (e *Editor) addContact() {
	per := &e.p.Person
	per.Contacts = append(per.Contacts, plan.Contact{Main: len(per.Contacts) == 0})
	e.changed(structChange)
	e.focusPath(itemPath("person.contacts", len(per.Contacts)-1) + ".name")
}

func (e *Editor) askRemoveContact(i int) {
	askRemovePerson(e, &e.p.Person.Contacts, i, "this parent or carer",
		e.p.Person.Contacts[i].Name, fmt.Sprintf("Parent or carer %d", i+1))
}

func (e *Editor) professionalCard(i int) fyne.CanvasObject {
	pr := func() *plan.Professional { return &e.p.Person.Professionals[i] }
	path := itemPath("person.professionals", i)
	role := e.textEntry(func() *string { return &pr().Role }, 0, path+".role")
	role.SetPlaceHolder("e.g. GP, social worker, key worker")
	return card(fmt.Sprintf("Professional %d", i+1), []fyne.CanvasObject{e.removeFor(path, func() { e.askRemoveProfessional(i) })},
		twoCols(
			labelled("Name", "", e.textEntry(func() *string { return &pr().Name }, 0, path+".name", path)),
			labelled("Role", "", role),
		),
		labelled("Service", "For example: Riverside Surgery, Northbridge Children's Social Care.", e.textEntry(func() *string { return &pr().Service }, 0, path+".service")),
		twoCols(
			labelled("Phone", "", e.textEntry(func() *string { return &pr().Phone }, 0, path+".phone")),
			labelled("Email", "", e.textEntry(func() *string { return &pr().Email }, 0, path+".email")),
		),
	)
}

func (e *Editor) addProfessional() {
	per := &e.p.Person
	per.Professionals = append(per.Professionals, plan.Professional{})
	e.changed(structChange)
	e.focusPath(itemPath("person.professionals", len(per.Professionals)-1) + ".name")
}

func (e *Editor) askRemoveProfessional(i int) {
	askRemovePerson(e, &e.p.Person.Professionals, i, "this professional",
		e.p.Person.Professionals[i].Name, fmt.Sprintf("Professional %d", i+1))
}

// askRemovePerson asks before removing entry i of a list of people, named
// by name or, while it has none, by fallback.
func askRemovePerson[T any](e *Editor, list *[]T, i int, who, name, fallback string) {
	if strings.TrimSpace(name) == "" {
		name = fallback
	}
	e.confirm("Remove "+who+"?", fmt.Sprintf("“%s”\n\nThis removes them and their contact details from the plan.", short(name, 120)), "Remove", func() {
		*list = slices.Delete(*list, i, i+1)
		e.changed(structChange)
	})
}
