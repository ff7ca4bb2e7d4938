package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
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

// Environment of the open helper process (this test binary, run again as
// another user so that permissions apply even when the tests run as root).
const envOpenHelper = "EHCPLAN_STORE_OPEN" // the store path; unset in normal runs

// TestOpenHelperProcess is not a test: it opens the store named in its
// environment and prints the kind of error, then the message.
func TestOpenHelperProcess(t *testing.T) {
	path := os.Getenv(envOpenHelper)
	if path == "" {
		return
	}
	s, err := Open(path)
	if err == nil {
		s.Close()
	}
	fmt.Printf("%s\n%v\n", kindOf(err), err)
	os.Exit(0)
}

// nobody is the user the permission cases run as when the tests run as
// root, since root may read and write whatever the permissions say.
const nobody = 65534

// openAs opens path in-process, or as nobody in a child process when
// running as root, and returns the kind of error and its message.
func openAs(t *testing.T, path string) (kind, msg string) {
	t.Helper()
	if os.Geteuid() != 0 {
		s, err := Open(path)
		if err == nil {
			s.Close()
		}
		return kindOf(err), fmt.Sprint(err)
	}
	cmd := exec.Command(copyTestBinary(t), "-test.run=^TestOpenHelperProcess$")
	cmd.Env = append(os.Environ(), envOpenHelper+"="+path)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("open helper as user %d: %v\n%s", nobody, err, out)
	}
	kind, msg, _ = strings.Cut(strings.TrimSpace(string(out)), "\n")
	return kind, msg
}

// copyTestBinary copies this test binary where nobody may run it (go test
// keeps it in a folder only its owner may enter).
func copyTestBinary(t *testing.T) string {
	t.Helper()
	dir := sharedTempDir(t)
	dst := filepath.Join(dir, "store.test")
	in, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// sharedTempDir is a temporary folder anyone may enter, removed at cleanup.
func sharedTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "ehcplan-store-test-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(p, 0o700)
			}
			return nil
		})
		os.RemoveAll(dir)
	})
	return dir
}

// giveAway makes everything under dir belong to the user openAs runs as.
func giveAway(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, nobody, nobody)
	})
	if err != nil {
		t.Fatal(err)
	}
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

// TestOpenNotAllowedIsNotDamage: a healthy file the user may not read, or
// in a folder they may not change, is "not allowed", never "damaged": no
// backup is offered and the message names the path.
func TestOpenNotAllowedIsNotDamage(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, path string)
	}{
		{"read-only folder, new file", func(t *testing.T, path string) {
			os.Remove(path)
			chmod(t, filepath.Dir(path), 0o555)
		}},
		{"read-only folder, existing file", func(t *testing.T, path string) {
			chmod(t, filepath.Dir(path), 0o555)
		}},
		{"unreadable file", func(t *testing.T, path string) {
			chmod(t, path, 0)
		}},
		{"read-only file", func(t *testing.T, path string) {
			chmod(t, path, 0o400)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := closedStore(t, sharedTempDir(t))
			giveAway(t, filepath.Dir(filepath.Dir(path)))
			tc.prepare(t, path)
			before, _ := os.ReadFile(path) // root may read it; others get nil before and after
			kind, msg := openAs(t, path)
			if kind != "not allowed" {
				t.Fatalf("Open: kind %q, want \"not allowed\"; message: %s", kind, msg)
			}
			if !strings.Contains(msg, filepath.Dir(path)) {
				t.Errorf("message %q does not say where", msg)
			}
			if strings.Contains(msg, "backup") || strings.Contains(msg, "damaged") {
				t.Errorf("message %q talks of damage or backups", msg)
			}
			chmod(t, filepath.Dir(path), 0o700)
			chmod(t, path, 0o600)
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
		})
	}
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
		{pathErr(syscall.EDQUOT), "disk full"},
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
