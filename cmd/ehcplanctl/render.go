package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/notices"
	"ehcplan/plan/safefile"
	"ehcplan/plan/store"
	"ehcplan/render"
)

func init() {
	register("render", "print plans as PDF: one file, or --all in a store", runRender)
}

// renderFlags are the options of the render command.
type renderFlags struct {
	out, outDir, db string
	all             bool
	dueBefore       plan.Date
	today           plan.Date
	kind            string
	redact, force   bool
	// notices are the local authority's notices to the family (see
	// loadNotices); notice is the file they came from.
	noticesFile string
	notices     notices.Notices
	// basePath is the last issued version an amendment notice lists the
	// changes against (--base); base is that plan, read.
	basePath string
	base     *plan.Plan
	// caseload is the store's young people (--db or --all), so that the
	// caseload rules (X1: another young person named) hold back a final
	// plan and show in the check report; nil without a store.
	caseload *check.Caseload
}

// options are the render options the flags ask for.
func (rf renderFlags) options(p, base *plan.Plan) render.Options {
	opt := render.Options{Today: rf.today, Kind: render.Kind(rf.kind), Redact: rf.redact, Base: base}
	if opt.Kind == render.KindCheck && rf.caseload != nil {
		r := check.IssueReportAmong(p, rf.today, rf.caseload)
		opt.Report = &r
	}
	if opt.Kind == render.KindPlan || opt.Kind == "" {
		opt.Notice = render.NoticeFor(p, rf.notices, rf.today)
	}
	return opt
}

// loadNotices reads the notices to the family: --notices FILE, else the
// file beside the store (--db), else beside the app's default store; a
// missing file gives the built-in texts. A file that cannot be used stops
// the command: no plan goes out with half a notice.
func (rf *renderFlags) loadNotices(stderr io.Writer) bool {
	path := rf.noticesFile
	if path == "" && rf.db != "" && !strings.Contains(rf.db, "://") {
		path = notices.Beside(rf.db)
	}
	if path == "" {
		p, err := notices.DefaultPath()
		if err != nil {
			rf.notices = notices.Default()
			return true
		}
		path = p
	}
	ns, err := notices.Load(path)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: render: %s\n", termSafe(err.Error()))
		return false
	}
	rf.notices = ns
	return true
}

// checkKind reports whether rf.kind can be printed, saying why not.
func checkKind(kind string, stderr io.Writer) bool {
	switch render.Kind(kind) {
	case render.KindPlan, render.KindSections, render.KindCheck, render.KindReview, render.KindAmendment,
		render.KindProfile, render.KindEasyRead:
		return true
	}
	fmt.Fprintf(stderr, "ehcplanctl: render --kind %s: unknown kind; use plan, sections, check, review, amendment, profile or easyread\n", termSafe(kind))
	return false
}

