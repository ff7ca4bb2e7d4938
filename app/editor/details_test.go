package editor

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// The caseworker types the personal details on the About page; each is
// kept exactly as typed, a bad NHS number included.
func TestTheAboutPageRecordsThePersonalDetails(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageAbout)
	typed := []struct{ path, text string }{
		{"person.address", "12 Example Road\nNorthbridge NB1 2AB"},
		{"person.nhs_number", "943 476 5918"},
		{"person.upn", "a123456789012"},
		{"person.sex", "Male"},
		{"person.ethnicity", "White British"},
	}
	for _, ty := range typed {
		test.Type(h.entry(ty.path), ty.text)
	}
	h.selectFor("person.looked_after").SetSelected("No")
	per := p.Person
	if per.Address != typed[0].text || per.NHSNumber != "943 476 5918" || per.UPN != "a123456789012" ||
		per.Sex != "Male" || per.Ethnicity != "White British" {
		t.Errorf("person = %+v", per)
	}
	if per.LookedAfter == nil || *per.LookedAfter {
		t.Errorf("looked after = %v, want No", per.LookedAfter)
	}
	h.selectFor("person.looked_after").SetSelected("Not recorded")
	if p.Person.LookedAfter != nil {
		t.Error("Not recorded did not clear the answer")
	}
}

func TestContactsAreAddedWithOneMainContact(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageAbout)
	test.Tap(h.button("person.contacts"))
	if h.w.Canvas().Focused() != h.e.Field("person.contacts[0].name") {
		t.Error("a new contact's name box should have the focus")
	}
	test.Type(h.entry("person.contacts[0].name"), "Sam Example")
	test.Type(h.entry("person.contacts[0].relationship"), "Mother")
	test.Tap(h.check("person.contacts[0].parental_responsibility"))
	test.Type(h.entry("person.contacts[0].phone"), "01632 960000")
	test.Tap(h.button("person.contacts"))
	test.Type(h.entry("person.contacts[1].name"), "Alex Example")
	test.Tap(h.check("person.contacts[1].main"))

	cs := p.Person.Contacts
	if len(cs) != 2 || cs[0].Name != "Sam Example" || cs[0].Relationship != "Mother" || !cs[0].ParentalResponsibility || cs[0].Phone != "01632 960000" {
		t.Fatalf("contacts = %+v", cs)
	}
	if cs[0].Main || !cs[1].Main {
		t.Errorf("main contact: first %v, second %v; want only the second", cs[0].Main, cs[1].Main)
	}
	if h.check("person.contacts[0].main").Checked {
		t.Error("the first contact's Main box is still ticked")
	}

	test.Tap(h.button("person.professionals"))
	test.Type(h.entry("person.professionals[0].name"), "Dr Riley Example")
	test.Type(h.entry("person.professionals[0].role"), "GP")
	test.Type(h.entry("person.professionals[0].service"), "Riverside Surgery")
	if pr := p.Person.Professionals; len(pr) != 1 || pr[0].Role != "GP" || pr[0].Service != "Riverside Surgery" {
		t.Errorf("professionals = %+v", pr)
	}
}

// Whether a young person makes their own decisions is asked only from
// Year 12, and follows the date of birth as it is typed.
func TestOwnDecisionsIsAskedOnlyOverSchoolAge(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageAbout)
	own := h.selectFor("person.own_decisions")
	if !own.Disabled() {
		t.Error("own decisions is open with no date of birth")
	}
	test.Type(h.entry("person.date_of_birth"), "14/05/2010") // Year 11 on 2 March 2026
	if !own.Disabled() {
		t.Error("own decisions is open in Year 11")
	}
	h.entry("person.date_of_birth").SetText("")
	test.Type(h.entry("person.date_of_birth"), "14/05/2009") // Year 12
	if own.Disabled() {
		t.Fatal("own decisions is closed in Year 12")
	}
	own.SetSelected("Yes")
	if b := p.Person.OwnDecisions; b == nil || !*b {
		t.Errorf("own decisions = %v, want Yes", b)
	}
}

