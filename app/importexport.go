package app

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"ehcplan/plan"
	"ehcplan/plan/safefile"
)

// askImport lets the user pick a plan file (.json) and adds it to the store.
func (a *App) askImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showProblem("The file could not be opened", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		a.rememberFolder(r.URI())
		a.importFrom(r.URI().Name(), r)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".JSON"}))
	d.SetConfirmText("Import")
	a.startIn(d)
	d.Show()
}

// importFrom reads one plan file and adds it to the store, or says what
// is wrong with it, naming the file and the place in it. Nothing is
// added when the file is refused.
func (a *App) importFrom(name string, r io.Reader) {
	p, err := plan.Read(r)
	if err != nil {
		a.showMessage("This file cannot be imported", importProblem(name, err))
		return
	}
	if err := a.st.Import([]*plan.Plan{p}, a.by()); err != nil {
		a.showMessage("This file cannot be imported", fmt.Sprintf("%s: %v\n\nNothing was added to your caseload.", name, err))
		return
	}
	a.caseload.reload()
	a.showMessage("Plan imported", fmt.Sprintf("%s’s plan (version %d, %s) was added from %s.",
		p.Person.Name, p.Version, strings.ToLower(plan.StatusWord(p.Status)), name))
}

// importProblem words an import error for people, naming the file and the
// place in it.
func importProblem(name string, err error) string {
	var ie *plan.ImportError
	if errors.As(err, &ie) && ie.Path != "" {
		return fmt.Sprintf("%s has a problem at %s: %s.\n\nNothing was added to your caseload. "+
			"Correct the file (or ask whoever sent it) and import it again.", name, ie.Path, ie.Problem)
	}
	return fmt.Sprintf("%s is not a plan file this app can read: %v.\n\nNothing was added to your caseload.", name, err)
}

// askExport saves a plan from the store to a .json file the user picks.
func (a *App) askExport(id string) {
	p, err := a.st.Load(id)
	if err != nil {
		a.showProblem("The plan could not be read", err)
		return
	}
	a.exportPlan(p, exportName(p))
}

// exportPlan writes p in the ehcplan/1 format to a file the user picks.
func (a *App) exportPlan(p *plan.Plan, fileName string) {
	data, err := plan.Encode(p)
	if err != nil {
		a.showProblem("The plan could not be exported", err)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showProblem("The file could not be saved", err)
			return
		}
		if w == nil {
			return
		}
		a.rememberFolder(w.URI())
		a.exportTo(w, p, data)
	}, a.win)
	d.SetFileName(fileName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	a.startIn(d)
	openFilesLazily()
	d.Show()
}

// exportTo writes the encoded plan p to the file chosen in the dialog
// (see saveTo: 0600, atomic) and says where it went.
func (a *App) exportTo(w fyne.URIWriteCloser, p *plan.Plan, data []byte) {
	err := saveTo(w, func(out io.Writer) error {
		_, err := out.Write(data)
		return err
	})
	if err != nil {
		a.showProblem("The file could not be saved", err)
		return
	}
	a.showMessage("Plan exported", fmt.Sprintf("%s’s plan was saved to %s.", p.Person.Name, w.URI().Path()))
}

// exportName is the file name offered for a plan: safefile.ExportName,
// "Ellis-Jordan-EHC-plan-v3.json".
func exportName(p *plan.Plan) string { return safefile.ExportName(p) }

// rememberFolder keeps the folder of a chosen file for the next dialog.
func (a *App) rememberFolder(u fyne.URI) {
	if u.Scheme() == "file" {
		a.fa.Preferences().SetString(prefLastFolder, filepath.Dir(u.Path()))
	}
}

// startIn opens a file dialog in the folder used last, if it still exists.
func (a *App) startIn(d *dialog.FileDialog) {
	dir := a.fa.Preferences().String(prefLastFolder)
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}
