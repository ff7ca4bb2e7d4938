package app

import (
	"errors"
	"sync"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// Autosave timing: a save starts this long after the last keystroke, and
// a failed save is tried again after retryDelay (and on the next edit).
var (
	saveDelay  = time.Second
	retryDelay = 10 * time.Second
)

// saveState is what the top bar says about saving.
type saveState struct {
	saving bool
	saved  time.Time // when the last save finished
	err    error     // the last save's error, while changes are unsaved
}

// saver saves the open plan a second after each burst of edits, on its own
// goroutine, so typing never waits for the disk. Each edit has a number;
// a write is skipped if a newer one has already been written, so saves
// that finish out of order never put older text back.
//
// Fields above mu belong to the UI goroutine.
type saver struct {
	save     func(p *plan.Plan, by string) error // store.Save
	by       func() string
	run      runner
	snapshot func() *plan.Plan // a copy of the plan, taken on the UI goroutine
	show     func(saveState)
	onFail   func(error) // told once when saves start failing
	// onConflict is told when a save is refused because someone else
	// saved first; trying again cannot help, choosing can.
	onConflict func(*store.ConflictError)

	edits    int    // number of the latest edit
	saved    int    // edits up to this number are in the store
	stopWait func() // stops the wait for the next background save
	stopped  bool
	lastSave time.Time
	failure  error // the last save's error, until a save succeeds

	mu      sync.Mutex // serialises writes to the store
	written int        // the newest edit number written
}

// runner is how the app starts work: do on the UI goroutine, background
// off it, after once a time has passed (see Options).
type runner struct {
	do         func(func())
	background func(func())
	after      func(time.Duration, func()) func()
}

func newSaver(save func(*plan.Plan, string) error, by func() string, run runner, snapshot func() *plan.Plan, show func(saveState)) *saver {
	return &saver{save: save, by: by, run: run, snapshot: snapshot, show: show}
}

// dirty reports whether there are edits not yet in the store.
func (s *saver) dirty() bool { return s.saved < s.edits }

// changed notes an edit and (re)starts the one-second wait.
func (s *saver) changed() {
	if s.stopped {
		return
	}
	s.edits++
	s.show(saveState{saving: true, err: s.failure})
	s.schedule(saveDelay)
}

// schedule starts (or restarts) the timer for a background save.
func (s *saver) schedule(d time.Duration) {
	s.stopTimer()
	s.stopWait = s.run.after(d, func() { s.run.do(s.saveInBackground) })
}

func (s *saver) stopTimer() {
	if s.stopWait != nil {
		s.stopWait()
		s.stopWait = nil
	}
}

// saveInBackground takes a copy of the plan now (UI goroutine) and writes
// it on another goroutine.
func (s *saver) saveInBackground() {
	if s.stopped || !s.dirty() {
		return
	}
	n, p, by := s.edits, s.snapshot(), s.by()
	s.run.background(func() {
		err := s.write(n, p, by)
		s.run.do(func() { s.finished(n, err, true) })
	})
}

// write stores edit n unless a newer edit has been written already.
func (s *saver) write(n int, p *plan.Plan, by string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= s.written {
		return nil
	}
	if err := s.save(p, by); err != nil {
		return err
	}
	s.written = n
	return nil
}

// finished records the end of a save of edit n (UI goroutine). The first
// failure of a background save is also told in a dialog (tell).
func (s *saver) finished(n int, err error, tell bool) {
	if c, ok := isConflict(err); ok && s.onConflict != nil {
		s.failure = err
		s.show(saveState{err: err})
		s.onConflict(c)
		return
	}
	if err != nil {
		first := s.failure == nil
		s.failure = err
		// Trying again cannot help an issued plan; anything else may pass.
		if !s.stopped && !errors.Is(err, store.ErrIssuedPlan) {
			s.schedule(retryDelay)
		}
		s.show(saveState{err: err})
		if first && tell && s.onFail != nil {
			s.onFail(err)
		}
		return
	}
	s.failure = nil
	s.saved = max(s.saved, n)
	s.lastSave = time.Now()
	s.show(saveState{saving: s.dirty(), saved: s.lastSave})
}

// flush saves any unsaved edits now, on the UI goroutine, and returns the
// error if that fails. Going back to the caseload and closing the window
// call it, so at most the last moment of typing could ever be lost.
func (s *saver) flush() error {
	s.stopTimer()
	if !s.dirty() {
		return nil
	}
	n := s.edits
	err := s.write(n, s.snapshot(), s.by())
	s.finished(n, err, false)
	return err
}

// stop ends autosaving (the plan is no longer open).
func (s *saver) stop() {
	s.stopped = true
	s.stopTimer()
}
