package store

import (
	"cmp"
	"database/sql"
	"errors"
	"fmt"
	"strings"
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
		limit = -1
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

func logChange(tx *sql.Tx, at time.Time, id, name, by, what string) error {
	_, err := tx.Exec(`INSERT INTO changes (at, plan_id, name, who, what) VALUES (?, ?, ?, ?, ?)`,
		at.UnixNano(), id, name, by, what)
	return plain(err)
}

// logSave notes a save, extending the plan's latest row instead when it is
// a save by the same person less than ten minutes ago. A save that moves a
// review through its cycle (invitations, report, decision, amendments)
// also gets a row saying so, first.
func logSave(tx *sql.Tx, p *plan.Plan, by string, now time.Time) error {
	if err := logReviewCycle(tx, p, by, now); err != nil {
		return err
	}
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

// logReviewCycle writes a row for each review whose cycle (see reviewWhat)
// differs from the last row written for it, so the decision and the dates
// of the review are in the change log.
func logReviewCycle(tx *sql.Tx, p *plan.Plan, by string, now time.Time) error {
	for i := range p.Reviews {
		what := reviewWhat(&p.Reviews[i])
		if what == "" {
			continue
		}
		prefix, _, _ := strings.Cut(what, ": ")
		var last string
		err := tx.QueryRow(`SELECT what FROM changes WHERE plan_id = ? AND what LIKE ? ORDER BY seq DESC LIMIT 1`,
			p.ID, prefix+": %").Scan(&last)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return plain(err)
		}
		if last != what {
			if err := logChange(tx, now, p.ID, p.Person.Name, by, what); err != nil {
				return err
			}
		}
	}
	return nil
}

// reviewWhat is a review's cycle for the change log: "review of
// 2026-03-10: invitations sent 2026-02-20; report sent 2026-03-17;
// decision amend on 2026-03-24; proposed amendments sent 2026-03-25",
// naming only what is recorded; "" for a review with none of it.
func reviewWhat(r *plan.Review) string {
	var parts []string
	date := func(label string, d plan.Date) {
		if !d.IsZero() {
			parts = append(parts, label+" "+d.String())
		}
	}
	date("invitations sent", r.Invited)
	date("report sent", r.ReportSent)
	if r.Decision != "" || !r.DecisionDate.IsZero() {
		d := "decision " + cmp.Or(string(r.Decision), "not recorded")
		if !r.DecisionDate.IsZero() {
			d += " on " + r.DecisionDate.String()
		}
		parts = append(parts, d)
	}
	date("proposed amendments sent", r.AmendmentSent)
	if len(parts) == 0 {
		return ""
	}
	return "review of " + cmp.Or(r.Date.String(), "no date") + ": " + strings.Join(parts, "; ")
}
