package app

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/render"
)

// readyPlan is a final plan of a fictional young person that the checker
// passes (the Amira fixture with its vague outcome put right), issued in
// January 2023. With reviewed set, a review meeting was held that day and
// concluded (report sent, decision to maintain); its next meeting is due
// 12 months on. Without, the plan was issued on issued and never reviewed.
func readyPlan(t *testing.T, name, issued, reviewed string) *plan.Plan {
	t.Helper()
	data, err := os.ReadFile("../testdata/amira-y12-final.json")
	if err != nil {
		t.Fatal(err)
	}
	fixed := strings.Replace(string(data), "Amira will receive support from a lunchtime assistant",
		"Amira will choose and buy her own lunch in the college canteen", 1)
	p, err := plan.Decode([]byte(fixed))
	if err != nil {
		t.Fatal(err)
	}
	p.ID = plan.New(name).ID
	p.Person.Name, p.Person.PreferredName = name, ""
	p.Dates.Issued = day(issued)
	r := p.Reviews[0]
	p.Reviews = nil
	p.Dates.LastReview, p.Dates.NextReview = plan.Date{}, plan.Date{}
	if reviewed != "" {
		r.Date = day(reviewed)
		r.ReportSent, r.Decision, r.DecisionDate = r.Date.AddDays(7), "maintain", r.Date.AddDays(20)
		p.Reviews = []plan.Review{r}
		p.Dates.LastReview = r.Date
	}
	p.Dates.NextReview = plan.LastReviewed(p, testToday).AddMonths(12)
	if p.Dates.LastReview.IsZero() {
		p.Dates.NextReview = p.Dates.Issued.AddMonths(12)
	}
	if r := check.Check(p, testToday); r.Errors > 0 {
		t.Fatalf("%s: the checker finds %d errors in the ready plan: %+v", name, r.Errors, r.Findings)
	}
	return p
}

