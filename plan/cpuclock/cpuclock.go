// Package cpuclock reads the CPU time this process has used, for the
// benchmarks' cpu-ns/op figures: on a shared machine it is a steadier
// measure than wall time, which counts time spent waiting for a core.
package cpuclock
