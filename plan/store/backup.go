package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"ehcplan/plan/safefile"
)

// keepBackups is how many daily backups are kept.
const keepBackups = 7

// keepBackupFor is the longest a backup is kept, however few there are: a
// backup holds the plans deleted after it was made, and they must be gone
// from every file within 30 days of their deletion (see Delete).
const keepBackupFor = keepDeleted

func backupDir(storePath string) string { return filepath.Join(filepath.Dir(storePath), "backups") }

// BackupIfDue makes today's backup, <store folder>/backups/plans-YYYY-MM-DD.db,
// unless it exists (then it returns ""), and keeps only the newest seven
// made in the last 30 days. It also removes what deleting a plan promises
// to remove after 30 days (see Delete), so an app left running keeps the
// promise too: call it at least daily.
func (s *Store) BackupIfDue(now time.Time) (string, error) {
	purged := s.purgeOld(now)
	if s.db.pg {
		return "", purged // a team server is backed up by its own administrators
	}
	dir := backupDir(s.path)
	path := filepath.Join(dir, "plans-"+now.Format("2006-01-02")+".db")
	if _, err := os.Stat(path); err == nil {
		return "", purged
	}
	if err := s.backupTo(path); err != nil {
		return "", fmt.Errorf("back up %s to %s: %w", s.path, path, err)
	}
	if err := pruneBackups(s.path, now); err != nil {
		return path, fmt.Errorf("remove old backups of %s: %w", s.path, err)
	}
	return path, purged
}

// backupTo writes a compact copy of the store via a temporary file, so a
// backup that exists is always whole.
func (s *Store) backupTo(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.Remove(tmp); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := s.vacuumInto(tmp); err != nil {
		os.Remove(tmp)
		return plain(err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// backupCacheKiB is the page cache used while writing a backup. VACUUM
// INTO reads every page once and gives the new file the same cache size,
// so a small cache costs no time and keeps the memory the backup leaves
// behind (SQLite's allocator keeps what it has used) small.
const backupCacheKiB = 1 << 10

// vacuumInto writes a compact copy of the store to path on a connection of
// its own with a small page cache, which is put back afterwards.
func (s *Store) vacuumInto(path string) (err error) {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", backupCacheKiB)); err != nil {
		return err
	}
	defer func() {
		_, rerr := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", cacheKiB))
		err = errors.Join(err, rerr)
	}()
	_, err = conn.ExecContext(ctx, `VACUUM INTO ?`, path)
	return err
}

// pruneBackups removes all but the newest seven backups, and any made 30
// days or more before now.
func pruneBackups(storePath string, now time.Time) error {
	all, err := Backups(storePath)
	if err != nil {
		return err
	}
	for i, path := range all {
		if i < keepBackups && now.Sub(backupMade(path)) < keepBackupFor {
			continue
		}
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

// backupMade is the earliest time the backup at path may have been made:
// the start of the day in its name (plans-YYYY-MM-DD.db), else the time
// the file was last changed. Counting from the start of the day removes a
// backup no later than 30 days after anything it holds was deleted.
func backupMade(path string) time.Time {
	day := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "plans-"), ".db")
	if t, err := time.ParseInLocation("2006-01-02", day, time.Local); err == nil {
		return t
	}
	if info, err := os.Stat(path); err == nil {
		return info.ModTime()
	}
	return time.Time{} // unreadable: treat as old
}

// Backups lists the backups of the store at storePath, newest first.
func Backups(storePath string) ([]string, error) {
	dir := backupDir(storePath)
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if e.Type().IsRegular() && strings.HasPrefix(n, "plans-") && strings.HasSuffix(n, ".db") {
			out = append(out, filepath.Join(dir, n))
		}
	}
	slices.Sort(out) // plans-YYYY-MM-DD.db sorts by date
	slices.Reverse(out)
	return out, nil
}

// Restore replaces the plans file at storePath with a copy of backupPath.
// The file it replaces is moved aside, never deleted, to
// <storePath>.damaged-YYYYMMDD-HHMMSS (with its -wal and -shm files). No
// Store may be open on storePath meanwhile.
func Restore(storePath, backupPath string) error {
	if err := checkIntact(backupPath); err != nil {
		return fmt.Errorf("restore %s from %s: the backup cannot be used: %w", storePath, backupPath, err)
	}
	if _, err := moveAside(storePath, time.Now()); err != nil {
		return fmt.Errorf("restore %s from %s: move the old file aside: %w", storePath, backupPath, err)
	}
	if err := copyFile(backupPath, storePath); err != nil {
		return fmt.Errorf("restore %s from %s: %w", storePath, backupPath, err)
	}
	return nil
}

// moveAside renames whichever of the store and its -wal and -shm files
// exist to <path>.damaged-<stamp>[-wal|-shm], main file first, and returns
// the new main path.
func moveAside(path string, now time.Time) (string, error) {
	stamp := now.Format("20060102-150405")
	aside := path + ".damaged-" + stamp
	for n := 2; exists(aside) || exists(aside+"-wal"); n++ {
		aside = fmt.Sprintf("%s.damaged-%s-%d", path, stamp, n)
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if !exists(path + suffix) {
			continue
		}
		if err := os.Rename(path+suffix, aside+suffix); err != nil {
			return "", err
		}
	}
	return aside, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// copyFile copies src to dst (0600) through a fresh, synced temporary file
// beside it (safefile.Write), so a link planted at a predictable name is
// never followed.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return safefile.Write(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}
