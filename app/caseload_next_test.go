package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// stepPlan is a plan of a fictional young person in Year 5 on testToday (born May 2016)
// (no phase transfer), issued on issued, with these reviews.
func stepPlan(name, issued string, reviews ...plan.Review) *plan.Plan {
	p := plan.New(name)
	p.Status = plan.StatusFinal
	p.Person.DateOfBirth = plan.MustDate("2016-05-01")
	p.Person.Setting = "Oakfield Primary School"
	p.Dates.Issued = plan.MustDate(issued)
	p.Reviews = reviews
	return p
}

func day(s string) plan.Date { return plan.MustDate(s) }

// nextStepCases are plans at each step of the cycle on testToday
// (2 March 2026), due and overdue, with the "Next step" cell they show.
var nextStepCases = []struct {
	name    string
	plan    func() *plan.Plan
	want    string
	overdue bool
}{
	{"final plan due", func() *plan.Plan {
		p := plan.New("Ada Fenwick")
		p.Dates.Request = day("2026-01-05")
		return p
	}, "Issue the final plan by 25 May", false},
	{"final plan overdue, last year", func() *plan.Plan {
		p := plan.New("Ben Fenwick")
		p.Dates.Request = day("2025-06-01")
		return p
	}, "Overdue: final plan was due 19 Oct 2025", true},
	{"invitations due", func() *plan.Plan {
		return stepPlan("Cara Fenwick", "2025-03-20")
	}, "Send review invitations and advice by 6 Mar", false},
	{"invitations overdue", func() *plan.Plan {
		return stepPlan("Dan Fenwick", "2025-03-10")
	}, "Overdue: invitations were due 24 Feb", true},
	// With the meeting itself overdue, that is what the caseworker must
	// hear, not only that its invitations (due 2 weeks before) are late.
	{"review meeting overdue, invitations too", func() *plan.Plan {
		return stepPlan("Dot Fenwick", "2025-02-01")
	}, "Overdue: review meeting was due 1 Feb", true},
	{"review meeting due", func() *plan.Plan {
		return stepPlan("Eve Fenwick", "2025-03-20", plan.Review{Date: day("2026-03-18"), Invited: day("2026-02-20")})
	}, "Hold the annual review by 18 Mar", false},
	{"review meeting overdue", func() *plan.Plan {
		return stepPlan("Finn Fenwick", "2025-02-01", plan.Review{Date: day("2026-03-10"), Invited: day("2026-01-15")})
	}, "Overdue: review meeting was due 1 Feb", true},
	{"report due", func() *plan.Plan {
		return stepPlan("Gus Fenwick", "2025-03-01", plan.Review{Date: day("2026-02-20")})
	}, "Send the review report by 6 Mar", false},
	{"report overdue", func() *plan.Plan {
		return stepPlan("Hal Fenwick", "2025-03-01", plan.Review{Date: day("2026-02-10")})
	}, "Overdue: report was due 24 Feb", true},
	{"decision due", func() *plan.Plan {
		return stepPlan("Ivy Fenwick", "2025-03-01", plan.Review{Date: day("2026-02-20"), ReportSent: day("2026-02-25")})
	}, "Decision due 20 Mar", false},
	{"decision overdue", func() *plan.Plan {
		return stepPlan("Jon Fenwick", "2025-03-01", plan.Review{Date: day("2026-01-20"), ReportSent: day("2026-01-30")})
	}, "Overdue: decision was due 17 Feb", true},
	{"proposed amendments due", func() *plan.Plan {
		return stepPlan("Kit Fenwick", "2025-03-01", plan.Review{Date: day("2026-02-20"), ReportSent: day("2026-02-25"),
			Decision: "amend", DecisionDate: day("2026-02-27")})
	}, "Send the proposed amendments by 20 Mar", false},
	{"proposed amendments overdue", func() *plan.Plan {
		return stepPlan("Lou Fenwick", "2025-03-01", plan.Review{Date: day("2026-01-10"), ReportSent: day("2026-01-15"),
			Decision: "amend", DecisionDate: day("2026-01-30")})
	}, "Overdue: proposed amendments were due 7 Feb", true},
	{"amended plan due", func() *plan.Plan {
		return stepPlan("Max Fenwick", "2025-03-01", plan.Review{Date: day("2026-01-10"), ReportSent: day("2026-01-15"),
			Decision: "amend", DecisionDate: day("2026-01-30"), AmendmentSent: day("2026-02-01")})
	}, "Issue the amended plan by 29 Mar", false},
	{"amended plan overdue", func() *plan.Plan {
		return stepPlan("Nia Fenwick", "2025-03-01", plan.Review{Date: day("2025-11-01"), ReportSent: day("2025-11-10"),
			Decision: "amend", DecisionDate: day("2025-11-20"), AmendmentSent: day("2025-12-01")})
	}, "Overdue: amended plan was due 26 Jan", true},
	{"phase transfer due (Year 11)", func() *plan.Plan {
		p := stepPlan("Ola Fenwick", "2025-06-01")
		p.Person.DateOfBirth = day("2009-10-01")
		p.Person.Setting = "Riverside High School"
		return p
	}, "Phase transfer: review and amend by 31 Mar", false},
	{"phase transfer overdue (Year 6)", func() *plan.Plan {
		p := stepPlan("Pip Fenwick", "2025-06-01")
		p.Person.DateOfBirth = day("2014-10-01")
		return p
	}, "Overdue: phase transfer review was due 15 Feb", true},
	{"ceased: nothing due", func() *plan.Plan {
		p := stepPlan("Quin Fenwick", "2024-03-01")
		p.Status = plan.StatusCeased
		return p
	}, "–", false},
}