// reviewHarness is a caseload with these plans.
func reviewHarness(t *testing.T, plans ...*plan.Plan) *harness {
	t.Helper()
	h := newHarness(t, setup{})
	if err := h.st.Import(plans, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.caseload.reload()
	h.settle()
	return h
}

// askReviewPrint presses "Print for reviews…" on the caseload, picks the
// period option starting with period and types the folder.
func (h *harness) askReviewPrint(period, dir string) fyne.CanvasObject {
	h.t.Helper()
	h.tapButton(h.a.caseload.content, "Print for reviews…")
	form := h.overlay()
	radios := find[*widget.RadioGroup](form)
	if len(radios) != 1 {
		h.t.Fatalf("the form has %d period choices", len(radios))
	}
	for _, o := range radios[0].Options {
		if strings.HasPrefix(o, period) {
			radios[0].SetSelected(o)
		}
	}
	for _, e := range find[*widget.Entry](form) {
		if e.PlaceHolder == "the folder to save the PDFs in" {
			e.SetText(dir)
		}
	}
	return form
}

// pdfsIn lists the files in dir, failing on any that is not a private PDF.
func pdfsIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
		info, _ := e.Info()
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if !strings.HasSuffix(e.Name(), ".pdf") || !strings.HasPrefix(string(data), "%PDF") {
			t.Errorf("%s in the folder is not a PDF", e.Name())
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
	return names
}

// Every plan whose review meeting is next month is printed with the
// report of its last review where one was held; the others are not.
func TestPrintForReviewsNextMonth(t *testing.T) {
	h := reviewHarness(t,
		readyPlan(t, "Rhea Marsh", "2023-01-20", "2025-04-15"), // due 15 April: plan and review report
		readyPlan(t, "Sam Marsh", "2025-04-20", ""),            // due 20 April: the plan only
		readyPlan(t, "Tom Marsh", "2023-01-20", "2025-06-01"),  // due 1 June: not printed
	)
	dir := t.TempDir()
	h.tapButton(h.askReviewPrint("Next month", dir), "Print")
	h.wait()

	want := []string{
		"Marsh-Rhea-EHC-plan-2026-03-02.pdf",
		"Marsh-Rhea-EHC-plan-review-report-2026-03-02.pdf",
		"Marsh-Sam-EHC-plan-2026-03-02.pdf",
	}
	if got := pdfsIn(t, dir); !slices.Equal(got, want) {
		t.Errorf("the folder has %q, want %q", got, want)
	}
	text := allText(h.overlay())
	for _, w := range []string{"Printed for reviews",
		"Printed 2 of 2 plans with a review meeting from 1 April 2026 to 30 April 2026, as 3 PDFs in " + dir + "."} {
		if !strings.Contains(text, w) {
			t.Errorf("the summary lacks %q:\n%s", w, text)
		}
	}
}

// Cancel stops after the plan being printed: what was printed stays, and
// the summary says how many were not printed.
func TestPrintForReviewsCancelMidway(t *testing.T) {
	h := reviewHarness(t,
		readyPlan(t, "Ula Marsh", "2025-04-01", ""),
		readyPlan(t, "Vic Marsh", "2025-04-02", ""),
		readyPlan(t, "Wyn Marsh", "2025-04-03", ""),
		readyPlan(t, "Xan Marsh", "2025-04-04", ""),
	)
	reached, release := make(chan struct{}), make(chan struct{})
	old := renderPDF
	renderPDF = func(w io.Writer, p *plan.Plan, opt render.Options) (render.Result, error) {
		if p.Person.Name == "Vic Marsh" && opt.Kind != render.KindReview {
			close(reached)
			<-release
		}
		return old(w, p, opt)
	}
	t.Cleanup(func() { renderPDF = old })
	dir := t.TempDir()
	h.tapButton(h.askReviewPrint("Next month", dir), "Print")
	<-reached // Vic's plan is being printed
	h.drain()
	progress := h.overlay()
	if bars := find[*widget.ProgressBar](progress); len(bars) != 1 || bars[0].Value != 1 || bars[0].Max != 4 {
		t.Errorf("the progress bar is not at 1 of 4: %+v", bars)
	}
	h.tapButton(progress, "Cancel")
	close(release)
	h.wait()

	want := []string{"Marsh-Ula-EHC-plan-2026-03-02.pdf", "Marsh-Vic-EHC-plan-2026-03-02.pdf"}
	if got := pdfsIn(t, dir); !slices.Equal(got, want) {
		t.Errorf("after Cancel the folder has %q, want %q", got, want)
	}
	text := allText(h.overlay())
	for _, w := range []string{"Printing stopped", "Printed 2 of 4 plans", "You pressed Cancel, so 2 plans were not printed. What was printed is kept."} {
		if !strings.Contains(text, w) {
			t.Errorf("the summary lacks %q:\n%s", w, text)
		}
	}
}

// A plan that cannot be printed does not stop the others; the summary
// names it and says why in plain words.
func TestPrintForReviewsSummaryNamesFailures(t *testing.T) {
	withErrors := readyPlan(t, "Yan Marsh", "2025-04-05", "")
	withErrors.Areas[0].Outcomes[0].Text = "Yan will receive speech and language therapy."
	h := reviewHarness(t,
		readyPlan(t, "Zac Marsh", "2025-04-06", ""),
		withErrors,
		readyPlan(t, "Abi Marsh", "2025-04-07", ""),
	)
	old := renderPDF
	renderPDF = func(w io.Writer, p *plan.Plan, opt render.Options) (render.Result, error) {
		if p.Person.Name == "Abi Marsh" {
			return render.Result{}, fmt.Errorf("write the PDF: %w", syscall.ENOSPC)
		}
		return old(w, p, opt)
	}
	t.Cleanup(func() { renderPDF = old })
	dir := t.TempDir()
	h.tapButton(h.askReviewPrint("Next month", dir), "Print")
	h.wait()

	if got, want := pdfsIn(t, dir), []string{"Marsh-Zac-EHC-plan-2026-03-02.pdf"}; !slices.Equal(got, want) {
		t.Errorf("the folder has %q, want %q (and no half-written file)", got, want)
	}
	text := allText(h.overlay())
	for _, w := range []string{"Some plans were not printed", "Printed 1 of 3 plans",
		"• Yan Marsh: this final plan has 1 error the checker found. Open the plan and put them right",
		"• Abi Marsh: the disk is full. Free some space"} {
		if !strings.Contains(text, w) {
			t.Errorf("the summary lacks %q:\n%s", w, text)
		}
	}
}

// A period with no review meetings prints nothing and says so; dates the
// wrong way round keep the form open and say what is wrong.
func TestPrintForReviewsChecksThePeriod(t *testing.T) {
	h := reviewHarness(t, readyPlan(t, "Tom Marsh", "2023-01-20", "2025-06-01"))
	dir := t.TempDir()
	form := h.askReviewPrint("Between two dates", dir)
	entries := find[*widget.Entry](form)
	test.Type(entries[0], "30/4/2026")
	test.Type(entries[1], "1/4/2026")
	h.tapButton(form, "Print")
	if h.overlay() != form || !strings.Contains(allText(form), "“To” is before “From”") {
		t.Fatalf("dates the wrong way round were accepted:\n%s", allText(h.overlay()))
	}
	entries[0].SetText("1/4/2026")
	entries[1].SetText("30/4/2026")
	h.tapButton(form, "Print")
	h.wait()
	if text := allText(h.overlay()); !strings.Contains(text, "No plan has a review meeting from 1 April 2026 to 30 April 2026") {
		t.Errorf("an empty period is not explained:\n%s", text)
	}
	if got := pdfsIn(t, dir); len(got) != 0 {
		t.Errorf("printed %q for an empty period", got)
	}
}

func TestReviewPeriodHolds(t *testing.T) {
	april := nextMonth(testToday)
	march := thisMonth(testToday)
	tests := []struct {
		name string
		per  reviewPeriod
		day  string
		want bool
	}{
		{"first day", april, "2026-04-01", true},
		{"last day", april, "2026-04-30", true},
		{"day after", april, "2026-05-01", false},
		{"day before", april, "2026-03-31", false},
		{"overdue, period not begun", april, "2026-02-10", false},
		{"overdue, this month", march, "2026-02-10", true},
		{"today, this month", march, "2026-03-02", true},
		{"February 29th", reviewPeriod{day("2028-02-01"), day("2028-02-29")}, "2028-02-29", true},
	}
	for _, tt := range tests {
		if got := tt.per.holds(day(tt.day), testToday); got != tt.want {
			t.Errorf("%s: %s holds %s = %v, want %v", tt.name, tt.per, tt.day, got, tt.want)
		}
	}
	if march != (reviewPeriod{day("2026-03-01"), day("2026-03-31")}) || nextMonth(day("2026-12-15")).to != day("2027-01-31") {
		t.Errorf("months: %v, %v", march, nextMonth(day("2026-12-15")))
	}
}

func TestReadDay(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"1/4/2026", "2026-04-01", true},
		{"01/04/2026", "2026-04-01", true},
		{"2026-04-01", "2026-04-01", true},
		{"29/2/2028", "2028-02-29", true},
		{"29/2/2026", "", false},
		{"4/31/2026", "", false},
		{"", "", false},
		{"next week", "", false},
	}
	for _, tt := range tests {
		d, err := readDay(tt.in)
		if (err == nil) != tt.ok || (tt.ok && d.String() != tt.want) {
			t.Errorf("readDay(%q) = %v, %v", tt.in, d, err)
		}
	}
}

