package app

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/safefile"
	"ehcplan/plan/store"
	"ehcplan/render"
)

// "Print for reviews" prints, in one go, the papers for every plan whose
// review meeting falls in a period: the plan, and the report of its last
// review where one was held. It runs in the background, one plan at a
// time, with a progress bar and a Cancel button that stops after the plan
// being printed (what is printed stays), then says what printed and what
// did not, and why.

// reviewPeriod is the days whose review meetings are printed, both ends
// included.
type reviewPeriod struct{ from, to plan.Date }

func thisMonth(today plan.Date) reviewPeriod {
	return reviewPeriod{plan.Date{Year: today.Year, Month: today.Month, Day: 1}, endOfMonth(today)}
}

func nextMonth(today plan.Date) reviewPeriod {
	return thisMonth(plan.Date{Year: today.Year, Month: today.Month, Day: 1}.AddMonths(1))
}

// holds reports whether the meeting day d is printed for this period on
// today: a day within it, or one already overdue when the period has
// begun (that meeting is still to be held, so its papers are needed now).
func (r reviewPeriod) holds(d, today plan.Date) bool {
	if d.After(r.to) {
		return false
	}
	return !d.Before(r.from) || (!today.Before(r.from) && d.Before(today))
}

func (r reviewPeriod) String() string {
	return longDay(r.from) + " to " + longDay(r.to)
}

// longDay is "1 April 2026".
func longDay(d plan.Date) string { return d.Time().Format("2 January 2006") }

// reviewJob is one plan to print and the day of its review meeting.
type reviewJob struct {
	sum     store.Summary
	meeting plan.Date
}

// meetingDay is the day the plan's next review meeting is due on today:
// the planned day, or the law's limit when that is sooner.
func meetingDay(s store.Summary, today plan.Date) (plan.Date, bool) {
	for _, st := range s.Steps(today) {
		if st.Kind == plan.StepReviewMeeting {
			return st.Due, true
		}
	}
	return plan.Date{}, false
}

// reviewJobs are the listed plans whose meeting the period holds, by
// meeting day, then as listed (by surname).
func reviewJobs(rows []store.Summary, per reviewPeriod, today plan.Date) []reviewJob {
	var jobs []reviewJob
	for _, s := range rows {
		if d, ok := meetingDay(s, today); ok && per.holds(d, today) {
			jobs = append(jobs, reviewJob{s, d})
		}
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].meeting.Before(jobs[j].meeting) })
	return jobs
}

// reviewPrintForm is the "Print for reviews" question.
type reviewPrintForm struct {
	period   *widget.RadioGroup
	from, to *keydialog.Entry
	folder   *keydialog.Entry
	problem  *widget.Label
}

const (
	periodThisMonth = "This month"
	periodNextMonth = "Next month"
	periodBetween   = "Between two dates"
)

// askPrintForReviews asks for the period and the folder, then prints.
func (a *App) askPrintForReviews() {
	today := a.today()
	f := &reviewPrintForm{from: keydialog.NewEntry(), to: keydialog.NewEntry(), folder: keydialog.NewEntry()}
	f.period = widget.NewRadioGroup([]string{
		periodThisMonth + " (" + today.Time().Format("January 2006") + ")",
		periodNextMonth + " (" + nextMonth(today).from.Time().Format("January 2006") + ")",
		periodBetween,
	}, func(string) { f.showDates() })
	f.period.Required = true
	f.period.SetSelected(f.period.Options[1])
	f.from.SetPlaceHolder("day/month/year")
	f.to.SetPlaceHolder("day/month/year")
	f.folder.SetPlaceHolder("the folder to save the PDFs in")
	f.folder.SetText(a.fa.Preferences().String(prefLastFolder))
	f.problem = widget.NewLabel("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Wrapping = fyne.TextWrapWord
	f.problem.Hide()
	choose := widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), func() { a.chooseReviewFolder(f.folder) })
	items := []*widget.FormItem{
		{Widget: messageLabel("Every plan whose review meeting falls in the period is printed as a PDF, " +
			"with the report of its last review where one was held. A meeting already overdue is printed with this month’s.")},
		{Text: "Reviews", Widget: f.period},
		{Text: "From", Widget: f.from},
		{Text: "To", Widget: f.to},
		{Text: "Save in", Widget: container.NewBorder(nil, nil, nil, choose, f.folder)},
		{Widget: f.problem},
	}
	var d *keydialog.Dialog
	d = keydialog.NewForm("Print for reviews", "Print", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		per, dir, _ := f.read(today)
		a.startReviewPrint(per, dir)
	}, a.win)
	d.SetValidate(func() bool {
		_, _, err := f.read(today)
		f.problem.SetText("")
		f.problem.Hidden = err == nil
		if err != nil {
			f.problem.SetText(err.Error())
		}
		f.problem.Refresh()
		return err == nil
	})
	d.Own(f.from)
	d.Own(f.to)
	d.Own(f.folder)
	f.showDates()
	d.Resize(fyne.NewSize(620, d.MinSize().Height))
	d.Show()
}

