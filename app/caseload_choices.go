package app

import (
	"sort"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// showChoice is one entry of the caseload's "Show" list.
type showChoice struct {
	label         string
	status        plan.Status // "" for any
	dueWithinDays int         // > 0: only reviews due within this many days
	attention     bool        // only plans with a mark (overdue, late, problems)
	dueThisMonth  bool        // only plans whose next step is due by the month's end (or overdue)
}

var showChoices = []showChoice{
	{label: "All plans"},
	{label: "Needs attention", attention: true},
	{label: "Drafts", status: plan.StatusDraft},
	{label: "Final plans", status: plan.StatusFinal},
	{label: "Ceased plans", status: plan.StatusCeased},
	{label: "Reviews due in 2 months", dueWithinDays: 61},
	{label: "Due this month", dueThisMonth: true},
}

func showLabels() []string {
	out := make([]string, len(showChoices))
	for i, c := range showChoices {
		out[i] = c.label
	}
	return out
}

// Sort orders, as indexes into sortLabels.
const (
	sortReview = iota
	sortName
	sortNextStep
)

func sortLabels() []string { return []string{"Next review", "Surname", "Next step"} }

// sortRows orders rows by next review, soonest first, with plans that have
// no review date (or have ceased) at the end. The store already lists by surname, which
// is kept for "Surname" and among plans due on the same day.
func sortRows(rows []store.Summary, byName bool) {
	if byName {
		return
	}
	sort.SliceStable(rows, func(i, j int) bool {
		return compareReview(reviewDate(rows[i]), reviewDate(rows[j])) < 0
	})
}

// compareReview orders dates with absent ones last.
func compareReview(a, b plan.Date) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}
