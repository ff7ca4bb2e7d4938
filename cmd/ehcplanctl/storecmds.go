package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/user"
	"text/tabwriter"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/demo"
	"ehcplan/plan/safefile"
	"ehcplan/plan/store"
)

func init() {
	register("import", "import plan files into a store (all or nothing)", runImport)
	register("export", "export a plan from a store to a file", runExport)
	register("list", "list the caseload in a store", runList)
	register("demo", "add fictional demo plans to a store", runDemo)
}

// newFlags makes a flag set whose errors and usage go to stderr.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: ehcplanctl %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("import a.json b.json --db x.db").
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// openStore opens the store at dbPath, or the GUI's default store, for
// reading and writing. When it cannot, it says why on stderr and reports
// false.
func openStore(dbPath string, stderr io.Writer) (*store.Store, bool) {
	return openWith(store.Open, dbPath, stderr)
}

// openStoreReadOnly opens the store for a command that only reads (list,
// export, check --all, render --all): it never waits for the app or
// another command that is writing, and never changes the file.
func openStoreReadOnly(dbPath string, stderr io.Writer) (*store.Store, bool) {
	return openWith(store.OpenReadOnly, dbPath, stderr)
}

func openWith(open func(string) (*store.Store, error), dbPath string, stderr io.Writer) (*store.Store, bool) {
	st, err := openStorePath(open, dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %v\n", err)
		return nil, false
	}
	return st, true
}

func openStorePath(open func(string) (*store.Store, error), dbPath string) (*store.Store, error) {
	if dbPath == "" {
		var err error
		if dbPath, err = store.DefaultPath(); err != nil {
			return nil, fmt.Errorf("find the default store: %w", err)
		}
	}
	return open(dbPath)
}

// whoAmI is the caseworker name recorded in the change log.
func whoAmI() string {
	if name := os.Getenv("EHCPLAN_CASEWORKER"); name != "" {
		return name
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username + " (command line)"
	}
	return "command line"
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "FILE... [--db DB]", stderr)
	db := fs.String("db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	files, err := parseInterspersed(fs, args)
	if err != nil || len(files) == 0 {
		fs.Usage()
		return exitUsage
	}
	var plans []*plan.Plan
	for _, path := range files {
		p, err := readPlanFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "ehcplanctl: %v\nNothing was imported.\n", err)
			return exitUsage
		}
		plans = append(plans, p)
	}
	st, ok := openStore(*db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	if err := st.Import(plans, whoAmI()); err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: import into %s: %s\nNothing was imported.\n", st.Path(), termSafe(err.Error()))
		return exitProblems
	}
	for _, p := range plans {
		fmt.Fprintf(stdout, "imported %s (%s, version %d, %s)\n", termSafe(p.Person.Name), termSafe(p.ID), p.Version, p.Status)
	}
	return exitOK
}

// readPlanFile imports one plan file; errors name the file and JSON path.
func readPlanFile(path string) (*plan.Plan, error) {
	p, err := plan.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", path, err)
	}
	return p, nil
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "ID [--db DB] -o FILE", stderr)
	db := fs.String("db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	out := fs.String("o", "", "the file to write (- for standard output)")
	version := fs.Int("version", 0, "an issued version instead of the working copy")
	ids, err := parseInterspersed(fs, args)
	if err != nil || len(ids) != 1 || *out == "" {
		fs.Usage()
		return exitUsage
	}
	st, ok := openStoreReadOnly(*db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	p, err := loadPlan(st, ids[0], *version)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: export %s: %v\n", ids[0], err)
		return exitUsage
	}
	data, err := plan.Encode(p)
	if err == nil {
		err = writeOutput(*out, data, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: export %s: %s\n", termSafe(ids[0]), termSafe(err.Error()))
		return exitProblems
	}
	return exitOK
}

func loadPlan(st *store.Store, id string, version int) (*plan.Plan, error) {
	if version > 0 {
		return st.LoadVersion(id, version)
	}
	p, err := st.Load(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no plan with this ID in %s (see 'ehcplanctl list')", st.Path())
	}
	return p, err
}

// writeOutput writes data to path through safefile.WriteFile (0600, a
// temporary file beside it, synced and renamed), so a full disk never
// leaves half a file where a good one was; "-" is standard output.
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return safefile.WriteFile(path, data)
}

func runList(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("list", "[--db DB] [--search NAME] [--status draft|final|ceased]", stderr)
	db := fs.String("db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	search := fs.String("search", "", "only names containing this (accents and case ignored)")
	status := fs.String("status", "", "only plans with this status")
	if _, err := parseInterspersed(fs, args); err != nil {
		return exitUsage
	}
	st, ok := openStoreReadOnly(*db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	rows, err := st.List(store.Filter{Search: *search, Status: plan.Status(*status)})
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: list %s: %v\n", st.Path(), err)
		return exitProblems
	}
	today := plan.DateOf(time.Now())
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tYEAR\tSETTING\tSTATUS\tNEXT REVIEW\tID")
	for _, r := range rows {
		year := "-"
		if y, ok := r.YearGroupOn(today); ok {
			year = plan.YearGroupName(y)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", termSafe(r.Name), year, termSafe(r.Setting), r.Status, dash(r.NextReview.String()), termSafe(r.ID))
	}
	tw.Flush()
	fmt.Fprintf(stderr, "%d plans\n", len(rows))
	return exitOK
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("demo", "--count N [--db DB] [--seed S]", stderr)
	db := fs.String("db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	count := fs.Int("count", 20, "how many fictional plans to add")
	seed := fs.Int64("seed", 1, "the same seed makes the same plans")
	if _, err := parseInterspersed(fs, args); err != nil || *count < 1 {
		fs.Usage()
		return exitUsage
	}
	st, ok := openStore(*db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	plans := demo.Plans(*count, *seed, plan.DateOf(time.Now()))
	const batch = 500
	for start := 0; start < len(plans); start += batch {
		if err := st.Import(plans[start:min(start+batch, len(plans))], "demo"); err != nil {
			fmt.Fprintf(stderr, "ehcplanctl: demo into %s: %v\n", st.Path(), err)
			return exitProblems
		}
	}
	fmt.Fprintf(stdout, "added %d fictional plans to %s\n", len(plans), st.Path())
	return exitOK
}
