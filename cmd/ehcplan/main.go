// Command ehcplan is EHC Plan Writer's window: the caseload, the plan
// editor, issuing and printing. Plans are kept in one local plans file
// (SQLite); nothing needs a network.
//
// Usage: ehcplan [--db PATH] [--open PLAN-ID [--page PAGE] | --meeting PLAN-ID]
//
//	[--text-size normal|large|extra-large] [--timing [--timing-quit]] [--cpuprofile FILE]
//
// --meeting PLAN-ID opens that plan straight in meeting mode, at the
// question its last meeting stopped at (Esc goes on to the editor).
//
// --timing (or EHCPLAN_TIMING=1) prints start-up times and memory to
// stderr; scripts/measure-startup.sh uses it.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/user"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"ehcplan/app"
	"ehcplan/assets"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// appID names the app to Fyne; preferences are kept under it.
const appID = "uk.org.ehcplanwriter.app"

// flags are the command-line options.
type flags struct {
	db, open, page, textSize string
	meeting                  string
	timing, timingQuit       bool
	cpuProfile               string
}

func main() {
	var f flags
	flag.StringVar(&f.db, "db", "", "the plans file (default: the usual place for this user)")
	flag.StringVar(&f.open, "open", "", "open the plan with this ID at start")
	flag.StringVar(&f.page, "page", "", "with --open, show this page of the plan (for example Versions or Print)")
	flag.StringVar(&f.meeting, "meeting", "", "open the plan with this ID in meeting mode, for a meeting with the family")
	flag.StringVar(&f.textSize, "text-size", "", "set the text size: normal, large or extra-large")
	flag.BoolVar(&f.timing, "timing", os.Getenv("EHCPLAN_TIMING") == "1",
		"print start-up times and memory to stderr (also EHCPLAN_TIMING=1)")
	flag.BoolVar(&f.timingQuit, "timing-quit", false, "with --timing, quit once the last figures are printed")
	flag.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "ehcplan: unexpected arguments:", strings.Join(flag.Args(), " "))
		os.Exit(2)
	}
	if f.meeting != "" && f.open != "" {
		fmt.Fprintln(os.Stderr, "ehcplan: use either --open or --meeting, not both")
		os.Exit(2)
	}
	size, err := parseTextSize(f.textSize)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ehcplan:", err)
		os.Exit(2)
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ehcplan: --cpuprofile:", err)
			os.Exit(2)
		}
		defer stop()
	}
	limitMemory()
	fa := fyneapp.NewWithID(appID)
	fa.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	if f.textSize != "" {
		app.SaveTextSize(fa.Preferences(), size)
	}
	s := &session{fa: fa, flags: f, screen: newScreenFitter(fa)}
	if f.timing {
		s.timing = &timing{w: os.Stderr, fa: fa, quit: f.timingQuit}
	}
	s.start()
	fa.Run()
	s.close()
}

// session opens the store and the main window, and closes the store at
// the end.
type session struct {
	fa     fyne.App
	flags  flags
	path   string
	st     *store.Store
	screen *screenFitter
	timing *timing // nil without --timing
}

// start opens the plans file and shows the caseload, or explains why the
// file cannot be opened.
func (s *session) start() {
	path := s.flags.db
	if path == "" {
		path = app.TeamServer(s.fa.Preferences())
	}
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			s.showFatal("The app cannot find where to keep plans", err.Error())
			return
		}
	}
	s.path = path
	st, err := store.Open(path)
	if s.timing != nil {
		s.timing.report("store-open")
	}
	if err != nil {
		s.showOpenProblem(path, err)
		return
	}
	s.showMain(st)
}

// showMain shows the caseload window and starts the daily backup.
func (s *session) showMain(st *store.Store) {
	s.st = st
	a := app.New(s.fa, st, app.Options{
		Caseworker:  osUserName(),
		Today:       func() plan.Date { return plan.DateOf(time.Now()) },
		StorePath:   s.path,
		OnMilestone: s.milestone,
	})
	w := a.Window()
	s.screen.fit(w)
	w.SetMaster()
	w.Show()
	if s.flags.open != "" {
		a.OpenPlan(s.flags.open)
		a.ShowPage(s.flags.page)
	}
	if s.flags.meeting != "" {
		a.OpenMeeting(s.flags.meeting)
	}
	go backUp(st)
}

// milestone hears of start-up milestones (UI goroutine). After the first
// checker pass, which reads every plan once, the memory that pass used is
// handed back to the system rather than kept for a pass that will not come
// again; --timing's last figures are taken after that.
func (s *session) milestone(m app.Milestone) {
	if m == app.MilestoneChecked {
		go debug.FreeOSMemory()
	}
	if s.timing != nil {
		s.timing.milestone(m)
	}
}

// backUp makes the day's backup of the plans file, if not made yet, and
// checks again every hour, so an app left open for days still backs up
// daily and removes what deleting a plan promises to remove after 30 days
// (see store.Delete). It waits a moment first, so the caseload has the
// disk to itself at start. The store outlives this goroutine (it is closed
// only as the process ends).
func backUp(st *store.Store) {
	time.Sleep(3 * time.Second)
	for {
		if path, err := st.BackupIfDue(time.Now()); err != nil {
			fmt.Fprintln(os.Stderr, "ehcplan: backup:", err)
		} else if path != "" {
			fmt.Fprintln(os.Stderr, "ehcplan: backed up the plans file to", path)
		}
		time.Sleep(time.Hour)
	}
}

func (s *session) close() {
	if s.st != nil {
		if err := s.st.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "ehcplan: close the plans file:", err)
		}
	}
}

// memoryLimit is a soft limit for the Go heap: the garbage collector works
// harder as it is neared, so a burst of garbage (the checker pass over a
// large caseload, a big print) does not leave the heap, and the memory the
// runtime keeps from the system, far above what is live. Well above what
// the app needs with 10,000 plans and a large plan open (about 50 MiB).
const memoryLimit = 160 << 20

// limitMemory sets memoryLimit unless GOMEMLIMIT is set.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// osUserName is the name of the person logged in, for the change log
// until they set their own in Settings.
func osUserName() string {
	u, err := user.Current()
	if err != nil {
		return ""
	}
	if name := strings.TrimSpace(strings.Split(u.Name, ",")[0]); name != "" {
		return name
	}
	return u.Username
}

func parseTextSize(s string) (app.TextSize, error) {
	switch s {
	case "", "normal":
		return app.TextNormal, nil
	case "large":
		return app.TextLarge, nil
	case "extra-large":
		return app.TextExtraLarge, nil
	}
	return 0, fmt.Errorf("--text-size %q: use normal, large or extra-large", s)
}
