package store

import (
	"fmt"
	"sync"
	"testing"
)

// TestTwoStoresWriteConcurrently opens the file twice, as two windows or
// two copies of the app would, and writes from both at once.
func TestTwoStoresWriteConcurrently(t *testing.T) {
	const writers, saves = 2, 200
	first := openTemp(t)
	second, err := Open(first.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	stores := []*Store{first, second}

	var wg sync.WaitGroup
	errs := make(chan error, writers*saves)
	for w := range writers {
		wg.Go(func() {
			s := stores[w]
			p := person(fmt.Sprintf("Writer%d Test", w), "")
			for i := range saves {
				p.Person.Communication = fmt.Sprintf("edit %d", i)
				if err := s.Save(p, "Priya Shah"); err != nil {
					errs <- err
					return
				}
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
		t.Errorf("concurrent write failed: %v", err)
	}
	for w, s := range stores {
		list, err := s.List(Filter{})
		if err != nil || len(list) != writers {
			t.Fatalf("store %d lists %d plans, %v; want %d", w, len(list), err, writers)
		}
		for _, sum := range list {
			if got := mustLoad(t, s, sum.ID); got.Person.Communication != fmt.Sprintf("edit %d", saves-1) {
				t.Errorf("store %d: %s has %q, want the last edit", w, sum.Name, got.Person.Communication)
			}
		}
	}
}
