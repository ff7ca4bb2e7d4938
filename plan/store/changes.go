package store

import (
	"database/sql"
	"errors"
	"fmt"
	"math"
	"time"

	"ehcplan/plan"
)

// Change is one row of the change log.
type Change struct {
	At     time.Time
	PlanID string
	Name   string
	By     string
	What   string
}

// Changes returns the plan's change log, newest first (all of it when
// limit <= 0). An empty id returns every plan's changes.
func (s *Store) Changes(id string, limit int) ([]Change, error) {
	if limit <= 0 {
		limit = math.MaxInt32 // (PostgreSQL takes no -1 for "no limit")
	}
	q := `SELECT at, plan_id, name, who, what FROM changes WHERE plan_id = ? ORDER BY seq DESC LIMIT ?`
	args := []any{id, limit}
	if id == "" {
		q = `SELECT at, plan_id, name, who, what FROM changes ORDER BY seq DESC LIMIT ?`
		args = args[1:]
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("read changes of plan %s from %s: %w", id, s.path, plain(err))
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var at int64
		if err := rows.Scan(&at, &c.PlanID, &c.Name, &c.By, &c.What); err != nil {
			return nil, fmt.Errorf("read changes of plan %s from %s: %w", id, s.path, plain(err))
		}
		c.At = time.Unix(0, at)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read changes of plan %s from %s: %w", id, s.path, plain(err))
	}
	return out, nil
}

func logChange(tx *txn, at time.Time, id, name, by, what string) error {
	_, err := tx.Exec(`INSERT INTO changes (at, plan_id, name, who, what) VALUES (?, ?, ?, ?, ?)`,
		at.UnixNano(), id, name, by, what)
	return plain(err)
}

// logSave notes a save, extending the plan's latest row instead when it is
// a save by the same person less than ten minutes ago.
func logSave(tx *txn, p *plan.Plan, by string, now time.Time) error {
	var seq, at int64
	var who, what string
	err := tx.QueryRow(`SELECT seq, at, who, what FROM changes WHERE plan_id = ? ORDER BY seq DESC LIMIT 1`,
		p.ID).Scan(&seq, &at, &who, &what)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return plain(err)
	case what == "saved" && who == by && now.Sub(time.Unix(0, at)) < coalesce:
		_, err := tx.Exec(`UPDATE changes SET at = ?, name = ? WHERE seq = ?`, now.UnixNano(), p.Person.Name, seq)
		return plain(err)
	}
	return logChange(tx, now, p.ID, p.Person.Name, by, "saved")
}
