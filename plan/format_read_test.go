package plan

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// countingReader counts the bytes Read takes from its source.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// endless is a reader that never ends, like /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func sparseFile(t *testing.T, size int64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "huge.json")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, size); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReadStopsAtTheLimit: whatever the source, Read takes at most
// MaxFileSize+1 bytes from it before refusing (it used to be whole files
// read first: 1 GiB of input held 1 GB, /dev/zero ran to 8 GB).
func TestReadStopsAtTheLimit(t *testing.T) {
	sources := map[string]func(t *testing.T) io.Reader{
		"endless stream": func(*testing.T) io.Reader { return endless{} },
		"sparse 1 GiB file without Stat": func(t *testing.T) io.Reader {
			f, err := os.Open(sparseFile(t, 1<<30))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.Close() })
			return struct{ io.Reader }{f} // hides Stat, as a pipe would
		},
		"/dev/zero": func(t *testing.T) io.Reader {
			f, err := os.Open("/dev/zero")
			if err != nil {
				t.Skip("no /dev/zero here")
			}
			t.Cleanup(func() { f.Close() })
			return f
		},
	}
	for name, open := range sources {
		t.Run(name, func(t *testing.T) {
			src := &countingReader{r: open(t)}
			_, err := Read(src)
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "the file is more than 16 MiB") {
				t.Errorf("got %v, want ErrTooLarge saying more than 16 MiB", err)
			}
			if src.n > MaxFileSize+1 {
				t.Errorf("read %d bytes, want at most %d", src.n, MaxFileSize+1)
			}
		})
	}
}

// TestReadFileSaysTheRealSize: a regular file's size is known, so the
// message says it, and nothing is read or held; a device's is not.
func TestReadFileSaysTheRealSize(t *testing.T) {
	cases := []struct {
		name, path, want string
		maxAlloc         uint64
	}{
		{"sparse 1 GiB", sparseFile(t, 1<<30), "the file is 1.0 GiB, larger than", 1 << 20},
		{"one byte too many", sparseFile(t, MaxFileSize+1), "the file is 16777217 bytes, larger than", 1 << 20},
		// Size unknown: the buffer grows by doubling to hold the limit, so
		// about 4x the limit is allocated in all, whatever the device holds.
		{"/dev/zero", "/dev/zero", "the file is more than 16 MiB", 5 * MaxFileSize},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skip(err)
			}
			allocated := allocatedBy(func() {
				_, err := ReadFile(c.path)
				if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), c.want) {
					t.Errorf("got %v, want ErrTooLarge saying %q", err, c.want)
				}
			})
			if allocated > c.maxAlloc {
				t.Errorf("allocated %d bytes, want at most %d", allocated, c.maxAlloc)
			}
		})
	}
}

func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestReadFileImportsAndReportsOpenErrors(t *testing.T) {
	p, err := ReadFile("../testdata/jordan-y10-final.json")
	if err != nil || p.Person.Name != "Jordan Ellis" {
		t.Fatalf("got %v, %v", p, err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: got %v, want fs.ErrNotExist", err)
	}
}
