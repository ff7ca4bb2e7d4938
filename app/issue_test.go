package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// railItem is an entry of the editor's navigation rail, as a user sees it.
type railItem interface {
	fyne.CanvasObject
	fyne.Tappable
	Text() string
}

// goToPage taps the rail entry labelled label.
func (h *harness) goToPage(label string) {
	h.t.Helper()
	for _, it := range find[railItem](h.a.plan.ed.Content()) {
		if it.Text() == label {
			it.Tapped(&fyne.PointEvent{})
			h.drain()
			return
		}
	}
	h.t.Fatalf("no rail entry %q", label)
}

// field is the editor's widget for a JSON path on the page showing.
func field[W any](h *harness, path string) W {
	h.t.Helper()
	f := h.a.plan.ed.Field(path)
	w, ok := f.(W)
	if p, isBox := f.(interface{ Plain() *widget.Entry }); !ok && isBox { // the editor's text boxes
		w, ok = any(p.Plain()).(W)
	}
	if !ok {
		h.t.Fatalf("no %T for %s on page %s (got %T)", *new(W), path, h.a.plan.ed.Page(), h.a.plan.ed.Field(path))
	}
	return w
}

// typeIn types text into the box for path.
func (h *harness) typeIn(path, text string) {
	h.t.Helper()
	test.Type(field[*widget.Entry](h, path), text)
	h.drain()
}

// tapField taps the button or check box for path.
func (h *harness) tapField(path string) {
	h.t.Helper()
	test.Tap(field[fyne.Tappable](h, path))
	h.drain()
}

// choose picks the option labelled label in the select for path.
func (h *harness) choose(path, label string) {
	h.t.Helper()
	field[*widget.Select](h, path).SetSelected(label)
	h.drain()
}

// writeReadyPlan fills the open, empty draft the way a caseworker would,
// until the Checks panel finds no errors.
func (h *harness) writeReadyPlan() {
	h.t.Helper()
	h.goToPage("About the young person")
	h.typeIn("person.date_of_birth", "14/05/2011")
	h.typeIn("person.setting", "Riverside Academy")
	h.typeIn("local_authority", "Northbridge Council")
	h.typeIn("dates.request", "05/01/2026")

	h.goToPage("Views and aspirations")
	h.typeIn("section_a.headings[0].text", "I want to work with animals when I leave school.")
	h.typeIn("section_a.headings[1].text", "I like drawing and looking after my rabbit.")
	h.typeIn("section_a.headings[2].text", "I am kind and I keep trying.")
	h.typeIn("section_a.headings[3].text", "I live with my mum and my little brother.")
	h.tapField("section_a.aspirations")
	h.typeIn("section_a.aspirations[0].text", "I want to work with animals.")
	h.choose("section_a.aspirations[0].area", "Employment and education")

	h.goToPage("Employment and education")
	h.tapField("areas[0].needs")
	h.choose("areas[0].needs[0].category", plan.CategoryName(plan.CategoryCognition))
	h.typeIn("areas[0].needs[0].text", "Sam reads well below the level expected for his age and loses his place in long texts.")
	h.tapField("areas[0].outcomes")
	h.typeIn("areas[0].outcomes[0].text", "Sam will read a one-page animal care sheet aloud with no more than 2 prompts.")
	h.typeIn("areas[0].outcomes[0].by", "31/07/2027")
	h.typeIn("areas[0].outcomes[0].measure", "His teacher records the prompts each week in his reading log.")
	h.tapField("areas[0].outcomes[0].aspirations")
	h.tapField("areas[0].outcomes[0].needs")
	h.tapField("areas[0].provision")
	h.typeIn("areas[0].provision[0].text", "Individual reading sessions using a structured phonics programme.")
	h.typeIn("areas[0].provision[0].who", "Specialist teacher for literacy")
	h.typeIn("areas[0].provision[0].how_often", "3 times a week")
	h.typeIn("areas[0].provision[0].duration", "30 minutes, until July 2027")
	h.tapField("areas[0].provision[0].outcomes")
	h.tapField("areas[0].provision[0].needs")

	if rep := h.a.plan.ed.Report(); !rep.Ready {
		for _, f := range rep.Findings {
			if f.Severity == check.Error {
				h.t.Logf("still an error: %s %s %s", f.Rule, f.Where, f.Message)
			}
		}
		h.t.Fatalf("the written plan is not ready: %d errors", rep.Errors)
	}
}

