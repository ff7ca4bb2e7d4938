//go:build !unix

package main

import "testing"

// withUmask does nothing where there is no umask.
func withUmask(testing.TB, int) {}
