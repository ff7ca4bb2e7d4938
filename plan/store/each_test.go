package store

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"ehcplan/plan"
)

// manyPlans stores n small plans, more than one of Each's chunks, and
// returns their IDs in caseload order.
func manyPlans(t *testing.T, n int) (*Store, []string) {
	t.Helper()
	s := openTemp(t)
	ps := make([]*plan.Plan, n)
	for i := range ps {
		ps[i] = person(fmt.Sprintf("Ffion Evans %04d", n-i), "") // stored in the reverse of caseload order
	}
	if err := s.Import(ps, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, n)
	for i, p := range ps {
		ids[n-1-i] = p.ID
	}
	return s, ids
}

// TestEachOverManyChunks: over several chunks Each keeps the caseload
// order, calls fn on the caller's goroutine one plan at a time (fn may use
// the store), skips a damaged plan in any chunk and reports it at the end,
// and stops at fn's error leaving nothing running.
func TestEachOverManyChunks(t *testing.T) {
	n := 2*eachChunk + 37
	s, ids := manyPlans(t, n)
	damageBody(t, s, "bodies", "id", ids[eachChunk+3], `"name":`, `"nane":`, false)

	var got []string
	inFn := false
	err := s.Each(func(p *plan.Plan) error {
		if inFn {
			t.Fatal("fn called again before it returned")
		}
		inFn = true
		defer func() { inFn = false }()
		if _, err := s.Load(p.ID); err != nil {
			return err
		}
		got = append(got, p.ID)
		return nil
	})
	var pd *PlanDamagedError
	if !errors.Is(err, ErrDamaged) || !errors.As(err, &pd) || pd.ID != ids[eachChunk+3] {
		t.Errorf("Each: %v, want the damaged plan %s reported", err, ids[eachChunk+3])
	}
	if want := slices.Delete(slices.Clone(ids), eachChunk+3, eachChunk+4); !slices.Equal(got, want) {
		t.Errorf("Each gave %d plans out of order or missing, want %d in caseload order", len(got), len(want))
	}

	before := runtime.NumGoroutine()
	stopAt := errors.New("enough")
	calls := 0
	err = s.Each(func(*plan.Plan) error {
		if calls++; calls == 10 {
			return stopAt
		}
		return nil
	})
	if !errors.Is(err, stopAt) || calls != 10 {
		t.Errorf("Each: %v after %d calls, want fn's error after 10", err, calls)
	}
	for range 100 { // the readers end as Each returns; let the scheduler see it
		if runtime.NumGoroutine() <= before {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines left running after Each stopped (%d before)", after-before, before)
	}
}
