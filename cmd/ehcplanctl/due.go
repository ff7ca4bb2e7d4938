package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

func init() {
	register("due", "list every current plan's next statutory step, soonest first", runDue)
}

// dueEntry is one plan's next step. Its JSON is the `due --json` format.
type dueEntry struct {
	ID      string        `json:"id"`
	Name    string        `json:"name"`
	Step    plan.StepKind `json:"step"`
	Due     plan.Date     `json:"due"`
	Overdue bool          `json:"overdue"`
	// Words and Rule are for the text list and the calendar, not the JSON.
	Words   string `json:"-"`
	Rule    string `json:"-"`
	RuleKey string `json:"-"`
}

type dueFlags struct {
	db    string
	today plan.Date
	json  bool
}

// runDue: "due [--db DB] [--today D] [--json]". Exit 0 when nothing is
// overdue, 1 when a step is overdue or a plan could not be read (the rest
// are listed), 2 for bad usage or a store that cannot be opened.
func runDue(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("due", "[--db DB] [--today YYYY-MM-DD] [--json]", stderr)
	var df dueFlags
	fs.StringVar(&df.db, "db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	df.today = plan.DateOf(time.Now())
	fs.Var(dateFlag{&df.today}, "today", "the date due dates are counted to (default: today)")
	fs.BoolVar(&df.json, "json", false, `print [{"id","name","step","due","overdue"}]`)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "ehcplanctl: due takes no file or ID (got %q)\n", termSafe(rest[0]))
		fs.Usage()
		return exitUsage
	}
	entries, code, ok := loadDue(df.db, df.today, "due", stderr)
	if !ok {
		return exitUsage
	}
	if df.json {
		out, err := json.MarshalIndent(entries, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "ehcplanctl: due: %v\n", err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "%s\n", out)
	} else {
		printDue(stdout, entries)
	}
	overdue := 0
	for _, e := range entries {
		if e.Overdue {
			overdue++
		}
	}
	fmt.Fprintf(stderr, "%s, %d overdue (on %s)\n", plural(len(entries), "step"), overdue, df.today.Long())
	if overdue > 0 {
		code = exitProblems
	}
	return code
}

// loadDue reads every current plan's next step from the store, opened
// read-only, soonest first. A damaged plan is reported on stderr and
// skipped (code 1); ok is false when the store cannot be read at all.
func loadDue(db string, today plan.Date, cmd string, stderr io.Writer) (entries []dueEntry, code int, ok bool) {
	st, ok := openStoreReadOnly(db, stderr)
	if !ok {
		return nil, exitUsage, false
	}
	defer st.Close()
	entries = []dueEntry{} // an empty caseload prints [], not null
	err := st.Each(func(p *plan.Plan) error {
		if s, ok := plan.NextStep(p, today); ok {
			entries = append(entries, dueEntry{ID: p.ID, Name: p.Person.Name, Step: s.Kind, Due: s.Due, Overdue: s.Overdue, Words: s.Words, Rule: s.Rule, RuleKey: s.RuleKey})
		}
		return nil
	})
	switch {
	case errors.Is(err, store.ErrDamaged):
		fmt.Fprintf(stderr, "ehcplanctl: %s: some plans could not be read and are not listed: %s\n", cmd, termSafe(err.Error()))
		code = exitProblems
	case err != nil:
		fmt.Fprintf(stderr, "ehcplanctl: %s %s: %s\n", cmd, st.Path(), termSafe(err.Error()))
		return nil, exitUsage, false
	}
	sortDue(entries)
	return entries, code, true
}

// sortDue orders by due date (so overdue steps, being earliest, come
// first), then by name and ID, so the same caseload always lists the same.
func sortDue(entries []dueEntry) {
	slices.SortStableFunc(entries, func(a, b dueEntry) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
}

func printDue(w io.Writer, entries []dueEntry) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tNEXT STEP\tDUE")
	for _, e := range entries {
		mark := "" // the last column, after a date of fixed width
		if e.Overdue {
			mark = "  OVERDUE"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%s\n", termSafe(e.Name), e.Words, e.Due, mark)
	}
	tw.Flush()
}