// A caseworker starts from an empty store, writes a plan until the Checks
// panel says it is ready, issues it, names the placement in the issue
// dialog, and version 1 is issued in the store.
func TestCaseworkerWritesAndIssuesAPlanFromNothing(t *testing.T) {
	h := newHarness(t, setup{})
	h.settle()
	h.tapButton(h.a.caseload.content, "New plan")
	form := h.overlay()
	test.Type(find[*widget.Entry](form)[0], "Sam Taylor")
	h.tapButton(form, "Create plan")
	id := h.a.plan.plan().ID
	h.writeReadyPlan()
	if got := h.a.plan.ed.Content(); !strings.Contains(allText(got), "Ready to issue") {
		t.Errorf("the Checks panel does not say Ready to issue")
	}
	h.elapse(saveDelay)
	if h.a.plan.saver.dirty() {
		t.Error("the typing was not saved after the autosave delay")
	}

	h.tapButton(h.a.plan.content, "Issue final plan")
	d := h.overlay()
	entries := find[*widget.Entry](d)
	if len(entries) < 2 {
		t.Fatalf("the issue dialog does not ask for Section I (%d boxes):\n%s", len(entries), allText(d))
	}
	test.Type(entries[0], "Riverside Academy")
	test.Type(entries[1], "Mainstream academy, secondary")
	h.drain()
	h.tapButton(d, "Issue final plan")

	vs, err := h.st.Versions(id)
	if err != nil || len(vs) != 1 || vs[0].Version != 1 || vs[0].Status != plan.StatusFinal {
		t.Fatalf("versions = %+v, %v; want version 1 issued", vs, err)
	}
	got, err := h.st.LoadVersion(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Placement.Name != "Riverside Academy" || got.Placement.Type != "Mainstream academy, secondary" {
		t.Errorf("issued placement = %+v", got.Placement)
	}
	if got.Dates.Issued != testToday {
		t.Errorf("issued on %s, want %s", got.Dates.Issued, testToday)
	}
}

// editable lists the text boxes, choices, ticks and buttons on the page
// showing that can still be used (not disabled), by what they show.
func (h *harness) editable() []string {
	var out []string
	page := h.a.plan.ed.Content()
	for _, e := range find[*widget.Entry](page) {
		if !e.Disabled() {
			out = append(out, "entry "+e.Text)
		}
	}
	for _, s := range find[*widget.Select](page) {
		if !s.Disabled() {
			out = append(out, "select "+s.Selected)
		}
	}
	for _, c := range find[*widget.Check](page) {
		if !c.Disabled() {
			out = append(out, "check "+c.Text)
		}
	}
	for _, b := range find[*widget.Button](page) {
		if !b.Disabled() && (b.Text == "Remove" || strings.HasPrefix(b.Text, "Add") || b.Text == "Rename") {
			out = append(out, "button "+b.Text)
		}
	}
	return out
}

// An issued plan is read-only: every page but Reviews is locked, with a
// banner saying so, and typing changes nothing in the store.
func TestAnIssuedPlanIsReadOnly(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Jordan")
	h.a.openPlan(id)
	if h.a.plan.plan().Status != plan.StatusFinal {
		t.Fatal("the fixture for Jordan is not a final plan")
	}
	text := allText(h.a.plan.ed.Content())
	if !strings.Contains(text, "This plan is issued. Start an amendment to change it.") {
		t.Errorf("no read-only banner on the issued plan:\n%s", text)
	}
	before := h.storedJSON(id)
	reviewDates := []string{"entry " + showDate(h.a.plan.plan().Dates.LastReview), "entry " + showDate(h.a.plan.plan().Dates.NextReview)}
	pages := []struct {
		label string
		want  []string // still editable
	}{
		{"About the young person", reviewDates},
		{"Views and aspirations", nil},
		{"Employment and education", nil},
		{"Independent living", nil},
		{"Placement", nil},
		{"Personal budget", nil},
		{"Advice and information", nil},
		{"Statements for empty sections", nil},
	}
	for _, pg := range pages {
		h.goToPage(pg.label)
		if got := h.editable(); strings.Join(got, "|") != strings.Join(pg.want, "|") {
			t.Errorf("%s: editable %q, want %q", pg.label, got, pg.want)
		}
	}

	h.goToPage("Employment and education")
	need := field[*widget.Entry](h, "areas[0].needs[0].text")
	if !need.Disabled() {
		t.Fatal("a need of the issued plan can be typed in")
	}
	test.Type(need, "Wombat")
	h.elapse(saveDelay)
	if strings.Contains(need.Text, "Wombat") || strings.Contains(h.a.plan.plan().Areas[0].Needs[0].Text, "Wombat") {
		t.Error("typing changed a need of the issued plan")
	}
	if after := h.storedJSON(id); after != before {
		t.Error("the stored plan changed after typing into the issued plan")
	}
}

// On an issued plan the review record and the review dates still save.
func TestAnIssuedPlanStillTakesItsReviews(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Jordan")
	h.a.openPlan(id)
	h.goToPage("Reviews")
	if got := h.editable(); len(got) == 0 {
		t.Fatal("nothing on the Reviews page of an issued plan can be changed")
	}
	h.typeIn("reviews[0].future", "\nWombat club on Fridays")
	h.goToPage("About the young person")
	next := field[*widget.Entry](h, "dates.next_review")
	next.SetText("")
	test.Type(next, "01/03/2027")
	h.elapse(saveDelay)
	p, err := h.st.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(p.Reviews[0].Future, "\n"), "Wombat club on Fridays") {
		t.Errorf("the review's future was not saved: %q", p.Reviews[0].Future)
	}
	if p.Dates.NextReview != plan.MustDate("2027-03-01") || p.Status != plan.StatusFinal {
		t.Errorf("stored: %s, next review %s; want final, 1 March 2027", p.Status, p.Dates.NextReview)
	}
}

