//go:build !unix

package app

import "testing"

// withUmask does nothing where there is no umask.
func withUmask(testing.TB, int) {}
