package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// caseload is the first screen: every plan in a list that stays fast with
// ten thousand rows (one widget per visible row, not per plan).
type caseload struct {
	a        *App
	content  fyne.CanvasObject
	search   *widget.Entry
	show     *widget.Select
	sortBy   *widget.Select
	textSize *widget.Select
	summary  *widget.Label
	empty    *widget.Label
	list     *caseList
	tips     *tipLayer // the whole text of a cut-short cell, under the mouse

	rows  []store.Summary // what the list shows, in order
	steps []nextCell      // each row's next step, as far as worked out (same order)
	// stepCache keeps the steps between queries (see arrange).
	stepCache *stepCache
	total     int  // plans in the store
	gen       int  // the newest query; older answers are dropped
	shown     bool // rows have been shown once (for the start-up milestone)
	checks    *checkCache
}

func newCaseload(a *App) *caseload {
	c := &caseload{a: a, checks: newCheckCache(), tips: newTipLayer(), stepCache: &stepCache{}}
	c.search = widget.NewEntry()
	c.search.SetPlaceHolder("Search by name (Ctrl+F)")
	c.show = fitSelect(widget.NewSelect(showLabels(), nil))
	c.show.SetSelectedIndex(0)
	c.sortBy = fitSelect(widget.NewSelect(sortLabels(), nil))
	c.sortBy.SetSelectedIndex(0)
	c.search.OnChanged = func(string) { c.reload() }
	c.show.OnChanged = func(string) { c.reload() }
	c.sortBy.OnChanged = func(string) { c.reload() }
	c.textSize = a.newTextSizeSelect()
	c.summary = widget.NewLabel("Reading the caseload…")
	c.empty = widget.NewLabel("")
	c.empty.Alignment = fyne.TextAlignCenter
	c.empty.Wrapping = fyne.TextWrapWord
	c.list = newCaseList(c.length, c.newRow, c.updateRow)
	c.list.OnSelected = func(i widget.ListItemID) {
		c.list.Unselect(i)
		if i < len(c.rows) {
			c.a.openPlan(c.rows[i].ID)
		}
	}
	c.content = c.layout()
	return c
}

func (c *caseload) layout() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("Caseload", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	newBtn := keydialog.NewButton("New plan", theme.ContentAddIcon(), c.a.askNewPlan) // with a focus ring
	newBtn.Importance = widget.HighImportance
	importBtn := widget.NewButtonWithIcon("Import…", theme.DownloadIcon(), c.a.askImport)
	reviewsBtn := widget.NewButtonWithIcon("Print for reviews…", theme.DocumentPrintIcon(), c.a.askPrintForReviews)
	top := container.NewBorder(nil, nil, title,
		container.NewHBox(newBtn, importBtn, reviewsBtn, c.textSize))
	show := container.NewHBox(widget.NewLabel("Show"), c.show, widget.NewLabel("Sort by"), c.sortBy)
	tools := container.NewBorder(nil, nil, nil, show, c.search)
	head := container.NewVBox(top, tools, c.summary, newHeaderRow())
	body := container.NewStack(c.list, container.NewCenter(minWidth(420, c.empty)))
	return container.NewBorder(head, nil, nil, nil, body)
}

func (c *caseload) length() int { return len(c.rows) }

// filter reads the search box and the "Show" choice.
func (c *caseload) filter() (store.Filter, showChoice) {
	choice := showChoices[max(c.show.SelectedIndex(), 0)]
	f := store.Filter{Search: c.search.Text, Status: choice.status}
	if choice.dueWithinDays > 0 {
		f.DueBefore = c.a.today().AddDays(choice.dueWithinDays)
	}
	return f, choice
}

// reload asks the store for the rows again, off the UI goroutine; the
// answer replaces the rows only if no newer query has started.
func (c *caseload) reload() {
	c.gen++
	gen := c.gen
	f, choice := c.filter()
	order := c.sortBy.SelectedIndex()
	today := c.a.today()
	st := c.a.st
	c.a.background(func() {
		c.a.presence.refresh(st)
		rows, err := st.List(f)
		total, cerr := st.Count()
		var steps []nextCell
		if err == nil {
			err = cerr
			rows, steps = arrange(rows, order, choice, today, c.stepCache)
		}
		c.a.do(func() { c.answer(gen, rows, steps, total, choice, err) })
	})
}

