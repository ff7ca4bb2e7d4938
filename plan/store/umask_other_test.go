//go:build !unix

package store

import "testing"

// withUmask does nothing where there is no umask.
func withUmask(testing.TB, int) {}
