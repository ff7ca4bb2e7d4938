//go:build race

package main

// raceDetector: the race detector changes how much the runtime allocates,
// so allocation bounds are not checked under it.
const raceDetector = true
