package store

import (
	"errors"
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

// What deleting a plan promises (the README repeats it):
//
//   - At once, the plan's working copy, issued versions and change log
//     leave plans.db. SQLite's secure_delete overwrites their text with
//     zeros, and a checkpoint empties the -wal file, so the text is not left
//     in free pages or old journal frames.
//   - A copy is kept in deleted/ for 30 days, so the plan can be imported
//     again. Backups made before the deletion still hold the plan.
//   - 30 days after the deletion the plan is in no file the app keeps: the
//     copy in deleted/ and every backup made 30 days ago or more are
//     removed, and the child's name is blanked in the one change-log row
//     ("deleted", who and when) that is kept. This happens each time the
//     plans file is opened for writing and each time the app checks for its
//     daily backup (at start and every hour), so a computer that is off or
//     an app that is not used does it the next time it runs.
//   - Not covered: plans.db.damaged-* files that Restore sets aside (never
//     deleted by the app, in case they hold work not in the backup) and
//     copies made outside the app.

// Delete removes a plan, its issued versions and its change log, keeping
// one log row "deleted" with the name (blanked after 30 days). First it
// writes the working copy as a plan file to <store folder>/deleted/, kept
// for 30 days. See the promise above.
func (s *Store) Delete(id, by string) error {
	p, err := s.Load(id)
	if err != nil {
		return fmt.Errorf("delete plan %s: %w", id, err)
	}
	export, err := s.writeDeleted(p)
	if err != nil {
		return fmt.Errorf("delete the plan for %s: keep a copy: %w", planName(p), err)
	}
	err = s.write(func(tx *txn) error {
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
	s.checkpoint()
	return nil
}

// checkpoint copies the journal into plans.db and empties it, so text just
// deleted (zeroed by secure_delete) is not left in older journal frames.
// Best effort: while another program is reading, part of the journal stays
// until a later checkpoint.
func (s *Store) checkpoint() {
	if s.db.pg {
		return // the server keeps its own write-ahead log
	}
	_, _ = s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
}

// purgeOld removes what the promise above says goes 30 days after a
// deletion: old copies in deleted/, old backups and the names in old
// "deleted" log rows. It takes the write lock only when there is a name to
// blank.
func (s *Store) purgeOld(now time.Time) error {
	if s.db.pg {
		return errors.Join(purgeDeleted(s.deletedDir(), now), s.blankDeletedNames(now))
	}
	return errors.Join(
		purgeDeleted(s.deletedDir(), now),
		pruneBackups(s.path, now),
		s.blankDeletedNames(now),
	)
}

// blankDeletedNames blanks the name in "deleted" change-log rows more than
// 30 days old; who deleted which plan ID, and when, is kept.
func (s *Store) blankDeletedNames(now time.Time) error {
	const old = `what = 'deleted' AND name <> '' AND at <= ?`
	before := now.Add(-keepDeleted).UnixNano()
	var any int
	err := s.db.QueryRow(`SELECT count(*) FROM (SELECT 1 FROM changes WHERE `+old+` LIMIT 1) AS found`, before).Scan(&any)
	if err != nil || any == 0 || s.readOnly {
		return plain(err)
	}
	err = s.write(func(tx *txn) error {
		_, err := tx.Exec(`UPDATE changes SET name = '' WHERE `+old, before)
		return plain(err)
	})
	if err != nil {
		return fmt.Errorf("blank the names of plans deleted more than 30 days ago in %s: %w", s.path, err)
	}
	s.checkpoint()
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

// purgeDeleted removes plan files in dir last changed 30 days or more
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
		if err != nil || now.Sub(info.ModTime()) < keepDeleted {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("purge old deleted plans in %s: %w", dir, err)
		}
	}
	return nil
}
