package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenCreatesPrivateFile(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, path string)
	}{
		{"missing file and folder", func(t *testing.T, path string) {}},
		{"zero-byte file", func(t *testing.T, path string) {
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "EHC Plan Writer", "plans.db")
			tc.prepare(t, path)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			assertMode(t, path, 0o600)
			assertMode(t, filepath.Dir(path), 0o700|os.ModeDir)
			if v := userVersion(t, s.db.DB); v != len(migrations) {
				t.Errorf("user_version = %d, want %d", v, len(migrations))
			}
			var mode string
			if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
				t.Errorf("journal_mode = %q, %v; want wal", mode, err)
			}
			if n, err := s.Count(); err != nil || n != 0 {
				t.Errorf("Count = %d, %v; want 0", n, err)
			}
		})
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode(); got != want {
		t.Errorf("%s: mode %v, want %v", path, got, want)
	}
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plans.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p := person("Tomasz Wiśniewski", "Tom")
	mustSave(t, s, p, "Priya Shah")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := mustLoad(t, s, p.ID); got.Person.Name != p.Person.Name {
		t.Errorf("reopened plan name %q, want %q", got.Person.Name, p.Person.Name)
	}
	if v := userVersion(t, s.db.DB); v != len(migrations) {
		t.Errorf("user_version after reopen = %d", v)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(s.Path())
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), "newer version") {
		t.Fatalf("Open of a newer store: %v, want ErrNewerSchema saying 'newer version'", err)
	}
	var ce *CorruptError
	if errors.As(err, &ce) {
		t.Errorf("a newer store is not corrupt: %v", err)
	}
}

func TestPathIsAbsolute(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	s, err := Open("plans.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want, _ := filepath.EvalSymlinks(filepath.Join(dir, "plans.db"))
	got, _ := filepath.EvalSymlinks(s.Path())
	if got != want {
		t.Errorf("Path() = %q, want %q", s.Path(), want)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/home/fictional/.config")
	t.Setenv("HOME", "/home/fictional")
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(got, filepath.Join("EHC Plan Writer", "plans.db")) {
		t.Errorf("DefaultPath() = %q", got)
	}
}

func TestFileURI(t *testing.T) {
	cases := map[string]string{
		"/home/jo/EHC Plan Writer/plans.db": "file:/home/jo/EHC%20Plan%20Writer/plans.db",
		"/tmp/what?#100%.db":                "file:/tmp/what%3F%23100%25.db",
	}
	if filepath.Separator == '\\' {
		cases = map[string]string{
			`C:\Users\Jo\AppData\Roaming\EHC Plan Writer\plans.db`: "file:/C:/Users/Jo/AppData/Roaming/EHC%20Plan%20Writer/plans.db",
			`\\server\share\plans.db`:                              "file:////server/share/plans.db",
		}
	}
	for in, want := range cases {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpenAwkwardPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Priya's plans #1 (50% done)?", "plans.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s, person("Jordan Ellis", ""), "Priya Shah")
	assertMode(t, path, 0o600) // the file SQLite uses is the one asked for
}
