package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Moving a caseload between a plans file and a team server (either way):
// every working copy, issued version, change-log row and setting is copied
// as stored (the same revision, times and checksums), in one transaction
// on the target, then each table's content is compared by checksum before
// it is committed. A row already in the target with the same key is left
// alone, so copying again changes nothing; a target holding anything else
// is refused with nothing changed. Who has which plan open is not copied.

// copyTable is one table to copy: its columns, the first keyCols of which
// are its key, in the order both backends sort them the same way.
type copyTable struct {
	name    string
	cols    []string
	keyCols int
	blobs   map[string]bool // columns that hold bytes (never NULL)
}

var copyTables = []copyTable{
	{"plans", []string{"id", "name", "preferred_name", "sort_key", "search_key", "date_of_birth", "year_group",
		"setting", "status", "version", "request", "issued", "next_review", "updated", "listing", "revision"}, 1, nil},
	{"bodies", []string{"id", "body", "sha256"}, 1, map[string]bool{"body": true, "sha256": true}},
	{"versions", []string{"plan_id", "version", "status", "issued", "stored_at", "who", "body", "sha256"}, 2,
		map[string]bool{"body": true, "sha256": true}},
	{"changes", []string{"seq", "at", "plan_id", "name", "who", "what"}, 1, nil},
	{"settings", []string{"key", "value", "updated"}, 1, map[string]bool{"value": true}},
}

// TableCopy says what Copy did with one table.
type TableCopy struct {
	Table    string
	Rows     int    // rows in the source (and, after the copy, the target)
	Added    int    // rows the target did not have
	Checksum string // SHA-256 of the table's content, the same on both
}

// ErrTargetDiffers: the target already holds a caseload that is not (a
// copy of) the source's.
var ErrTargetDiffers = errors.New("the target already holds other plans or changes")

// CopyTo copies everything in s to target and verifies it (see above).
func (s *Store) CopyTo(target *Store) ([]TableCopy, error) {
	if s.path == target.path {
		return nil, fmt.Errorf("copy %s to itself: choose another target", s.path)
	}
	// One read transaction on the source, so the copy is of one moment.
	src, err := s.db.Begin()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", s.path, plain(err))
	}
	defer src.Rollback()
	var report []TableCopy
	err = target.write(func(tx *txn) error {
		report = nil
		for _, t := range copyTables {
			rows, err := readTable(src, t)
			if err != nil {
				return fmt.Errorf("read %s from %s: %w", t.name, s.path, plain(err))
			}
			added, err := insertMissing(tx, t, rows)
			if err != nil {
				return fmt.Errorf("copy %s to %s: %w", t.name, target.path, plain(err))
			}
			there, err := readTable(tx, t)
			if err != nil {
				return fmt.Errorf("read back %s from %s: %w", t.name, target.path, plain(err))
			}
			want, got := tableChecksum(rows), tableChecksum(there)
			if want != got {
				return fmt.Errorf("%w: its %s table (%d rows) is not the same as the source's (%d rows), "+
					"so nothing was copied: copy into an empty caseload", ErrTargetDiffers, t.name, len(there), len(rows))
			}
			report = append(report, TableCopy{Table: t.name, Rows: len(rows), Added: added, Checksum: want})
		}
		if tx.pg {
			// Let new change-log rows number on from the copied ones.
			_, err := tx.Exec(`SELECT setval(pg_get_serial_sequence('changes', 'seq'), coalesce(max(seq), 0) + 1, false) FROM changes`)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("copy %s to %s: %w", s.path, target.path, err)
	}
	return report, nil
}

// readTable reads a table's rows in key order, as canonical values.
func readTable(q interface {
	Query(string, ...any) (*sql.Rows, error)
}, t copyTable) ([][]any, error) {
	keys := strings.Join(t.cols[:t.keyCols], ", ")
	rows, err := q.Query(`SELECT ` + strings.Join(t.cols, ", ") + ` FROM ` + t.name + ` ORDER BY ` + keys)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(t.cols))
		ptrs := make([]any, len(t.cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, c := range t.cols {
			vals[i] = canonical(vals[i], t.blobs[c])
		}
		out = append(out, vals)
	}
	return out, rows.Err()
}

// canonical makes one backend's value the other's: bytes for blob
// columns, text as strings, whole numbers as int64.
func canonical(v any, blob bool) any {
	switch x := v.(type) {
	case nil:
		if blob {
			return []byte{}
		}
		return nil
	case []byte:
		if blob && len(x) == 0 {
			return []byte{} // (a nil slice would be stored as NULL)
		}
		if blob {
			return x
		}
		return string(x)
	case string:
		if blob {
			return []byte(x)
		}
	case int32:
		return int64(x)
	case int:
		return int64(x)
	}
	return v
}

// insertMissing inserts each row whose key the target lacks, and returns
// how many it inserted.
func insertMissing(tx *txn, t copyTable, rows [][]any) (int, error) {
	cols := strings.Join(t.cols, ", ")
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", ")
	var where []string
	for _, k := range t.cols[:t.keyCols] {
		where = append(where, k+" = ?")
	}
	exists := `SELECT count(*) FROM ` + t.name + ` WHERE ` + strings.Join(where, " AND ")
	insert := `INSERT INTO ` + t.name + ` (` + cols + `) VALUES (` + marks + `)`
	added := 0
	for _, r := range rows {
		// (SQLite's trigger refuses any insert of an issued version's key,
		// even one that ON CONFLICT DO NOTHING would skip: look first.)
		var n int
		if err := tx.QueryRow(exists, r[:t.keyCols]...).Scan(&n); err != nil {
			return added, err
		}
		if n > 0 {
			continue
		}
		if _, err := tx.Exec(insert, r...); err != nil {
			return added, err
		}
		added++
	}
	return added, nil
}

// tableChecksum is the SHA-256 of a table's rows in key order, each value
// written with its type and length so no two contents collide.
func tableChecksum(rows [][]any) string {
	h := sha256.New()
	var b bytes.Buffer
	for _, r := range rows {
		b.Reset()
		for _, v := range r {
			switch x := v.(type) {
			case nil:
				b.WriteString("n;")
			case int64:
				b.WriteString("i" + strconv.FormatInt(x, 10) + ";")
			case string:
				b.WriteString("s" + strconv.Itoa(len(x)) + ":" + x)
			case []byte:
				b.WriteString("b" + strconv.Itoa(len(x)) + ":")
				b.Write(x)
			default:
				fmt.Fprintf(&b, "?%T:%v;", x, x)
			}
		}
		b.WriteByte('\n')
		h.Write(b.Bytes())
	}
	return hex.EncodeToString(h.Sum(nil))
}
