package insight

import (
	"encoding/json"
	"fmt"
	"slices"

	"ehcplan/plan"
)

// BaselinesKey is the store setting the saved baselines are kept under,
// as JSON: one baseline per scope (by Scope.Describe).
const BaselinesKey = "insight.baseline"

// Baseline is the counts of one scope saved on a date ("where we are
// now", the Implement step of Working Together for Change), so a later
// run shows the change (the Review step).
type Baseline struct {
	Date   plan.Date         `json:"date"`
	Scope  string            `json:"scope"`
	Values map[string]int    `json:"values"`
	Labels map[string]string `json:"labels"`
}

// Baselines are the saved baselines by scope.
type Baselines map[string]Baseline

// ParseBaselines reads saved baselines; empty data is none.
func ParseBaselines(data []byte) (Baselines, error) {
	b := Baselines{}
	if len(data) == 0 {
		return b, nil
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return Baselines{}, fmt.Errorf("the saved baselines could not be read: %w", err)
	}
	return b, nil
}

// JSON is the baselines as saved.
func (b Baselines) JSON() []byte {
	data, _ := json.Marshal(b) // maps of strings and ints always marshal
	return data
}

// Indicator is one count now, against the baseline when there is one.
type Indicator struct {
	Key, Label string
	Now        int
	Then       int
	HasThen    bool
}

// indicator is one count of the report with a stable key.
type indicator struct {
	key, label string
	n          int
}

// indicators are the report's counts that are watched over time: young
// people and reviews, each destination now and planned, each judgement of
// progress, needs with no provision, and each theme of two or more young
// people.
func (r *Report) indicators() []indicator {
	out := []indicator{
		{"young_people", "Young people in this choice", r.YoungPeople},
		{"reviewed", "Young people with a review", r.Reviewed},
	}
	for i, row := range r.Destinations.Rows {
		out = append(out,
			indicator{"destination.now." + row, "Destination now: " + row, r.Destinations.Counts[i][0]},
			indicator{"destination.planned." + row, "Destination planned: " + row, r.Destinations.Counts[i][1]})
	}
	for c, col := range r.Progress.Cols {
		n := 0
		for _, row := range r.Progress.Counts {
			n += row[c]
		}
		out = append(out, indicator{"progress." + col, "Outcomes at the last review: " + col, n})
	}
	gaps := 0
	for _, row := range r.Gaps.Counts {
		gaps += row[0]
	}
	out = append(out, indicator{"gaps.needs", "Needs with no provision", gaps})
	for _, t := range r.Themes {
		if t.YoungPeople >= 2 {
			out = append(out, indicator{"theme." + t.Key, plan.ViewKindWord(t.Kind) + ": " + t.Label, t.YoungPeople})
		}
	}
	return out
}

// Baseline is the report's counts saved as of its day.
func (r *Report) Baseline() Baseline {
	b := Baseline{Date: r.Today, Scope: r.Scope.Describe(), Values: map[string]int{}, Labels: map[string]string{}}
	for _, in := range r.indicators() {
		b.Values[in.key], b.Labels[in.key] = in.n, in.label
	}
	return b
}

// Indicators are the report's counts against a baseline (nil for none):
// every count now, then any the baseline had that is gone now (as 0).
func (r *Report) Indicators(b *Baseline) []Indicator {
	var out []Indicator
	seen := map[string]bool{}
	for _, in := range r.indicators() {
		i := Indicator{Key: in.key, Label: in.label, Now: in.n}
		if b != nil {
			i.Then, i.HasThen = b.Values[in.key], true
		}
		seen[in.key] = true
		out = append(out, i)
	}
	if b != nil {
		var gone []string
		for k := range b.Values {
			if !seen[k] {
				gone = append(gone, k)
			}
		}
		slices.Sort(gone)
		for _, k := range gone {
			out = append(out, Indicator{Key: k, Label: b.Labels[k], Then: b.Values[k], HasThen: true})
		}
	}
	return out
}
