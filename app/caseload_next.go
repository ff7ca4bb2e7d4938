package app

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// nextCell is a row's next statutory step (plan.NextStep, from the
// listing: store.Summary.NextStep), worked out once per row and query.
type nextCell struct {
	step  plan.Step
	ok    bool // a step is open; false for a ceased plan or one without dates
	known bool // worked out already
	// meeting is the overdue review meeting's step when the next step is
	// its overdue invitations (the cell then speaks of the meeting).
	meeting *plan.Step
}

func nextCellOf(s store.Summary, today plan.Date) nextCell {
	st, ok := s.NextStep(today)
	c := nextCell{step: st, ok: ok, known: true}
	if ok && st.Overdue && st.Kind == plan.StepReviewInvite {
		for _, later := range s.Steps(today) {
			if later.Kind == plan.StepReviewMeeting && later.Overdue {
				c.meeting = &later
			}
		}
	}
	return c
}

// stepCache keeps each plan's next step between queries, so sorting by
// it (or the "Due this month" view) works every step out once, not on
// every keystroke in the search box. A plan's entry holds while its
// listing is the one saved at Updated (every save sets a new time) and
// today is the same day. Safe for concurrent queries.
type stepCache struct {
	mu    sync.Mutex
	today plan.Date
	cells map[string]cachedStep
}

type cachedStep struct {
	updated time.Time
	cell    nextCell
}

// steps works out every row's next step, from the cache where it can.
// A nil cache works them all out.
func (c *stepCache) steps(rows []store.Summary, today plan.Date) []nextCell {
	out := make([]nextCell, len(rows))
	if c == nil {
		for i, s := range rows {
			out[i] = nextCellOf(s, today)
		}
		return out
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cells == nil || c.today != today {
		c.cells, c.today = make(map[string]cachedStep, len(rows)), today
	}
	for i, s := range rows {
		if e, ok := c.cells[s.ID]; ok && e.updated.Equal(s.Updated) {
			out[i] = e.cell
			continue
		}
		out[i] = nextCellOf(s, today)
		c.cells[s.ID] = cachedStep{s.Updated, out[i]}
	}
	return out
}

// shown is the step the cell speaks of, which the sort and the views go
// by too: the next step, or the overdue meeting its overdue invitations
// were for.
func (c nextCell) shown() plan.Step {
	if c.meeting != nil {
		return *c.meeting
	}
	return c.step
}

// nextStepText is the "Next step" cell: the law's step in words ("Decision
// due 26 Feb"), or, once its day has passed, what was due and when, led by
// "Overdue:" so it never rests on the colour and icon alone.
func nextStepText(c nextCell, today plan.Date) string {
	switch {
	case !c.ok:
		return "–"
	case !c.step.Overdue:
		return c.step.Words
	}
	st := c.shown()
	return "Overdue: " + overdueWhat(st) + " due " + dayMonth(st.Due, today)
}

// overdueWhat names the overdue step as the subject of "… was due".
func overdueWhat(st plan.Step) string {
	switch st.Kind {
	case plan.StepFinalPlan:
		return "final plan was"
	case plan.StepReviewInvite:
		return "invitations were"
	case plan.StepReviewMeeting:
		return "review meeting was"
	case plan.StepReviewReport:
		return "report was"
	case plan.StepReviewDecision:
		return "decision was"
	case plan.StepAmendedPlan:
		if st.RuleKey == "amendment_notice" {
			return "proposed amendments were"
		}
		return "amended plan was"
	case plan.StepPhaseTransfer:
		return "phase transfer review was"
	}
	return "next step was"
}

// dayMonth is "12 Feb", with the year when it is not today's ("12 Feb
// 2025"), as the step's own words write it.
func dayMonth(d, today plan.Date) string {
	s := strconv.Itoa(d.Day) + " " + d.Month.String()[:3]
	if d.Year != today.Year {
		s += " " + strconv.Itoa(d.Year)
	}
	return s
}

// endOfMonth is the last day of today's month.
func endOfMonth(today plan.Date) plan.Date {
	return plan.Date{Year: today.Year, Month: today.Month, Day: 1}.AddMonths(1).AddDays(-1)
}

// dueBy reports whether the row's next step falls due on or before day
// (overdue steps included: they are still to do).
func (c nextCell) dueBy(day plan.Date) bool { return c.ok && !c.shown().Due.After(day) }

// lastKey sorts after every date's key.
const lastKey = math.MaxInt32

// dayKey is a date as a number that sorts as the date does; an absent
// date sorts last.
func dayKey(d plan.Date) int32 {
	if d.IsZero() {
		return lastKey
	}
	return int32(d.Year)<<9 | int32(d.Month)<<5 | int32(d.Day)
}

// sortKey orders rows by their next step, soonest (so overdue) first, and
// rows with no step last.
func (c nextCell) sortKey() int32 {
	if !c.ok {
		return lastKey
	}
	return dayKey(c.shown().Due)
}

// sortTogether returns rows with their steps sorted by key (of the row at i as
// listed), keeping rows with the same key in the order listed (by surname).
// It sorts small (key, index) pairs and then moves each row once: sorting
// the rows themselves, swapping a few hundred bytes at each step of a
// stable sort, took most of the query's time.
func sortTogether(rows []store.Summary, steps []nextCell, key func(i int) int32) ([]store.Summary, []nextCell) {
	type keyed struct{ key, at int32 }
	order := make([]keyed, len(rows))
	for i := range order {
		order[i] = keyed{key(i), int32(i)}
	}
	slices.SortFunc(order, func(a, b keyed) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	sortedRows := make([]store.Summary, len(rows))
	sortedSteps := make([]nextCell, len(steps))
	for to, from := range order {
		sortedRows[to], sortedSteps[to] = rows[from.at], steps[from.at]
	}
	return sortedRows, sortedSteps
}

// keepRows keeps the rows (and their steps, if worked out) for which keep
// is true, in order.
func keepRows(rows []store.Summary, steps []nextCell, keep func(i int) bool) ([]store.Summary, []nextCell) {
	outRows := rows[:0:0]
	var outSteps []nextCell
	for i := range rows {
		if !keep(i) {
			continue
		}
		outRows = append(outRows, rows[i])
		if steps != nil {
			outSteps = append(outSteps, steps[i])
		}
	}
	return outRows, outSteps
}
