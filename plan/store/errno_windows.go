package store

import "syscall"

// Windows system error codes (winerror.h).
const (
	errorWriteProtect     = 19
	errorSharingViolation = 32
	errorLockViolation    = 33
	errorHandleDiskFull   = 39
	errorDiskFull         = 112
	errorDiskQuotaExceed  = 1295
)

func isDiskFull(e syscall.Errno) bool {
	return e == errorDiskFull || e == errorHandleDiskFull || e == errorDiskQuotaExceed || e == syscall.ENOSPC
}

// isLockedOS: Windows refuses to open a file another program holds open
// without sharing (a backup tool, an antivirus scan).
func isLockedOS(e syscall.Errno) bool { return e == errorSharingViolation || e == errorLockViolation }

func isReadOnlyDisk(e syscall.Errno) bool { return e == errorWriteProtect || e == syscall.EROFS }
