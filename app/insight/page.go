// Package insight is the app's Insight page: the view across the caseload
// for commissioning (plan/insight) over a chosen scope, each part as a bar
// chart and a table, the review themes with the caseworker's choices
// (rename, merge, split, move) and export for sharing (plan/insight/share).
// The work runs off the UI goroutine, with progress; every change to the
// widgets goes through Deps.Do.
package insight

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/insight"
	"ehcplan/plan/insight/share"
	"ehcplan/plan/store"
)

// Deps are what the page needs from the app.
type Deps struct {
	// Plans reads every plan into a caseload, telling progress how many
	// are read (it runs off the UI goroutine; progress may be called from
	// there too). A caseload with an error holds the plans that could be
	// read, the error saying which could not (store.DamagedPlans); an
	// error alone means none could.
	Plans    func(progress func(done, total int)) (*insight.Caseload, error)
	Settings share.Settings
	Today    func() plan.Date
	// By is the name recorded in the change log with each saved choice.
	By         func() string
	Do         func(func())
	Background func(func())
	Window     fyne.Window
	// Back goes back to the caseload.
	Back func()
	// AskPDF and AskFolder ask where to export; they call back with "" when
	// the user cancels.
	AskPDF    func(name string, done func(path string))
	AskFolder func(done func(dir string))
}

// Page is the Insight page.
type Page struct {
	d       Deps
	Content fyne.CanvasObject

	setting, fromYear, toYear, area *widget.Select
	reviewsFrom, reviewsTo          *widget.Entry
	shared                          *widget.Check
	status                          *widget.Label
	progress                        *widget.ProgressBar
	tabs                            *container.AppTabs
	themes                          *themeList

	caseload *insight.Caseload
	// notes say, after every view's summary, what could not be read.
	notes    string
	choices  *insight.Choices
	report   *insight.Report
	baseline *insight.Baseline
	gen      int
	busy     bool
}

const anyChoice = "Any"

// New builds the page and starts reading the plans.
func New(d Deps) *Page {
	p := &Page{d: d, choices: &insight.Choices{}}
	years := []string{anyChoice}
	for y := 0; y <= 15; y++ {
		years = append(years, yearLabel(y))
	}
	p.setting = widget.NewSelect([]string{anyChoice}, func(string) { p.recompute() })
	p.fromYear = widget.NewSelect(years, func(string) { p.recompute() })
	p.toYear = widget.NewSelect(years, func(string) { p.recompute() })
	areas := []string{anyChoice}
	for _, a := range plan.DefaultAreas {
		areas = append(areas, a.Title)
	}
	p.area = widget.NewSelect(areas, func(string) { p.recompute() })
	for _, s := range []*widget.Select{p.setting, p.fromYear, p.toYear, p.area} {
		s.SetSelectedIndex(0)
	}
	p.reviewsFrom, p.reviewsTo = widget.NewEntry(), widget.NewEntry()
	for _, e := range []*widget.Entry{p.reviewsFrom, p.reviewsTo} {
		e.SetPlaceHolder("YYYY-MM-DD")
		e.OnSubmitted = func(string) { p.recompute() }
	}
	p.shared = widget.NewCheck("Show as it will be shared (counts 1 to 4 as <5)", func(bool) { p.show() })
	p.status = widget.NewLabel("Reading the plans…")
	p.status.Wrapping = fyne.TextWrapWord
	p.progress = widget.NewProgressBar()
	p.tabs = container.NewAppTabs()
	p.themes = newThemeList(p)
	p.Content = p.layout()
	p.load()
	return p
}

func yearLabel(y int) string {
	if y == 15 {
		return "Post-19"
	}
	return plan.YearGroupName(y)
}

func (p *Page) layout() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Caseload insight", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	back := widget.NewButtonWithIcon("Caseload", theme.NavigateBackIcon(), p.d.Back)
	apply := widget.NewButton("Apply dates", p.recompute)
	baseline := widget.NewButtonWithIcon("Save as baseline", theme.DocumentSaveIcon(), p.saveBaseline)
	csv := widget.NewButtonWithIcon("Export CSV…", theme.UploadIcon(), p.exportCSV)
	pdf := widget.NewButtonWithIcon("Export PDF…", theme.UploadIcon(), p.exportPDF)
	top := container.NewBorder(nil, nil, container.NewHBox(back, title), container.NewHBox(baseline, csv, pdf))
	scope := container.NewHBox(
		widget.NewLabel("Setting"), p.setting, widget.NewLabel("Years"), p.fromYear, widget.NewLabel("to"), p.toYear,
		widget.NewLabel("Area"), p.area, widget.NewLabel("Reviews from"), wide(p.reviewsFrom), widget.NewLabel("to"), wide(p.reviewsTo), apply)
	head := container.NewVBox(top, container.NewHScroll(scope), container.NewBorder(nil, nil, nil, p.shared, p.progress), p.status)
	return container.NewBorder(head, nil, nil, nil, p.tabs)
}

