//go:build !unix

package safefile

import "testing"

// withUmask does nothing where there is no umask.
func withUmask(testing.TB, int) {}