// showDates enables the date boxes only for "Between two dates".
func (f *reviewPrintForm) showDates() {
	between := f.period.Selected == periodBetween
	for _, e := range []*keydialog.Entry{f.from, f.to} {
		if between {
			e.Enable()
		} else {
			e.Disable()
		}
	}
}

// read is the period and folder chosen, or what is wrong with them.
func (f *reviewPrintForm) read(today plan.Date) (reviewPeriod, string, error) {
	var per reviewPeriod
	switch {
	case strings.HasPrefix(f.period.Selected, periodThisMonth):
		per = thisMonth(today)
	case strings.HasPrefix(f.period.Selected, periodNextMonth):
		per = nextMonth(today)
	default:
		from, err1 := readDay(f.from.Text)
		to, err2 := readDay(f.to.Text)
		switch {
		case err1 != nil:
			return per, "", fmt.Errorf("From: %w", err1)
		case err2 != nil:
			return per, "", fmt.Errorf("To: %w", err2)
		case to.Before(from):
			return per, "", errors.New("“To” is before “From”: put the earlier date first")
		}
		per = reviewPeriod{from, to}
	}
	dir := strings.TrimSpace(f.folder.Text)
	if dir == "" {
		return per, "", errors.New("choose the folder to save the PDFs in")
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return per, "", fmt.Errorf("there is no folder %s: choose one that exists", dir)
	}
	return per, dir, nil
}

// readDay reads a date as typed: day/month/year, or year-month-day.
func readDay(s string) (plan.Date, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2/1/2006", "2-1-2006", "2.1.2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return plan.DateOf(t), nil
		}
	}
	if s == "" {
		return plan.Date{}, errors.New("type a date, for example 1/4/2026")
	}
	return plan.Date{}, fmt.Errorf("%q is not a date: type it as day/month/year, for example 1/4/2026", s)
}

// chooseReviewFolder asks for the folder in a folder dialog.
func (a *App) chooseReviewFolder(into *keydialog.Entry) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		into.SetText(u.Path())
		a.fa.Preferences().SetString(prefLastFolder, u.Path())
	}, a.win)
	if dir := into.Text; dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

// reviewPrint is one run of "Print for reviews".
type reviewPrint struct {
	a     *App
	per   reviewPeriod
	dir   string
	today plan.Date
	// caseload is every young person's name, for the checker's rule that
	// a plan names no other (X1).
	caseload *check.Caseload
	stop     atomic.Bool // Cancel was pressed: stop after the plan being printed
	bar      *widget.ProgressBar
	status   *widget.Label
	cancel   *widget.Button
	wait     *dialog.CustomDialog
	results  []reviewResult
}

// reviewResult is what became of one plan.
type reviewResult struct {
	job   reviewJob
	files []string // written, in the folder
	err   error
}

// startReviewPrint lists the plans due in the period, off the UI
// goroutine, and prints them.
func (a *App) startReviewPrint(per reviewPeriod, dir string) {
	a.fa.Preferences().SetString(prefLastFolder, dir)
	r := &reviewPrint{a: a, per: per, dir: dir, today: a.today()}
	r.bar = widget.NewProgressBar()
	r.status = widget.NewLabel("Finding the plans with reviews from " + per.String() + "…")
	r.status.Wrapping = fyne.TextWrapWord
	r.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), r.askStop)
	r.wait = dialog.NewCustomWithoutButtons("Printing for reviews",
		minWidth(480, container.NewVBox(r.status, r.bar, container.NewCenter(r.cancel))), a.win)
	r.wait.Show()
	st := a.st
	a.background(func() {
		rows, err := st.List(store.Filter{})
		if err != nil {
			a.do(func() { r.wait.Hide(); a.showProblem("The caseload could not be read", err) })
			return
		}
		r.caseload = caseloadOf(rows)
		r.run(reviewJobs(rows, per, r.today))
	})
}

