package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

func TestInsightCommand(t *testing.T) {
	today := plan.Date{Year: 2026, Month: 12, Day: 10}
	db := storeWith(t, demo.Plans(30, 2026, today)...)
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"text", []string{"--from-year", "9"}, exitOK, "Destinations: now and planned (Year 9 and up)"},
		{"json", []string{"--json", "--setting", "Northbridge College"}, exitOK, `"key": "themes_future"`},
		{"csv", []string{"--csv", filepath.Join(dir, "csv")}, exitOK, "files for sharing into"},
		{"pdf", []string{"--pdf", filepath.Join(dir, "insight.pdf")}, exitOK, "for sharing"},
		{"baseline", []string{"--save-baseline"}, exitOK, "saved today's counts as the baseline for all current plans"},
		{"against the baseline", nil, exitOK, "Indicators against the baseline of 10 December 2026"},
		{"two outputs", []string{"--json", "--pdf", "x.pdf"}, exitUsage, ""},
		{"bad year", []string{"--from-year", "nine"}, exitUsage, ""},
		{"empty scope", []string{"--setting", "Nowhere School"}, exitOK, "Nothing to show yet: None of the 30 plans is in this choice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"insight", "--db", db, "--today", today.String()}, tc.args...)
			code, out, errs := runCmd(args...)
			if code != tc.code || !strings.Contains(out, tc.out) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s\n%s", code, tc.code, tc.out, out, errs)
			}
		})
	}
	csvs, _ := filepath.Glob(filepath.Join(dir, "csv", "*.csv"))
	if len(csvs) < 10 {
		t.Errorf("%d CSV files written", len(csvs))
	}
	_, out, _ := runCmd("insight", "--db", db, "--json", "--today", today.String())
	var got struct{ Sections []struct{ Key string } }
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Sections) == 0 {
		t.Errorf("--json: %v %q", err, out[:min(len(out), 200)])
	}
	if info, err := os.Stat(filepath.Join(dir, "insight.pdf")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("PDF: %v %v", info, err)
	}
}
