package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Page keys for ShowPage. An area's page is "area:" + its key; an Extra
// entry's page is its label.
const (
	pageAbout     = "about"
	pageSectionA  = "section_a"
	pagePlacement = "placement"
	pageBudget    = "budget"
	pageAdvice    = "advice"
	pageNotes     = "notes"
	pageReviews   = "reviews"
	areaPrefix    = "area:"
)

// navPage is one rail entry.
type navPage struct {
	key, label, sub string
	icon            fyne.Resource
}

// navPages lists the rail in order: the plan's own pages, then Extra.
func (e *Editor) navPages() []navPage {
	pages := []navPage{
		{pageAbout, "About the young person", "", theme.AccountIcon()},
		{pageSectionA, "Views and aspirations", "Section A", theme.DocumentCreateIcon()},
	}
	for _, a := range e.p.Areas {
		pages = append(pages, navPage{areaPrefix + a.Key, a.Title, "Sections B to H", theme.ListIcon()})
	}
	return append(pages,
		navPage{pagePlacement, "Placement", "Section I", theme.HomeIcon()},
		navPage{pageBudget, "Personal budget", "Section J", theme.ContentPasteIcon()},
		navPage{pageAdvice, "Advice and information", "Section K", theme.FolderOpenIcon()},
		navPage{pageReviews, "Reviews", "Annual reviews", theme.HistoryIcon()},
		navPage{pageNotes, "Statements for empty sections", "Sections C, D, G, H", theme.InfoIcon()},
	)
}

// ShowPage opens a page: "about", "section_a", "area:<key>", "placement",
// "budget", "advice", "reviews", "notes", or an Extra entry's label.
// Unknown keys are ignored.
func (e *Editor) ShowPage(key string) {
	if x := e.extra(key); x != nil {
		e.page, e.tmap = key, nil
		e.fields = map[string]fyne.Focusable{}
		e.body.Objects = []fyne.CanvasObject{x.Build()}
		e.body.Refresh()
		e.rail.selectPage(key)
		return
	}
	page := e.buildPage(key)
	if page == nil {
		return
	}
	e.page = key
	e.setForm(page, fyne.Position{})
	e.rail.selectPage(key)
}

func (e *Editor) extra(key string) *NavEntry {
	for i := range e.opt.Extra {
		if e.opt.Extra[i].Label == key {
			return &e.opt.Extra[i]
		}
	}
	return nil
}

// rebuild builds the current page again after a structural change,
// keeping the scroll position.
func (e *Editor) rebuild() {
	if e.extra(e.page) != nil {
		return
	}
	if page := e.buildPage(e.page); page != nil {
		e.setForm(page, e.formScroll.Offset)
	}
}

func (e *Editor) setForm(page fyne.CanvasObject, offset fyne.Position) {
	e.formScroll.Content = page
	if len(e.body.Objects) != 1 || e.body.Objects[0] != e.formScroll {
		e.body.Objects = []fyne.CanvasObject{e.formScroll}
		e.body.Refresh()
	}
	e.layoutForm()
	// Not Refresh: that would refresh every widget on the new page again.
	// A changed offset makes the scroll take the new content and lay out.
	e.formScroll.Offset = fyne.NewPos(-1, -1)
	e.formScroll.ScrollToOffset(offset)
}

// buildPage builds a page's form, registering its fields afresh. On a
// read-only plan every page but Reviews is locked.
func (e *Editor) buildPage(key string) fyne.CanvasObject {
	e.fields = map[string]fyne.Focusable{}
	e.labels = map[string][]func(){}
	e.actions = map[string]*widget.Button{}
	e.keep = map[fyne.CanvasObject]bool{}
	e.onCheck = nil
	e.tmap = nil
	page := e.buildForm(key)
	if page != nil && e.ReadOnly() && key != pageReviews {
		e.lockPage(page)
	}
	return page
}

func (e *Editor) buildForm(key string) fyne.CanvasObject {
	switch key {
	case pageAbout:
		return e.aboutPage()
	case pageSectionA:
		return e.sectionAPage()
	case pagePlacement:
		return e.placementPage()
	case pageBudget:
		return e.budgetPage()
	case pageAdvice:
		return e.advicePage()
	case pageNotes:
		return e.notesPage()
	case pageReviews:
		return e.reviewsPage()
	}
	if k, ok := strings.CutPrefix(key, areaPrefix); ok {
		if ai := e.areaIndex(k); ai >= 0 {
			return e.areaPage(ai)
		}
	}
	return nil
}

func (e *Editor) areaIndex(key string) int {
	for i, a := range e.p.Areas {
		if a.Key == key {
			return i
		}
	}
	return -1
}
