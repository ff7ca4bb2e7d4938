package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"ehcplan/app/keydialog"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// askDelete asks, naming the young person, before deleting a plan.
func (a *App) askDelete(id string) {
	p, err := a.st.Load(id)
	if err != nil {
		a.showProblem("The plan could not be read", err)
		return
	}
	text := fmt.Sprintf("This removes %s’s plan, and every version of it, from your caseload.\n\n"+
		"A safety copy of the current plan is kept for 30 days in the folder %s, so it can be imported again.",
		p.Person.Name, a.deletedFolder())
	d := keydialog.NewCustomConfirm("Delete "+p.Person.Name+"’s plan?", "Delete the plan", "Keep it",
		messageLabel(text), func(ok bool) {
			if ok {
				a.deletePlan(p)
			}
		}, a.win)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// deletePlan removes a plan from the store (which first writes a safety
// copy) and says where the copy is.
func (a *App) deletePlan(p *plan.Plan) {
	if err := a.st.Delete(p.ID, a.by()); err != nil {
		a.showMessage("The plan was not deleted", fmt.Sprintf("%s’s plan is still in your caseload.\n\n%v", p.Person.Name, err))
		return
	}
	a.caseload.reload()
	a.showMessage("Plan deleted", fmt.Sprintf("%s’s plan was deleted.\n\nA safety copy is kept for 30 days:\n%s\n\n"+
		"To bring the plan back, choose “Import…” and pick that file.", p.Person.Name, a.safetyCopy(p.ID)))
}

// deletedFolder is where the store keeps copies of deleted plans: the
// "deleted" folder beside the plans file.
func (a *App) deletedFolder() string {
	path := a.opt.StorePath
	if path == "" {
		path = a.st.Path()
	}
	return filepath.Join(filepath.Dir(path), "deleted")
}

// safetyCopy finds the newest copy the store wrote of a deleted plan (its
// file name holds the plan ID), or names the folder if none is found.
func (a *App) safetyCopy(id string) string {
	dir := a.deletedFolder()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return dir
	}
	best := ""
	for _, e := range entries {
		if strings.Contains(e.Name(), id) && e.Name() > best {
			best = e.Name()
		}
	}
	if best == "" {
		return dir
	}
	return filepath.Join(dir, best)
}
