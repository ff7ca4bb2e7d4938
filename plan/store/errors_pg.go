package store

import (
	"database/sql/driver"
	"errors"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// The kinds of failure only a team server has.
var (
	// ErrUnreachable: the team server did not answer (it is down, or the
	// network between is): the work is kept and can be saved when it is back.
	ErrUnreachable = errors.New("cannot reach the team server")
	// ErrUnsupportedServer: the server runs a PostgreSQL older than the
	// store supports (see minServerVersion).
	ErrUnsupportedServer = errors.New("unsupported PostgreSQL version")
	// ErrNeedsOwner: this version of the app must bring the team
	// database's tables up to date, and only the schema's owner may change
	// them: IT opens it once as the owner (see the README).
	ErrNeedsOwner = errors.New("the team database needs updating by its owner")
	// ErrBadAddress: the postgres:// URL cannot be read.
	ErrBadAddress = errors.New("the team server address cannot be used")
)

// plainPG gives PostgreSQL and network failures people can act on their
// kind and a plain message; ok is false for any other error.
func plainPG(err error) (error, bool) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return plainPgError(pe, err)
	}
	if isUnreachable(err) {
		return kinded(ErrUnreachable, "cannot reach the team server: check the network connection (and VPN); "+
			"your work is kept and saved when the server is back", err), true
	}
	return err, false
}

// insufficientPrivilege is the SQLSTATE of a statement refused for want
// of a right (a caseworker's role, not the schema's owner).
const insufficientPrivilege = "42501"

// isInsufficientPrivilege says whether the server refused err for want of
// a right.
func isInsufficientPrivilege(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == insufficientPrivilege
}

func plainPgError(pe *pgconn.PgError, err error) (error, bool) {
	switch {
	case pe.Code == "28P01" || pe.Code == "28000":
		return kinded(ErrNotAllowed, "the server refused the user name or password: check the password in your "+
			"PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in PGPASSWORD, and the user name "+
			"in the address; EHC Plan Writer never stores a password itself", err), true
	case pe.Code == "3D000":
		return kinded(ErrNotAllowed, "the server has no database of that name: check the address IT gave you", err), true
	case pe.Code == insufficientPrivilege:
		return kinded(ErrNotAllowed, "this user may not do that on the team database: ask IT to give the app's user "+
			"the rights described in the README (\"Sharing a caseload with your team\")", err), true
	case pe.Code == "53100":
		return kinded(ErrDiskFull, "the team server's disk is full: tell IT; your work is kept", err), true
	case pe.Code == "25006":
		return kinded(ErrNotAllowed, "the team database was opened for reading only", err), true
	case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03":
		return kinded(ErrLocked, "another caseworker's save was in the way: try again", err), true
	case strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03":
		return kinded(ErrUnreachable, "cannot reach the team server (it is shutting down or starting up): "+
			"your work is kept and saved when the server is back", err), true
	}
	return err, false
}

// isUnreachable reports a failure to talk to the server at all.
func isUnreachable(err error) bool {
	var ce *pgconn.ConnectError
	var op *net.OpError
	return errors.As(err, &ce) || errors.As(err, &op) || errors.Is(err, driver.ErrBadConn) ||
		pgconn.Timeout(err) || errors.Is(err, pgconn.ErrConnClosed)
}
