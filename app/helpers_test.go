package app

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/internal/uitest"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// testToday is the date every test runs on.
var testToday = plan.MustDate("2026-03-02")

// harness is an App on a headless Fyne app and a store in a temp folder.
// Work the app hands to the UI goroutine waits in a queue that the test
// runs (drain), as the real UI goroutine would; background work is
// counted, so wait can wait for all of it; and timers run on a clock the
// test moves (elapse), so no test sleeps.
type harness struct {
	t     *testing.T
	fa    fyne.App
	st    *store.Store
	path  string
	a     *App
	mu    sync.Mutex
	queue []func()
	busy  sync.WaitGroup // background work still running
	clock testClock
}

// testClock is the harness's time for timers: it moves only in elapse.
type testClock struct {
	mu     sync.Mutex
	now    time.Duration
	timers []*testTimer
}

type testTimer struct {
	at      time.Duration
	f       func()
	stopped bool
}

type setup struct {
	fixtures bool         // import testdata/*.json
	plans    []string     // also add new plans with these names
	keepDemo bool         // leave the first-run demo offer enabled
	askName  bool         // leave the first-run question for the caseworker's name
	fa       fyne.App     // reuse this Fyne app (and its preferences)
	st       *store.Store // reuse this store
	// onMilestone is passed to the App as Options.OnMilestone.
	onMilestone func(Milestone)
}

func newHarness(t *testing.T, s setup) *harness {
	t.Helper()
	h := &harness{t: t, fa: s.fa, st: s.st}
	if h.fa == nil {
		h.fa = test.NewTempApp(t)
	}
	if h.st == nil {
		h.path = filepath.Join(t.TempDir(), "plans.db")
		st, err := store.Open(h.path)
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		t.Cleanup(func() { st.Close() })
		h.st = st
	} else {
		h.path = h.st.Path()
	}
	// Background work a test did not wait for (a caseload reload, the
	// check of every plan) ends before the store closes and its folder is
	// removed: it ran on against the plans file while the folder was being
	// removed, failing a test now and then with "directory not empty" (3
	// runs of the package in 5; none in 6 since).
	t.Cleanup(h.busy.Wait)
	if s.fixtures {
		h.importFixtures()
	}
	for _, name := range s.plans {
		if err := h.st.Save(plan.New(name), "test"); err != nil {
			t.Fatalf("save %s: %v", name, err)
		}
	}
	if !s.keepDemo {
		h.fa.Preferences().SetBool(prefDemoOffered, true)
	}
	if !s.askName {
		h.fa.Preferences().SetBool(prefNameAsked, true)
	}
	h.a = New(h.fa, h.st, Options{Caseworker: "Test Caseworker", Today: func() plan.Date { return testToday },
		StorePath: h.path, OnMilestone: s.onMilestone, do: h.post, background: h.background, after: h.after})
	h.a.Window().Resize(fyne.NewSize(1366, 768))
	h.drain()
	return h
}

func (h *harness) importFixtures() {
	files, err := filepath.Glob("../testdata/*.json")
	if err != nil || len(files) == 0 {
		h.t.Fatalf("no fixtures: %v", err)
	}
	var ps []*plan.Plan
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			h.t.Fatal(err)
		}
		p, err := plan.Decode(data)
		if err != nil {
			h.t.Fatalf("%s: %v", f, err)
		}
		ps = append(ps, p)
	}
	if err := h.st.Import(ps, "test"); err != nil {
		h.t.Fatal(err)
	}
}

// post is the App's "run on the UI goroutine": it queues f for the test.
func (h *harness) post(f func()) {
	h.mu.Lock()
	h.queue = append(h.queue, f)
	h.mu.Unlock()
}

// drain runs queued UI work until none is left.
func (h *harness) drain() {
	for {
		h.mu.Lock()
		q := h.queue
		h.queue = nil
		h.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, f := range q {
			f()
		}
	}
}

// background is the App's "run off the UI goroutine": it counts f while
// it runs, for wait.
func (h *harness) background(f func()) {
	h.busy.Add(1)
	go func() {
		defer h.busy.Done()
		f()
	}()
}

// after is the App's timer: f runs when elapse moves the clock past d.
func (h *harness) after(d time.Duration, f func()) func() {
	c := &h.clock
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &testTimer{at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return func() {
		c.mu.Lock()
		t.stopped = true
		c.mu.Unlock()
	}
}

// wait runs UI work and waits for background work until neither is left.
func (h *harness) wait() {
	for {
		h.busy.Wait()
		h.mu.Lock()
		idle := len(h.queue) == 0
		h.mu.Unlock()
		if idle {
			return
		}
		h.drain()
	}
}

// elapse moves the timers' clock on by d, runs every timer that falls due
// (in time order, with the work each one starts), then waits.
func (h *harness) elapse(d time.Duration) {
	c := &h.clock
	c.mu.Lock()
	end := c.now + d
	c.mu.Unlock()
	for {
		h.wait()
		c.mu.Lock()
		var next *testTimer
		for _, t := range c.timers {
			if !t.stopped && t.at <= end && (next == nil || t.at < next.at) {
				next = t
			}
		}
		if next == nil {
			c.now = end
			c.mu.Unlock()
			return
		}
		next.stopped = true
		c.now = next.at
		c.mu.Unlock()
		next.f()
	}
}

// settle waits until the caseload's query and checks have answered.
func (h *harness) settle() { h.wait() }

// rowNames are the names in the caseload, in order.
func (h *harness) rowNames() []string {
	var out []string
	for _, s := range h.a.caseload.rows {
		out = append(out, s.Name)
	}
	return out
}

// overlay is the top dialog or pop-up, failing if there is none.
func (h *harness) overlay() fyne.CanvasObject {
	h.t.Helper()
	top := h.a.Window().Canvas().Overlays().Top()
	if top == nil {
		h.t.Fatal("no dialog is showing")
	}
	return top
}

// tapButton taps the button labelled text inside o.
func (h *harness) tapButton(o fyne.CanvasObject, text string) {
	h.t.Helper()
	for _, b := range find[*widget.Button](o) {
		if b.Text == text {
			test.Tap(b)
			h.drain()
			return
		}
	}
	h.t.Fatalf("no button %q among %q", text, buttonTexts(o))
}

func buttonTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, b := range find[*widget.Button](o) {
		out = append(out, b.Text)
	}
	return out
}

// allText is uitest.AllText: every word shown inside o.
func allText(o fyne.CanvasObject) string { return uitest.AllText(o) }

// find is uitest.Find: every object of type T in o's tree.
func find[T fyne.CanvasObject](o fyne.CanvasObject) []T { return uitest.Find[T](o) }

// storedJSON is the plan as the store has it now.
func (h *harness) storedJSON(id string) string {
	h.t.Helper()
	p, err := h.st.Load(id)
	if err != nil {
		h.t.Fatalf("load %s: %v", id, err)
	}
	data, err := plan.Encode(p)
	if err != nil {
		h.t.Fatal(err)
	}
	return string(data)
}

// idOf returns the ID of the plan for name.
func (h *harness) idOf(name string) string {
	h.t.Helper()
	rows, err := h.st.List(store.Filter{Search: name})
	if err != nil || len(rows) == 0 {
		h.t.Fatalf("no plan for %s: %v", name, err)
	}
	return rows[0].ID
}
