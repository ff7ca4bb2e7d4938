package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"ehcplan/app"
)

// started is when the main package was initialised; sinceExec adds the
// time the process had already run by then (Go runtime and package
// initialisation), read from /proc on Linux and 0 elsewhere.
var (
	started    = time.Now()
	beforeInit = timeBeforeInit()
)

// settleDelay is how long after the checker pass the last figures are
// taken, so the memory given back after the pass is seen.
const settleDelay = 5 * time.Second

// sinceExec is the time since the process started.
func sinceExec() time.Duration { return time.Since(started) + beforeInit }

// timing prints start-up figures to stderr for --timing (or EHCPLAN_TIMING=1):
// milliseconds since the process started and the memory in use when the
// caseload first shows its rows, when the checker has marked every plan,
// and settleDelay after that. With quit it ends the app after the last line.
type timing struct {
	w    io.Writer
	fa   fyne.App
	quit bool
	done bool
}

func (t *timing) milestone(m app.Milestone) {
	switch m {
	case app.MilestoneRows:
		t.report("rows-shown")
	case app.MilestoneChecked:
		if t.done {
			return
		}
		t.done = true
		t.report("checked")
		go func() {
			time.Sleep(settleDelay)
			fyne.Do(func() {
				t.report("settled")
				if t.quit {
					t.fa.Quit()
				}
			})
		}()
	}
}

// report prints one line: the milestone, ms since start, RSS and Go heap.
func (t *timing) report(what string) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss := procStatus("VmRSS", "RssAnon", "RssFile")
	fmt.Fprintf(t.w, "ehcplan timing: %-10s %6d ms  rss %s MB (anon %s, file %s)  go-heap %.1f MB  go-retained %.1f MB  unix-ms %d\n",
		what, sinceExec().Milliseconds(), rss[0], rss[1], rss[2],
		mib(ms.HeapInuse), mib(ms.Sys-ms.HeapReleased), time.Now().UnixMilli())
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// procStatus reads fields of /proc/self/status given in kB, in MB with one
// decimal; "?" where they cannot be read (not Linux).
func procStatus(keys ...string) []string {
	out := make([]string, len(keys))
	for i := range out {
		out[i] = "?"
	}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		for i, k := range keys {
			if name != k {
				continue
			}
			if kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 64); err == nil {
				out[i] = strconv.FormatFloat(kb/1024, 'f', 1, 64)
			}
		}
	}
	return out
}

// timeBeforeInit is how long the process ran before the main package was
// initialised: /proc/uptime minus the process's start time in
// /proc/self/stat (both in hundredths of a second on Linux).
func timeBeforeInit() time.Duration {
	up, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	upFields := strings.Fields(string(up))
	// the command name (field 2) may hold spaces: count from the last ')'
	rest := string(stat)
	if i := strings.LastIndexByte(rest, ')'); i >= 0 {
		rest = rest[i+1:]
	}
	statFields := strings.Fields(rest)
	const startTimeField = 22 - 3 // field 22 of the whole line; rest starts at field 3
	if len(upFields) < 1 || len(statFields) <= startTimeField {
		return 0
	}
	upSec, err1 := strconv.ParseFloat(upFields[0], 64)
	ticks, err2 := strconv.ParseFloat(statFields[startTimeField], 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	const clockTicks = 100 // USER_HZ on every Linux the app runs on
	d := time.Duration((upSec - ticks/clockTicks) * float64(time.Second))
	if d < 0 || d > time.Minute {
		return 0
	}
	return d
}

// startCPUProfile writes a CPU profile to path until the returned stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
