package store

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"

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
	// ErrIssuedPlan is returned (wrapped) by Save when it would change the
	// content of an issued plan (final or ceased) rather than its reviews.
	ErrIssuedPlan = errors.New("This plan is issued. Start an amendment to change it.")
)

// The kinds of failure a caseworker can act on. Each error the store
// returns satisfies errors.Is with at most one of them; only ErrDamaged
// means that restoring a backup may help.
var (
	// ErrDamaged: the plans file, or one stored plan, failed an integrity
	// check. The file is never written to.
	ErrDamaged = errors.New("damaged")
	// ErrNotAllowed: the operating system refused to let this user read or
	// change the plans file or its folder, or the disk is read-only.
	ErrNotAllowed = errors.New("not allowed")
	// ErrLocked: another program kept the plans file locked for longer than
	// the store waits.
	ErrLocked = errors.New("locked by another program")
	// ErrDiskFull: there was no room on the disk (or in the user's quota).
	ErrDiskFull = errors.New("the disk is full")
)

// CorruptError reports a plans file that is damaged or not a plans
// database at all. The file is left exactly as it was. It satisfies
// errors.Is(err, ErrDamaged).
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

func (e *CorruptError) Unwrap() error        { return e.Err }
func (e *CorruptError) Is(target error) bool { return target == ErrDamaged }

// PlanDamagedError reports one stored plan (working copy or issued
// version) whose stored text failed its checksum or could not be read
// strictly. It names the plan by ID only: its content cannot be trusted.
// It satisfies errors.Is(err, ErrDamaged); nothing is repaired.
type PlanDamagedError struct {
	ID      string
	Version int // 0 for the working copy
	Problem string
}

func (e *PlanDamagedError) Error() string {
	what := "the saved copy of plan " + e.ID
	if e.Version > 0 {
		what = fmt.Sprintf("issued version %d of plan %s", e.Version, e.ID)
	}
	return what + " is damaged (" + e.Problem + "); it has not been changed: restore the plans file from a backup, or import the plan again from a file"
}

func (e *PlanDamagedError) Is(target error) bool { return target == ErrDamaged }

// kindError gives a failure a message a caseworker can act on and its
// kind, while keeping the original error for errors.Is and errors.As.
type kindError struct {
	kind error // one of the Err kinds above, or nil
	msg  string
	err  error
}

func (e *kindError) Error() string        { return e.msg }
func (e *kindError) Unwrap() error        { return e.err }
func (e *kindError) Is(target error) bool { return e.kind != nil && target == e.kind }
func kinded(kind error, msg string, err error) error {
	return &kindError{kind: kind, msg: msg, err: err}
}

// plain gives SQLite and operating-system failures people can do
// something about their kind and a plain message; other errors are
// returned unchanged.
func plain(err error) error {
	if err == nil {
		return nil
	}
	var ke *kindError
	if errors.As(err, &ke) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		return plainSQLite(se.Code()&0xff, err)
	}
	if pe, ok := plainPG(err); ok {
		return pe
	}
	return plainOS(err)
}

func plainSQLite(code int, err error) error {
	switch code {
	case sqlite3.SQLITE_FULL:
		return kinded(ErrDiskFull, "the disk is full: free some space, then try again", err)
	case sqlite3.SQLITE_READONLY:
		return kinded(ErrNotAllowed, "the plans file is read-only: check that you may change it and its folder, and that the disk is not write-protected", err)
	case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
		return kinded(ErrNotAllowed, "permission denied: check that you may change the plans file and its folder", err)
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return kinded(ErrLocked, "the plans file stayed locked by another program for too long: close other copies of the app and try again", err)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return kinded(ErrDamaged, "the plans file is damaged: restore it from a backup", err)
	case sqlite3.SQLITE_IOERR:
		return kinded(nil, "the disk could not be read or written (is it a removed USB stick or a dropped network drive?)", err)
	case sqlite3.SQLITE_CANTOPEN:
		// SQLite says "cannot open" for a refused permission as well as
		// for a missing folder; the caller knows the path and says more.
		return kinded(nil, "the plans file cannot be opened: check the folder exists and you may use it", err)
	}
	return err
}

func plainOS(err error) error {
	var errno syscall.Errno
	switch {
	case errors.Is(err, os.ErrPermission), errors.As(err, &errno) && isReadOnlyDisk(errno):
		return kinded(ErrNotAllowed, "permission denied: "+err.Error(), err)
	case errors.As(err, &errno) && isDiskFull(errno):
		return kinded(ErrDiskFull, "the disk is full: "+err.Error(), err)
	case errors.As(err, &errno) && isLockedOS(errno):
		return kinded(ErrLocked, "locked by another program: "+err.Error(), err)
	}
	return err
}
