package app

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// flakyStore fails every save until it is fixed, like a full disk.
type flakyStore struct {
	mu     sync.Mutex
	broken error
	saved  []string // the name in each plan saved
}

func (f *flakyStore) save(p *plan.Plan, _ string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.broken != nil {
		return f.broken
	}
	f.saved = append(f.saved, p.Person.Name)
	return nil
}

func (f *flakyStore) last() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.saved) == 0 {
		return ""
	}
	return f.saved[len(f.saved)-1]
}

func TestAFailedSaveIsToldAndKeptAndRetried(t *testing.T) {
	h := newHarness(t, setup{})
	disk := &flakyStore{broken: errors.New("save plan for Sam: the disk is full: free some space, then try again")}
	p := plan.New("Sam")
	var state saveState
	var told []error
	s := newSaver(disk.save, func() string { return "me" }, h.a.runner(),
		func() *plan.Plan { return p.Clone() }, func(st saveState) { state = st })
	s.onFail = func(err error) { told = append(told, err) }

	p.Person.Name = "Sam Taylor"
	s.changed()
	h.elapse(saveDelay)
	if state.err == nil {
		t.Fatal("the save did not fail")
	}
	if got := shortSaveReason(state.err); got != "the disk is full" {
		t.Errorf("top bar reason = %q", got)
	}
	p.Person.Name = "Sam Taylor-Jones"
	s.changed()
	h.elapse(saveDelay)
	if len(told) != 1 {
		t.Errorf("told about the failure %d times, want once", len(told))
	}
	if !s.dirty() {
		t.Error("the unsaved edit was forgotten")
	}

	disk.mu.Lock()
	disk.broken = nil
	disk.mu.Unlock()
	p.Person.Name = "Sam Taylor-Jones!"
	s.changed()
	h.elapse(saveDelay)
	if s.dirty() || state.err != nil {
		t.Fatalf("the retry did not save: dirty %v, error %v", s.dirty(), state.err)
	}
	if got := disk.last(); got != "Sam Taylor-Jones!" {
		t.Errorf("stored %q, want the latest text", got)
	}
	if !strings.HasPrefix(stateText(state), "saved") {
		t.Errorf("state after retry = %+v", state)
	}
}

func stateText(s saveState) string {
	switch {
	case s.err != nil:
		return "error"
	case s.saving:
		return "saving"
	}
	return "saved"
}

func TestFlushNeverWritesOlderTextOverNewer(t *testing.T) {
	disk := &flakyStore{}
	p := plan.New("One")
	now := func(f func()) { f() }
	s := newSaver(disk.save, func() string { return "me" }, runner{do: now, background: now,
		after: func(time.Duration, func()) func() { return func() {} }},
		func() *plan.Plan { return p.Clone() }, func(saveState) {})
	s.changed()
	old := p.Clone()
	p.Person.Name = "Two"
	s.changed()
	if err := s.flush(); err != nil {
		t.Fatal(err)
	}
	// a background save of the first edit that finishes late is dropped
	if err := s.write(1, old, "me"); err != nil {
		t.Fatal(err)
	}
	if got := disk.last(); got != "Two" {
		t.Errorf("store has %q, want Two", got)
	}
	s.stop()
}

// A save the store refuses because the plan is issued is told in the
// plan's own words and not tried again.
func TestASaveRefusedForAnIssuedPlanIsToldAndNotRetried(t *testing.T) {
	h := newHarness(t, setup{})
	refused := fmt.Errorf("save plan 1234 in plans.db: %w", store.ErrIssuedPlan)
	disk := &flakyStore{broken: refused}
	p := plan.New("Sam")
	var state saveState
	var told []error
	s := newSaver(disk.save, func() string { return "me" }, h.a.runner(),
		func() *plan.Plan { return p.Clone() }, func(st saveState) { state = st })
	s.onFail = func(err error) { told = append(told, err) }
	s.changed()
	h.elapse(saveDelay)
	if len(told) != 1 || !errors.Is(state.err, store.ErrIssuedPlan) {
		t.Fatalf("told %v, state %+v; want the refusal told once", told, state)
	}
	if what, _ := explainSaveError(told[0]); what != "This plan is issued. Start an amendment to change it." {
		t.Errorf("the dialog says %q", what)
	}
	if got := shortSaveReason(state.err); got != "the plan is issued" {
		t.Errorf("the top bar says Not saved: %q", got)
	}
	disk.mu.Lock()
	disk.broken = nil
	disk.mu.Unlock()
	h.elapse(retryDelay)
	if disk.last() != "" {
		t.Error("the refused save was tried again")
	}
}
