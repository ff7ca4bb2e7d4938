package app

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/notices"
	"ehcplan/plan/safefile"
	"ehcplan/render"
)

// printPage is the editor's "Print" page.
func (v *planView) printPage() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Print", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	v.printed = wrapped("")
	btn := widget.NewButtonWithIcon("Make a PDF to print…", theme.DocumentPrintIcon(), v.print)
	btn.Importance = widget.HighImportance
	provider := widget.NewButtonWithIcon("Print a copy for a provider…", theme.VisibilityOffIcon(), v.printForProvider)
	profile := widget.NewButtonWithIcon("Print the one-page profile…", theme.AccountIcon(), func() { v.printPaper(render.KindProfile) })
	easy := widget.NewButtonWithIcon("Print the plan in easy words…", theme.DocumentIcon(), func() { v.printPaper(render.KindEasyRead) })
	box := container.NewVBox(title,
		wrapped("Make a PDF of this plan, to print or to send. It opens in your PDF viewer, where you can print it. "+
			"A draft is marked DRAFT on every page. To print an earlier version, use the Versions page."),
		container.NewHBox(btn), v.printed,
		wrapped("A copy for a provider, for example a school you are consulting, leaves out the home address, "+
			"the family’s contact details, the NHS number and the unique pupil number."),
		container.NewHBox(provider),
		wrapped("For the young person, in large type: their one-page profile (their own answers, on one page) and "+
			"their plan in easy words (their own words first, then each goal with who will help and how often)."),
		container.NewHBox(profile, easy))
	return container.NewVScroll(container.NewPadded(box))
}

// printJob is what to print from a plan: the kind of document (the plan
// when unset) and whether it is a copy for a provider.
type printJob struct {
	kind   render.Kind
	redact bool
}

// printPaper saves the plan, then prints one of the young person's papers.
// They are not the plan, so a final with checker errors prints without
// asking (as on the command line).
func (v *planView) printPaper(kind render.Kind) {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	v.a.choosePDF(v.plan().Clone(), printJob{kind: kind}, v.printed)
}

// print saves the plan, then prints the current text (Ctrl+P).
func (v *planView) print() { v.printCopy(false) }

// printForProvider prints the plan without the personal details a
// provider does not need (the redacted copy).
func (v *planView) printForProvider() { v.printCopy(true) }

func (v *planView) printCopy(redact bool) {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	v.a.printPlan(v.plan().Clone(), redact, v.printed)
}

// printPlan asks where to save a PDF of p (a copy no one else changes),
// makes it off the UI goroutine and opens it in the system's viewer. note,
// if not nil, is told what happened. A final plan the checker finds errors
// in is printed only once the caseworker says so.
func (a *App) printPlan(p *plan.Plan, redact bool, note *widget.Label) {
	a.confirmFinalPrint(p, func() { a.choosePDF(p, printJob{redact: redact}, note) })
}

// confirmFinalPrint runs print at once, unless p is a final plan with
// checker errors: then it asks first (the command line needs --force).
func (a *App) confirmFinalPrint(p *plan.Plan, print func()) {
	n := 0
	if p.Status == plan.StatusFinal {
		// with the caseload rules: a plan naming another young person (X1) asks too
		n = check.CheckAmong(p, a.today(), a.caseloadNames()).Errors
	}
	if n == 0 {
		print()
		return
	}
	errs := "errors"
	if n == 1 {
		errs = "error"
	}
	text := fmt.Sprintf("This final plan has %d %s the checker found. Print it anyway?\n\n"+
		"The Checks panel lists them. A final plan should meet the law before it is sent.", n, errs)
	keydialog.ShowCustomConfirm("Print a final plan with errors?", "Print anyway", "Cancel",
		messageLabel(text), func(ok bool) {
			if ok {
				print()
			}
		}, a.win)
}

// choosePDF asks where to save the PDF of p, then makes it.
func (a *App) choosePDF(p *plan.Plan, job printJob, note *widget.Label) {
	name := safefile.PDFName(p, a.today(), false)
	if what := printNames[job]; what != "" {
		name = strings.TrimSuffix(name, ".pdf") + " " + what + ".pdf"
	}
	a.askPDFSave(name, func(w fyne.URIWriteCloser) {
		if w != nil {
			a.writePDF(p, job, w, note)
		}
	})
}

