package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// kindOf names the sentinel kind err satisfies, for test messages.
func kindOf(err error) string {
	var ce *CorruptError
	kinds := []struct {
		name string
		is   bool
	}{
		{"damaged", errors.Is(err, ErrDamaged)},
		{"not allowed", errors.Is(err, ErrNotAllowed)},
		{"locked", errors.Is(err, ErrLocked)},
		{"disk full", errors.Is(err, ErrDiskFull)},
	}
	var names []string
	for _, k := range kinds {
		if k.is {
			names = append(names, k.name)
		}
	}
	if errors.As(err, &ce) {
		names = append(names, "corrupt")
	}
	if err == nil {
		return "no error"
	}
	if len(names) == 0 {
		return "no kind"
	}
	return strings.Join(names, "+")
}

// closedStore makes a store holding one plan in its own folder, closed so
// only plans.db is left (no -wal or -shm).
func closedStore(t *testing.T, parent string) string {
	t.Helper()
	path := filepath.Join(parent, "EHC Plan Writer", "plans.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, person("Rosa Delgado", "Rosa"), "Priya Shah")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func chmod(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
}

// holdExclusive opens path on a connection of its own in exclusive locking
// mode and writes, so it keeps the file locked until closed.
func holdExclusive(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path)+"?_pragma=locking_mode(EXCLUSIVE)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`INSERT INTO changes (at, plan_id, name, who, what) VALUES (0, 'x', '', '', 'lock')`); err != nil {
		t.Fatal(err)
	}
}

// shortBusyTimeout makes waits for locks short for one test.
func shortBusyTimeout(t *testing.T) {
	old := busyTimeout
	busyTimeout = 200 * time.Millisecond
	t.Cleanup(func() { busyTimeout = old })
}

func TestOpenLockedIsNotDamage(t *testing.T) {
	shortBusyTimeout(t)
	path := closedStore(t, t.TempDir())
	holdExclusive(t, path)
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		s, err := open(path)
		if err == nil {
			s.Close()
		}
		if kind := kindOf(err); kind != "locked" {
			t.Errorf("%s of a locked file: kind %q, want \"locked\": %v", name, kind, err)
		}
		if err != nil && !strings.Contains(err.Error(), path) {
			t.Errorf("%s: message %q does not name the file", name, err)
		}
	}
}

// mountTmpfs mounts a small memory file system for one test, or skips the
// test where mounting is not allowed.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("a small disk cannot be made here (mount tmpfs: %v %s); the classifier table covers a full disk", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// fill writes a file until the disk at dir is full.
func fill(t *testing.T, dir string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			return
		}
	}
}

func TestDiskFullIsNotDamage(t *testing.T) {
	dir := mountTmpfs(t, "512k")
	s, err := Open(filepath.Join(dir, "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	mustSave(t, s, person("Jordan Ellis", ""), "Priya Shah")
	fill(t, dir)
	err = s.Save(bigPlan(60), "Priya Shah")
	if kind := kindOf(err); kind != "disk full" {
		t.Errorf("Save on a full disk: kind %q, want \"disk full\": %v", kind, err)
	}
	s.Close()

	_, err = Open(filepath.Join(dir, "new folder", "plans.db"))
	if kind := kindOf(err); kind != "disk full" {
		t.Errorf("Open of a new store on a full disk: kind %q, want \"disk full\": %v", kind, err)
	}
}

// TestClassify covers the operating-system errors the tests cannot cause
// on every machine: each is given its kind, and the original is kept.
func TestClassify(t *testing.T) {
	pathErr := func(errno syscall.Errno) error {
		return &fs.PathError{Op: "open", Path: "/plans/plans.db", Err: errno}
	}
	cases := []struct {
		err  error
		kind string
	}{
		{pathErr(syscall.EACCES), "not allowed"},
		{pathErr(syscall.EPERM), "not allowed"},
		{pathErr(syscall.EROFS), "not allowed"},
		{pathErr(syscall.ENOSPC), "disk full"},
		{pathErr(syscall.ENOENT), "no kind"},
		{errors.New("something else"), "no kind"},
		{fmt.Errorf("wrapped: %w", ErrLocked), "locked"},
	}
	for _, tc := range cases {
		got := plain(tc.err)
		if kind := kindOf(got); kind != tc.kind {
			t.Errorf("plain(%v): kind %q, want %q", tc.err, kind, tc.kind)
		}
		if !errors.Is(got, tc.err) {
			t.Errorf("plain(%v) lost the original error", tc.err)
		}
	}
}

func TestReadOnlyDiskIsNotDamage(t *testing.T) {
	dir := mountTmpfs(t, "4m")
	path := closedStore(t, dir)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make the disk read-only here (%v %s); the classifier table covers it", err, out)
	}
	_, err := Open(path)
	if kind := kindOf(err); kind != "not allowed" {
		t.Errorf("Open on a read-only disk: kind %q, want \"not allowed\": %v", kind, err)
	}
}
