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
const busyTimeout = 10 * time.Second

// Store is an open plans file. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
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
// missing and bringing its tables up to date. A file that is unreadable,
// not a database or damaged is never written to: Open returns a
// *CorruptError listing the backups that could replace it.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open plans file %s: %w", path, err)
	}
	if err := createFile(abs); err != nil {
		return nil, fmt.Errorf("open plans file %s: %w", abs, plain(err))
	}
	if err := checkIntact(abs); err != nil {
		backups, _ := Backups(abs)
		return nil, &CorruptError{Path: abs, Backups: backups, Err: err}
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open plans file %s: %w", abs, err)
	}
	s := &Store{db: db, path: abs, now: time.Now}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("prepare plans file %s: %w", abs, plain(err))
	}
	// Best effort: an old export that cannot be removed now is tried
	// again next time, and must not keep anyone from their caseload.
	_ = purgeDeleted(s.deletedDir(), time.Now())
	return s, nil
}

// dsn is the driver's connection string: every connection waits for locks,
// enforces foreign keys, syncs each commit and begins writes immediately.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "journal_size_limit(67108864)")
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheKiB))
	q.Set("_txlock", "immediate")
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
// so the plans are private to the user from the first byte.
func createFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// Close closes the store; it checkpoints the journal into the main file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close plans file %s: %w", s.path, plain(err))
	}
	return nil
}

// Path is the absolute path of the plans file.
func (s *Store) Path() string { return s.path }

func (s *Store) dir() string        { return filepath.Dir(s.path) }
func (s *Store) deletedDir() string { return filepath.Join(s.dir(), "deleted") }

// write runs fn in one immediate transaction, committing only if fn succeeds.
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.Begin()
	if err != nil {
		return plain(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return plain(tx.Commit())
}
