package store

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"time"
)

// presenceFor is how long a copy of the app counts as having a plan open
// after its last heartbeat (Present); the app beats every 30 seconds.
const presenceFor = 90 * time.Second

// newClientID names one open Store among the copies of the app.
func newClientID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Present notes that this copy of the app has the plan open, for who;
// call it when the plan is opened and then about every 30 seconds.
func (s *Store) Present(planID, who string) error {
	err := s.write(func(tx *txn) error {
		_, err := tx.Exec(`INSERT INTO presence (plan_id, client, who, seen) VALUES (?, ?, ?, ?)
			ON CONFLICT (plan_id, client) DO UPDATE SET who = excluded.who, seen = excluded.seen`,
			planID, s.client, who, s.now().UnixNano())
		return err
	})
	if err != nil {
		return fmt.Errorf("note that plan %s is open in %s: %w", planID, s.path, err)
	}
	return nil
}

// Absent notes that this copy of the app has closed the plan.
func (s *Store) Absent(planID string) error {
	err := s.write(func(tx *txn) error {
		_, err := tx.Exec(`DELETE FROM presence WHERE plan_id = ? AND client = ?`, planID, s.client)
		return err
	})
	if err != nil {
		return fmt.Errorf("note that plan %s is closed in %s: %w", planID, s.path, err)
	}
	return nil
}

// leaveAll forgets this Store's open plans (best effort, on Close). It
// waits at most two seconds, so closing the app with the team server
// away is not held up (the rows then lapse after 90 seconds).
func (s *Store) leaveAll() {
	if s.readOnly || s.client == "" {
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.write(func(tx *txn) error {
			_, err := tx.Exec(`DELETE FROM presence WHERE client = ?`, s.client)
			return err
		})
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
}

// OpenElsewhere returns, for each plan that another copy of the app has
// open (seen in the last 90 seconds), the names of who has it open.
func (s *Store) OpenElsewhere() (map[string][]string, error) {
	rows, err := s.db.Query(`SELECT plan_id, who FROM presence WHERE client <> ? AND seen > ?`,
		s.client, s.now().Add(-presenceFor).UnixNano())
	if err != nil {
		return nil, fmt.Errorf("read who has plans open in %s: %w", s.path, plain(err))
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var id, who string
		if err := rows.Scan(&id, &who); err != nil {
			return nil, fmt.Errorf("read who has plans open in %s: %w", s.path, plain(err))
		}
		if !slices.Contains(out[id], who) {
			out[id] = append(out[id], who)
		}
	}
	for _, names := range out {
		slices.Sort(names)
	}
	return out, rows.Err()
}