// askStop is the Cancel button: the plan being printed is finished, and
// no more are started.
func (r *reviewPrint) askStop() {
	r.stop.Store(true)
	r.cancel.SetText("Stopping after this plan…")
	r.cancel.Disable()
}

// run prints the jobs one by one (background goroutine).
func (r *reviewPrint) run(jobs []reviewJob) {
	names := reviewFileNames(jobs, r.today)
	r.a.do(func() {
		r.bar.Max = float64(len(jobs))
		r.bar.SetValue(0)
	})
	for i, j := range jobs {
		if r.stop.Load() {
			break
		}
		r.a.do(func() {
			r.status.SetText(fmt.Sprintf("Printing %d of %d: %s", i+1, len(jobs), j.sum.Name))
		})
		files, err := r.printOne(j, names[i])
		r.results = append(r.results, reviewResult{j, files, err})
		r.a.do(func() { r.bar.SetValue(float64(i + 1)) })
	}
	r.a.do(func() {
		r.wait.Hide()
		keydialog.ShowCustom(r.summaryTitle(len(jobs)), "OK", scrolledMessage(r.summary(len(jobs))), r.a.win)
	})
}

// maxSummaryHeight is the tallest the summary's text grows before it
// scrolls, so the dialog and its OK button stay on a 768-pixel screen.
const maxSummaryHeight = 420

// scrolledMessage is messageLabel, scrolling when it is long.
func scrolledMessage(text string) fyne.CanvasObject {
	label := messageLabel(text)
	if label.MinSize().Height <= maxSummaryHeight {
		return label
	}
	room := canvas.NewRectangle(color.Transparent)
	room.SetMinSize(fyne.NewSize(label.MinSize().Width, maxSummaryHeight))
	return container.NewStack(room, container.NewVScroll(label))
}

// reviewFiles are the names one plan's papers are saved under.
type reviewFiles struct{ plan, report string }

// reviewFileNames names each plan's papers with safefile.PDFName (as
// "ehcplanctl render --all" does): young people who share a name get the
// start of their plan ID added, and a name already in the folder gets a
// number (safefile.WriteNew), so nothing is ever replaced.
func reviewFileNames(jobs []reviewJob, today plan.Date) []reviewFiles {
	skeleton := func(j reviewJob) *plan.Plan {
		return &plan.Plan{ID: j.sum.ID, Person: plan.Person{Name: j.sum.Name}}
	}
	shared := map[string]int{}
	for _, j := range jobs {
		shared[strings.ToLower(safefile.PDFName(skeleton(j), today, false))]++
	}
	out := make([]reviewFiles, len(jobs))
	for i, j := range jobs {
		name := safefile.PDFName(skeleton(j), today, false)
		if shared[strings.ToLower(name)] > 1 {
			name = safefile.PDFName(skeleton(j), today, true)
		}
		out[i] = reviewFiles{plan: name, report: reviewReportName(name)}
	}
	return out
}

// reviewReportName is a plan's PDF name for the report of its review
// ("Ellis-Jordan-EHC-plan-review-report-2026-03-02.pdf"), the name
// "ehcplanctl render --kind review" gives it.
func reviewReportName(planName string) string {
	if i := strings.Index(planName, "-EHC-plan"); i >= 0 {
		at := i + len("-EHC-plan")
		return planName[:at] + "-review-report" + planName[at:]
	}
	return strings.TrimSuffix(planName, ".pdf") + "-review-report.pdf"
}

// errFinalWithErrors: a final plan the checker finds errors in is not
// printed in a batch (from its own Print page the caseworker can choose
// to print it anyway).
var errFinalWithErrors = errors.New("final plan with checker errors")

type finalErrorsError struct{ n int }