// arrange sorts the listed rows and keeps those the "Show" choice wants.
// Every row's next step is worked out only when the sort or the view needs
// it; otherwise the list works out a screenful as it shows them (steps is
// then nil).
func arrange(rows []store.Summary, order int, choice showChoice, today plan.Date, cache *stepCache) ([]store.Summary, []nextCell) {
	if order != sortNextStep && !choice.dueThisMonth {
		sortRows(rows, order == sortName)
		return rows, nil
	}
	steps := cache.steps(rows, today)
	if choice.dueThisMonth {
		end := endOfMonth(today)
		rows, steps = keepRows(rows, steps, func(i int) bool { return steps[i].dueBy(end) })
	}
	switch order {
	case sortNextStep:
		rows, steps = sortTogether(rows, steps, func(i int) int32 { return steps[i].sortKey() })
	case sortReview:
		rows, steps = sortTogether(rows, steps, func(i int) int32 { return dayKey(reviewDate(rows[i])) })
	}
	return rows, steps
}

// answer shows a query's rows (UI goroutine).
func (c *caseload) answer(gen int, rows []store.Summary, steps []nextCell, total int, choice showChoice, err error) {
	if gen != c.gen {
		return
	}
	if err != nil {
		c.rows, c.steps = nil, nil
		c.summary.SetText("The caseload could not be read: " + err.Error())
		c.list.Refresh()
		return
	}
	if choice.attention {
		rows, steps = c.needingAttention(rows, steps)
	}
	if steps == nil {
		steps = make([]nextCell, len(rows)) // worked out row by row as shown
	}
	c.rows, c.steps, c.total = rows, steps, total
	c.list.Refresh()
	c.refreshText()
	if !c.shown {
		c.shown = true
		c.a.milestone(MilestoneRows)
	}
	c.checks.startFor(c, rows)
}

func (c *caseload) needingAttention(rows []store.Summary, steps []nextCell) ([]store.Summary, []nextCell) {
	today := c.a.today()
	return keepRows(rows, steps, func(i int) bool { return len(c.marks(rows[i], today)) > 0 })
}

// nextOf is row i's next step, worked out the first time it is asked for.
func (c *caseload) nextOf(i int) nextCell {
	if !c.steps[i].known {
		c.steps[i] = nextCellOf(c.rows[i], c.today())
	}
	return c.steps[i]
}

// refreshText updates the summary line and the empty-list message.
func (c *caseload) refreshText() {
	c.summary.SetText(c.summaryText())
	switch {
	case c.total == 0:
		c.empty.SetText("There are no plans yet.\nPress “New plan” to start one, or “Import…” to bring in a plan file.")
	case len(c.rows) == 0:
		c.empty.SetText("No plans match. Try a shorter search, or choose “All plans” under “Show”.")
	default:
		c.empty.SetText("")
	}
	c.empty.Hidden = c.empty.Text == ""
	c.empty.Refresh()
}

func (c *caseload) summaryText() string {
	today := c.a.today()
	counts := map[markKind]int{}
	for _, s := range c.rows {
		for _, m := range c.marks(s, today) {
			counts[m.kind]++
		}
	}
	text := plural(len(c.rows), "plan", "plans") + " shown"
	if len(c.rows) == c.total {
		text = plural(c.total, "plan", "plans")
	} else {
		text += fmt.Sprintf(" of %d", c.total)
	}
	for _, k := range markOrder {
		if n := counts[k]; n > 0 {
			text += " · " + markCountText(k, n)
		}
	}
	return text
}

// summaryOf returns the row for a plan ID, if it is showing.
func (c *caseload) summaryOf(id string) (store.Summary, bool) {
	for _, s := range c.rows {
		if s.ID == id {
			return s, true
		}
	}
	return store.Summary{}, false
}

// plural writes "1 plan" or "3 plans".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// today is a shorthand used by rows.
func (c *caseload) today() plan.Date { return c.a.today() }

// checked redraws after a batch of checker results (UI goroutine). When
// the list shows only plans needing attention it is queried again at the
// end, as rows may have joined it.
func (c *caseload) checked(last bool) {
	if _, choice := c.filter(); choice.attention && last {
		c.reload()
		return
	}
	c.list.Refresh()
	c.refreshText()
}
