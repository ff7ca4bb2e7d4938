//go:build !unix

package render

import "time"

// cpuTime is not measured here: the benchmark then reports 0 cpu-ns/item.
func cpuTime() time.Duration { return 0 }
