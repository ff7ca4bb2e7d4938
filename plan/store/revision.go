package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"ehcplan/plan"
)

// Two caseworkers may have one plan open at once (two windows on one plans
// file, or two computers on one team server). Each working copy has a
// revision, counting its saves. An editor loads a plan with its revision
// (LoadRevision) and saves with SaveFrom, naming the revision it started
// from: if someone else has saved since, nothing is written and the editor
// is given their plan to choose from (ConflictError), so neither person's
// acknowledged save is ever overwritten unseen.

// ErrConflict is matched (errors.Is) by a *ConflictError.
var ErrConflict = errors.New("someone else saved this plan since it was opened")

// ConflictError refuses a save started from an older revision. Theirs is
// the plan as now stored, at Revision; By and At say who saved it last.
type ConflictError struct {
	ID       string
	Theirs   *plan.Plan
	Revision int64
	By       string
	At       time.Time
}

func (e *ConflictError) Error() string {
	who := e.By
	if who == "" {
		who = "someone else"
	}
	return fmt.Sprintf("%s saved this plan at %s, after you opened it; your changes were not written over theirs: "+
		"choose what to keep from each", who, e.At.Format("15:04"))
}

func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// LoadRevision returns the working copy of a plan and its revision, to
// pass to SaveFrom.
func (s *Store) LoadRevision(id string) (*plan.Plan, int64, error) {
	var body, sum []byte
	var rev int64
	err := s.db.QueryRow(`SELECT b.body, b.sha256, p.revision FROM bodies b JOIN plans p ON p.id = b.id
		WHERE b.id = ?`, id).Scan(&body, &sum, &rev)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	var p *plan.Plan
	if err == nil {
		p, err = decodeStored(id, 0, body, sum)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("load plan %s from %s: %w", id, s.path, plain(err))
	}
	return p, rev, nil
}

// SaveFrom saves p as Save does, provided its working copy is still at
// revision base (what LoadRevision or the last SaveFrom returned; 0 for a
// plan not saved yet), and returns the new revision. When someone else
// has saved since, it writes nothing and returns a *ConflictError with
// their plan. A plan deleted since is not put back (ErrNotFound).
func (s *Store) SaveFrom(p *plan.Plan, by string, base int64) (int64, error) {
	var rev int64
	err := s.write(func(tx *txn) error {
		if err := checkBase(tx, p, base); err != nil {
			return err
		}
		if err := refuseIssuedChange(tx, p); err != nil {
			return err
		}
		now := s.now()
		var err error
		if rev, err = putWorking(tx, p, now); err != nil {
			return err
		}
		return logSave(tx, p, by, now)
	})
	if err != nil {
		return 0, fmt.Errorf("save plan for %s to %s: %w", planName(p), s.path, err)
	}
	return rev, nil
}

// checkBase refuses a save from a revision that is no longer the stored
// one, locking the plan's row until the transaction ends.
func checkBase(tx *txn, p *plan.Plan, base int64) error {
	if p == nil || p.ID == "" {
		return nil // putWorking says what is wrong
	}
	var rev int64
	err := tx.QueryRow(`SELECT revision FROM plans WHERE id = ?`+tx.forUpdate(), p.ID).Scan(&rev)
	switch {
	case errors.Is(err, sql.ErrNoRows) && base == 0:
		return nil
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%w: the plan was deleted from the caseload after it was opened; export it to keep this copy", ErrNotFound)
	case err != nil:
		return plain(err)
	case rev == base:
		return nil
	}
	theirs, err := loadWorking(tx, p.ID)
	if err != nil {
		return err
	}
	conflict := &ConflictError{ID: p.ID, Theirs: theirs, Revision: rev}
	var at int64
	err = tx.QueryRow(`SELECT who, at FROM changes WHERE plan_id = ? ORDER BY seq DESC LIMIT 1`, p.ID).Scan(&conflict.By, &at)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return plain(err)
	}
	conflict.At = time.Unix(0, at)
	return conflict
}
