package plan

// enum is implemented by the string types whose values are a closed list.
// Import refuses any other value (with the JSON path), so the rest of the
// program can rely on them.
type enum interface {
	allowed() []string
}

// Status is the plan's status.
type Status string

const (
	StatusDraft  Status = "draft"
	StatusFinal  Status = "final"
	StatusCeased Status = "ceased"
)

func (Status) allowed() []string { return []string{"draft", "final", "ceased"} }

// NeedSection is the statutory section of a need.
type NeedSection string

const (
	SectionB NeedSection = "B"
	SectionC NeedSection = "C"
	SectionD NeedSection = "D"
)

func (NeedSection) allowed() []string { return []string{"B", "C", "D"} }

// ProvisionSection is the statutory section of a provision.
type ProvisionSection string

const (
	SectionF  ProvisionSection = "F"
	SectionG  ProvisionSection = "G"
	SectionH1 ProvisionSection = "H1"
	SectionH2 ProvisionSection = "H2"
)

func (ProvisionSection) allowed() []string { return []string{"F", "G", "H1", "H2"} }

// Arrangement is how a personal budget is held; "" is read as none.
type Arrangement string

const (
	ArrangementNone          Arrangement = "none"
	ArrangementDirectPayment Arrangement = "direct_payment"
	ArrangementNotional      Arrangement = "notional"
	ArrangementThirdParty    Arrangement = "third_party"
	ArrangementMixed         Arrangement = "mixed"
)

func (Arrangement) allowed() []string {
	return []string{"", "none", "direct_payment", "notional", "third_party", "mixed"}
}

// ProgressStatus is a review's judgement of one outcome.
type ProgressStatus string

func (ProgressStatus) allowed() []string {
	return []string{"achieved", "progressing", "not_yet", "no_longer_relevant"}
}

// Recommendation is a review's recommendation; "" when not yet made.
type Recommendation string

func (Recommendation) allowed() []string { return []string{"", "maintain", "amend", "cease"} }

// DestinationKind is a current or planned post-16 destination; "" when unknown.
type DestinationKind string

// DestinationKinds lists every destination in the order forms offer them.
var DestinationKinds = []string{
	"school_sixth_form", "fe_college", "specialist_college", "apprenticeship",
	"supported_internship", "traineeship", "employment", "self_employment",
	"higher_education", "volunteering", "day_opportunities", "neet", "other",
}

func (DestinationKind) allowed() []string { return append([]string{""}, DestinationKinds...) }

// StatutorySections lists every section letter in statutory order.
var StatutorySections = []string{"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}

// AdviceKind is the kind of a piece of Section K advice (SEND Regulations
// 2014 reg 6(1)); "" when not given.
type AdviceKind string

// AdviceKinds lists every advice kind in the order forms offer them.
var AdviceKinds = []string{
	"parent", "young_person", "educational", "medical", "psychological",
	"social_care", "adulthood", "sensory", "other",
}

func (AdviceKind) allowed() []string { return append([]string{""}, AdviceKinds...) }

// Speaker is who said something in a meeting or review.
type Speaker string

// Speakers lists every speaker in the order forms offer them.
var Speakers = []string{"young_person", "family", "education", "health", "social_care", "other"}

// "" is a speaker not recorded.
func (Speaker) allowed() []string { return append([]string{""}, Speakers...) }

// ViewKind is what a review statement is about.
type ViewKind string

func (ViewKind) allowed() []string { return []string{"working", "not_working", "future"} }
