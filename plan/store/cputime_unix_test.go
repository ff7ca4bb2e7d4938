//go:build unix

package store

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used so far (user and system),
// which the other work on a shared machine does not inflate as it does
// wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