func (e finalErrorsError) Error() string {
	return fmt.Sprintf("this final plan has %s the checker found", plural(e.n, "error", "errors"))
}
func (e finalErrorsError) Is(target error) bool { return target == errFinalWithErrors }

// errReportNotPrinted wraps the failure of a review report after its plan
// printed.
var errReportNotPrinted = errors.New("the review report was not printed")

// printOne prints one plan and, where a review was held, its report.
func (r *reviewPrint) printOne(j reviewJob, names reviewFiles) ([]string, error) {
	p, err := r.a.st.Load(j.sum.ID)
	if err != nil {
		return nil, err
	}
	if p.Status == plan.StatusFinal {
		if n := check.CheckAmong(p, r.today, r.caseload).Errors; n > 0 {
			return nil, finalErrorsError{n}
		}
	}
	r.a.dropLoginName(p)
	opt, err := r.a.printOptions(p, r.today, printJob{})
	if err != nil {
		return nil, err
	}
	written, err := writeNewPDF(filepath.Join(r.dir, names.plan), p, opt)
	if err != nil {
		return nil, err
	}
	files := []string{written}
	report, err := writeNewPDF(filepath.Join(r.dir, names.report), p, render.Options{Today: r.today, Kind: render.KindReview})
	switch {
	case errors.Is(err, render.ErrNoReview): // no review held yet: the plan is all there is
	case err != nil:
		return files, fmt.Errorf("%w: %w", errReportNotPrinted, err)
	default:
		files = append(files, report)
	}
	return files, nil
}

// writeNewPDF renders p into a new file at path (0600, atomic, never
// replacing a file: a number is added to a name that is taken) and
// returns the path written.
func writeNewPDF(path string, p *plan.Plan, opt render.Options) (string, error) {
	return safefile.WriteNew(path, func(w io.Writer) error {
		_, err := renderPDF(w, p, opt)
		return err
	})
}

func (r *reviewPrint) summaryTitle(total int) string {
	switch {
	case total == 0:
		return "No reviews in that period"
	case r.failed() > 0:
		return "Some plans were not printed"
	case len(r.results) < total:
		return "Printing stopped"
	}
	return "Printed for reviews"
}

func (r *reviewPrint) failed() int {
	n := 0
	for _, res := range r.results {
		if res.err != nil {
			n++
		}
	}
	return n
}

// summary says how many plans printed, where, and which did not and why.
func (r *reviewPrint) summary(total int) string {
	if total == 0 {
		return "No plan has a review meeting from " + r.per.String() + ", so nothing was printed."
	}
	printed, files := 0, 0
	for _, res := range r.results {
		files += len(res.files)
		if res.err == nil {
			printed++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Printed %d of %s with a review meeting from %s, as %s in %s.",
		printed, plural(total, "plan", "plans"), r.per, plural(files, "PDF", "PDFs"), r.dir)
	if left := total - len(r.results); left > 0 {
		fmt.Fprintf(&b, "\n\nYou pressed Cancel, so %s not printed. What was printed is kept.",
			plural(left, "plan was", "plans were"))
	}
	if r.failed() > 0 {
		b.WriteString("\n\nNot printed:")
		for _, res := range r.results {
			if res.err != nil {
				fmt.Fprintf(&b, "\n• %s: %s", res.job.sum.Name, printFailure(res.err))
			}
		}
	}
	return b.String()
}

// printFailure says in plain words why a plan was not printed, and what
// to do.
func printFailure(err error) string {
	var why string
	switch {
	case errors.Is(err, errFinalWithErrors):
		why = err.Error() + ". Open the plan and put them right, or print it from its Print page."
	case errors.Is(err, syscall.ENOSPC) || errors.Is(err, store.ErrDiskFull):
		why = "the disk is full. Free some space, or choose another folder, and print again."
	case errors.Is(err, fs.ErrPermission):
		why = "the folder cannot be written to (you do not have permission). Choose another folder."
	case errors.Is(err, store.ErrDamaged):
		why = "the plan is damaged in the plans file and could not be read. Open it to see what can be done."
	case errors.Is(err, store.ErrNotFound):
		why = "the plan has been deleted since the list was made."
	default:
		why = "it could not be printed: " + err.Error()
	}
	if errors.Is(err, errReportNotPrinted) {
		return "the plan was printed, but the report of its last review was not: " + why
	}
	return why
}
