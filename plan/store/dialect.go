package store

import (
	"database/sql"
	"strconv"
	"strings"
)

// The store's SQL is written once, in SQLite's dialect, and rewritten for
// PostgreSQL where the two differ in the small ways its queries meet:
// placeholders (? becomes $1, $2...) and instr (strpos). Anything larger
// (the schema, PRAGMAs, backups) is separate code for each backend.

// sqlDB is the store's database handle: *sql.DB with its queries rewritten
// for the backend.
type sqlDB struct {
	*sql.DB
	pg bool
}

func (d *sqlDB) Exec(q string, args ...any) (sql.Result, error) {
	return d.DB.Exec(rebind(d.pg, q), args...)
}

func (d *sqlDB) Query(q string, args ...any) (*sql.Rows, error) {
	return d.DB.Query(rebind(d.pg, q), args...)
}

func (d *sqlDB) QueryRow(q string, args ...any) *sql.Row {
	return d.DB.QueryRow(rebind(d.pg, q), args...)
}

// Begin starts a transaction whose queries are rewritten as the handle's.
func (d *sqlDB) Begin() (*txn, error) {
	tx, err := d.DB.Begin()
	if err != nil {
		return nil, err
	}
	return &txn{Tx: tx, pg: d.pg}, nil
}

// txn is one transaction, its queries rewritten for the backend.
type txn struct {
	*sql.Tx
	pg bool
}

func (t *txn) Exec(q string, args ...any) (sql.Result, error) {
	return t.Tx.Exec(rebind(t.pg, q), args...)
}

func (t *txn) Query(q string, args ...any) (*sql.Rows, error) {
	return t.Tx.Query(rebind(t.pg, q), args...)
}

func (t *txn) QueryRow(q string, args ...any) *sql.Row {
	return t.Tx.QueryRow(rebind(t.pg, q), args...)
}

// forUpdate is the clause that locks the rows a SELECT reads until the
// transaction ends: SQLite's write transactions already hold the whole
// file, PostgreSQL needs FOR UPDATE.
func (t *txn) forUpdate() string {
	if t.pg {
		return " FOR UPDATE"
	}
	return ""
}

// rebind rewrites a query written for SQLite for PostgreSQL: each ? outside
// a quoted literal becomes $n, and instr( becomes strpos( (the same
// arguments, the same result).
func rebind(pg bool, q string) string {
	if !pg {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	quoted := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		case !quoted && c == 'i' && strings.HasPrefix(q[i:], "instr(") && (i == 0 || !isWordByte(q[i-1])):
			b.WriteString("strpos(")
			i += len("instr(") - 1
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
