//go:build unix

package store

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

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
			t.Log(msg)
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

func TestClassifyQuota(t *testing.T) {
	err := plain(&fs.PathError{Op: "write", Path: "/plans/plans.db", Err: syscall.EDQUOT})
	if kind := kindOf(err); kind != "disk full" {
		t.Errorf("over quota: kind %q, want \"disk full\"", kind)
	}
}
