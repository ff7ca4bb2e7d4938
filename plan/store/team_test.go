package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"ehcplan/plan"
)

// Two people, one plan: on both backends.

// openSecond opens the same store again, as a second caseworker would.
func openSecond(t *testing.T, s *Store) *Store {
	t.Helper()
	second, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { second.Close() })
	return second
}

func TestSaveFromRefusesAnUnseenSave(t *testing.T) {
	first := openTemp(t)
	second := openSecond(t, first)
	p := person("Amira Haddad", "Amira")
	rev, err := first.SaveFrom(p, "Priya Shah", 0)
	if err != nil || rev != 1 {
		t.Fatalf("first save: revision %d, %v; want 1", rev, err)
	}
	mine, base, err := second.LoadRevision(p.ID)
	if err != nil || base != 1 {
		t.Fatalf("LoadRevision: %d, %v", base, err)
	}
	p.Person.Communication = "Uses Makaton signs"
	if rev, err = first.SaveFrom(p, "Priya Shah", rev); err != nil || rev != 2 {
		t.Fatalf("second save: revision %d, %v; want 2", rev, err)
	}
	mine.Person.Setting = "Oak Tree Primary"
	_, err = second.SaveFrom(mine, "Sam Okoro", base)
	var conflict *ConflictError
	if !errors.Is(err, ErrConflict) || !errors.As(err, &conflict) {
		t.Fatalf("save from revision 1 after revision 2: %v, want a *ConflictError", err)
	}
	if conflict.Revision != 2 || conflict.By != "Priya Shah" || conflict.Theirs.Person.Communication != "Uses Makaton signs" {
		t.Errorf("conflict = revision %d by %q, theirs %q", conflict.Revision, conflict.By, conflict.Theirs.Person.Communication)
	}
	if got := mustLoad(t, first, p.ID); got.Person.Setting != "" || got.Person.Communication != "Uses Makaton signs" {
		t.Error("the refused save was written")
	}
	// Choosing from both and saving from their revision succeeds.
	conflict.Theirs.Person.Setting = mine.Person.Setting
	if rev, err = second.SaveFrom(conflict.Theirs, "Sam Okoro", conflict.Revision); err != nil || rev != 3 {
		t.Fatalf("save of the merged plan: %d, %v", rev, err)
	}
	if _, err := first.SaveFrom(p, "Priya Shah", 2); !errors.Is(err, ErrConflict) {
		t.Errorf("first's next save from revision 2: %v, want ErrConflict", err)
	}
	if _, err := first.SaveFrom(person("New Plan", ""), "Priya Shah", 5); !errors.Is(err, ErrNotFound) {
		t.Errorf("save from a revision of a plan that is not there: %v, want ErrNotFound", err)
	}
}

// TestTwoClientsNeverLoseAnAcknowledgedSave has two clients edit one plan
// in a loop, each adding its own line to a list on every save; a refused
// save is merged (their plan plus my new line) and saved again, as the
// app's chooser would. Every acknowledged line must be in the final plan.
func TestTwoClientsNeverLoseAnAcknowledgedSave(t *testing.T) {
	const clients, saves = 2, 60
	stores := []*Store{openTemp(t)}
	for range clients - 1 {
		stores = append(stores, openSecond(t, stores[0]))
	}
	p := person("Kwame Mensah", "Kwame")
	if _, err := stores[0].SaveFrom(p, "Setup", 0); err != nil {
		t.Fatal(err)
	}
	acked := make([][]string, clients)
	conflicts := make([]int, clients)
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for c := range clients {
		wg.Go(func() {
			s := stores[c]
			mine, base, err := s.LoadRevision(p.ID)
			if err != nil {
				errs <- err
				return
			}
			for i := range saves {
				line := fmt.Sprintf("client %d edit %d", c, i)
				mine.SectionA.Aspirations = append(mine.SectionA.Aspirations, plan.Aspiration{ID: line, Text: line})
				for {
					rev, err := s.SaveFrom(mine, fmt.Sprintf("Caseworker %d", c), base)
					var conflict *ConflictError
					if errors.As(err, &conflict) {
						conflicts[c]++
						mine = conflict.Theirs
						mine.SectionA.Aspirations = append(mine.SectionA.Aspirations, plan.Aspiration{ID: line, Text: line})
						base = conflict.Revision
						continue
					}
					if err != nil {
						errs <- err
						return
					}
					base = rev
					acked[c] = append(acked[c], line)
					break
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var final []string
	for _, a := range mustLoad(t, stores[0], p.ID).SectionA.Aspirations {
		final = append(final, a.Text)
	}
	for c := range clients {
		if len(acked[c]) != saves {
			t.Errorf("client %d: %d saves acknowledged, want %d", c, len(acked[c]), saves)
		}
		for _, line := range acked[c] {
			if !slices.Contains(final, line) {
				t.Errorf("acknowledged save %q is not in the stored plan", line)
			}
		}
	}
	if len(final) != clients*saves {
		t.Errorf("stored plan has %d lines, want %d", len(final), clients*saves)
	}
	t.Logf("conflicts met and merged: %v", conflicts)
}

// TestEightClientsSaving has eight clients save their own plans and List
// at once; every last save is there.
func TestEightClientsSaving(t *testing.T) {
	const clients, saves = 8, 40
	stores := []*Store{openTemp(t)}
	for range clients - 1 {
		stores = append(stores, openSecond(t, stores[0]))
	}
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	ids := make([]string, clients)
	for c := range clients {
		p := person(fmt.Sprintf("Client%d Ellis", c), "")
		ids[c] = p.ID
		wg.Go(func() {
			s := stores[c]
			var base int64
			for i := range saves {
				p.Person.Communication = fmt.Sprintf("edit %d", i)
				rev, err := s.SaveFrom(p, fmt.Sprintf("Caseworker %d", c), base)
				if err != nil {
					errs <- err
					return
				}
				base = rev
				if _, err := s.List(Filter{}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for c, id := range ids {
		if got := mustLoad(t, stores[(c+1)%clients], id); got.Person.Communication != fmt.Sprintf("edit %d", saves-1) {
			t.Errorf("client %d's plan has %q, want its last edit", c, got.Person.Communication)
		}
	}
}

func TestPresenceShowsWhoElseHasAPlanOpen(t *testing.T) {
	first := openTemp(t)
	second := openSecond(t, first)
	c := useClock(first, time.Now())
	second.now = c.now
	p := person("Ffion Evans", "Ffion")
	mustSave(t, first, p, "Priya Shah")
	if err := second.Present(p.ID, "Sam Okoro"); err != nil {
		t.Fatal(err)
	}
	if err := first.Present(p.ID, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	open, err := first.OpenElsewhere()
	if err != nil || strings.Join(open[p.ID], ",") != "Sam Okoro" {
		t.Errorf("first sees %v, %v; want Sam Okoro only", open, err)
	}
	c.advance(2 * time.Minute) // Sam's heartbeat stopped
	if open, _ := first.OpenElsewhere(); len(open) != 0 {
		t.Errorf("after two minutes without a heartbeat: %v, want nobody", open)
	}
	_ = second.Present(p.ID, "Sam Okoro")
	if err := second.Absent(p.ID); err != nil {
		t.Fatal(err)
	}
	if open, _ := first.OpenElsewhere(); len(open) != 0 {
		t.Errorf("after Absent: %v, want nobody", open)
	}
	_ = second.Present(p.ID, "Sam Okoro")
	second.Close()
	if open, _ := first.OpenElsewhere(); len(open) != 0 {
		t.Errorf("after the other copy closed: %v, want nobody", open)
	}
}
