//go:build unix

package main

import (
	"syscall"
	"testing"
)

// withUmask sets the process's umask for one test (022, as on a typical
// desktop, lets group and others read new files), so a mode check proves
// the writer asked for 0600 itself.
func withUmask(t testing.TB, mask int) {
	old := syscall.Umask(mask)
	t.Cleanup(func() { syscall.Umask(old) })
}
