// Package plan holds the EHC plan domain: the types of the `ehcplan/1` format,
// strict import and export, items and their IDs, dates and school-year
// arithmetic (the checker is in plan/check). Its only I/O is ReadFile, the
// one way a plan file is read (within MaxFileSize); it never reads the
// clock: "today" is always passed in.
package plan

import (
	"encoding/json"
	"slices"
)

// FormatID is the value of the "format" key of every plan file.
const FormatID = "ehcplan/1"

// Plan is one version of one young person's EHC plan.
type Plan struct {
	Format         string            `json:"format"`
	ID             string            `json:"id"`
	Version        int               `json:"version"`
	Status         Status            `json:"status"`
	LocalAuthority string            `json:"local_authority"`
	Caseworker     string            `json:"caseworker"`
	Dates          Dates             `json:"dates"`
	Person         Person            `json:"person"`
	SectionA       SectionA          `json:"section_a"`
	Areas          []Area            `json:"areas"`
	SectionNotes   map[string]string `json:"section_notes"`
	Placement      Placement         `json:"placement"`
	PersonalBudget PersonalBudget    `json:"personal_budget"`
	Advice         []Advice          `json:"advice"`
	Reviews        []Review          `json:"reviews"`
	Destination    Destination       `json:"destination"`
	// Officer issues the plan for the local authority (the sign-off of a final).
	Officer Officer `json:"officer,omitzero"`
	// Extra is kept byte-for-byte (compacted) and written back untouched.
	Extra json.RawMessage `json:"extra"`
}

// Dates are the plan's statutory dates. Any may be zero (absent).
type Dates struct {
	Request    Date `json:"request"`
	Issued     Date `json:"issued"`
	LastReview Date `json:"last_review"`
	NextReview Date `json:"next_review"`
}

// Person is the child or young person the plan is about.
type Person struct {
	Name          string `json:"name"`
	PreferredName string `json:"preferred_name"`
	DateOfBirth   Date   `json:"date_of_birth"`
	Setting       string `json:"setting"`
	// YearGroup is the National Curriculum year (R = 0 .. 14); nil means
	// "derive it from DateOfBirth" (see YearGroupOn).
	YearGroup     *int   `json:"year_group,omitempty"`
	HomeLanguage  string `json:"home_language"`
	Communication string `json:"communication"`

	// The details every local authority's template carries (wave 2; all
	// optional, written only when they have a value).
	Address   string `json:"address,omitempty"`
	Sex       string `json:"sex,omitempty"`
	Ethnicity string `json:"ethnicity,omitempty"`
	// NHSNumber is kept as typed (10 digits with a modulus-11 check digit:
	// a failing one is a checker finding, never refused or changed).
	NHSNumber string `json:"nhs_number,omitempty"`
	// UPN is the unique pupil number (13 characters, check letter first),
	// kept as typed.
	UPN string `json:"upn,omitempty"`
	// LookedAfter and OwnDecisions are nil when not recorded.
	LookedAfter   *bool          `json:"looked_after,omitempty"`
	OwnDecisions  *bool          `json:"own_decisions,omitempty"`
	Contacts      []Contact      `json:"contacts,omitempty"`
	Professionals []Professional `json:"professionals,omitempty"`
}

// Contact is a parent, carer or other family contact.
type Contact struct {
	Name                   string `json:"name"`
	Relationship           string `json:"relationship,omitempty"`
	ParentalResponsibility bool   `json:"parental_responsibility,omitempty"`
	Phone                  string `json:"phone,omitempty"`
	Email                  string `json:"email,omitempty"`
	Address                string `json:"address,omitempty"`
	// Main marks the main contact for letters and notices.
	Main bool `json:"main,omitempty"`
}

