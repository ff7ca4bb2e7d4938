package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"

	"modernc.org/sqlite"
)

func TestDiskFullMessage(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	s.db.SetMaxOpenConns(1) // the page limit below is per connection
	mustSave(t, s, person("Jordan Ellis", ""), "Priya Shah")
	var pages int
	if err := s.db.QueryRow("PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA max_page_count = %d", pages)); err != nil {
		t.Fatal(err)
	}
	// The WAL holds pages too; checkpoint so the limit bites at once.
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	p := bigPlan(40)
	err := s.Save(p, "Priya Shah")
	if err == nil {
		t.Fatal("save past the size limit succeeded")
	}
	want := "save plan for Morgan Tiller to " + s.Path() + ": the disk is full"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q\nwant it to start %q", err, want)
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		t.Errorf("the SQLite error is not kept for errors.As: %v", err)
	}
}

func TestReadOnlyMessage(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	ro, err := sql.Open("sqlite", fileURI(s.Path())+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.Exec("DELETE FROM changes")
	if got := plain(err); got == nil || !strings.Contains(got.Error(), "read-only") {
		t.Errorf("plain(%v) = %v, want a read-only message", err, got)
	}
}

func TestPlainLeavesOtherErrors(t *testing.T) {
	other := errors.New("something else")
	if got := plain(other); got != other {
		t.Errorf("plain changed %v to %v", other, got)
	}
	if plain(nil) != nil {
		t.Error("plain(nil) is not nil")
	}
}
