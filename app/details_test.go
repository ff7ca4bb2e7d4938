package app

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/notices"
	"ehcplan/render"
)

// A caseworker records the personal details, a parent, a professional,
// the story so far, the kind of advice and who funds health provision;
// after the autosave delay every value is in the store, as typed.
func TestTheDetailsTypedOnTheAboutPageAreSaved(t *testing.T) {
	h := newHarness(t, setup{plans: []string{"Jordan Example"}})
	h.settle()
	id := h.idOf("Jordan Example")
	h.a.openPlan(id)
	h.goToPage("About the young person")
	h.typeIn("person.address", "12 Example Road, Northbridge NB1 2AB")
	h.typeIn("person.nhs_number", "943 476 5918")
	h.typeIn("person.upn", "A123456789012")
	h.choose("person.looked_after", "Yes")
	h.tapField("person.contacts")
	h.typeIn("person.contacts[0].name", "Sam Example")
	h.typeIn("person.contacts[0].relationship", "Mother")
	h.tapField("person.contacts[0].parental_responsibility")
	h.typeIn("person.contacts[0].email", "sam@example.org")
	h.tapField("person.professionals")
	h.typeIn("person.professionals[0].name", "Dr Riley Example")
	h.typeIn("person.professionals[0].role", "GP")

	h.goToPage("Views and aspirations")
	h.typeIn("section_a.history", "I moved to Northbridge when I was 6.")
	h.goToPage("Advice and information")
	h.tapField("advice")
	h.typeIn("advice[0].title", "Paediatric report")
	h.choose("advice[0].kind", "Medical/health")
	h.goToPage("Employment and education")
	h.tapField("areas[0].provision")
	h.choose("areas[0].provision[0].section", "G – "+plan.SectionItemWord("G"))
	h.typeIn("areas[0].provision[0].commissioner", "Northbridge Integrated Care Board")

	h.elapse(saveDelay)
	got, err := h.st.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	per := got.Person
	if per.Address != "12 Example Road, Northbridge NB1 2AB" || per.NHSNumber != "943 476 5918" || per.UPN != "A123456789012" {
		t.Errorf("stored person = %+v", per)
	}
	if per.LookedAfter == nil || !*per.LookedAfter {
		t.Errorf("looked after = %v, want yes", per.LookedAfter)
	}
	want := plan.Contact{Name: "Sam Example", Relationship: "Mother", ParentalResponsibility: true, Email: "sam@example.org", Main: true}
	if len(per.Contacts) != 1 || per.Contacts[0] != want {
		t.Errorf("stored contacts = %+v, want %+v", per.Contacts, want)
	}
	if len(per.Professionals) != 1 || per.Professionals[0] != (plan.Professional{Name: "Dr Riley Example", Role: "GP"}) {
		t.Errorf("stored professionals = %+v", per.Professionals)
	}
	if got.SectionA.History != "I moved to Northbridge when I was 6." {
		t.Errorf("stored history = %q", got.SectionA.History)
	}
	if len(got.Advice) != 1 || got.Advice[0].Kind != "medical" {
		t.Errorf("stored advice = %+v", got.Advice)
	}
	if pr := got.Areas[0].Provision; len(pr) != 1 || pr[0].Section != plan.SectionG || pr[0].Commissioner != "Northbridge Integrated Care Board" {
		t.Errorf("stored provision = %+v", pr)
	}
}

// Settings › Notices and local services saves the services' contact
// details in the notices file beside the plans store, 0600, keeping the
// texts; the notices then name them.
func TestLocalServicesAreSetOnceInSettings(t *testing.T) {
	h := newHarness(t, setup{})
	h.a.askNoticeServices()
	d := h.overlay()
	boxes := find[*widget.Entry](d)
	if len(boxes) != 12 {
		t.Fatalf("the dialog has %d boxes, want 3 services × 4", len(boxes))
	}
	test.Type(boxes[0], "Northbridge SENDIASS")
	test.Type(boxes[1], "01632 960000")
	test.Type(boxes[4], "Example Mediation")
	test.Type(boxes[11], "www.example.org/drs")
	h.tapButton(d, "Save")

	path := filepath.Join(filepath.Dir(h.path), notices.FileName)
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("notices file: %v, %v; want mode 0600", fi, err)
	}
	n, err := notices.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if n.Services.IASS.Name != "Northbridge SENDIASS" || n.Services.IASS.Phone != "01632 960000" ||
		n.Services.Mediation.Name != "Example Mediation" || n.Services.DRS.Web != "www.example.org/drs" {
		t.Errorf("saved services = %+v", n.Services)
	}
	if n.Final.Paragraphs == nil || n.Final.Paragraphs[3] != notices.Default().Final.Paragraphs[3] {
		t.Error("saving the services changed the notice texts")
	}

	h.a.askNoticeServices()
	if again := find[*widget.Entry](h.overlay()); again[0].Text != "Northbridge SENDIASS" {
		t.Errorf("the dialog opens again with %q", again[0].Text)
	}
}

// "Print a copy for a provider" asks render for the redacted copy.
func TestAProviderCopyIsPrintedRedacted(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	h.a.openPlan(h.idOf("Leo"))
	h.a.ShowPage("Print")
	if !strings.Contains(allText(h.a.plan.content), "Print a copy for a provider…") {
		t.Fatal("the Print page has no Print a copy for a provider button")
	}
	var asked []bool
	old := renderPDF
	renderPDF = func(out io.Writer, p *plan.Plan, opt render.Options) (render.Result, error) {
		asked = append(asked, opt.Redact)
		if opt.Notice == nil || !strings.Contains(strings.Join(opt.Notice.Paragraphs, " "), "15 days") {
			t.Errorf("the draft prints without its notice: %+v", opt.Notice)
		}
		return render.Result{Pages: 1}, nil
	}
	t.Cleanup(func() { renderPDF = old })
	for _, redact := range []bool{true, false} {
		w, err := storage.Writer(storage.NewFileURI(filepath.Join(t.TempDir(), "copy.pdf")))
		if err != nil {
			t.Fatal(err)
		}
		h.a.writePDF(h.a.plan.plan().Clone(), printJob{redact: redact}, w, h.a.plan.printed)
		h.wait()
	}
	if len(asked) != 2 || !asked[0] || asked[1] {
		t.Errorf("render was asked for redact = %v, want [true false]", asked)
	}
}
