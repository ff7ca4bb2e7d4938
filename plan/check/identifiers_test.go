package check

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// NHS numbers here are in the 999 range the NHS keeps for testing, with
// check digits worked out by hand: no real person's.
func TestNHSNumberProblem(t *testing.T) {
	tests := []struct {
		typed string
		want  string // a phrase of the problem; "" when it passes
	}{
		{"", ""},
		{"   ", ""},
		{"9990000018", ""},
		{"999 000 0018", ""},
		{"999 876 5439", ""},
		{"999-111-2227", ""},
		{" 9991000003 ", ""},
		{"9990000019", "does not pass its check"}, // last digit mistyped
		{"9990000081", "does not pass its check"}, // last two swapped
		{"9998765439", ""},                        // (the same as 999 876 5439)
		{"9998675439", "does not pass its check"}, // middle digits swapped
		{"9991234560", "does not pass its check"}, // 999123456 gives 10: no NHS number starts so
		{"9991234561", "does not pass its check"},
		{"999 000 001", "has 9 digits; an NHS number has 10"},
		{"99900000180", "has 11 digits"},
		{"999000001X", "characters other than digits"},
		{"NHS 9990000018", "characters other than digits"},
	}
	for _, tt := range tests {
		got := NHSNumberProblem(tt.typed)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("NHSNumberProblem(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// Unique pupil numbers with check letters worked out by the DfE's
// algorithm; B801200005001 is the usual documentation example.
func TestUPNProblem(t *testing.T) {
	tests := []struct {
		typed string
		want  string
	}{
		{"", ""},
		{"B801200005001", ""},
		{"K820400101234", ""},
		{"H999200123456", ""},
		{"k820400101234", ""},   // case does not matter
		{"K820 4001 01234", ""}, // nor spaces
		{"R93820001401A", ""},   // a temporary UPN ends in a letter
		{"Q85012345678C", ""},
		{"A801200005001", "does not pass its check"},
		{"K820400101243", "does not pass its check"}, // last two swapped
		{"K820400101235", "does not pass its check"},
		{"S93820001401A", "does not start with a check letter"}, // S is never a check letter
		{"I820400101234", "does not start with a check letter"},
		{"8204001012345", "does not start with a check letter"},
		{"K82040010123", "has 12 characters; a UPN has 13"},
		{"K8204001012345", "has 14 characters"},
		{"K8204X0101234", "characters other than digits"},
		{"R93820001401I", "ends in a character"}, // I is not a UPN letter
		{"R93820001401-", "ends in a character"},
	}
	for _, tt := range tests {
		got := UPNProblem(tt.typed)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("UPNProblem(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// S11: separate plan-level warnings for the NHS number and the UPN, the
// value kept exactly as typed.
func TestCheckIdentifiers(t *testing.T) {
	tests := []struct {
		name       string
		nhs, upn   string
		wantWheres []string
	}{
		{"none recorded", "", "", nil},
		{"both pass", "999 000 0018", "K820400101234", nil},
		{"NHS number fails", "999 000 0019", "K820400101234", []string{"person.nhs_number"}},
		{"UPN fails", "9990000018", "A801200005001", []string{"person.upn"}},
		{"both fail", "12345", "A801200005001", []string{"person.nhs_number", "person.upn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := cleanJordan(t)
			p.Person.NHSNumber, p.Person.UPN = tt.nhs, tt.upn
			r := Check(p, plan.MustDate("2026-01-12"))
			var wheres []string
			for _, f := range r.Findings {
				if f.Rule != "S11" {
					t.Errorf("unexpected %s: %s", f.Rule, f.Message)
					continue
				}
				wheres = append(wheres, f.Where.String())
				if f.Item != "" || f.Severity != Warning || f.Fix == "" || !strings.HasSuffix(f.Message, ".") {
					t.Errorf("S11 is a plan-level warning with a fix: %+v", f)
				}
				typed := map[string]string{"person.nhs_number": tt.nhs, "person.upn": tt.upn}[f.Where.String()]
				if !strings.Contains(f.Message, "“"+typed+"”") {
					t.Errorf("message %q does not quote %q as typed", f.Message, typed)
				}
			}
			if strings.Join(wheres, " ") != strings.Join(tt.wantWheres, " ") {
				t.Errorf("S11 at %v, want %v", wheres, tt.wantWheres)
			}
			if p.Person.NHSNumber != tt.nhs || p.Person.UPN != tt.upn {
				t.Error("the check changed the numbers")
			}
		})
	}
}
