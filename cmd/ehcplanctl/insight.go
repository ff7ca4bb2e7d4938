package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/insight"
	"ehcplan/plan/insight/share"
	"ehcplan/plan/store"
)

func init() {
	register("insight", "the view across the caseload for commissioning (themes, destinations, provision)", runInsight)
}

type insightFlags struct {
	db, setting, area, csvDir, pdf string
	today, reviewsFrom, reviewsTo  plan.Date
	fromYear, toYear               optionalInt
	json, saveBaseline             bool
}

// optionalInt is an -N flag that may be left out.
type optionalInt struct{ n *int }

func (o *optionalInt) String() string {
	if o.n == nil {
		return ""
	}
	return strconv.Itoa(*o.n)
}

func (o *optionalInt) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 25 {
		return fmt.Errorf("%q is not a year group (0 for Reception to 14)", s)
	}
	o.n = &n
	return nil
}

const insightArgs = "[--db DB] [--today D] [--from-year N] [--to-year N] [--setting S] [--area KEY] " +
	"[--reviews-from D] [--reviews-to D] [--save-baseline] [--json | --csv DIR | --pdf FILE]"

// runInsight: the caseload view over a scope. Text (the default) and
// --json are for the caseworker; --csv and --pdf are for sharing (no
// names, counts 1-4 as <5). Exit 0, or 2 for bad usage or a store that
// cannot be read; damaged plans are skipped with a warning (exit 1).
func runInsight(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("insight", insightArgs, stderr)
	f := insightFlags{today: plan.DateOf(time.Now())}
	f.define(fs)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	outputs := 0
	for _, on := range []bool{f.json, f.csvDir != "", f.pdf != ""} {
		if on {
			outputs++
		}
	}
	if len(rest) > 0 || outputs > 1 {
		fmt.Fprintln(stderr, "ehcplanctl: insight takes no file or ID, and at most one of --json, --csv and --pdf")
		fs.Usage()
		return exitUsage
	}
	open := openStoreReadOnly
	if f.saveBaseline {
		open = openStore
	}
	st, ok := open(f.db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	r, b, code, ok := computeInsight(st, f, stderr)
	if !ok {
		return exitUsage
	}
	if err := writeInsight(st, r, b, f, stdout); err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: insight: %s\n", termSafe(err.Error()))
		return exitUsage
	}
	return code
}

func (f *insightFlags) define(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "the store (default: the one the app uses)")
	fs.Var(dateFlag{&f.today}, "today", "the date year groups are counted on (default: today)")
	fs.Var(&f.fromYear, "from-year", "only young people in this year group and above (9 for Year 9)")
	fs.Var(&f.toYear, "to-year", "only young people in this year group and below")
	fs.StringVar(&f.setting, "setting", "", "only young people at this school or college")
	fs.StringVar(&f.area, "area", "", "count aspirations, provision and progress for one area: employment, independent_living, community or health")
	fs.Var(dateFlag{&f.reviewsFrom}, "reviews-from", "only reviews on or after this date")
	fs.Var(dateFlag{&f.reviewsTo}, "reviews-to", "only reviews on or before this date")
	fs.BoolVar(&f.saveBaseline, "save-baseline", false, "save today's counts as the baseline for this choice")
	fs.BoolVar(&f.json, "json", false, "print the sections as JSON (for the caseworker: not for sharing)")
	fs.StringVar(&f.csvDir, "csv", "", "write one CSV file per section into this folder, for sharing")
	fs.StringVar(&f.pdf, "pdf", "", "write the report as a PDF, for sharing")
}

func (f *insightFlags) scope() insight.Scope {
	return insight.Scope{Setting: f.setting, FromYear: f.fromYear.n, ToYear: f.toYear.n, Area: f.area,
		ReviewFrom: f.reviewsFrom, ReviewTo: f.reviewsTo}
}

// computeInsight reads every plan and the saved choices and baseline.
func computeInsight(st *store.Store, f insightFlags, stderr io.Writer) (*insight.Report, *insight.Baseline, int, bool) {
	code := exitOK
	var caseload insight.Caseload
	err := st.Each(func(p *plan.Plan) error {
		caseload.Add(p)
		return nil
	})
	switch {
	case errors.Is(err, store.ErrDamaged):
		fmt.Fprintf(stderr, "ehcplanctl: insight: some plans could not be read and are not counted: %s\n", termSafe(err.Error()))
		code = exitProblems
	case err != nil:
		fmt.Fprintf(stderr, "ehcplanctl: insight %s: %s\n", st.Path(), termSafe(err.Error()))
		return nil, nil, exitUsage, false
	}
	ch, err := share.LoadChoices(st)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: insight: %s (the automatic themes are shown)\n", termSafe(err.Error()))
		code = exitProblems
	}
	r := caseload.Report(f.scope(), f.today, ch)
	b, err := share.LoadBaseline(st, f.scope())
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: insight: %s\n", termSafe(err.Error()))
		code = exitProblems
	}
	return r, b, code, true
}

func writeInsight(st *store.Store, r *insight.Report, b *insight.Baseline, f insightFlags, stdout io.Writer) error {
	if f.saveBaseline {
		if err := share.SaveBaseline(st, r, whoAmI()); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "saved today's counts as the baseline for %s\n", r.Scope.Describe())
	}
	switch {
	case f.csvDir != "":
		files, err := share.WriteCSV(f.csvDir, r, b)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %d files for sharing into %s\n", len(files), f.csvDir)
	case f.pdf != "":
		if err := share.WritePDF(f.pdf, r, b, f.today); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s for sharing\n", f.pdf)
	case f.json:
		out, err := json.MarshalIndent(map[string]any{
			"method": insight.Method(r, false), "sections": insight.Sections(r, false, b),
		}, "", "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", out)
	default:
		printInsight(stdout, r, b)
	}
	return nil
}

// printInsight prints every section as a text table, themes with their
// counts (the statements are in the app and in --json).
func printInsight(w io.Writer, r *insight.Report, b *insight.Baseline) {
	fmt.Fprintf(w, "Caseload insight: %s\n", r.Scope.Describe())
	for _, s := range insight.Sections(r, false, b) {
		fmt.Fprintf(w, "\n%s\n%s\n", s.Title, strings.Repeat("-", len([]rune(s.Title))))
		if s.Empty != "" {
			fmt.Fprintf(w, "Nothing to show yet: %s\n", termSafe(s.Empty))
			continue
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(s.Columns, "\t"))
		for _, row := range s.Rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = termSafe(c)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		tw.Flush()
	}
}
