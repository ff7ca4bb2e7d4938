package store

import (
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/safefile"
)

// keepDeleted is how long the final export of a deleted plan is kept.
const keepDeleted = 30 * 24 * time.Hour

// Delete removes a plan, its issued versions and its change log, keeping
// one log row "deleted" with the name. First it writes the working copy as
// a plan file to <store folder>/deleted/, kept for 30 days.
func (s *Store) Delete(id, by string) error {
	p, err := s.Load(id)
	if err != nil {
		return fmt.Errorf("delete plan %s: %w", id, err)
	}
	export, err := s.writeDeleted(p)
	if err != nil {
		return fmt.Errorf("delete the plan for %s: keep a copy: %w", planName(p), err)
	}
	err = s.write(func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM plans WHERE id = ?`, // bodies follow by cascade
			`DELETE FROM versions WHERE plan_id = ?`,
			`DELETE FROM changes WHERE plan_id = ?`,
		} {
			if _, err := tx.Exec(q, id); err != nil {
				return plain(err)
			}
		}
		return logChange(tx, s.now(), id, p.Person.Name, by, "deleted")
	})
	if err != nil {
		return fmt.Errorf("delete the plan for %s from %s (a copy is in %s): %w", planName(p), s.path, export, err)
	}
	return nil
}

// writeDeleted writes the plan file safefile.DeletedName names
// (<Surname>-<Forename>-<id>-<stamp>.json, mode 0600, atomically, never
// replacing another copy) to the deleted folder and returns its path.
func (s *Store) writeDeleted(p *plan.Plan) (string, error) {
	data, err := plan.Encode(p)
	if err != nil {
		return "", err
	}
	dir := s.deletedDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return safefile.WriteNew(filepath.Join(dir, safefile.DeletedName(p, s.now())), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// purgeDeleted removes plan files in dir last changed more than 30 days
// before now. A missing folder is fine.
func purgeDeleted(dir string, now time.Time) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("purge old deleted plans in %s: %w", dir, err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) <= keepDeleted {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("purge old deleted plans in %s: %w", dir, err)
		}
	}
	return nil
}
