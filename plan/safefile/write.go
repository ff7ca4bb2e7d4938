package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// tempPattern names temporary files: hidden, random (os.CreateTemp), and
// never a name a writer would be asked for.
const tempPattern = ".ehcplan-*.tmp"

// maxNumbered is how many numbered names WriteNew tries before giving up.
const maxNumbered = 10000

// link is os.Link, swapped by tests for a file system without hard links.
var link = os.Link

// WriteFile writes data to path, replacing any file there: see Write.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write writes the file at path with what fill writes, replacing any file
// there. The content goes to a new temporary file in the same folder
// (random name, created exclusively, mode 0600 whatever the umask), is
// synced, and is renamed over path only when complete; so a failed write
// or a crash leaves any old file unchanged, and no predictable name can
// be planted beforehand. A symbolic link at path is replaced, never
// followed.
func Write(path string, fill func(io.Writer) error) error {
	tmp, err := writeTemp(filepath.Dir(path), fill)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// WriteNew is Write that never replaces anything. When path is taken (by
// a file, folder or link) it uses the first free Numbered name instead,
// and it returns the path it wrote. Each name is claimed atomically, so
// two writers at once never get the same one.
func WriteNew(path string, fill func(io.Writer) error) (string, error) {
	dir, name := filepath.Split(path)
	tmp, err := writeTemp(dir, fill)
	if err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp) // after a link, only the temporary name goes
	for n := 1; n <= maxNumbered; n++ {
		target := filepath.Join(dir, Numbered(name, n))
		err := claim(tmp, target)
		if err == nil {
			syncDir(dir)
			return target, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("write %s: %w", target, err)
		}
	}
	return "", fmt.Errorf("write %s: %d files by that name already: %w", path, maxNumbered, fs.ErrExist)
}

// claim gives the complete temporary file tmp the name target, only if
// target does not exist. A hard link does that atomically; where the file
// system has none (FAT on a memory stick) it creates target exclusively
// and renames tmp over that empty file, which is its own.
func claim(tmp, target string) error {
	lerr := link(tmp, target)
	if lerr == nil || errors.Is(lerr, fs.ErrExist) {
		return lerr
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	if err := os.Rename(tmp, target); err != nil {
		os.Remove(target)
		return err
	}
	return nil
}

// writeTemp writes a complete, synced, closed temporary file in dir and
// returns its path; on failure it leaves nothing behind.
func writeTemp(dir string, fill func(io.Writer) error) (path string, err error) {
	f, err := os.CreateTemp(dir, tempPattern) // O_EXCL, mode 0600
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := f.Chmod(0o600); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return "", err
	}
	if err := fill(f); err != nil {
		return "", err
	}
	if err := f.Sync(); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return f.Name(), nil
}

// syncDir makes a rename in dir durable where the system allows it; it
// cannot fail the write, which is already complete.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
