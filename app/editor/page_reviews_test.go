package editor

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// typeLines types each line into a multi-line entry, pressing Return
// between them.
func typeLines(en *textBox, lines ...string) {
	for i, l := range lines {
		if i > 0 {
			en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		}
		test.Type(en, l)
	}
}

// labelsIn lists the texts of the visible labels under o, in order.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range objects(o) {
		if l, ok := x.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// roundTrip encodes and decodes p, failing on any error.
func roundTrip(t *testing.T, p *plan.Plan) *plan.Plan {
	t.Helper()
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	q, err := plan.Decode(data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return q
}

func twoOutcomePlan() *plan.Plan {
	p := plan.New("Jordan Test")
	p.Areas[0].Outcomes = []plan.Outcome{
		{ID: "O1", Text: "I will travel to college on my own."},
		{ID: "O2", Text: "I will work at a café two mornings a week."},
	}
	return p
}

// A caseworker plans a review and records it: its date (which sets the
// plan's review dates), who came, what each person said, progress on
// each outcome, and the recommendation.
func TestUserRecordsAReview(t *testing.T) {
	p := twoOutcomePlan()
	h := newHarness(t, p, Options{})
	e := h.e
	if _, ok := e.rail.items["reviews"]; !ok {
		t.Fatal("no Reviews entry in the rail")
	}
	if i, j := slices.Index(e.rail.order, "advice"), slices.Index(e.rail.order, "reviews"); j != i+1 {
		t.Fatalf("rail order %v: Reviews should follow Advice and information", e.rail.order)
	}
	test.Tap(e.rail.items["reviews"])
	if e.Page() != "reviews" {
		t.Fatalf("page = %q, want reviews", e.Page())
	}
	before := h.changes

	test.Tap(h.button("reviews"))
	if len(p.Reviews) != 1 || !p.Reviews[0].Date.IsZero() {
		t.Fatalf("after Plan a review meeting: %+v, want one review with no date yet", p.Reviews)
	}
	want := []plan.Progress{{Outcome: "O1", Status: "progressing"}, {Outcome: "O2", Status: "progressing"}}
	if !reflect.DeepEqual(p.Reviews[0].Progress, want) {
		t.Fatalf("new review progress = %+v, want %+v", p.Reviews[0].Progress, want)
	}
	if h.w.Canvas().Focused() != h.entry("reviews[0].date") {
		t.Error("a new review's date should have the focus")
	}
	if e.Field("reviews[0].recommendation") != nil {
		t.Error("a review with no date shows the meeting's record already")
	}

	test.Type(h.entry("reviews[0].date"), "20/02/2026")
	labels := labelsIn(e.formScroll.Content)
	if !slices.Contains(labels, "Review on 20 February 2026") {
		t.Errorf("no title for the held review; labels: %q", labels)
	}
	if h.w.Canvas().Focused() != h.entry("reviews[0].date") || h.entry("reviews[0].date").CursorColumn != 10 {
		t.Error("the date lost the focus, or its cursor its place, when the meeting's record opened")
	}
	if p.Dates.LastReview != plan.MustDate("2026-02-20") || p.Dates.NextReview != plan.MustDate("2027-02-20") {
		t.Errorf("recording the meeting set the review dates to %+v, want last 2026-02-20, next 2027-02-20", p.Dates)
	}
	if !strings.Contains(strings.Join(labels, "\n"), "“Progressing”") {
		t.Error("no hint saying new rows start as Progressing")
	}

	typeLines(h.entry("reviews[0].attendees"), "Jordan", "Mum", "  SENCO  ", "")
	test.Tap(h.button("reviews[0].views:working"))
	if got := h.selectFor("reviews[0].views[0].who").Selected; got != "The young person" {
		t.Errorf("a new point is said by %q, want The young person", got)
	}
	if h.w.Canvas().Focused() != h.entry("reviews[0].views[0].text") {
		t.Error("a new point's text should have the focus")
	}
	test.Type(h.entry("reviews[0].views[0].text"), "Travels to college with a buddy")
	test.Tap(h.check("reviews[0].views[0].top"))
	test.Tap(h.button("reviews[0].views:not_working"))
	h.selectFor("reviews[0].views[1].who").SetSelected("The family")
	test.Type(h.entry("reviews[0].views[1].text"), "Lunchtimes are noisy")
	test.Tap(h.button("reviews[0].views:future"))
	if got := h.selectFor("reviews[0].views[2].who").Selected; got != "The family" {
		t.Errorf("the next point is said by %q, want the last speaker, The family", got)
	}
	test.Type(h.entry("reviews[0].views[2].text"), "Try a supported internship taster")

	sel := h.selectFor("reviews[0].progress[0].outcome")
	if want := []string{"O1 – I will travel to college on my own.", "O2 – I will work at a café two mornings a week."}; !slices.Equal(sel.Options, want) {
		t.Fatalf("outcome choices = %q, want %q", sel.Options, want)
	}
	if sel.Selected != sel.Options[0] {
		t.Fatalf("first row shows %q, want O1", sel.Selected)
	}
	st := h.selectFor("reviews[0].progress[0].status")
	if want := []string{"Achieved", "Progressing", "No progress yet", "No longer relevant"}; !slices.Equal(st.Options, want) || st.Selected != "Progressing" {
		t.Fatalf("status select %q showing %q", st.Options, st.Selected)
	}
	st.SetSelected("Achieved")
	test.Type(h.entry("reviews[0].progress[0].note"), "Does it every day now.")

	// Drop O2's row (no note: no question asked), then add a row and pick O2.
	test.Tap(e.actions["reviews[0].progress[1] remove"])
	if len(p.Reviews[0].Progress) != 1 {
		t.Fatalf("progress after remove = %+v", p.Reviews[0].Progress)
	}
	test.Tap(h.button("reviews[0].progress"))
	h.selectFor("reviews[0].progress[1].outcome").SetSelected("O2 – I will work at a café two mornings a week.")
	h.selectFor("reviews[0].progress[1].status").SetSelected("No progress yet")

	rec := h.selectFor("reviews[0].recommendation")
	if want := []string{"Keep the plan as it is", "Change (amend) the plan", "Stop (cease) the plan", "Not decided"}; !slices.Equal(rec.Options, want) || rec.Selected != "Not decided" {
		t.Fatalf("recommendation select %q showing %q", rec.Options, rec.Selected)
	}
	rec.SetSelected("Change (amend) the plan")

	wantReview := plan.Review{
		Date:      plan.MustDate("2026-02-20"),
		Attendees: []string{"Jordan", "Mum", "SENCO"},
		Views: []plan.View{
			{Who: "young_person", Kind: "working", Text: "Travels to college with a buddy", Top: true},
			{Who: "family", Kind: "not_working", Text: "Lunchtimes are noisy"},
			{Who: "family", Kind: "future", Text: "Try a supported internship taster"},
		},
		Progress: []plan.Progress{
			{Outcome: "O1", Status: "achieved", Note: "Does it every day now."},
			{Outcome: "O2", Status: "not_yet"},
		},
		Recommendation: "amend",
	}
	if !reflect.DeepEqual(p.Reviews, []plan.Review{wantReview}) {
		t.Fatalf("reviews =\n%+v\nwant\n%+v", p.Reviews, []plan.Review{wantReview})
	}
	if h.changes <= before || h.lastArg != p {
		t.Errorf("OnChange called %d times after the review page opened, want calls with the plan", h.changes-before)
	}
	if q := roundTrip(t, p); !reflect.DeepEqual(q.Reviews, p.Reviews) {
		t.Fatalf("after Encode/Decode reviews = %+v, want %+v", q.Reviews, p.Reviews)
	}
}

// Reviews show newest first; removing one asks first, naming its date.
func TestRemoveReviewAsksFirst(t *testing.T) {
	p := twoOutcomePlan()
	p.Reviews = []plan.Review{
		{Date: plan.MustDate("2024-06-01"), Recommendation: "maintain"},
		{Date: plan.MustDate("2025-06-10"), Recommendation: "amend"},
	}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("reviews")
	var titles []string
	for _, l := range labelsIn(h.e.formScroll.Content) {
		if strings.HasPrefix(l, "Review on ") {
			titles = append(titles, l)
		}
	}
	if want := []string{"Review on 10 June 2025", "Review on 1 June 2024"}; !slices.Equal(titles, want) {
		t.Fatalf("review cards %q, want newest first %q", titles, want)
	}

	test.Tap(h.e.actions["reviews[0] remove"])
	dlg := h.w.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no confirm dialog")
	}
	if msg := strings.Join(labelsIn(dlg), "\n"); !strings.Contains(msg, "1 June 2024") {
		t.Fatalf("confirm dialog does not name the review's date: %q", msg)
	}
	test.Tap(buttonIn(dlg, "Keep it"))
	if len(p.Reviews) != 2 {
		t.Fatal("the review was removed although the user chose Keep it")
	}

	test.Tap(h.e.actions["reviews[0] remove"])
	test.Tap(buttonIn(h.w.Canvas().Overlays().Top(), "Remove"))
	if len(p.Reviews) != 1 || p.Reviews[0].Date != plan.MustDate("2025-06-10") || p.Reviews[0].Recommendation != "amend" {
		t.Fatalf("after removing the 2024 review: %+v", p.Reviews)
	}
	if h.e.Field("reviews[1].date") != nil || h.e.Field("reviews[0].date") == nil {
		t.Error("the page was not rebuilt after the removal")
	}
}

