// Package check is the golden-thread checker: the rules of CHECKS.md (one
// table, rules.go), the wording heuristics they rest on, and the statutory
// deadlines the date rules use. Check is pure (no I/O, no clock: "today"
// is passed in) and fast enough to run on every keystroke. CheckAmong adds
// the caseload rules (X1, X2), given the caseload's names as a Caseload.
// The wording rules are held to a labelled corpus (corpus_test.go).
package check
