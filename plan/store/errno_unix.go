//go:build !windows

package store

import "syscall"

func isDiskFull(e syscall.Errno) bool { return e == syscall.ENOSPC || e == syscall.EDQUOT }

// isLockedOS: Unix locks are advisory, so opening a file never fails
// because another program holds it; SQLite reports its own locks.
func isLockedOS(syscall.Errno) bool { return false }

func isReadOnlyDisk(e syscall.Errno) bool { return e == syscall.EROFS }
