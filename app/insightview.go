package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	insightpage "ehcplan/app/insight"
	"ehcplan/plan"
	"ehcplan/plan/insight"
	"ehcplan/plan/store"
)

// showInsight shows the Insight page over the whole caseload (from the
// caseload's menus). An open plan is saved and closed first.
func (a *App) showInsight() {
	if a.plan != nil {
		a.showCaseload()
		if a.plan != nil {
			return // could not leave the plan
		}
	}
	st := a.st
	page := insightpage.New(insightpage.Deps{
		Plans: func(progress func(done, total int)) (*insight.Caseload, error) {
			total, err := st.Count()
			if err != nil {
				return nil, err
			}
			var c insight.Caseload
			err = st.Each(func(p *plan.Plan) error {
				if c.Add(p); c.Len()%500 == 0 {
					progress(c.Len(), total)
				}
				return nil
			})
			progress(c.Len(), total)
			if err != nil && !errors.Is(err, store.ErrDamaged) {
				return nil, err // the reading stopped part way: a view of some plans would mislead
			}
			return &c, err // a damaged plan is left out; the rest are counted
		},
		Settings: st, Today: a.today, By: a.by, Do: a.do, Background: a.background, Window: a.win,
		Back:      a.showCaseload,
		AskPDF:    a.askInsightPDF,
		AskFolder: a.askInsightFolder,
	})
	a.win.SetTitle("EHC Plan Writer – caseload insight")
	a.win.SetContent(a.fitted(page.Content))
}

// askInsightPDF asks where to save the shared PDF. The dialog's file is
// closed unwritten (see openFilesLazily): the PDF is written through
// plan/safefile at its path.
func (a *App) askInsightPDF(name string, done func(path string)) {
	a.askPDFSave(name, func(w fyne.URIWriteCloser) {
		if w == nil {
			done("")
			return
		}
		w.Close()
		done(w.URI().Path())
	})
}

// askInsightFolder asks for the folder the shared CSV files go into.
func (a *App) askInsightFolder(done func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			a.showProblem("The files could not be saved", err)
			return
		}
		if u == nil {
			done("")
			return
		}
		done(u.Path())
	}, a.win)
	d.SetConfirmText("Save here")
	a.startIn(d)
	d.Show()
}
