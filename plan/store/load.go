package store

import (
	"database/sql"
	"errors"
	"fmt"

	"ehcplan/plan"
)

// queryer is what *sql.DB and *sql.Tx have in common for reads.
type queryer interface {
	QueryRow(query string, args ...any) *sql.Row
}

// Load returns the working copy of a plan; errors.Is(err, ErrNotFound)
// when there is none.
func (s *Store) Load(id string) (*plan.Plan, error) {
	p, err := loadWorking(s.db, id)
	if err != nil {
		return nil, fmt.Errorf("load plan %s from %s: %w", id, s.path, err)
	}
	return p, nil
}

func loadWorking(q queryer, id string) (*plan.Plan, error) {
	var body, sum []byte
	err := q.QueryRow(`SELECT body, sha256 FROM bodies WHERE id = ?`, id).Scan(&body, &sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, plain(err)
	}
	return decodeStored(id, 0, body, sum)
}

// Count returns how many plans the store holds.
func (s *Store) Count() (int, error) {
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM plans`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count plans in %s: %w", s.path, plain(err))
	}
	return n, nil
}

// Each calls fn with every working copy in caseload order (as List), one
// at a time, stopping at fn's first error. Plans deleted meanwhile are
// skipped. A damaged plan is skipped too, so one bad plan does not hide
// the rest; their errors (errors.Is(err, ErrDamaged)) are returned
// together at the end. fn may use the store.
func (s *Store) Each(fn func(*plan.Plan) error) error {
	ids, err := s.orderedIDs()
	if err != nil {
		return err
	}
	if s.db.pg {
		return s.eachPG(ids, fn)
	}
	var damaged []error
	for _, id := range ids {
		p, err := loadWorking(s.db, id)
		switch {
		case errors.Is(err, ErrNotFound):
			continue
		case errors.Is(err, ErrDamaged):
			damaged = append(damaged, fmt.Errorf("load plan %s from %s: %w", id, s.path, err))
			continue
		case err != nil:
			return fmt.Errorf("load plan %s from %s: %w", id, s.path, err)
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return errors.Join(damaged...)
}

func (s *Store) orderedIDs() ([]string, error) {
	rows, err := s.db.Query(`SELECT id FROM plans ORDER BY sort_key, id`)
	if err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	return ids, nil
}

// eachChunk is how many plan bodies eachPG asks a team server for at once:
// one round trip per plan made Each over 25,000 plans take 20 s.
const eachChunk = 500

// eachPG is Each on a team server: bodies are read eachChunk at a time,
// then handed to fn one by one in caseload order.
func (s *Store) eachPG(ids []string, fn func(*plan.Plan) error) error {
	var damaged []error
	for start := 0; start < len(ids); start += eachChunk {
		chunk := ids[start:min(start+eachChunk, len(ids))]
		bodies, err := s.bodiesOf(chunk)
		if err != nil {
			return fmt.Errorf("load plans from %s: %w", s.path, err)
		}
		for _, id := range chunk {
			b, ok := bodies[id]
			if !ok {
				continue // deleted meanwhile
			}
			p, err := decodeStored(id, 0, b.body, b.sum)
			if err != nil {
				damaged = append(damaged, fmt.Errorf("load plan %s from %s: %w", id, s.path, err))
				continue
			}
			if err := fn(p); err != nil {
				return err
			}
		}
	}
	return errors.Join(damaged...)
}

type storedBody struct{ body, sum []byte }

// bodiesOf reads the stored bodies of the plans with these IDs.
func (s *Store) bodiesOf(ids []string) (map[string]storedBody, error) {
	rows, err := s.db.Query(`SELECT id, body, sha256 FROM bodies WHERE id = ANY(?)`, ids)
	if err != nil {
		return nil, plain(err)
	}
	defer rows.Close()
	out := make(map[string]storedBody, len(ids))
	for rows.Next() {
		var id string
		var b storedBody
		if err := rows.Scan(&id, &b.body, &b.sum); err != nil {
			return nil, plain(err)
		}
		out[id] = b
	}
	return out, plain(rows.Err())
}