// The checker's finding about an NHS number (S11) shows under its box,
// and going to it focuses that box.
func TestAnIdentifierFindingShowsUnderItsBox(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageSectionA)
	for _, path := range []string{"person.nhs_number", "person.upn"} {
		at, _ := plan.ParseLoc(path)
		f := check.Finding{Rule: "S11", Severity: check.Warning, Where: at, Message: "This number fails its check digit."}
		h.e.GoTo(f)
		if h.e.Page() != pageAbout || h.w.Canvas().Focused() != h.e.Field(path) {
			t.Errorf("%s: GoTo went to page %s, focus %T", path, h.e.Page(), h.w.Canvas().Focused())
		}
		for _, show := range h.e.onCheck {
			show(check.Report{Findings: []check.Finding{f}})
		}
		if !hasLabel(h.e.Content(), f.Message) {
			t.Errorf("%s: the finding is not shown under the box", path)
		}
	}
}

func hasLabel(o fyne.CanvasObject, text string) bool {
	for _, x := range objects(o) {
		if l, ok := x.(*widget.Label); ok && l.Text == text {
			return true
		}
	}
	return false
}

// shown reports whether obj is under root with it and every container
// above it visible.
func shown(root, obj fyne.CanvasObject) bool {
	if !root.Visible() {
		return false
	}
	if root == obj {
		return true
	}
	if c, ok := root.(*fyne.Container); ok {
		for _, x := range c.Objects {
			if shown(x, obj) {
				return true
			}
		}
	}
	return false
}

func TestAdviceHasAKindAndHealthProvisionAFunder(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageAdvice)
	test.Tap(h.button("advice"))
	kind := h.selectFor("advice[0].kind")
	kind.SetSelected("Psychological (educational psychologist)")
	if got := p.Advice[0].Kind; got != "psychological" {
		t.Errorf("kind = %q, want psychological", got)
	}
	if len(kind.Options) != len(plan.AdviceKinds) {
		t.Errorf("the kinds offered are %q", kind.Options)
	}

	h.e.ShowPage("area:" + p.Areas[0].Key)
	test.Tap(h.button("areas[0].provision"))
	funder := h.entry("areas[0].provision[0].commissioner")
	if shown(h.e.formScroll.Content, funder) {
		t.Error("Agreed and funded by shows for Section F provision")
	}
	h.selectFor("areas[0].provision[0].section").SetSelected(provisionSections[1].label) // G
	if !shown(h.e.formScroll.Content, funder) {
		t.Error("Agreed and funded by is hidden for Section G provision")
	}
	test.Type(funder, "Northbridge Integrated Care Board")
	if got := p.Areas[0].Provision[0].Commissioner; got != "Northbridge Integrated Care Board" {
		t.Errorf("commissioner = %q", got)
	}
}

func TestSectionAHasMyStorySoFar(t *testing.T) {
	p := plan.New("Jordan Example")
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageSectionA)
	test.Type(h.entry("section_a.history"), "I was born in Northbridge and started at Riverside when I was 4.")
	if got := p.SectionA.History; got != "I was born in Northbridge and started at Riverside when I was 4." {
		t.Errorf("history = %q", got)
	}
}

// An issued plan's details are locked like every other field.
func TestAnIssuedPlansDetailsAreLocked(t *testing.T) {
	p := plan.New("Jordan Example")
	p.Status = plan.StatusFinal
	p.Person.Contacts = []plan.Contact{{Name: "Sam Example"}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage(pageAbout)
	for _, path := range []string{"person.address", "person.nhs_number", "person.upn", "person.contacts[0].name"} {
		if !h.entry(path).Disabled() {
			t.Errorf("%s can be typed in on an issued plan", path)
		}
	}
	if !h.selectFor("person.looked_after").Disabled() || !h.check("person.contacts[0].main").Disabled() {
		t.Error("a choice can be changed on an issued plan")
	}
	if h.button("person.contacts").Visible() {
		t.Error("Add a parent or carer shows on an issued plan")
	}
}
