package check

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// pendingRules are in CHECKS.md but not yet in Rules, with the issue that
// adds each. The test fails when one of them is in Rules, so the list
// cannot go stale.
var pendingRules = map[string]string{}

// contractRule is one row of a rule table in CHECKS.md.
type contractRule struct {
	id       string
	group    Group // the letter in the table's heading, e.g. "## Dates (D)"
	severity Severity
	errorInF bool
}

var groupHeading = regexp.MustCompile(`^## [^(]*\(([A-Z])\)`)

// readChecksMD reads the rule tables of CHECKS.md: each "| ID | sev | ..."
// row under a "## Name (G)" heading, in the file's order.
func readChecksMD(t *testing.T) []contractRule {
	t.Helper()
	f, err := os.Open("testdata/CHECKS.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rules []contractRule
	var group Group
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := groupHeading.FindStringSubmatch(line); m != nil {
			group = Group(m[1][0])
			continue
		}
		if strings.HasPrefix(line, "## ") {
			group = 0
		}
		if group == 0 || !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) < 3 {
			t.Fatalf("CHECKS.md: short table row %q", line)
		}
		id, sev := strings.TrimSpace(cells[0]), strings.TrimSpace(cells[1])
		if id == "ID" || strings.HasPrefix(id, "-") {
			continue // header and separator
		}
		r := contractRule{id: id, group: group}
		switch sev {
		case "error":
			r.severity = Error
		case "warning":
			r.severity = Warning
		case "tip":
			r.severity = Tip
		case "error (F) / warning":
			r.severity, r.errorInF = Warning, true
		default:
			t.Fatalf("CHECKS.md: rule %s has severity %q", id, sev)
		}
		rules = append(rules, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rules) < 30 {
		t.Fatalf("CHECKS.md: read only %d rules", len(rules))
	}
	return rules
}

// The one table of rules agrees with CHECKS.md: the same IDs in the same
// order, each in its group with its severity, except the rules a later
// issue adds.
func TestRulesMatchChecksMD(t *testing.T) {
	contract := readChecksMD(t)
	var want []contractRule
	for _, r := range contract {
		if _, later := pendingRules[r.id]; !later {
			want = append(want, r)
		}
	}
	for id, issue := range pendingRules {
		if _, ok := RuleByID(id); ok {
			t.Errorf("%s is in Rules: take it off pendingRules (%s)", id, issue)
		}
		if !slices.ContainsFunc(contract, func(r contractRule) bool { return r.id == id }) {
			t.Errorf("pending rule %s (%s) is not in CHECKS.md", id, issue)
		}
	}
	var got []contractRule
	for _, r := range Rules {
		got = append(got, contractRule{r.ID, r.Group, r.Severity, r.ErrorInF})
		if r.Title == "" || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q should be a few words with no full stop", r.ID, r.Title)
		}
		if r.ID[0] != byte(r.Group) {
			t.Errorf("%s is in group %s", r.ID, r.Group)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Rules differ from CHECKS.md (less the pending rules):\n got  %v\n want %v", got, want)
	}
	for i, r := range Rules {
		if j := ruleIndex[r.ID]; j != i {
			t.Errorf("%s is listed twice", r.ID)
		}
	}
}

func TestRuleSeverityInF(t *testing.T) {
	tests := []struct {
		id   string
		inF  bool
		want Severity
	}{
		{"P1", true, Error}, {"P1", false, Warning},
		{"P3", true, Error}, {"P4", true, Warning},
		{"G3", false, Error}, {"M5", true, Tip},
	}
	for _, tt := range tests {
		r, ok := RuleByID(tt.id)
		if !ok {
			t.Fatalf("no rule %s", tt.id)
		}
		if got := r.SeverityIn(tt.inF); got != tt.want {
			t.Errorf("%s in F %v: %s, want %s", tt.id, tt.inF, got, tt.want)
		}
	}
}
