// Package check is the golden-thread checker: the rules of CHECKS.md (one
// table, rules.go), the wording heuristics they rest on, and the statutory
// deadlines the date rules use. Check is pure (no I/O, no clock: "today"
// is passed in) and fast enough to run on every keystroke.
package check