// Professional is someone involved with the young person (GP, social
// worker, key worker...).
type Professional struct {
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"`
	Service string `json:"service,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
}

// Officer is who issues the plan for the local authority.
type Officer struct {
	Name   string `json:"name,omitempty"`
	Role   string `json:"role,omitempty"`
	Signed Date   `json:"signed,omitzero"`
}

// SectionA holds the young person's views, interests and aspirations.
type SectionA struct {
	Headings    []Heading    `json:"headings"`
	Aspirations []Aspiration `json:"aspirations"`
	FamilyViews string       `json:"family_views"`
	HowInvolved string       `json:"how_involved"`
	// History is "My story so far", in the young person's and family's words.
	History string `json:"history,omitempty"`
	// Profile is the one-page profile.
	Profile Profile `json:"profile,omitzero"`
	// Said holds words captured verbatim in a meeting, with who said them.
	Said []Said `json:"said,omitempty"`
}

// Profile is the one-page profile.
type Profile struct {
	Admire    string `json:"admire,omitempty"`    // What people like and admire about me
	Important string `json:"important,omitempty"` // What is important to me
	Support   string `json:"support,omitempty"`   // How best to support me
}

// Said is one answer captured in a meeting: Heading is a Section A heading
// key or "aspiration".
type Said struct {
	Heading string  `json:"heading"`
	Who     Speaker `json:"who"`
	Text    string  `json:"text"`
}

// Heading is one of the young person's own Section A headings.
type Heading struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Aspiration is something the young person wants for their life (A1, A2...).
type Aspiration struct {
	ID   string `json:"id"`
	Area string `json:"area"`
	Text string `json:"text"`
}

// Well-known PfA area keys. Plans may add local keys.
const (
	AreaEmployment        = "employment"
	AreaIndependentLiving = "independent_living"
	AreaCommunity         = "community"
	AreaHealth            = "health"
)

// Area is one Preparing for Adulthood area with its needs, aims, outcomes
// and provision.
type Area struct {
	Key       string      `json:"key"`
	Title     string      `json:"title"`
	Note      string      `json:"note"`
	Needs     []Need      `json:"needs"`
	Aims      []Aim       `json:"aims"`
	Outcomes  []Outcome   `json:"outcomes"`
	Provision []Provision `json:"provision"`
}

// Need is a special educational (B), health (C) or social care (D) need.
type Need struct {
	ID      string      `json:"id"`
	Section NeedSection `json:"section"`
	// Category is one of the Category* constants, or empty while the plan
	// is being written, when Section is B; any words for C and D.
	Category string `json:"category"`
	Text     string `json:"text"`
}

// SetSection moves the need to another statutory section. A category in
// the author's own words, allowed for C and D, is cleared when the need
// moves to B, where only the four Code of Practice categories (or none
// yet) may stand: otherwise the plan would export to a file that import
// refuses.
func (n *Need) SetSection(s NeedSection) {
	n.Section = s
	if s == SectionB && !slices.Contains(Categories, n.Category) {
		n.Category = ""
	}
}

// Section B need categories (SEND Code of Practice 6.28-6.35).
const (
	CategoryCommunication = "communication_interaction"
	CategoryCognition     = "cognition_learning"
	CategorySEMH          = "semh"
	CategorySensory       = "sensory_physical"
)

// Categories lists the Section B categories in Code of Practice order.
var Categories = []string{CategoryCommunication, CategoryCognition, CategorySEMH, CategorySensory}

var categoryNames = map[string]string{
	CategoryCommunication: "Communication and interaction",
	CategoryCognition:     "Cognition and learning",
	CategorySEMH:          "Social, emotional and mental health",
	CategorySensory:       "Sensory and/or physical",
}

// CategoryName says a need's category in the Code of Practice's words. C and
// D needs may use any words, so an unknown category is returned as written.
func CategoryName(c string) string {
	if n, ok := categoryNames[c]; ok {
		return n
	}
	return c
}

// Aim is a long-term aim; "By" is a date or a phrase ("end of Year 13").
type Aim struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	By   string `json:"by"`
}

// Outcome is a short-term Section E outcome.
type Outcome struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// By is a YYYY-MM-DD date or a phrase ("by July 2027").
	By          string   `json:"by"`
	Measure     string   `json:"measure"`
	Aspirations []string `json:"aspirations"`
	Needs       []string `json:"needs"`
	Aim         string   `json:"aim"`
}

// Provision is an item of F, G, H1 or H2 provision.
type Provision struct {
	ID       string           `json:"id"`
	Section  ProvisionSection `json:"section"`
	Text     string           `json:"text"`
	Who      string           `json:"who"`
	HowOften string           `json:"how_often"`
	Duration string           `json:"duration"`
	Outcomes []string         `json:"outcomes"`
	Needs    []string         `json:"needs"`
	// Commissioner is, for G, H1 and H2, the body that agreed and funds it.
	Commissioner string `json:"commissioner,omitempty"`
}

// Placement is Section I: blank in a draft.
type Placement struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// PersonalBudget is Section J.
type PersonalBudget struct {
	Arrangement Arrangement `json:"arrangement"`
	AmountGBP   float64     `json:"amount_gbp"`
	Provision   []string    `json:"provision"`
	Notes       string      `json:"notes"`
}

// Advice is one entry of Section K.
type Advice struct {
	Title  string `json:"title"`
	Author string `json:"author"`
	Role   string `json:"role"`
	Date   Date   `json:"date"`
	// Kind is the kind of advice under SEND Regulations 2014 reg 6(1); ""
	// when not given (the checker then reads it from the role and title).
	Kind AdviceKind `json:"kind,omitempty"`
}

// Review is a record of an annual (or early) review meeting.
type Review struct {
	Date           Date           `json:"date"`
	Attendees      []string       `json:"attendees"`
	Working        []string       `json:"working"`
	NotWorking     []string       `json:"not_working"`
	Future         []string       `json:"future"`
	Progress       []Progress     `json:"progress"`
	Recommendation Recommendation `json:"recommendation"`

	// The annual review cycle (SEND Regulations 2014 regs 18, 20, 22).
	Invited       Date           `json:"invited,omitzero"`
	ReportSent    Date           `json:"report_sent,omitzero"`
	Decision      Recommendation `json:"decision,omitempty"`
	DecisionDate  Date           `json:"decision_date,omitzero"`
	AmendmentSent Date           `json:"amendment_sent,omitzero"`
	// Views are what each speaker said is working, not working and
	// important for the future (Working Together for Change).
	Views []View `json:"views,omitempty"`
}

// View is one statement made at a review, with who made it.
type View struct {
	Who  Speaker  `json:"who"`
	Kind ViewKind `json:"kind"`
	Text string   `json:"text"`
	// Top marks the speaker's top two of that kind.
	Top bool `json:"top,omitempty"`
}

// Progress is a review's view of one outcome.
type Progress struct {
	Outcome string         `json:"outcome"`
	Status  ProgressStatus `json:"status"`
	Note    string         `json:"note"`
}

// Destination is the young person's current and planned post-16 route.
type Destination struct {
	Current DestinationKind `json:"current"`
	Planned DestinationKind `json:"planned"`
}
