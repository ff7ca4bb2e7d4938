package check

// Group is a family of rules in CHECKS.md, named by the letter its IDs
// start with.
type Group byte

const (
	GroupStructure Group = 'S'
	GroupThread    Group = 'G'
	GroupSMART     Group = 'M'
	GroupProvision Group = 'P'
	GroupDates     Group = 'D'
	GroupVoice     Group = 'A'
	GroupCaseload  Group = 'X'
)

func (g Group) String() string { return string(rune(g)) }

// Rule is one rule of CHECKS.md. Its ID never changes meaning.
type Rule struct {
	ID    string
	Group Group
	// Severity is how much a finding of the rule matters; for a rule with
	// ErrorInF, how much it matters outside Section F.
	Severity Severity
	// ErrorInF makes the rule an error for provision in Section F, which
	// must be specified and quantified (L v Clarke and Somerset 1998).
	ErrorInF bool
	// Title says in a few words what the rule looks for.
	Title string
}

// Rules is the one table of the checker's rules, in CHECKS.md order, which
// is also the order of findings at the same place in the plan. The test
// TestRulesMatchChecksMD holds it to CHECKS.md.
var Rules = []Rule{
	{"S1", GroupStructure, Warning, false, "A Section A heading is empty"},
	{"S2", GroupStructure, Error, false, "No aspirations are recorded"},
	{"S3", GroupStructure, Warning, false, "An empty section has no statement saying so"},
	{"S4", GroupStructure, Error, false, "A draft names a placement"},
	{"S5", GroupStructure, Error, false, "A final plan names no placement"},
	{"S6", GroupStructure, Warning, false, "Advice lacks a role or date, or a final plan lists none"},
	{"S7", GroupStructure, Warning, false, "A personal budget names no provision or no amount"},
	{"S8", GroupStructure, Warning, false, "A special educational need has no broad area of need"},
	{"S10", GroupStructure, Warning, false, "A final plan lacks advice the regulations require"},
	{"S11", GroupStructure, Warning, false, "The NHS number or unique pupil number fails its check"},
	{"S9", GroupStructure, Tip, false, "The recorded year group differs from the date of birth"},

	{"G1", GroupThread, Error, false, "An aspiration is served by no outcome"},
	{"G2", GroupThread, Warning, false, "An outcome links no need"},
	{"G3", GroupThread, Error, false, "An outcome has no provision"},
	{"G4", GroupThread, Error, false, "A need has no provision of the matching kind"},
	{"G5", GroupThread, Warning, false, "A provision serves no outcome"},
	{"G6", GroupThread, Error, false, "A link names a missing item or one of the wrong kind"},
	{"G7", GroupThread, Warning, false, "From Year 9, a Preparing for Adulthood area has no outcome"},
	{"G8", GroupThread, Tip, false, "A therapy that educates or trains is not in Section F"},

	{"M1", GroupSMART, Error, false, "An outcome has no timeframe"},
	{"M2", GroupSMART, Warning, false, "An outcome cannot be measured"},
	{"M3", GroupSMART, Warning, false, "An outcome rests on a vague verb"},
	{"M4", GroupSMART, Error, false, "An outcome describes provision, not a difference for the person"},
	{"M5", GroupSMART, Tip, false, "An outcome is not about the person"},
	{"M6", GroupSMART, Warning, false, "An outcome's date is out of range"},

	{"P1", GroupProvision, Warning, true, "Provision uses vague wording"},
	{"P2", GroupProvision, Warning, true, "Provision does not say how often"},
	{"P3", GroupProvision, Warning, true, "Provision does not say who provides it"},
	{"P4", GroupProvision, Warning, false, "Provision has no duration"},
	{"P5", GroupProvision, Warning, false, "Provision is written as an achievement"},
	{"P6", GroupProvision, Warning, true, "Provision says nothing about what will be done"},

	{"D1", GroupDates, Error, false, "A final plan's next review is missing, overdue or too late"},
	{"D2", GroupDates, Warning, false, "A draft is near or past the 20-week limit"},
	{"D3", GroupDates, Warning, false, "A phase-transfer review is due"},

	{"A1", GroupVoice, Tip, false, "Section A is not in the young person's own voice"},
	{"A2", GroupVoice, Tip, false, "Section A uses an unexplained acronym"},

	{"X1", GroupCaseload, Error, false, "The plan names another young person of the caseload"},
	{"X2", GroupCaseload, Warning, false, "A text is about another young person of the caseload"},
}

// ruleIndex maps a rule ID to its place in Rules.
var ruleIndex = func() map[string]int {
	m := make(map[string]int, len(Rules))
	for i, r := range Rules {
		m[r.ID] = i
	}
	return m
}()

// RuleByID returns the rule with an ID.
func RuleByID(id string) (Rule, bool) {
	i, ok := ruleIndex[id]
	if !ok {
		return Rule{}, false
	}
	return Rules[i], true
}

// SeverityIn is the rule's severity for an item in Section F (inF) or
// anywhere else.
func (r Rule) SeverityIn(inF bool) Severity {
	if r.ErrorInF && inF {
		return Error
	}
	return r.Severity
}
