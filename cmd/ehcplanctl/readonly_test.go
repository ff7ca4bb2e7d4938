package main

import (
	"context"
	"database/sql"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// holdWriteLock begins a write transaction on the store at path, as the
// app does while saving, and keeps it open until the test ends.
func holdWriteLock(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(path)}).EscapedPath())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.ExecContext(ctx, "ROLLBACK"); conn.Close() })
	for _, q := range []string{"BEGIN IMMEDIATE", `INSERT INTO changes (at, plan_id, name, who, what) VALUES (0, 'x', '', 'the app', 'saving')`} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
}

// The commands that only read work while another program holds the write
// lock (before, each waited ten seconds for it and failed).
func TestReadCommandsDoNotWaitForAWriter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	if code, _, errs := ctl(t, append(append([]string{"import"}, fixtureFiles(t)...), "--db", db)...); code != exitOK {
		t.Fatalf("import: %s", errs)
	}
	holdWriteLock(t, db)
	cases := [][]string{
		{"list", "--db", db},
		{"check", "--all", "--db", db},
		{"export", "9a1e7c44-2b6d-4f0a-8e3b-5d6c7e8f9a01", "--db", db, "-o", "-"},
	}
	for _, args := range cases {
		code, _, errs := ctl(t, args...)
		if code == exitUsage || strings.Contains(errs, "locked") {
			t.Errorf("%s while another program writes: exit %d\n%s", strings.Join(args, " "), code, errs)
		}
	}
}
