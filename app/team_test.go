package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// TestTwoCopiesOnOnePlanChooseFieldByField opens one plan in two copies of
// the app on one store: the second's save, made without seeing the
// first's, is refused; the chooser opens; taking their setting and keeping
// my own communication saves both, and nothing typed is lost.
func TestTwoCopiesOnOnePlanChooseFieldByField(t *testing.T) {
	first := newHarness(t, setup{plans: []string{"Ngozi Okafor"}})
	st2, err := store.Open(first.path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st2.Close() })
	second := newHarness(t, setup{fa: first.fa, st: st2})
	id := first.idOf("Ngozi Okafor")
	first.a.OpenPlan(id)
	second.a.OpenPlan(id)
	first.wait()
	second.wait()
	if open, _ := first.st.OpenElsewhere(); len(open[id]) != 1 {
		t.Errorf("the first copy does not see the plan open elsewhere: %v", open)
	}

	first.a.plan.ed.Plan().Person.Setting = "Riverside Academy"
	first.a.plan.changed()
	first.elapse(saveDelay)
	if err := first.a.plan.saver.failure; err != nil {
		t.Fatalf("first save: %v", err)
	}

	second.a.plan.ed.Plan().Person.Communication = "Uses Makaton signs"
	second.a.plan.changed()
	second.elapse(saveDelay)
	if err := second.a.plan.saver.failure; !errors.Is(err, store.ErrConflict) {
		t.Fatalf("second save: %v, want ErrConflict", err)
	}
	if got := mustStored(t, first.st, id); got.Person.Communication != "" || got.Person.Setting != "Riverside Academy" {
		t.Fatalf("the refused save was written: %+v", got.Person)
	}
	chooser := second.overlay()
	var picked int
	for _, r := range find[*widget.RadioGroup](chooser) {
		if r.Selected == "Keep yours" && len(find[*widget.RadioGroup](chooser)) == 2 {
			picked++
		}
	}
	// Take theirs for the setting (the field they changed), keep my communication.
	labels := find[*widget.Label](chooser)
	radios := find[*widget.RadioGroup](chooser)
	n := 0
	for _, l := range labels {
		if l.TextStyle.Bold && strings.HasPrefix(l.Text, "Person › ") {
			if l.Text == "Person › Setting" {
				radios[n].SetSelected("Take theirs")
			}
			n++
		}
	}
	if n != 2 || picked != 2 {
		t.Fatalf("the chooser shows %d parts (%d radios), want the 2 that differ", n, len(radios))
	}
	second.tapButton(chooser, "Save these choices")
	second.elapse(saveDelay)
	if err := second.a.plan.saver.failure; err != nil {
		t.Fatalf("save of the choices: %v", err)
	}
	got := mustStored(t, first.st, id)
	if got.Person.Setting != "Riverside Academy" || got.Person.Communication != "Uses Makaton signs" {
		t.Errorf("stored after choosing: setting %q, communication %q; want both", got.Person.Setting, got.Person.Communication)
	}
}

func mustStored(t *testing.T, st *store.Store, id string) *plan.Plan {
	t.Helper()
	p, err := st.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A team server gone away: the top bar and the dialog say so plainly, and
// the saver keeps the work and tries again (as for any failed save).
func TestUnreachableServerIsToldPlainly(t *testing.T) {
	err := fmt.Errorf("save plan for Ngozi Okafor to postgres://team/plans: %w", store.ErrUnreachable)
	if got := shortSaveReason(err); got != "cannot reach the team server" {
		t.Errorf("top bar reason = %q", got)
	}
	what, todo := explainSaveError(err)
	if !strings.Contains(what, "cannot reach the team server") || !strings.Contains(todo, "kept") {
		t.Errorf("message = %q / %q", what, todo)
	}
}
