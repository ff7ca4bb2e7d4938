package app

import (
	"errors"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/store"
	"ehcplan/plan/store/pgtest"
)

// TestTeamServerAwayKeepsTheWorkUntilBack edits a plan on a real team
// server that is then killed: the save fails with "cannot reach the team
// server", the typed text stays in the editor, and the retry saves it once
// the server is back.
func TestTeamServerAwayKeepsTheWorkUntilBack(t *testing.T) {
	srv, url := pgtest.Database(t, "app_test")
	st, err := store.Open(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := plan.New("Ngozi Okafor")
	if err := st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, setup{st: st})
	h.a.OpenPlan(p.ID)
	h.wait()

	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	const typed = "Uses Makaton signs, typed while the server was away"
	h.a.plan.ed.Plan().Person.Communication = typed
	h.a.plan.changed()
	h.elapse(saveDelay)
	v := h.a.plan
	if err := v.saver.failure; !errors.Is(err, store.ErrUnreachable) {
		t.Fatalf("save with the server away: %v, want ErrUnreachable", err)
	}
	if note := v.saveNote.Text; !strings.Contains(note, "cannot reach the team server") {
		t.Errorf("top bar says %q", note)
	}
	if got := v.ed.Plan().Person.Communication; got != typed {
		t.Errorf("the editor holds %q, want the typed text kept", got)
	}

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	h.elapse(retryDelay)
	if err := v.saver.failure; err != nil {
		t.Fatalf("the retry once the server is back: %v", err)
	}
	got, err := st.Load(p.ID)
	if err != nil || got.Person.Communication != typed {
		t.Errorf("stored %q, %v; want the typed text", got.Person.Communication, err)
	}
}