// wide gives a date entry room for a date.
func wide(e *widget.Entry) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(130, e.MinSize().Height), e)
}

// load reads the plans and the saved choices off the UI goroutine.
func (p *Page) load() {
	p.busy = true
	p.d.Background(func() {
		caseload, err := p.d.Plans(func(done, total int) {
			p.d.Do(func() {
				p.progress.SetValue(float64(done) / float64(max(total, 1)))
				p.status.SetText(fmt.Sprintf("Reading the plans… %d of %d", done, total))
			})
		})
		ch, cerr := share.LoadChoices(p.d.Settings)
		p.d.Do(func() {
			p.busy = false
			if caseload == nil {
				p.status.SetText("The plans could not be read: " + err.Error())
				return
			}
			p.caseload, p.choices = caseload, ch
			p.setting.SetOptions(append([]string{anyChoice}, caseload.Settings()...))
			if err != nil {
				p.notes += unreadNote(err)
			}
			if cerr != nil {
				p.notes += " Your theme choices could not be read, so the themes are shown as grouped automatically: " + cerr.Error()
			}
			p.recompute()
		})
	})
}

// scope reads the choices at the top; ok is false (and the status says
// why) when a date cannot be read.
func (p *Page) scope() (insight.Scope, bool) {
	var sc insight.Scope
	if s := p.setting.Selected; s != anyChoice {
		sc.Setting = s
	}
	if i := p.fromYear.SelectedIndex(); i > 0 {
		y := i - 1
		sc.FromYear = &y
	}
	if i := p.toYear.SelectedIndex(); i > 0 {
		y := i - 1
		if y == 15 {
			y = 25
		}
		sc.ToYear = &y
	}
	if i := p.area.SelectedIndex(); i > 0 {
		sc.Area = plan.DefaultAreas[i-1].Key
	}
	for _, f := range []struct {
		e    *widget.Entry
		d    *plan.Date
		name string
	}{{p.reviewsFrom, &sc.ReviewFrom, "from"}, {p.reviewsTo, &sc.ReviewTo, "to"}} {
		text := strings.TrimSpace(f.e.Text)
		if text == "" {
			continue
		}
		d, err := plan.ParseDate(text)
		if err != nil {
			p.status.SetText(fmt.Sprintf("The reviews %s date %q is not a date: write it as 2026-09-01.", f.name, text))
			return sc, false
		}
		*f.d = d
	}
	return sc, true
}

// recompute makes the view again off the UI goroutine; an answer to an
// older choice is dropped.
func (p *Page) recompute() {
	if p.caseload == nil || p.tabs == nil {
		return
	}
	sc, ok := p.scope()
	if !ok {
		return
	}
	p.gen++
	gen := p.gen
	caseload, today := p.caseload, p.d.Today()
	ch := p.choicesCopy()
	p.status.SetText(fmt.Sprintf("Working out the view of %d plans…", caseload.Len()))
	p.progress.SetValue(0.5)
	p.d.Background(func() {
		r := caseload.Report(sc, today, ch)
		b, err := share.LoadBaseline(p.d.Settings, sc)
		p.d.Do(func() {
			if gen != p.gen {
				return
			}
			p.report, p.baseline = r, b
			p.progress.SetValue(1)
			p.status.SetText(summary(r) + p.notes)
			if err != nil {
				p.status.SetText(summary(r) + p.notes + " The saved baseline could not be read: " + err.Error())
			}
			p.show()
		})
	})
}

// choicesCopy is the choices as they are now, for a computation running
// while the user makes more.
func (p *Page) choicesCopy() *insight.Choices {
	ch, _ := insight.ParseChoices(p.choices.JSON())
	return ch
}

// unreadNote says how many plans err says could not be read and why the
// first could not.
func unreadNote(err error) string {
	errs := store.DamagedPlans(err)
	if len(errs) == 0 {
		errs = []error{err}
	}
	if len(errs) == 1 {
		return " 1 plan could not be read and is not counted: " + errs[0].Error()
	}
	return fmt.Sprintf(" %d plans could not be read and are not counted; the first: %v", len(errs), errs[0])
}