// askPDFSave asks where to save a PDF, suggesting name, in the folder
// last used; chosen gets the file the dialog opened (nil when the user
// cancels). A dialog that fails is explained and calls nothing.
func (a *App) askPDFSave(name string, chosen func(w fyne.URIWriteCloser)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showProblem("The PDF could not be saved", err)
			return
		}
		if w != nil {
			a.rememberFolder(w.URI())
		}
		chosen(w)
	}, a.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.SetConfirmText("Make PDF")
	a.startIn(d)
	openFilesLazily()
	d.Show()
}

// printNames say what a PDF is, after the plan's file name.
var printNames = map[printJob]string{
	{redact: true}:              "provider copy",
	{kind: render.KindProfile}:  "one-page profile",
	{kind: render.KindEasyRead}: "easy read",
}

// writePDF renders p into w with a "please wait" dialog, then opens it.
func (a *App) writePDF(p *plan.Plan, job printJob, w fyne.URIWriteCloser, note *widget.Label) {
	a.dropLoginName(p)
	opt, err := a.printOptions(p, a.today(), job)
	if err != nil {
		w.Close()
		a.showProblem("The PDF could not be made", err)
		return
	}
	wait := dialog.NewCustomWithoutButtons("Making the PDF…", widget.NewProgressBarInfinite(), a.win)
	wait.Show()
	a.background(func() {
		res, err := renderTo(w, p, opt)
		a.do(func() {
			wait.Hide()
			a.printed(p, job, w.URI(), res, err, note)
		})
	})
}

// dropLoginName blanks p's caseworker if it is the computer's login name
// (plans started before the app asked for a name recorded it): a login
// name is never printed on a plan. p is the copy being printed.
func (a *App) dropLoginName(p *plan.Plan) {
	login := strings.TrimSpace(a.opt.Caseworker)
	if login != "" && strings.TrimSpace(p.Caseworker) == login && caseworkerName(a.fa.Preferences()) != login {
		p.Caseworker = ""
	}
}

// renderTo writes the PDF to the file behind w (see saveTo: 0600,
// atomic, so a failed render leaves any old PDF as it was).
func renderTo(w fyne.URIWriteCloser, p *plan.Plan, opt render.Options) (render.Result, error) {
	var res render.Result
	err := saveTo(w, func(out io.Writer) error {
		var err error
		res, err = renderPDF(out, p, opt)
		return err
	})
	return res, err
}

// printOptions are how p is printed today: the plan with the notice to
// the family for its status (from the notices file), and without the
// personal details for a provider's copy. A notices file that cannot be
// read stops the print, so a plan never goes out with half a notice.
func (a *App) printOptions(p *plan.Plan, today plan.Date, job printJob) (render.Options, error) {
	opt := render.Options{Today: today, Redact: job.redact, Kind: job.kind}
	if job.kind != "" {
		return opt, nil // the young person's papers have no notice
	}
	ns, err := notices.Load(a.noticesPath())
	if err != nil {
		return opt, err
	}
	opt.Notice = render.NoticeFor(p, ns, today)
	return opt, nil
}

// renderPDF prints a plan; a variable so tests can see which copy was
// asked for.
var renderPDF = render.PDF

// printed reports a finished PDF and opens it in the system viewer.
func (a *App) printed(p *plan.Plan, job printJob, u fyne.URI, res render.Result, err error, note *widget.Label) {
	if err != nil {
		a.showProblem("The PDF could not be made", err)
		return
	}
	what := map[render.Kind]string{render.KindProfile: "one-page profile", render.KindEasyRead: "plan in easy words"}[job.kind]
	if what == "" {
		what = "plan"
	}
	text := fmt.Sprintf("%s’s %s was saved as %s (%s).", p.Person.Name, what, u.Path(), plural(res.Pages, "page", "pages"))
	if len(res.Replaced) > 0 {
		text += "\n\n" + replacedText(res.Replaced)
		a.showMessage("Check the PDF", text)
	}
	if note != nil {
		note.SetText(text)
	}
	if link, perr := url.Parse(u.String()); perr == nil {
		if oerr := a.fa.OpenURL(link); oerr != nil {
			a.showMessage("The PDF is saved", text+"\n\nIt could not be opened automatically: open it from that folder.")
		}
	}
}

// replacedText names the characters the PDF font could not show.
func replacedText(rs []rune) string {
	seen := map[rune]bool{}
	var list []string
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			list = append(list, string(r))
		}
	}
	return "Some characters could not be printed and were replaced with a question mark or a similar letter: " +
		strings.Join(list, " ") + ". Check the names and words that use them."
}
