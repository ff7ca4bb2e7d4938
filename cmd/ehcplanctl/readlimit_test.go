package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"ehcplan/plan"
)

// TestPlanFilesAreReadWithinTheLimit: check, render and import refuse a
// file over 16 MiB without reading it all (a sparse 1 GiB file, whose size
// they can say, and /dev/zero, whose size they cannot).
func TestPlanFilesAreReadWithinTheLimit(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.json")
	if err := os.WriteFile(huge, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 1<<30); err != nil {
		t.Fatal(err)
	}
	type limit struct {
		size     string // what the message says
		maxAlloc uint64 // bytes allocated in all: never the file's size
	}
	files := map[string]limit{huge: {"1.0 GiB", 8 << 20}}
	if _, err := os.Stat("/dev/zero"); err == nil {
		files["/dev/zero"] = limit{"more than 16 MiB", 5 * plan.MaxFileSize}
	}
	for file, want := range files {
		for _, args := range [][]string{
			{"check", file},
			{"check", "--json", file},
			{"render", file, "-o", filepath.Join(dir, "x.pdf")},
			{"import", file, "--db", filepath.Join(dir, "plans.db")},
		} {
			t.Run(strings.Join(args[:2], " "), func(t *testing.T) {
				var out, errb bytes.Buffer
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				code := run(args, &out, &errb)
				runtime.ReadMemStats(&after)
				if code != exitUsage || !strings.Contains(errb.String(), file) || !strings.Contains(errb.String(), want.size) {
					t.Errorf("exit %d, stderr %q: want %d naming %s and %q", code, errb.String(), exitUsage, file, want.size)
				}
				if got := after.TotalAlloc - before.TotalAlloc; got > want.maxAlloc && !raceDetector {
					t.Errorf("allocated %d bytes, want at most %d", got, want.maxAlloc)
				}
			})
		}
	}
}