func runRender(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("render", "FILE [--kind plan|sections|check|review|amendment|profile|easyread] [--base OLD.json] [--db DB] [--redact] [--force] -o OUT.pdf | "+
		"--all [--db DB] --out DIR [--due-before YYYY-MM-DD] [--kind K] [--redact] [--force]", stderr)
	var rf renderFlags
	fs.StringVar(&rf.kind, "kind", string(render.KindPlan), "what to print: plan, sections (A to K in order), check (the caseworker's check report), "+
		"review (the report of the latest review meeting), amendment (the notice of proposed amendments), "+
		"profile (the young person's one-page profile) or easyread (the plan in easy words, for the young person)")
	fs.StringVar(&rf.basePath, "base", "", "with --kind amendment (needed) or review, and FILE: the last issued version to list the proposed changes against "+
		"(with --all: the last issued version in the store)")
	fs.BoolVar(&rf.redact, "redact", false, "leave out the address, contact details, NHS number and UPN (a copy for a provider)")
	fs.BoolVar(&rf.force, "force", false, "print a final plan even when the checker finds errors in it")
	fs.StringVar(&rf.out, "o", "", "the PDF to write (default: a name made from the young person's name)")
	fs.StringVar(&rf.outDir, "out", "", "with --all: the folder to write the PDFs to")
	fs.StringVar(&rf.db, "db", "", "with --all: the store, a plans file or a postgres:// URL (default: the one the app uses); with FILE: a store whose young people the caseload rules (X1, X2) look for")
	fs.BoolVar(&rf.all, "all", false, "render every current plan in the store")
	fs.StringVar(&rf.noticesFile, "notices", "", "the local authority's notices to the family (default: notices.json beside the store)")
	fs.Var(dateFlag{&rf.dueBefore}, "due-before", "with --all: only plans whose next review is before this date")
	rf.today = plan.DateOf(time.Now())
	fs.Var(dateFlag{&rf.today}, "today", "the date printed on the plans (default: today)")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if !checkKind(rf.kind, stderr) || !rf.loadNotices(stderr) {
		return exitUsage
	}
	switch {
	case rf.all && len(files) == 0 && rf.outDir != "" && rf.out == "" && rf.basePath == "":
		return renderAll(rf, stdout, stderr)
	case !rf.all && len(files) == 1 && rf.outDir == "" && rf.dueBefore.IsZero():
		return renderFile(files[0], rf, stdout, stderr)
	}
	fs.Usage()
	return exitUsage
}

// dateFlag reads a YYYY-MM-DD flag into a plan.Date.
type dateFlag struct{ d *plan.Date }

func (f dateFlag) String() string {
	if f.d == nil {
		return ""
	}
	return f.d.String()
}

func (f dateFlag) Set(s string) error {
	d, err := plan.ParseDate(s)
	if err != nil {
		return err
	}
	*f.d = d
	return nil
}

var _ flag.Value = dateFlag{}

// renderFile prints one plan file.
func renderFile(path string, rf renderFlags, stdout, stderr io.Writer) int {
	p, err := plan.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %s: %v\n", path, err)
		return exitUsage
	}
	if !rf.readBase(stderr) {
		return exitUsage
	}
	var ok bool
	if rf.caseload, ok = caseloadFor(rf.db, stderr); !ok {
		return exitUsage
	}
	if n := finalErrors(p, rf); n > 0 && !rf.force {
		fmt.Fprintf(stderr, "ehcplanctl: %s: this final plan has %s the checker found (see \"ehcplanctl check %s\"): "+
			"fix them, or use --force to print it anyway\n", termSafe(path), count(n, "error"), termSafe(path))
		return exitProblems
	} else if n > 0 {
		fmt.Fprintf(stderr, "warning: %s: printing a final plan with %s the checker found (--force)\n", termSafe(path), count(n, "error"))
	}
	out, res, err := renderFileTo(rf.out, p, rf)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %s\n", termSafe(err.Error()))
		if errors.Is(err, render.ErrNoReview) || errors.Is(err, render.ErrNoBase) {
			return exitUsage // nothing to print from this input
		}
		return exitProblems
	}
	warnReplaced(stderr, out, res.Replaced)
	fmt.Fprintf(stdout, "wrote %s (%d pages)\n", termSafe(out), res.Pages)
	return exitOK
}

// readBase reads --base: the last issued version an amendment notice (which
// needs it) or a review report (whose proposed changes it lists) is set
// against; --base with another kind is a mistake.
func (rf *renderFlags) readBase(stderr io.Writer) bool {
	kind := render.Kind(rf.kind)
	amendment := kind == render.KindAmendment
	switch {
	case amendment && rf.basePath == "":
		fmt.Fprintln(stderr, "ehcplanctl: render --kind amendment FILE needs --base OLD.json: the last issued version of the plan")
		return false
	case !amendment && kind != render.KindReview && rf.basePath != "":
		fmt.Fprintln(stderr, "ehcplanctl: render --base is only for --kind amendment or review")
		return false
	case rf.basePath == "":
		return true
	}
	base, err := plan.ReadFile(rf.basePath)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: --base %s: %s\n", termSafe(rf.basePath), termSafe(err.Error()))
		return false
	}
	rf.base = base
	return true
}

