package store

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// A server killed (SIGKILL) mid-save loses no acknowledged save: a writer
// saves in a loop while the server is killed under it; after a restart the
// stored plan holds at least the last save that was acknowledged.
func TestPGKilledServerLosesNoAcknowledgedSave(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	p := person("Søren Lindqvist", "Søren")
	mustSave(t, s, p, "Priya Shah")

	var mu sync.Mutex
	lastAcked := -1
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			q := p.Clone()
			q.Person.Communication = fmt.Sprintf("edit %d", i)
			if err := s.Save(q, "Priya Shah"); err == nil {
				mu.Lock()
				lastAcked = i
				mu.Unlock()
			}
		}
	}()
	waitFor(t, func() bool { mu.Lock(); defer mu.Unlock(); return lastAcked >= 20 })
	if err := testServer.Kill(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	ackedAtKill := lastAcked
	mu.Unlock()
	time.Sleep(50 * time.Millisecond) // saves fail while it is down
	close(stop)
	<-done
	if err := testServer.Restart(); err != nil {
		t.Fatal(err)
	}
	got := mustLoad(t, s, p.ID) // the pool reconnects
	var n int
	if _, err := fmt.Sscanf(got.Person.Communication, "edit %d", &n); err != nil {
		t.Fatalf("stored %q: %v", got.Person.Communication, err)
	}
	if n < lastAcked {
		t.Errorf("after the crash the plan holds edit %d, but edit %d was acknowledged", n, lastAcked)
	}
	t.Logf("acknowledged at the kill: edit %d; last acknowledged: %d; stored: %d", ackedAtKill, lastAcked, n)
}

// A server that goes away gives a clear ErrUnreachable naming the server,
// and the same Store saves again once it is back.
func TestPGServerGoneAwayThenBack(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	p := person("Chloé Dubois", "Chloé")
	mustSave(t, s, p, "Priya Shah")
	if err := testServer.Kill(); err != nil {
		t.Fatal(err)
	}
	restarted := false
	defer func() {
		if !restarted {
			_ = testServer.Restart()
		}
	}()
	p.Person.Communication = "typed while the server was down"
	err := s.Save(p, "Priya Shah")
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Save with the server gone: %v, want ErrUnreachable", err)
	}
	if !strings.Contains(err.Error(), "cannot reach the team server") || !strings.Contains(err.Error(), testDB) {
		t.Errorf("message %q does not say the team server cannot be reached, and which", err)
	}
	if _, err := s.List(Filter{}); !errors.Is(err, ErrUnreachable) {
		t.Errorf("List with the server gone: %v, want ErrUnreachable", err)
	}
	if err := testServer.Restart(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	if err := s.Save(p, "Priya Shah"); err != nil {
		t.Fatalf("Save once the server is back: %v", err)
	}
	if got := mustLoad(t, s, p.ID); got.Person.Communication != p.Person.Communication {
		t.Errorf("stored %q after the server came back", got.Person.Communication)
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for range 1000 {
		if ok() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("timed out waiting")
}
