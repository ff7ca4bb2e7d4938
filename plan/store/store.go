// Package store keeps EHC plans in a local SQLite file: the working copy of
// each plan (saved on every edit), its issued versions (immutable), a change
// log, daily backups and a final export of every deleted plan.
//
// The file is safe to share between two copies of the app: every write is an
// immediate transaction and a locked file is waited for, never reported.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// cacheKiB is the page cache of each connection, in KiB. 8 MiB holds a
// 10,000-plan caseload's listing (the plans table and its indexes, about
// 6 MiB) with room to spare. Plan bodies are read once each by the
// checker pass and a plan at a time by the editor, so a larger cache only
// fills up with bodies that are not read again: with 32 MiB the app kept
// about 45 MiB more after its first pass over 10,000 plans (each pooled
// connection has its own cache, and SQLite's allocator keeps what it has
// used), while BenchmarkList10000, BenchmarkSearch10000 and BenchmarkLoad
// took the same time with 8 MiB.
const cacheKiB = 8 << 10

// busyTimeout is how long a write waits for another writer before failing.
// (A variable so that tests of a locked file need not wait ten seconds.)
var busyTimeout = 10 * time.Second

// Store is an open plans file. It is safe for concurrent use.
type Store struct {
	db   *sqlDB
	path string // the plans file, or the team server's URL without a password
	// server names a team server in messages ("" for a plans file).
	server string
	// localDir is the folder of the plans file, or for a team server the
	// folder on this computer that keeps the copies of deleted plans.
	localDir string
	// client tells this Store's presence rows from other copies of the app.
	client string
	// readOnly: opened by OpenReadOnly; every write is refused.
	readOnly bool
	// mu serialises this Store's writes, so they queue in Go rather than
	// in SQLite's busy handler; other processes still use the busy handler.
	mu  sync.Mutex
	now func() time.Time
	// listHint is the size of the last full List, to allocate the next once.
	listHint atomic.Int64
}

// DefaultPath is where the app keeps its plans file:
// <user config dir>/EHC Plan Writer/plans.db.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the folder for the plans file: %w", err)
	}
	return filepath.Join(dir, "EHC Plan Writer", "plans.db"), nil
}

// Open opens the plans file at path, creating it (and its folder) if
// missing and bringing its tables up to date. A file that is not a
// database or damaged is never written to: Open returns a *CorruptError
// (errors.Is(err, ErrDamaged)) listing the backups that could replace it.
// A file this user may not read or change, one locked by another program
// and a full disk are reported as ErrNotAllowed, ErrLocked and
// ErrDiskFull, with the path and what to do. Open takes the write lock
// only when the file is new or made by an older version of the app.
func Open(path string) (*Store, error) {
	if IsServer(path) {
		return openPostgres(path, false)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open plans file %s: %w", path, err)
	}
	if err := createFile(abs); err != nil {
		return nil, openFailure(abs, err)
	}
	tightenPermissions(abs)
	if err := checkIntact(abs); err != nil {
		return nil, intactFailure(abs, err)
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, openFailure(abs, err)
	}
	s := &Store{db: &sqlDB{DB: db}, path: abs, localDir: filepath.Dir(abs), client: newClientID(), now: time.Now}
	if err := migrate(s.db); err != nil {
		db.Close()
		return nil, openFailure(abs, err)
	}
	// Best effort: old files that cannot be removed now are tried again
	// next time, and must not keep anyone from their caseload.
	_ = s.purgeOld(time.Now())
	return s, nil
}

// OpenReadOnly opens an existing plans file for reading only: it creates
// nothing, runs no migration and never writes, so it never waits for
// another program that is writing (readers and the writer share a WAL
// file). Every write on the Store it returns is refused. A file made by
// an older version of the app is first brought up to date once by Open,
// since this version cannot read the old layout.
func OpenReadOnly(path string) (*Store, error) {
	if IsServer(path) {
		return openPostgres(path, true)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open plans file %s: %w", path, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return nil, openFailure(abs, err)
	}
	if info.Size() == 0 {
		return nil, fmt.Errorf("open plans file %s: it is empty: no plans have been saved in it yet", abs)
	}
	tightenPermissions(abs)
	if err := checkIntact(abs); err != nil {
		return nil, intactFailure(abs, err)
	}
	db, err := sql.Open("sqlite", readOnlyDSN(abs))
	if err != nil {
		return nil, openFailure(abs, err)
	}
	have, err := schemaVersion(db)
	if err == nil && have > len(migrations) {
		err = newerSchema(have)
	}
	if err != nil {
		db.Close()
		return nil, openFailure(abs, err)
	}
	if have < len(migrations) {
		db.Close()
		if err := upgrade(abs); err != nil {
			return nil, err
		}
		if db, err = sql.Open("sqlite", readOnlyDSN(abs)); err != nil {
			return nil, openFailure(abs, err)
		}
	}
	return &Store{db: &sqlDB{DB: db}, path: abs, localDir: filepath.Dir(abs), client: newClientID(), now: time.Now, readOnly: true}, nil
}

