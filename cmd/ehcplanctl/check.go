package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/store"
)

func init() {
	register("check", "check plans and list findings", runCheck)
}

type checkFlags struct {
	json, all bool
	db        string
	today     plan.Date
}

// runCheck: "check FILE..." prints findings grouped by place; "check --json
// FILE" prints one file's findings as a JSON array (exactly one FILE, so the
// output is always one array); "check --all [--db DB]" prints one line per
// plan in a store. With a store (--all, or --db with files) the caseload
// rules run too: X1 and X2 look for the store's other young people's names
// in each plan. Exit 1 if any plan has errors, 2 for unreadable input or
// bad usage.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "FILE... [--json] [--db DB] [--today YYYY-MM-DD]  |  check --all [--db DB] [--today YYYY-MM-DD]", stderr)
	var cf checkFlags
	fs.BoolVar(&cf.json, "json", false, "print the findings of one FILE as a JSON array")
	fs.BoolVar(&cf.all, "all", false, "check every plan in the store")
	fs.StringVar(&cf.db, "db", "", "the store, a plans file or a postgres:// URL: with --all, the plans to check (default: the one the app uses); with FILE, the caseload whose names X1 and X2 look for")
	cf.today = plan.DateOf(time.Now())
	fs.Var(dateFlag{&cf.today}, "today", "the date the date rules use (default: today)")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	switch {
	case cf.all && len(files) == 0 && !cf.json:
		return checkStore(cf, stdout, stderr)
	case !cf.all && cf.json && len(files) == 1:
		cl, ok := caseloadFor(cf.db, stderr)
		if !ok {
			return exitUsage
		}
		return checkJSON(files[0], cf.today, cl, stdout, stderr)
	case !cf.all && !cf.json && len(files) > 0:
		cl, ok := caseloadFor(cf.db, stderr)
		if !ok {
			return exitUsage
		}
		return checkFiles(files, cf.today, cl, stdout, stderr)
	case cf.json && len(files) > 1:
		fmt.Fprintln(stderr, "ehcplanctl: check --json takes exactly one FILE (run it once per file)")
	}
	fs.Usage()
	return exitUsage
}

// loadCheckFile imports a plan file; the error names the file and the JSON path.
func loadCheckFile(path string) (*plan.Plan, error) {
	p, err := plan.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// caseloadFor reads the names of a store's young people for the caseload
// rules; with no store named, there is no caseload (nil).
func caseloadFor(db string, stderr io.Writer) (*check.Caseload, bool) {
	if db == "" {
		return nil, true
	}
	st, ok := openStoreReadOnly(db, stderr)
	if !ok {
		return nil, false
	}
	defer st.Close()
	cl, err := storeCaseload(st)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: check: %s: %v\n", st.Path(), err)
		return nil, false
	}
	return cl, true
}

// storeCaseload is the store's young people, names only, for X1 and X2.
func storeCaseload(st *store.Store) (*check.Caseload, error) {
	rows, err := st.List(store.Filter{})
	if err != nil {
		return nil, fmt.Errorf("list the caseload: %w", err)
	}
	people := make([]check.Person, len(rows))
	for i, r := range rows {
		people[i] = check.Person{PlanID: r.ID, Name: r.Name, PreferredName: r.PreferredName}
	}
	return check.NewCaseload(people), nil
}

func checkJSON(path string, today plan.Date, cl *check.Caseload, stdout, stderr io.Writer) int {
	p, err := loadCheckFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: check: %v\n", err)
		return exitUsage
	}
	r := check.CheckAmong(p, today, cl)
	out, err := json.MarshalIndent(r.Findings, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: check: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s\n", out)
	return exitCode(r)
}

func exitCode(r check.Report) int {
	if r.Errors > 0 {
		return exitProblems
	}
	return exitOK
}

func checkFiles(paths []string, today plan.Date, cl *check.Caseload, stdout, stderr io.Writer) int {
	code := exitOK
	for i, path := range paths {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		p, err := loadCheckFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "ehcplanctl: check: %v\n", err)
			code = exitUsage
			continue
		}
		r := check.IssueReportAmong(p, today, cl)
		printReport(stdout, path, p, r, today)
		if c := exitCode(r); c > code {
			code = c
		}
	}
	return code
}

var severityMarks = map[check.Severity]string{check.Error: "✗ error  ", check.Warning: "! warning", check.Tip: "· tip    "}

