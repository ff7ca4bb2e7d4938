package store

import (
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

var (
	// ErrNotFound is returned (wrapped) when a plan or version is not in the store.
	ErrNotFound = errors.New("not found")
	// ErrVersionIssued is returned (wrapped) when a version number has already
	// been issued with different content: issued versions never change.
	ErrVersionIssued = errors.New("this version has already been issued with different content; start an amendment to change it")
	// ErrNothingIssued is returned (wrapped) by StartAmendment when the plan
	// has no issued version to amend.
	ErrNothingIssued = errors.New("no version of this plan has been issued yet, so there is nothing to amend")
)

// CorruptError reports a plans file that cannot be used: unreadable, not a
// database, or damaged. The file is left exactly as it was.
type CorruptError struct {
	Path string
	// Backups lists the backups that could replace it, newest first.
	Backups []string
	Err     error
}

func (e *CorruptError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the plans file %s cannot be used (%v). It has not been changed", e.Path, e.Err)
	if len(e.Backups) == 0 {
		b.WriteString("; there is no backup to restore, so keep the file and ask for technical help")
	} else {
		fmt.Fprintf(&b, "; the newest backup is %s (%d available) and can be restored", e.Backups[0], len(e.Backups))
	}
	return b.String()
}

func (e *CorruptError) Unwrap() error { return e.Err }

// dbError gives an SQLite failure a message a caseworker can act on, while
// keeping the original error for errors.Is and errors.As.
type dbError struct {
	msg string
	err error
}

func (e *dbError) Error() string { return e.msg }
func (e *dbError) Unwrap() error { return e.err }

// plain rewrites the SQLite errors people can do something about.
func plain(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	msg := ""
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		msg = "the disk is full: free some space, then try again"
	case sqlite3.SQLITE_READONLY:
		msg = "the plans file is read-only: check that you may change it and that the disk is not write-protected"
	case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		msg = "permission denied: check that you may change the plans file and its folder"
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		msg = "the plans file stayed locked by another program for too long: close other copies of the app and try again"
	case sqlite3.SQLITE_IOERR:
		msg = "the disk could not be read or written (is it a removed USB stick or a dropped network drive?)"
	case sqlite3.SQLITE_CANTOPEN:
		msg = "the plans file cannot be opened: check the folder exists and you may use it"
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		msg = "the plans file is damaged: restore it from a backup"
	default:
		return err
	}
	return &dbError{msg: msg, err: err}
}