// upgrade brings an older plans file up to date with a store of its own.
func upgrade(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	return s.Close()
}

// intactFailure is checkIntact's error as Open returns it: damage as a
// *CorruptError offering the backups, anything else as openFailure.
func intactFailure(path string, err error) error {
	if !errors.Is(err, ErrDamaged) {
		return openFailure(path, err)
	}
	backups, _ := Backups(path)
	return &CorruptError{Path: path, Backups: backups, Err: err}
}

// openFailure says why the plans file at path could not be opened, which
// path, and what to do about it, keeping the error's kind.
func openFailure(path string, err error) error {
	err = plain(err)
	dir := filepath.Dir(path)
	var msg string
	switch {
	case errors.Is(err, ErrNotAllowed):
		msg = fmt.Sprintf("this account may not use the plans file %s: it needs permission to read and change "+
			"both the file and its folder %s, on a disk that is not read-only. Ask whoever looks after this "+
			"computer to give that permission, or choose a plans file in a folder of your own", path, dir)
	case errors.Is(err, ErrLocked):
		msg = fmt.Sprintf("the plans file %s is locked by another program: close any other program using it "+
			"(another copy of EHC Plan Writer, a backup or file-sync tool), then try again", path)
	case errors.Is(err, ErrDiskFull):
		msg = fmt.Sprintf("the disk that holds the plans file %s is full: free some space on it, then try again", path)
	default:
		return fmt.Errorf("open plans file %s: %w", path, err)
	}
	return kinded(nil, msg+". Nothing has been changed ("+err.Error()+")", err)
}

// dsn is the driver's connection string: every connection waits for locks,
// enforces foreign keys, syncs each commit, overwrites deleted content
// with zeros (so a deleted plan does not linger in free pages) and begins
// writes immediately.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "secure_delete(1)")
	q.Add("_pragma", "journal_size_limit(67108864)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	q.Set("_txlock", "immediate")
	return fileURI(path) + "?" + q.Encode()
}

// readOnlyDSN is the connection string of OpenReadOnly: read-only, no
// writes even by mistake, and deferred (read) transactions.
func readOnlyDSN(path string) string {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "query_only(1)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	return fileURI(path) + "?" + q.Encode()
}

// fileURI is path as an SQLite URI, with spaces, '?', '#' and '%' escaped:
// file:/home/..., file:/C:/Users/... on Windows, and file:////server/share/...
// for a network share (an empty authority, then the path).
func fileURI(path string) string {
	p := (&url.URL{Path: filepath.ToSlash(path)}).EscapedPath()
	switch {
	case strings.HasPrefix(p, "//"):
		return "file://" + p
	case strings.HasPrefix(p, "/"):
		return "file:" + p
	}
	return "file:/" + p
}

// createFile makes the folder (0700) and an empty file (0600) when missing,
// so the plans are private to the user from the first byte. An existing
// file is opened for writing and closed again, unchanged, so that a file
// this user may only read is reported now rather than at the first save.
func createFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		f, err = os.OpenFile(path, os.O_RDWR, 0)
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// Close closes the store; it checkpoints the journal into the main file.
func (s *Store) Close() error {
	s.leaveAll()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close plans file %s: %w", s.path, plain(err))
	}
	return nil
}

// Path is the absolute path of the plans file, or the team server's URL
// (without any password).
func (s *Store) Path() string { return s.path }

// Server names the team server (host, port and database) for messages, or
// is "" for a plans file.
func (s *Store) Server() string { return s.server }

// IsTeam reports whether the store is on a team server.
func (s *Store) IsTeam() bool { return s.db.pg }

func (s *Store) dir() string        { return s.localDir }
func (s *Store) deletedDir() string { return filepath.Join(s.dir(), "deleted") }

// errReadOnly refuses a write on a Store opened by OpenReadOnly.
var errReadOnly = errors.New("the plans file was opened for reading only")

// write runs fn in one immediate transaction, committing only if fn succeeds.
func (s *Store) write(fn func(tx *txn) error) error {
	if s.readOnly {
		return errReadOnly
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 1; ; attempt++ {
		err := s.writeOnce(fn)
		// Two team members' transactions can deadlock; the server cancels
		// one, which is then safe to run again.
		if !s.db.pg || attempt == 3 || !errors.Is(err, ErrLocked) {
			return err
		}
	}
}

func (s *Store) writeOnce(fn func(tx *txn) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return plain(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return plain(err)
	}
	return plain(tx.Commit())
}