// lastIssued is the plan's last issued version in the store, the base of
// its amendment notice.
func lastIssued(st *store.Store, id string) (*plan.Plan, error) {
	infos, err := st.Versions(id)
	if err != nil {
		return nil, err
	}
	if len(infos) == 0 {
		return nil, fmt.Errorf("no issued version to list the proposed amendments against: %w", render.ErrNoBase)
	}
	return st.LoadVersion(id, infos[len(infos)-1].Version)
}

// baseFor is the last issued version a kind of paper is set against: an
// amendment notice's changes (which it needs), or the changes a review
// report of an amendment's draft lists as proposed (when there is one).
func baseFor(st *store.Store, p *plan.Plan, kind render.Kind) (*plan.Plan, error) {
	switch {
	case kind == render.KindAmendment:
		return lastIssued(st, p.ID)
	case kind == render.KindReview && p.Status == plan.StatusDraft:
		base, err := lastIssued(st, p.ID)
		if errors.Is(err, render.ErrNoBase) {
			return nil, nil // a first draft: nothing issued to change
		}
		return base, err
	}
	return nil, nil
}

// errNeedsForce is a final plan with checker errors printed without --force.
var errNeedsForce = errors.New("the checker finds errors in this final plan; fix them, or use --force to print it anyway")

// finalErrors is how many errors the checker finds in p when it is a final
// plan that rf prints as a plan or its sections (the check report is how
// errors are seen, so it always prints); 0 otherwise.
func finalErrors(p *plan.Plan, rf renderFlags) int {
	switch render.Kind(rf.kind) {
	case render.KindCheck, render.KindReview, render.KindAmendment, // papers about the plan, not the plan
		render.KindProfile, render.KindEasyRead: // and papers for the young person, in their words
		return 0
	}
	if p.Status != plan.StatusFinal {
		return 0
	}
	return check.CheckAmong(p, rf.today, rf.caseload).Errors
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// renderFileTo writes the PDF to out, replacing it: the user named it. With
// no out, the file is named by pdfName and replaces nothing.
func renderFileTo(out string, p *plan.Plan, rf renderFlags) (string, render.Result, error) {
	if out != "" {
		res, err := writePDF(out, p, rf.options(p, rf.base))
		return out, res, err
	}
	return writeNewPDF(pdfName(p, rf, false), p, rf.options(p, rf.base))
}

// pdfName is safefile.PDFName, saying what the document is when it is not
// the plan itself: "Ellis-Jordan-EHC-plan-sections-2026-01-12.pdf".
func pdfName(p *plan.Plan, rf renderFlags, withID bool) string {
	name := safefile.PDFName(p, rf.today, withID)
	what := map[render.Kind]string{render.KindSections: "sections", render.KindCheck: "check-report",
		render.KindReview: "review-report", render.KindAmendment: "amendment-notice",
		render.KindProfile: "one-page-profile", render.KindEasyRead: "easy-read"}[render.Kind(rf.kind)]
	if rf.redact {
		what = strings.TrimPrefix(what+"-redacted", "-")
	}
	if what == "" {
		return name
	}
	if i := strings.Index(name, "-EHC-plan"); i >= 0 {
		at := i + len("-EHC-plan")
		return name[:at] + "-" + what + name[at:]
	}
	return strings.TrimSuffix(name, ".pdf") + "-" + what + ".pdf"
}

// writePDF renders p into path through safefile.Write (0600, atomic), so a
// failed render never leaves half a PDF or touches an old one.
func writePDF(path string, p *plan.Plan, opt render.Options) (render.Result, error) {
	var res render.Result
	err := safefile.Write(path, pdfOf(p, opt, &res))
	return res, err
}

// writeNewPDF is writePDF that never replaces a file: when path is taken
// it writes the next free numbered name, and returns the one it wrote.
func writeNewPDF(path string, p *plan.Plan, opt render.Options) (string, render.Result, error) {
	var res render.Result
	written, err := safefile.WriteNew(path, pdfOf(p, opt, &res))
	return written, res, err
}

// pdfOf renders p for a safefile writer, keeping the result in res.
// render.PDF lays the whole PDF out in memory and writes it only when it
// is complete.
func pdfOf(p *plan.Plan, opt render.Options, res *render.Result) func(io.Writer) error {
	return func(w io.Writer) (err error) {
		*res, err = render.PDF(w, p, opt)
		return err
	}
}

// warnReplaced tells the user which characters the font could not print.
func warnReplaced(stderr io.Writer, file string, rs []rune) {
	if len(rs) == 0 {
		return
	}
	var shown []string
	for _, r := range rs {
		if c := string(r); termSafe(c) == c {
			shown = append(shown, fmt.Sprintf("%c (U+%04X)", r, r))
		} else {
			shown = append(shown, fmt.Sprintf("U+%04X", r)) // never print a control or bidi character
		}
	}
	fmt.Fprintf(stderr, "warning: %s: the font cannot show %s; printed as \uFFFD\n", termSafe(file), strings.Join(shown, ", "))
}

// job is one plan to print in --all.
type job struct {
	sum  store.Summary
	file string
}

// outcome is what happened to one job.
type outcome struct {
	job
	wrote string // the file written: job.file, or a numbered name if that was taken
	res   render.Result
	err   error
	// forced is how many checker errors a final printed with --force has.
	forced int
}

func renderAll(rf renderFlags, stdout, stderr io.Writer) int {
	st, ok := openStoreReadOnly(rf.db, stderr)
	if !ok {
		return exitUsage
	}
	defer st.Close()
	sums, err := st.List(store.Filter{DueBefore: rf.dueBefore})
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %v\n", err)
		return exitProblems
	}
	if err := os.MkdirAll(rf.outDir, 0o700); err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %v\n", err)
		return exitUsage
	}
	if rf.caseload, err = storeCaseload(st); err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: %v\n", err)
		return exitProblems
	}
	jobs := planJobs(sums, rf)
	failed := runJobs(st, jobs, rf, stderr)
	fmt.Fprintf(stdout, "rendered %d of %d plans into %s\n", len(jobs)-failed, len(jobs), termSafe(rf.outDir))
	if failed > 0 {
		return exitProblems
	}
	return exitOK
}