// A summary naming many failures scrolls inside a dialog that fits the
// window, rather than running off the screen with its OK button.
func TestPrintForReviewsLongSummaryFits(t *testing.T) {
	var plans []*plan.Plan
	for i := range 30 {
		p := readyPlan(t, fmt.Sprintf("Pupil%02d Marsh", i), "2025-04-10", "")
		p.Areas[0].Outcomes[0].Text = "They will receive speech and language therapy."
		plans = append(plans, p)
	}
	h := reviewHarness(t, plans...)
	h.tapButton(h.askReviewPrint("Next month", t.TempDir()), "Print")
	h.wait()
	summary := h.overlay()
	if text := allText(summary); !strings.Contains(text, "Pupil29 Marsh") {
		t.Fatalf("the summary does not list every failure:\n%s", text)
	}
	if win, need := h.a.Window().Canvas().Size(), summary.MinSize(); need.Height > win.Height {
		t.Errorf("the summary needs %.0f px, more than the %.0f px window", need.Height, win.Height)
	}
}

// A final plan that names another young person of the caseload (the
// checker's X1) is never sent out in a batch, as from its Print page it
// is printed only once the caseworker says so.
func TestPrintForReviewsHoldsBackAPlanNamingAnotherChild(t *testing.T) {
	naming := readyPlan(t, "Bea Marsh", "2025-04-08", "")
	naming.Areas[0].Outcomes[0].Text = "By July 2027, Bea will travel to college on the bus with Cal Marsh."
	h := reviewHarness(t, naming, readyPlan(t, "Cal Marsh", "2025-04-09", ""))
	dir := t.TempDir()
	h.tapButton(h.askReviewPrint("Next month", dir), "Print")
	h.wait()
	if got, want := pdfsIn(t, dir), []string{"Marsh-Cal-EHC-plan-2026-03-02.pdf"}; !slices.Equal(got, want) {
		t.Errorf("the folder has %q, want %q", got, want)
	}
	if text := allText(h.overlay()); !strings.Contains(text, "• Bea Marsh: this final plan has 1 error the checker found") {
		t.Errorf("the summary does not hold Bea's plan back:\n%s", text)
	}
}
