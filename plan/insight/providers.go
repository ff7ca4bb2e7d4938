package insight

import "strings"

// The kinds of provider provision is counted by. "Who" in a plan is free
// text ("Speech and language therapist", "Mrs Patel, teaching
// assistant"), so it is sorted into a fixed list by the words it holds
// (first match in this order); the words themselves are never shown.
var providerRules = []struct {
	kind  string
	words []string
}{
	{"Speech and language therapy", []string{"speech", "language therap", " salt "}},
	{"Occupational therapy", []string{"occupational", " ot "}},
	{"Physiotherapy", []string{"physio"}},
	{"Psychology", []string{"psycholog"}},
	{"Health (nurse, doctor, CAMHS)", []string{"nurse", "doctor", "paediatric", "camhs", "mental health", " gp ", "health", "dietit", "clinic"}},
	{"Social care", []string{"social work", "social care", "short break", "personal assistant", "carer", "respite", "care worker"}},
	{"Careers and employment support", []string{"careers", "employment", "job coach", "work experience", "supported internship", "employer"}},
	{"Travel training", []string{"travel"}},
	{"Teacher or SENCO", []string{"teacher", "senco", "sendco", "tutor", "lecturer", "head of"}},
	{"Teaching or learning support assistant", []string{"assistant", "support worker", "lsa", "ta "}},
	{"Key worker or mentor", []string{"key worker", "keyworker", "mentor", "youth worker", "coach"}},
	{"Specialist teacher or advisory service", []string{"specialist", "advisory", "outreach", "sensory", "autism team", "visual", "hearing"}},
	{"Family", []string{"parent", "family", "mum", "dad", "guardian"}},
}

// providerOther is every provider the rules do not place; providerNone a
// provision with no "who".
const (
	providerOther = "Other provider"
	providerNone  = "Provider not recorded"
)

var providerKinds = func() []string {
	var kinds []string
	for _, r := range providerRules {
		kinds = append(kinds, r.kind)
	}
	return append(kinds, providerOther, providerNone)
}()

// providerKind sorts a provision's "who" into a kind of provider.
func providerKind(who string) string {
	f := " " + fold(who) + " "
	if strings.TrimSpace(f) == "" {
		return providerNone
	}
	for _, r := range providerRules {
		for _, w := range r.words {
			if strings.Contains(f, w) {
				return r.kind
			}
		}
	}
	return providerOther
}