// A progress row may name an outcome that is no longer in the plan (e.g.
// in a plan imported from an older version). The row says so, and the
// checker's G6 finding goes to its outcome select. Deleting an outcome in
// the editor takes its progress rows with it.
func TestReviewProgressOnDeletedOutcome(t *testing.T) {
	p := twoOutcomePlan()
	p.Reviews = []plan.Review{{Date: plan.MustDate("2025-06-10"), Progress: []plan.Progress{
		{Outcome: "O2", Status: "not_yet"}, {Outcome: "O9", Status: "achieved", Note: "Done."}}}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("area:employment")
	test.Tap(h.e.actions["areas[0].outcomes[1] remove"])
	test.Tap(buttonIn(h.w.Canvas().Overlays().Top(), "Remove"))
	if len(p.Areas[0].Outcomes) != 1 {
		t.Fatalf("outcomes after delete: %+v", p.Areas[0].Outcomes)
	}
	if want := []plan.Progress{{Outcome: "O9", Status: "achieved", Note: "Done."}}; !reflect.DeepEqual(p.Reviews[0].Progress, want) {
		t.Fatalf("progress after deleting O2 = %+v, want %+v", p.Reviews[0].Progress, want)
	}

	f := h.finding("G6", "")
	if f.Where.String() != "reviews[0].progress[0].outcome" {
		t.Fatalf("G6 where = %q", f.Where)
	}
	if badge := h.e.rail.items["reviews"].badge.Text; badge != "1 to fix" {
		t.Errorf("the Reviews rail entry's badge is %q, want 1 to fix for the broken link", badge)
	}
	h.e.ShowPage("about")
	h.e.GoTo(f)
	if h.e.Page() != "reviews" {
		t.Fatalf("GoTo(%s) opened %q", f.Where, h.e.Page())
	}
	sel := h.selectFor("reviews[0].progress[0].outcome")
	if h.w.Canvas().Focused() != sel {
		t.Fatalf("GoTo(%s) focused %T, want the outcome select", f.Where, h.w.Canvas().Focused())
	}
	if sel.Selected != "O9 (no longer in the plan)" {
		t.Fatalf("broken link shows %q", sel.Selected)
	}
	if !slices.Contains(labelsIn(h.e.formScroll.Content), "O9 is no longer in the plan. Pick the outcome again, or remove this row.") {
		t.Error("no warning under the broken progress row")
	}

	// Picking an outcome again mends it.
	sel.SetSelected("O1 – I will travel to college on my own.")
	if p.Reviews[0].Progress[0].Outcome != "O1" || h.has("G6", "") {
		t.Fatalf("after picking O1: %+v, G6 still there: %v", p.Reviews[0].Progress[0], h.has("G6", ""))
	}
	if h.selectFor("reviews[0].progress[0].outcome").Selected != "O1 – I will travel to college on my own." {
		t.Error("the rebuilt row does not show O1")
	}
}

// Every review field is registered, and GoTo focuses exactly that widget.
func TestReviewPathRegistration(t *testing.T) {
	p := loadFixture(t, "jordan-y10-final.json")
	p.Status = plan.StatusDraft // a final plan is read-only, and a disabled field takes no focus
	if len(p.Reviews) == 0 || len(p.Reviews[0].Progress) == 0 {
		t.Fatal("fixture has no review progress")
	}
	h := newHarness(t, p, Options{})
	wants := map[string]string{"reviews": "button", "destination.current": "select", "destination.planned": "select"}
	for i, r := range p.Reviews {
		path := itemPath("reviews", i)
		for _, f := range []string{"date", "attendees", "working", "not_working", "future", "invited", "report_sent", "decision_date"} {
			wants[path+"."+f] = "entry"
		}
		wants[path+".progress"] = "button"
		wants[path+".recommendation"] = "select"
		wants[path+".decision"] = "select"
		for j := range r.Progress {
			g := itemPath(path+".progress", j)
			wants[g+".outcome"], wants[g+".status"], wants[g+".note"] = "select", "select", "entry"
		}
	}
	for path, kind := range wants {
		h.e.ShowPage(h.e.pageForPath(plan.MustLoc(path)))
		if got := h.e.Field(path); !widgetIs(got, kind) {
			t.Errorf("%s on page %s: registered %T, want a %s", path, h.e.Page(), got, kind)
			continue
		}
		h.e.ShowPage("section_a")
		h.e.GoTo(check.Finding{Where: plan.MustLoc(path)})
		if f := h.w.Canvas().Focused(); f == nil || f != h.e.Field(path) {
			t.Errorf("GoTo(%s) focused %T, want the registered %s", path, f, kind)
		}
	}
	// The fixture's review shows as it was imported.
	h.e.ShowPage("reviews")
	r := p.Reviews[0]
	if got := h.entry("reviews[0].attendees").Text; got != strings.Join(r.Attendees, "\n") {
		t.Errorf("attendees entry = %q, want %q", got, strings.Join(r.Attendees, "\n"))
	}
	if h.selectFor("reviews[0].progress[0].outcome").Selected == "" {
		t.Error("the first progress row shows no outcome")
	}
}

// The post-16 destination selects on About set plan.Destination.
func TestDestinationSelects(t *testing.T) {
	p := plan.New("Amira Test")
	h := newHarness(t, p, Options{})
	cur := h.selectFor("destination.current")
	planned := h.selectFor("destination.planned")
	want := []string{"Not recorded", "School sixth form", "Further education college", "Specialist college",
		"Apprenticeship", "Supported internship", "Traineeship", "Paid work", "Self-employed", "University",
		"Volunteering", "Day opportunities", "Not in education, employment or training", "Something else"}
	if !slices.Equal(cur.Options, want) || !slices.Equal(planned.Options, want) {
		t.Fatalf("destination choices = %q, want %q", cur.Options, want)
	}
	if cur.Selected != "Not recorded" || planned.Selected != "Not recorded" {
		t.Fatalf("empty destination shows %q / %q", cur.Selected, planned.Selected)
	}
	before := h.changes
	cur.SetSelected("Further education college")
	planned.SetSelected("Supported internship")
	if p.Destination != (plan.Destination{Current: "fe_college", Planned: "supported_internship"}) {
		t.Fatalf("destination = %+v", p.Destination)
	}
	if h.changes != before+2 {
		t.Errorf("OnChange called %d times for two choices", h.changes-before)
	}
	if q := roundTrip(t, p); q.Destination != p.Destination {
		t.Fatalf("after Encode/Decode destination = %+v", q.Destination)
	}
	cur.SetSelected("Not recorded")
	if p.Destination.Current != "" {
		t.Fatalf("Not recorded stored %q", p.Destination.Current)
	}
	// Every choice stores a value the format accepts.
	for _, label := range want {
		planned.SetSelected(label)
		if q := roundTrip(t, p); q.Destination != p.Destination {
			t.Fatalf("%s: after Encode/Decode destination = %+v, want %+v", label, q.Destination, p.Destination)
		}
	}
	if got := fmt.Sprint(p.Destination.Planned); got != "other" {
		t.Errorf("last choice stored %q, want other", got)
	}
}