// planJobs names each plan's file with safefile.PDFName, inside
// rf.outDir whatever the plan's name or ID. Young people who share a name
// get the start of their plan ID added, and names still shared (or shared
// once case is ignored, as on Windows and macOS) get numbered, so every
// job has its own file.
func planJobs(sums []store.Summary, rf renderFlags) []job {
	plans := make([]*plan.Plan, len(sums))
	shared := map[string]int{}
	for i, s := range sums {
		plans[i] = &plan.Plan{ID: s.ID, Person: plan.Person{Name: s.Name}}
		shared[strings.ToLower(pdfName(plans[i], rf, false))]++
	}
	taken := map[string]bool{}
	jobs := make([]job, len(sums))
	for i, s := range sums {
		name := pdfName(plans[i], rf, false)
		if shared[strings.ToLower(name)] > 1 {
			name = pdfName(plans[i], rf, true)
		}
		n := 1
		for taken[strings.ToLower(safefile.Numbered(name, n))] {
			n++
		}
		name = safefile.Numbered(name, n)
		taken[strings.ToLower(name)] = true
		jobs[i] = job{s, filepath.Join(rf.outDir, name)}
	}
	return jobs
}

// runJobs loads plans one at a time and renders them on every core,
// drawing a progress bar; it returns how many failed. A final plan with
// checker errors fails unless rf.force.
func runJobs(st *store.Store, jobs []job, rf renderFlags, stderr io.Writer) int {
	defer batchGC()()
	todo := make(chan job)
	type loaded struct {
		job
		p    *plan.Plan
		base *plan.Plan // the last issued version, for an amendment notice
		err  error
	}
	ready := make(chan loaded)
	done := make(chan outcome)
	go func() {
		defer close(todo)
		for _, j := range jobs {
			todo <- j
		}
	}()
	go func() { // the store is read by one goroutine
		defer close(ready)
		for j := range todo {
			p, err := st.Load(j.sum.ID)
			var base *plan.Plan
			if err == nil {
				base, err = baseFor(st, p, render.Kind(rf.kind))
			}
			ready <- loaded{j, p, base, err}
		}
	}()
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for l := range ready {
				o := outcome{job: l.job, err: l.err}
				if l.err == nil {
					o.forced, o.err = forceGate(l.p, rf)
				}
				if o.err == nil {
					// never replace a file this run did not write
					o.wrote, o.res, o.err = writeNewPDF(l.file, l.p, rf.options(l.p, l.base))
				}
				done <- o
			}
		})
	}
	go func() { wg.Wait(); close(done) }()
	return report(done, len(jobs), stderr)
}