func summary(r *insight.Report) string {
	if why := r.Empty["plans"]; why != "" {
		return "Nothing to show yet: " + why
	}
	return fmt.Sprintf("%d young people in this choice (%s); %d with a review.", r.YoungPeople, r.Scope.Describe(), r.Reviewed)
}

// tabOrder groups the sections into tabs.
var tabOrder = []struct {
	title string
	keys  []string
}{
	{"Aspirations", []string{"aspirations"}},
	{"Themes", nil},
	{"Destinations", []string{"destinations"}},
	{"Provision", []string{"provision", "providers", "gaps"}},
	{"Progress", []string{"progress"}},
	{"Who said what", []string{"speakers"}},
	{"Baseline", []string{"indicators"}},
}

// show lays the report out in the tabs (UI goroutine).
func (p *Page) show() {
	if p.report == nil {
		return
	}
	secs := insight.Sections(p.report, p.shared.Checked, p.baseline)
	byKey := map[string]insight.Section{}
	for _, s := range secs {
		byKey[s.Key] = s
	}
	selected := p.tabs.SelectedIndex()
	var items []*container.TabItem
	for _, t := range tabOrder {
		var body fyne.CanvasObject
		if t.keys == nil {
			p.themes.show(p.report, p.shared.Checked)
			body = p.themes.content
		} else {
			box := container.NewVBox()
			for _, k := range t.keys {
				s, ok := byKey[k]
				if !ok { // "plans": nothing to show at all
					s = secs[0]
				}
				box.Add(sectionView(s))
			}
			body = container.NewVScroll(box)
		}
		items = append(items, container.NewTabItem(t.title, body))
	}
	p.tabs.SetItems(items)
	if selected >= 0 && selected < len(items) {
		p.tabs.SelectIndex(selected)
	}
}

// saveChoices keeps the theme choices in the store, then shows the view
// with them.
func (p *Page) saveChoices() {
	ch := p.choicesCopy()
	p.d.Background(func() {
		err := share.SaveChoices(p.d.Settings, ch, p.d.By())
		p.d.Do(func() {
			if err != nil {
				dialog.ShowError(fmt.Errorf("your theme choice could not be saved, so it will be lost when you leave this page: %w", err), p.d.Window)
			}
			p.recompute()
		})
	})
}

func (p *Page) saveBaseline() {
	r := p.report
	if r == nil {
		return
	}
	p.d.Background(func() {
		err := share.SaveBaseline(p.d.Settings, r, p.d.By())
		p.d.Do(func() {
			if err != nil {
				dialog.ShowError(fmt.Errorf("the baseline could not be saved: %w", err), p.d.Window)
				return
			}
			p.status.SetText(fmt.Sprintf("Saved today's counts as the baseline for %s. A later day shows the change under Baseline.", r.Scope.Describe()))
			p.recompute()
		})
	})
}

func (p *Page) exportCSV() {
	r, b := p.report, p.baseline
	if r == nil || p.d.AskFolder == nil {
		return
	}
	p.d.AskFolder(func(dir string) {
		if dir == "" {
			return
		}
		p.export(func() (string, error) {
			files, err := share.WriteCSV(dir, r, b)
			return fmt.Sprintf("Saved %d files for sharing in %s.", len(files), dir), err
		})
	})
}

func (p *Page) exportPDF() {
	r, b := p.report, p.baseline
	if r == nil || p.d.AskPDF == nil {
		return
	}
	today := p.d.Today()
	p.d.AskPDF(fmt.Sprintf("Caseload insight %s.pdf", today), func(path string) {
		if path == "" {
			return
		}
		p.export(func() (string, error) {
			return "Saved " + path + " for sharing.", share.WritePDF(path, r, b, today)
		})
	})
}

// export runs an export off the UI goroutine and says how it went.
func (p *Page) export(write func() (string, error)) {
	p.status.SetText("Saving the files for sharing…")
	p.d.Background(func() {
		msg, err := write()
		p.d.Do(func() {
			if err != nil {
				dialog.ShowError(fmt.Errorf("the files for sharing could not be saved: %w", err), p.d.Window)
				p.status.SetText(summary(p.report))
				return
			}
			p.status.SetText(msg + " They hold no names, and every count from 1 to 4 shows as <5.")
		})
	})
}
