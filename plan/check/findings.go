package check

import (
	"encoding/json"

	"ehcplan/plan"
)

// Severity says how much a finding matters.
type Severity int

const (
	// Error must be fixed before the plan is issued.
	Error Severity = iota
	// Warning is something a moderator would query.
	Warning
	// Tip is good practice.
	Tip
)

func (s Severity) String() string {
	return [...]string{"error", "warning", "tip"}[s]
}

// MarshalJSON writes the severity as its word ("error").
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// Finding is one thing the checker found.
type Finding struct {
	Rule     string   `json:"rule"`     // rule ID from CHECKS.md, e.g. "G3"
	Severity Severity `json:"severity"` // error, warning or tip
	Where    plan.Loc `json:"where"`    // where in the plan, as a JSON path in JSON: "areas[1].outcomes[0]"
	Item     string   `json:"item"`     // item ID, heading key, area key, section letter, or ""
	Message  string   `json:"message"`  // plain English, naming the item
	Fix      string   `json:"fix"`      // a concrete thing to do
}

// Report is the checker's answer for one plan.
type Report struct {
	Findings               []Finding
	Errors, Warnings, Tips int
	// Ready is true when there are no errors: the plan can be issued.
	Ready bool
	// Areas summarises the golden thread per PfA area, in plan order.
	Areas []AreaSummary
}

// AreaSummary counts how complete one area's golden thread is.
type AreaSummary struct {
	Key, Title                     string
	Aspirations, AspirationsServed int
	Needs, NeedsProvided           int
	Outcomes, OutcomesSMART        int
	Provision, ProvisionSpecific   int
}