// forceGate is errNeedsForce, with the count, for a final plan with
// checker errors printed without --force.
// It returns how many errors a final printed with --force has.
func forceGate(p *plan.Plan, rf renderFlags) (forced int, err error) {
	n := finalErrors(p, rf)
	if n > 0 && !rf.force {
		return 0, fmt.Errorf("%s: %w", count(n, "checker error"), errNeedsForce)
	}
	return n, nil
}

// batchGC lets the heap grow further between collections while a batch
// renders, and returns the function that puts the setting back. Each plan
// allocates tens of megabytes that die at once (gofpdf makes a new zlib
// writer per page and reparses the fonts per document) while little stays
// live, so the default GOGC=100 collects very often and keeps handing
// memory back to the OS only to fault it in again: about 30% of the CPU
// time of "render --all". A GOGC set by the user wins.
func batchGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(batchGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// batchGCPercent keeps the peak heap to about a hundred megabytes with a
// renderer per core.
const batchGCPercent = 400

// report draws the progress bar and prints failures and warnings.
func report(done <-chan outcome, total int, stderr io.Writer) int {
	n, failed, numbered := 0, 0, 0
	for o := range done {
		n++
		if o.err != nil || len(o.res.Replaced) > 0 || o.forced > 0 {
			fmt.Fprint(stderr, "\r\033[K")
		}
		if o.err != nil {
			failed++
			fmt.Fprintf(stderr, "error: %s: %s\n", termSafe(o.sum.Name), termSafe(o.err.Error()))
		} else if o.wrote != o.file {
			numbered++
		}
		if o.err == nil && o.forced > 0 {
			fmt.Fprintf(stderr, "warning: %s: printed a final plan with %s the checker found (--force)\n",
				termSafe(o.sum.Name), count(o.forced, "error"))
		}
		warnReplaced(stderr, o.wrote, o.res.Replaced)
		fmt.Fprintf(stderr, "\r%s", progress(n, total, sortName(termSafe(o.sum.Name))))
	}
	if total > 0 {
		fmt.Fprintln(stderr)
	}
	if numbered > 0 {
		fmt.Fprintf(stderr, "note: %d of the PDFs have a number added to their names, because the folder "+
			"already had files by those names (they were left as they were)\n", numbered)
	}
	return failed
}

// progress is "[=====>    ] 412/1000 Ellis, Jordan".
func progress(n, total int, name string) string {
	const width = 30
	filled := width
	if total > 0 {
		filled = n * width / total
	}
	bar := strings.Repeat("=", filled)
	if filled < width {
		bar += ">" + strings.Repeat(" ", width-filled-1)
	}
	if r := []rune(name); len(r) > 30 {
		name = string(r[:30])
	}
	return fmt.Sprintf("[%s] %d/%d %-30s", bar, n, total, name)
}

// sortName is "Ellis, Jordan" for "Jordan Ellis".
func sortName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return strings.Join(words, " ")
	}
	return words[len(words)-1] + ", " + strings.Join(words[:len(words)-1], " ")
}
