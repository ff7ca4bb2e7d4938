package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// aboutPage: the young person, and the plan's own details.
func (e *Editor) aboutPage() fyne.CanvasObject {
	p := e.p
	per := &p.Person
	yearSel := e.yearGroupSelect()
	_, dob := e.dateEntry(func() *plan.Date { return &per.DateOfBirth },
		func() { e.refreshYearOptions(yearSel) }, "person.date_of_birth")
	_, request := e.dateEntry(func() *plan.Date { return &p.Dates.Request }, nil, "dates.request")
	_, last := e.dateEntry(func() *plan.Date { return &p.Dates.LastReview }, nil, "dates.last_review")
	_, next := e.dateEntry(func() *plan.Date { return &p.Dates.NextReview }, nil, "dates.next_review")
	parts := []fyne.CanvasObject{
		pageTitle("About the young person", "Who this plan is about, and how to talk with them."),
		twoCols(
			labelled("Full name", "", e.textEntry(func() *string { return &per.Name }, 0, "person.name", "person")),
			labelled("Preferred name", "What they like to be called.", e.textEntry(func() *string { return &per.PreferredName }, 0, "person.preferred_name")),
		),
		twoCols(
			labelled("Date of birth", "", dob),
			labelled("Year group", "", yearSel),
		),
		twoCols(
			labelled("School, college or setting", "", e.textEntry(func() *string { return &per.Setting }, 0, "person.setting")),
			labelled("Home language", "", e.textEntry(func() *string { return &per.HomeLanguage }, 0, "person.home_language")),
		),
		labelled("How I communicate", "What helps me understand and be understood.",
			e.textEntry(func() *string { return &per.Communication }, 3, "person.communication")),
	}
	parts = append(parts, e.detailsPart()...)
	return page(append(parts,
		sectionTitle("About this plan", ""),
		para(e.statusText()),
		twoCols(
			labelled("Local authority", "", e.textEntry(func() *string { return &p.LocalAuthority }, 0, "local_authority")),
			labelled("Caseworker", "", e.textEntry(func() *string { return &p.Caseworker }, 0, "caseworker")),
		),
		twoCols(
			labelled("Date the assessment was requested", "", request),
			labelled("Last annual review", "The day the last review meeting was held.", last),
		),
		twoCols(
			labelled("Next review due", "Within 12 months of the last review.", next),
			widget.NewLabel(""),
		),
		sectionTitle("After Year 11", "Where the young person is learning or working now, and where they hope to go next."),
		twoCols(
			labelled("Where I am now", "", choose(e, destinations,
				func() *plan.DestinationKind { return &p.Destination.Current }, textChange, nil, "destination.current", "destination")),
			labelled("Where I plan to go next", "", choose(e, destinations,
				func() *plan.DestinationKind { return &p.Destination.Planned }, textChange, nil, "destination.planned")),
		),
	)...)
}

// statusText says where the plan is in its life; the shell changes it.
func (e *Editor) statusText() string {
	p := e.p
	s := map[plan.Status]string{
		plan.StatusDraft:  "This plan is a draft",
		plan.StatusFinal:  "This plan is final",
		plan.StatusCeased: "This plan has ceased",
	}[p.Status]
	if s == "" {
		s = "Plan status: " + string(p.Status)
	}
	s += fmt.Sprintf(" (version %d).", p.Version)
	if !p.Dates.Issued.IsZero() {
		s += " Issued " + p.Dates.Issued.Long() + "."
	}
	if !p.Dates.LastReview.IsZero() {
		s += " Last reviewed " + p.Dates.LastReview.Long() + "."
	}
	return s
}

const yearFromDOB = "Work out from date of birth"

// yearGroupSelect offers "Work out from date of birth" and each year.
func (e *Editor) yearGroupSelect() *widget.Select {
	s := widget.NewSelect(nil, nil)
	e.refreshYearOptions(s)
	s.OnChanged = func(label string) {
		e.p.Person.YearGroup = yearOfLabel(label)
		e.changed(textChange)
	}
	e.register(s, "person.year_group")
	return s
}

// refreshYearOptions fills the year select, showing the derived year.
func (e *Editor) refreshYearOptions(s *widget.Select) {
	auto := yearFromDOB
	if y, ok := plan.YearGroupOn(e.p.Person.DateOfBirth, e.opt.Today()), !e.p.Person.DateOfBirth.IsZero(); ok {
		auto = fmt.Sprintf("%s (%s now)", yearFromDOB, plan.YearGroupName(y))
	}
	opts := []string{auto}
	for y := 0; y <= 14; y++ {
		opts = append(opts, plan.YearGroupName(y))
	}
	s.Options = opts
	s.Selected = auto
	if y := e.p.Person.YearGroup; y != nil {
		s.Selected = plan.YearGroupName(*y)
	}
	s.Refresh()
}

// yearOfLabel reads a year select label; nil means "work it out".
func yearOfLabel(label string) *int {
	for y := 0; y <= 14; y++ {
		if plan.YearGroupName(y) == label {
			return &y
		}
	}
	return nil
}