// The banner's Start amendment makes an editable draft of the next version.
func TestTheReadOnlyBannerStartsAnAmendment(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Jordan")
	h.a.openPlan(id)
	version := h.a.plan.plan().Version
	h.tapButton(h.a.plan.ed.Content(), "Start amendment")
	h.tapButton(h.overlay(), "Start amendment")
	if p := h.a.plan.plan(); p.Status != plan.StatusDraft || p.Version != version+1 {
		t.Fatalf("after Start amendment: %s version %d, want a draft of version %d", p.Status, p.Version, version+1)
	}
	if strings.Contains(allText(h.a.plan.ed.Content()), "This plan is issued.") {
		t.Error("the amendment still says the plan is issued")
	}
	h.goToPage("Employment and education")
	if field[*widget.Entry](h, "areas[0].needs[0].text").Disabled() {
		t.Error("the amendment's needs cannot be typed in")
	}
}

// A ceased plan is read-only too, and cannot be amended.
func TestACeasedPlanIsReadOnly(t *testing.T) {
	h := newHarness(t, setup{})
	p := readyToIssue(t)
	p.Status, p.Dates.Issued = plan.StatusCeased, plan.MustDate("2025-01-10")
	p.Placement = plan.Placement{Name: "Hillside School", Type: "Special school"}
	if err := h.st.Import([]*plan.Plan{p}, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(p.ID)
	text := allText(h.a.plan.ed.Content())
	if !strings.Contains(text, "This plan has ceased") || strings.Contains(text, "Start amendment") {
		t.Errorf("ceased plan's editor says:\n%s", text)
	}
	h.goToPage("Views and aspirations")
	if got := h.editable(); len(got) != 0 {
		t.Errorf("on a ceased plan these can be changed: %q", got)
	}
}

// An amendment keeps the issued Section I, which a draft must clear; the
// Issue dialog then offers the last issued placement again.
func TestIssuingAnAmendmentOffersTheLastPlacement(t *testing.T) {
	h := newHarness(t, setup{})
	issued := check.IssueCandidate(readyToIssue(t), testToday)
	issued.Placement = plan.Placement{Name: "Hillside School", Type: "Special school, all-through"}
	if err := h.st.IssueVersion(issued, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(issued.ID)
	h.a.plan.startAmendment()
	h.tapButton(h.a.plan.content, "Issue final plan")
	if text := allText(h.overlay()); !strings.Contains(text, "cannot be issued yet") || !strings.Contains(text, "Section I names a placement") {
		t.Fatalf("an amendment naming its placement was not held up by S4:\n%s", text)
	}
	h.tapButton(h.overlay(), "Close")
	h.goToPage("Placement")
	h.tapButton(h.a.plan.ed.Content(), "Clear Section I")
	h.tapButton(h.a.plan.content, "Issue final plan")
	entries := find[*widget.Entry](h.overlay())
	if len(entries) < 2 || entries[0].Text != issued.Placement.Name || entries[1].Text != issued.Placement.Type {
		t.Fatalf("the dialog does not offer the issued %+v:\n%s", issued.Placement, allText(h.overlay()))
	}
	h.tapButton(h.overlay(), "Issue final plan")
	if vs, _ := h.st.Versions(issued.ID); len(vs) != 2 || vs[1].Version != issued.Version+1 {
		t.Errorf("versions after issuing the amendment: %+v", vs)
	}
}