// printReport prints one plan's findings, grouped under "Plan", "Section A"
// and each area's title, then the counts and whether it is ready to issue.
func printReport(w io.Writer, path string, p *plan.Plan, r check.Report, today plan.Date) {
	fmt.Fprintf(w, "%s: %s (%s), checked for %s\n", termSafe(path), termSafe(p.Person.Name), describe(p, today), today.Long())
	group := ""
	for _, f := range r.Findings {
		if g := groupOf(p, f); g != group {
			group = g
			fmt.Fprintf(w, "\n%s\n", g)
		}
		item := ""
		if f.Item != "" {
			item = " " + f.Item
		}
		fmt.Fprintf(w, "  %s  %s%s: %s\n", severityMarks[f.Severity], f.Rule, item, termSafe(f.Message))
		fmt.Fprintf(w, "               Fix: %s\n", termSafe(f.Fix))
	}
	if len(r.Findings) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s, %s, %s. %s\n", plural(r.Errors, "error"), plural(r.Warnings, "warning"), plural(r.Tips, "tip"), verdict(p, r))
}

func describe(p *plan.Plan, today plan.Date) string {
	parts := []string{}
	if y, ok := p.YearGroup(today); ok {
		parts = append(parts, plan.YearGroupName(y))
	}
	return strings.Join(append(parts, plan.Lower(plan.StatusWord(p.Status))+" plan"), ", ")
}

// groupOf names the part of the plan a finding is in, from its place.
func groupOf(p *plan.Plan, f check.Finding) string {
	switch f.Where.Top {
	case "section_a":
		return "Section A"
	case "areas":
		ai, ok := f.Where.Area()
		if !ok {
			return p.AreaTitle(f.Item) // an area the plan lacks (G7)
		}
		if ai < len(p.Areas) {
			return p.Areas[ai].Title
		}
	}
	return "Plan"
}

// verdict says whether the plan can be issued, by the app's one readiness
// rule (check.IssueReport), and where Section I is filled in.
func verdict(p *plan.Plan, r check.Report) string {
	if r.Ready && check.PlacementAskedAtIssue(p) {
		return "Ready to issue. " + check.PlacementAtIssue
	}
	if r.Ready {
		return "Ready to issue."
	}
	return fmt.Sprintf("Not ready: %s.", plural(r.Errors, "error"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkStore checks every plan in a store: one line each, then totals.
func checkStore(cf checkFlags, stdout, stderr io.Writer) int {
	st, ok := openStoreReadOnly(cf.db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	cl, err := storeCaseload(st)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: check %s: %v\n", st.Path(), err)
		return exitUsage
	}
	tw := tabwriter.NewWriter(stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tYEAR\tSTATUS\tERRORS\tWARNINGS\tTIPS\tREADY")
	var plans, ready, errs, warns int
	err = st.Each(func(p *plan.Plan) error {
		r := check.IssueReportAmong(p, cf.today, cl)
		plans, errs, warns = plans+1, errs+r.Errors, warns+r.Warnings
		yes := "no"
		if r.Ready {
			ready, yes = ready+1, "yes"
		}
		year := "-"
		if y, ok := p.YearGroup(cf.today); ok {
			year = plan.YearGroupName(y)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\n", termSafe(p.Person.Name), year, p.Status, r.Errors, r.Warnings, r.Tips, yes)
		return nil
	})
	tw.Flush()
	unread := 0
	switch {
	case errors.Is(err, store.ErrDamaged):
		// Each read every other plan; each damaged one is not ready either.
		unread = len(store.DamagedPlans(err))
		fmt.Fprintf(stderr, "ehcplanctl: check: some plans could not be read and are not checked: %s\n", termSafe(err.Error()))
	case err != nil:
		fmt.Fprintf(stderr, "ehcplanctl: check %s: %v\n", st.Path(), err)
		return exitUsage
	}
	notRead := ""
	if unread > 0 {
		notRead = fmt.Sprintf("%d could not be read; ", unread)
	}
	fmt.Fprintf(stdout, "%s: %d ready to issue, %d not ready (%s%s, %s in all).\n",
		plural(plans+unread, "plan"), ready, plans+unread-ready, notRead, plural(errs, "error"), plural(warns, "warning"))
	if ready < plans+unread {
		return exitProblems
	}
	return exitOK
}
