package editor

import (
	"strings"
	"unicode/utf8"

	"ehcplan/plan"
)

// The statutory letters in words, as the selects show them.
var needSections = []option[plan.NeedSection]{
	{plan.SectionB, "B – Special educational need"},
	{plan.SectionC, "C – Health need (related to SEN)"},
	{plan.SectionD, "D – Social care need"},
}

var categories = categoryOptions()

func categoryOptions() []option[string] {
	opts := make([]option[string], len(plan.Categories))
	for i, c := range plan.Categories {
		opts[i] = option[string]{c, plan.CategoryName(c)}
	}
	return opts
}

var provisionSections = []option[plan.ProvisionSection]{
	{plan.SectionF, "F – Special educational provision"},
	{plan.SectionG, "G – Health provision"},
	{plan.SectionH1, "H1 – Social care (Chronically Sick and Disabled Persons Act 1970, section 2)"},
	{plan.SectionH2, "H2 – Other social care"},
}

var arrangements = []option[plan.Arrangement]{
	{plan.ArrangementNone, "No personal budget"},
	{plan.ArrangementDirectPayment, "Direct payment (paid to the family or young person)"},
	{plan.ArrangementNotional, "Notional budget (the council or school holds the money)"},
	{plan.ArrangementThirdParty, "Third-party arrangement (another organisation holds it)"},
	{plan.ArrangementMixed, "A mix of these"},
}

// emptySections are the sections that may need a "there is nothing here"
// statement, with what they hold in words.
var emptySections = []struct{ letter, name, example string }{
	{"C", "Health needs related to SEN", "No health needs related to special educational needs have been identified."},
	{"D", "Social care needs", "No social care needs have been identified."},
	{"G", "Health provision", "No health provision is needed at present."},
	{"H1", "Social care provision under the Chronically Sick and Disabled Persons Act 1970, section 2", "No provision under section 2 of the CSDPA 1970 is needed."},
	{"H2", "Other social care provision", "No other social care provision is needed."},
}

// short cuts text to about n characters at a word boundary, on one line.
func short(text string, n int) string {
	t := strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(t) <= n {
		return t
	}
	r := []rune(t)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}

// orBlank shows "(nothing written yet)" for empty text.
func orBlank(text string) string {
	if strings.TrimSpace(text) == "" {
		return "(nothing written yet)"
	}
	return text
}

// progressStatuses are a review's judgements of an outcome, in words.
var progressStatuses = []option[plan.ProgressStatus]{
	{"achieved", "Achieved"},
	{"progressing", "Progressing"},
	{"not_yet", "Not yet"},
	{"no_longer_relevant", "No longer relevant"},
}

// recommendations are what a review can recommend, in words.
var recommendations = []option[plan.Recommendation]{
	{"maintain", "Keep the plan as it is"},
	{"amend", "Change (amend) the plan"},
	{"cease", "Stop (cease) the plan"},
	{"", "Not decided"},
}

// destinationWords names each post-16 destination as families say it.
var destinationWords = map[string]string{
	"school_sixth_form":    "School sixth form",
	"fe_college":           "Further education college",
	"specialist_college":   "Specialist college",
	"apprenticeship":       "Apprenticeship",
	"supported_internship": "Supported internship",
	"traineeship":          "Traineeship",
	"employment":           "Paid work",
	"self_employment":      "Self-employed",
	"higher_education":     "University",
	"volunteering":         "Volunteering",
	"day_opportunities":    "Day opportunities",
	"neet":                 "Not in education, employment or training",
	"other":                "Something else",
}

// destinations offers "Not recorded" and every destination, in the order
// plan.DestinationKinds gives them.
var destinations = destinationOptions()

func destinationOptions() []option[plan.DestinationKind] {
	opts := []option[plan.DestinationKind]{{"", "Not recorded"}}
	for _, d := range plan.DestinationKinds {
		label := destinationWords[d]
		if label == "" {
			label = d
		}
		opts = append(opts, option[plan.DestinationKind]{plan.DestinationKind(d), label})
	}
	return opts
}
