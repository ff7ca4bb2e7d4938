package store

import (
	"os"
	"path/filepath"
)

// tightenPermissions makes the plans file, its -wal and -shm files, the
// backups and the deleted plans private to their owner (files 0600,
// folders 0700), in case an older version, a copy or a restore left them
// readable by others. Best effort: a file this user does not own is left
// as it is, and must not keep anyone from their caseload. (SQLite gives
// the -wal and -shm files it creates the mode of the main file.)
func tightenPermissions(storePath string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		tighten(storePath+suffix, 0o600)
	}
	for _, dir := range []string{backupDir(storePath), filepath.Join(filepath.Dir(storePath), "deleted")} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		tighten(dir, 0o700)
		for _, e := range entries {
			if e.Type().IsRegular() {
				tighten(filepath.Join(dir, e.Name()), 0o600)
			}
		}
	}
}

// tighten removes the group and other permission bits of path, if any.
func tighten(path string, private os.FileMode) {
	info, err := os.Lstat(path)
	if err != nil || info.Mode().Perm()&0o077 == 0 {
		return
	}
	_ = os.Chmod(path, info.Mode().Perm()&private)
}