// The "Next step" column says each step in words, and an overdue one
// also in colour and with an icon, never by colour alone.
func TestNextStepColumn(t *testing.T) {
	for _, tt := range nextStepCases {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan()
			h := newHarness(t, setup{})
			if err := h.st.Save(p, "test"); err != nil {
				t.Fatal(err)
			}
			h.a.caseload.reload()
			h.settle()
			r := h.rowCells(p.Person.Name)
			if r.next.Text != tt.want {
				t.Errorf("Next step = %q, want %q", r.next.Text, tt.want)
			}
			if want, _ := plan.NextStep(p, testToday); tt.want != "–" && want.Overdue != tt.overdue {
				t.Fatalf("the case is wrong: plan.NextStep gives %+v", want)
			}
			danger := r.next.Importance == widget.DangerImportance
			icon := r.nextIcon.Resource != nil
			if danger != tt.overdue || icon != tt.overdue {
				t.Errorf("overdue %v, but danger colour %v and icon %v", tt.overdue, danger, icon)
			}
		})
	}
}

// rowCells are the cells of the visible row showing name.
func (h *harness) rowCells(name string) *rowCells {
	h.t.Helper()
	for _, o := range find[*rowObject](h.a.caseload.list) {
		if o.cells.name.Text == name && o.Visible() {
			return o.cells
		}
	}
	h.t.Fatalf("no row shows %s; rows are %q", name, h.rowNames())
	return nil
}

// saveCases stores every nextStepCases plan and returns a harness on them.
func saveCases(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, setup{})
	for _, tt := range nextStepCases {
		if err := h.st.Save(tt.plan(), "test"); err != nil {
			t.Fatal(err)
		}
	}
	h.a.caseload.reload()
	h.settle()
	return h
}

// "Due this month" keeps the plans whose next step falls due by the end
// of the month, overdue ones included (they are still to do).
func TestDueThisMonthView(t *testing.T) {
	h := saveCases(t)
	h.a.caseload.show.SetSelected("Due this month")
	h.settle()
	// all but Ada (due 25 May) and Quin (ceased); Ola's is due on the 31st
	want := []string{"Ben Fenwick", "Cara Fenwick", "Dan Fenwick", "Dot Fenwick", "Eve Fenwick", "Finn Fenwick", "Gus Fenwick",
		"Hal Fenwick", "Ivy Fenwick", "Jon Fenwick", "Kit Fenwick", "Lou Fenwick", "Max Fenwick", "Nia Fenwick",
		"Ola Fenwick", "Pip Fenwick"}
	got := h.rowNames()
	if !slices.Equal(sorted(got), sorted(want)) {
		t.Errorf("Due this month shows %q, want %q", got, want)
	}
	for i := range h.a.caseload.rows {
		if n := h.a.caseload.nextOf(i); !n.dueBy(day("2026-03-31")) {
			t.Errorf("%s's step is not due this month: %+v", h.a.caseload.rows[i].Name, n)
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// Sorting by "Next step" puts the most overdue first and plans with
// nothing due last.
func TestSortByNextStep(t *testing.T) {
	h := saveCases(t)
	h.a.caseload.sortBy.SetSelected("Next step")
	h.settle()
	want := []string{
		"Ben Fenwick",  // 19 Oct 2025
		"Nia Fenwick",  // 26 Jan
		"Dot Fenwick",  // 1 Feb (the meeting it shows; its invitations were due 18 Jan)
		"Finn Fenwick", // 1 Feb
		"Lou Fenwick",  // 7 Feb
		"Pip Fenwick",  // 15 Feb
		"Jon Fenwick",  // 17 Feb
		"Dan Fenwick",  // 24 Feb (invitations)
		"Hal Fenwick",  // 24 Feb (report)
		"Cara Fenwick", // 6 Mar
		"Gus Fenwick",  // 6 Mar
		"Eve Fenwick",  // 18 Mar
		"Ivy Fenwick",  // 20 Mar
		"Kit Fenwick",  // 20 Mar
		"Max Fenwick",  // 29 Mar
		"Ola Fenwick",  // 31 Mar
		"Ada Fenwick",  // 25 May
		"Quin Fenwick", // nothing due
	}
	if got := h.rowNames(); !slices.Equal(got, want) {
		t.Errorf("sorted by next step:\n got %q\nwant %q", got, want)
	}
}

// Sorted by next step, the steps are kept between queries; a plan saved
// since, or a new day, gives the new step, never the one kept.
func TestNextStepKeptOnlyWhileTrue(t *testing.T) {
	h := saveCases(t)
	h.a.caseload.sortBy.SetSelected("Next step")
	h.settle()
	if got := h.rowCells("Hal Fenwick").next.Text; got != "Overdue: report was due 24 Feb" {
		t.Fatalf("before: %q", got)
	}
	p, err := h.st.Load(h.idOf("Hal Fenwick"))
	if err != nil {
		t.Fatal(err)
	}
	p.Reviews[0].ReportSent = day("2026-02-20")
	if err := h.st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.caseload.reload()
	h.settle()
	if got := h.rowCells("Hal Fenwick").next.Text; got != "Decision due 10 Mar" {
		t.Errorf("after the report was marked sent: %q, want Decision due 10 Mar", got)
	}
	h.a.opt.Today = func() plan.Date { return day("2026-03-11") }
	h.a.caseload.reload()
	h.settle()
	if got := h.rowCells("Hal Fenwick").next.Text; got != "Overdue: decision was due 10 Mar" {
		t.Errorf("the next day: %q, want Overdue: decision was due 10 Mar", got)
	}
}
