package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan/store"
)

// Only a damaged file is offered a backup; the other problems say which
// path and what to do, and do not call the file damaged.
func TestOpenProblemAdvice(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plans.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not a database ", 20)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, damaged := store.Open(path)
	cases := []struct {
		name   string
		err    error
		backup bool
		title  string
		advice string
	}{
		{"damaged", damaged, true, "", ""},
		{"not allowed", fmt.Errorf("open: %w", store.ErrNotAllowed), false, "You are not allowed to use the plans file", "permission"},
		{"locked", fmt.Errorf("open: %w", store.ErrLocked), false, "The plans file is in use by another program", "Close any other program"},
		{"disk full", fmt.Errorf("open: %w", store.ErrDiskFull), false, "The disk is full", "Free some space"},
		{"newer app", fmt.Errorf("open: %w", store.ErrNewerSchema), false, "The plans file is from a newer version of the app", "Install the newer version"},
		{"other", errors.New("something else"), false, "The plans file cannot be opened", "ask IT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := offersBackup(tc.err); ok != tc.backup {
				t.Fatalf("offersBackup(%v) = %v, want %v", tc.err, ok, tc.backup)
			}
			if tc.backup {
				return
			}
			title, advice := openAdvice(path, tc.err)
			if title != tc.title || !strings.Contains(advice, tc.advice) || !strings.Contains(advice, path) {
				t.Errorf("openAdvice = %q, %q; want title %q and advice naming %s and saying %q", title, advice, tc.title, path, tc.advice)
			}
			if strings.Contains(strings.ToLower(title), "damaged") || strings.Contains(strings.ToLower(advice), "restore") {
				t.Errorf("advice for %s offers a restore or calls the file damaged: %q", tc.name, advice)
			}
		})
	}
}
