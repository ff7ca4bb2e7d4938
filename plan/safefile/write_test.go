package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
)

var errInjected = errors.New("injected write failure")

func failingFill(w io.Writer) error {
	if _, err := w.Write([]byte("half a fi")); err != nil {
		return err
	}
	return errInjected
}

func contentFill(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func assertFile(t *testing.T, path, content string) {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode() != 0o600 {
		t.Errorf("%s: mode %v, want -rw-------", filepath.Base(path), info.Mode())
	}
	if data, _ := os.ReadFile(path); string(data) != content {
		t.Errorf("%s holds %q, want %q", filepath.Base(path), data, content)
	}
}

func TestWriteFileIs0600AndReplaces(t *testing.T) {
	withUmask(t, 0o022)
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	assertFile(t, path, "new")
	if got := names(t, dir); len(got) != 1 {
		t.Errorf("files %q, want only plan.json", got)
	}
}

func TestWriteFailureLeavesTheOldFile(t *testing.T) {
	for _, write := range []struct {
		name string
		run  func(path string) error
	}{
		{"Write", func(path string) error { return Write(path, failingFill) }},
		{"WriteNew", func(path string) error { _, err := WriteNew(path, failingFill); return err }},
	} {
		t.Run(write.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "plan.json")
			if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := write.run(path); !errors.Is(err, errInjected) {
				t.Fatalf("err = %v, want the injected error", err)
			}
			assertFile(t, path, "old")
			if got := names(t, dir); len(got) != 1 {
				t.Errorf("files %q after a failed write, want only plan.json", got)
			}
		})
	}
}

func TestWriteIntoAReadOnlyFolderFails(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if err := WriteFile(path, []byte("new")); !errors.Is(err, os.ErrPermission) {
		t.Errorf("err = %v, want permission denied", err)
	}
	assertFile(t, path, "old")
}

// TestWriteNeverFollowsPlantedLinks plants links at the target and at the
// names an older writer used for its temporary file.
func TestWriteNeverFollowsPlantedLinks(t *testing.T) {
	withUmask(t, 0o022)
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim.txt")
	if err := os.WriteFile(victim, []byte("not yours"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "plan.json")
	for _, planted := range []string{path + ".partial", path + ".tmp", filepath.Join(dir, ".plan.json.tmp")} {
		if err := os.Symlink(victim, planted); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	assertFile(t, path, "new")

	// a link at the target itself is replaced, not written through
	linked := filepath.Join(dir, "linked.json")
	if err := os.Symlink(victim, linked); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(linked, []byte("new")); err != nil {
		t.Fatal(err)
	}
	assertFile(t, linked, "new")
	if data, _ := os.ReadFile(victim); string(data) != "not yours" {
		t.Errorf("a write followed a planted link")
	}
	if l, err := os.Readlink(path + ".partial"); err != nil || l != victim {
		t.Errorf("the planted link changed: %q %v", l, err)
	}
}

func TestWriteNewNeverReplaces(t *testing.T) {
	withUmask(t, 0o022)
	for _, fs := range []struct {
		name string
		link func(string, string) error
	}{
		{"with hard links", os.Link},
		{"without hard links", func(string, string) error { return syscall.EPERM }},
	} {
		t.Run(fs.name, func(t *testing.T) {
			link = fs.link
			defer func() { link = os.Link }()
			dir := t.TempDir()
			path := filepath.Join(dir, "Ellis-Jordan.pdf")
			os.WriteFile(path, []byte("someone else's"), 0o644)
			os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "Ellis-Jordan-2.pdf"))
			got, err := WriteNew(path, contentFill("mine"))
			if err != nil {
				t.Fatal(err)
			}
			if want := filepath.Join(dir, "Ellis-Jordan-3.pdf"); got != want {
				t.Errorf("wrote %s, want %s", got, want)
			}
			assertFile(t, got, "mine")
			if data, _ := os.ReadFile(path); string(data) != "someone else's" {
				t.Errorf("WriteNew replaced a file")
			}
			if _, err := os.Lstat(filepath.Join(dir, "nowhere")); !os.IsNotExist(err) {
				t.Errorf("WriteNew wrote through a link")
			}
			if n := len(names(t, dir)); n != 3 {
				t.Errorf("files %q, want 3", names(t, dir))
			}
		})
	}
}

// TestWriteNewAtOnceGivesEachItsOwnName writes one name from many
// goroutines: each must get a file of its own.
func TestWriteNewAtOnceGivesEachItsOwnName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Nowak-Leo.pdf")
	const writers = 20
	var wg sync.WaitGroup
	paths := make(chan string, writers)
	for range writers {
		wg.Go(func() {
			p, err := WriteNew(path, contentFill("x"))
			if err != nil {
				t.Error(err)
			}
			paths <- p
		})
	}
	wg.Wait()
	close(paths)
	seen := map[string]bool{}
	for p := range paths {
		if seen[p] {
			t.Errorf("%s written twice", p)
		}
		seen[p] = true
	}
	if n := len(names(t, dir)); n != writers {
		t.Errorf("%d files for %d writers", n, writers)
	}
}
