package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Files an older version, a copy or a restore left readable by others are
// made private when the store is opened.
func TestOpenTightensModes(t *testing.T) {
	sqliteOnly(t)
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		t.Run(name, func(t *testing.T) {
			s := openTemp(t)
			p := person("Leo Nowak", "")
			mustSave(t, s, p, "Priya Shah")
			backup, err := s.BackupIfDue(time.Now())
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Delete(p.ID, "Priya Shah"); err != nil {
				t.Fatal(err)
			}
			mustSave(t, s, person("Amira Haddad", ""), "Priya Shah") // the -wal is in use
			deleted, _ := filepath.Glob(filepath.Join(s.deletedDir(), "*.json"))
			if len(deleted) != 1 {
				t.Fatalf("deleted copies %q, want 1", deleted)
			}
			files := []string{s.Path(), s.Path() + "-wal", s.Path() + "-shm", backup, deleted[0]}
			dirs := []string{filepath.Dir(backup), s.deletedDir()}
			for _, f := range files {
				chmod(t, f, 0o644)
			}
			for _, d := range dirs {
				chmod(t, d, 0o755)
			}
			st, err := open(s.Path())
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			for _, f := range files {
				assertMode(t, f, 0o600)
			}
			for _, d := range dirs {
				assertMode(t, d, 0o700|os.ModeDir)
			}
		})
	}
}
