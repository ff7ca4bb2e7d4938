package app

import (
	"fmt"

	"ehcplan/app/keydialog"
	"ehcplan/plan/demo"
)

// demoPlans is how many made-up plans the first run offers.
const demoPlans = 30

// firstRun asks once for the caseworker's name (so a plan never prints the
// computer's login name), then offers the made-up plans.
func (a *App) firstRun() {
	prefs := a.fa.Preferences()
	if prefs.Bool(prefNameAsked) || caseworkerName(prefs) != "" {
		a.offerDemoOnFirstRun()
		return
	}
	a.nameDialog("Welcome to EHC Plan Writer", "Not now",
		"What is your name? It is printed as the caseworker on the plans you write. "+
			"You can change it later in Settings › Your name.", a.offerDemoOnFirstRun)
}

// offerDemoOnFirstRun offers made-up plans when the store is empty and
// the offer has not been made before.
func (a *App) offerDemoOnFirstRun() {
	prefs := a.fa.Preferences()
	if prefs.Bool(prefDemoOffered) {
		return
	}
	if n, err := a.st.Count(); err != nil || n > 0 {
		return
	}
	prefs.SetBool(prefDemoOffered, true)
	text := fmt.Sprintf("There are no plans yet.\n\nWould you like to add %d plans about made-up young people, "+
		"to try the app out? None of them is a real person. You can delete them later.", demoPlans)
	keydialog.ShowCustomConfirm("Welcome to EHC Plan Writer", "Add made-up plans", "Start with no plans",
		messageLabel(text), func(ok bool) {
			if ok {
				a.addDemoPlans(demoPlans)
			}
		}, a.win)
}

// addDemoPlans adds n fictional plans to the store.
func (a *App) addDemoPlans(n int) {
	ps := demo.Plans(n, 2026, a.today())
	if err := a.st.Import(ps, a.by()); err != nil {
		a.showProblem("The made-up plans could not be added", err)
		return
	}
	a.caseload.reload()
}
