package store

import (
	"database/sql"
	"errors"
	"fmt"
)

// Setting reads a value kept for the whole caseload (not for one plan),
// such as the Insight page's theme choices. ok is false when the key has
// never been set.
func (s *Store) Setting(key string) (value []byte, ok bool, err error) {
	err = s.db.QueryRow(`SELECT value FROM settings WHERE key = ?`, key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read setting %q from %s: %w", key, s.path, plain(err))
	}
	return value, true, nil
}

// PutSetting keeps value under key for the whole caseload, replacing any
// value before, and notes who changed it in the change log (without the
// value: a setting may hold words from a plan).
func (s *Store) PutSetting(key string, value []byte, by string) error {
	if value == nil {
		value = []byte{}
	}
	err := s.write(func(tx *txn) error {
		now := s.now()
		if _, err := tx.Exec(`INSERT INTO settings (key, value, updated) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = excluded.updated`,
			key, value, now.UnixMilli()); err != nil {
			return err
		}
		return logChange(tx, now, "", "", by, "setting "+key+" changed")
	})
	if err != nil {
		return fmt.Errorf("save setting %q to %s: %w", key, s.path, err)
	}
	return nil
}
