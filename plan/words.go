package plan

import "strings"

// The plan's vocabulary: each status, section, Preparing for Adulthood
// area, destination, review judgement, recommendation and budget
// arrangement in the plain English a family understands. The editor, the
// PDF and the checker all say them with these functions, so the screen and
// the printed plan never drift apart. A value with no word (a file from a
// later version) is shown as written.

var statusWords = map[Status]string{
	StatusDraft:  "Draft",
	StatusFinal:  "Final",
	StatusCeased: "Ceased",
}

// StatusWord is a plan's status: "Draft", "Final", "Ceased".
func StatusWord(s Status) string { return wordOr(statusWords, s) }

var sectionWords = map[string]string{
	"A":  "Views, interests and aspirations",
	"B":  "Special educational needs",
	"C":  "Health needs related to special educational needs",
	"D":  "Social care needs",
	"E":  "Outcomes",
	"F":  "Special educational provision",
	"G":  "Health provision",
	"H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970, section 2",
	"H2": "Other social care provision",
	"I":  "Placement: school or college",
	"J":  "Personal budget",
	"K":  "Advice and information",
}

// SectionWord names a statutory section: SectionWord("B") is "Special
// educational needs".
func SectionWord(letter string) string { return wordOr(sectionWords, letter) }

var sectionItemWords = map[string]string{
	"B": "Special educational need", "C": "Health need", "D": "Social care need",
	"E": "Outcome", "F": "Special educational provision", "G": "Health provision",
	"H1": "Social care (Chronically Sick and Disabled Persons Act 1970, section 2)",
	"H2": "Other social care",
}

// SectionItemWord says what one entry of a section is: "Health need" for C,
// "Special educational provision" for F.
func SectionItemWord(letter string) string { return wordOr(sectionItemWords, letter) }

// AreaWord names a Preparing for Adulthood area by its key, as new plans
// title it ("Employment and education"); a plan's own title may differ
// (see Plan.AreaTitle).
func AreaWord(key string) string {
	for _, a := range DefaultAreas {
		if a.Key == key {
			return a.Title
		}
	}
	return key
}

var destinationWords = map[DestinationKind]string{
	"":                     "Not recorded",
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

// DestinationWord names a post-16 destination: "Paid work", "University";
// "Not recorded" for none.
func DestinationWord(d DestinationKind) string { return wordOr(destinationWords, d) }

var progressWords = map[ProgressStatus]string{
	"achieved":           "Achieved",
	"progressing":        "Progressing",
	"not_yet":            "No progress yet",
	"no_longer_relevant": "No longer relevant",
}

// ProgressWord is a review's judgement of an outcome: "Achieved",
// "Progressing", "No progress yet", "No longer relevant".
func ProgressWord(s ProgressStatus) string { return wordOr(progressWords, s) }

var recommendationWords = map[Recommendation]string{
	"":         "Not decided",
	"maintain": "Keep the plan as it is",
	"amend":    "Change (amend) the plan",
	"cease":    "Stop (cease) the plan",
}

// RecommendationWord is what a review recommends: "Keep the plan as it
// is"; "Not decided" when it has not recommended yet.
func RecommendationWord(r Recommendation) string { return wordOr(recommendationWords, r) }

var speakerWords = map[Speaker]string{
	"":             "Not recorded",
	"young_person": "The young person",
	"family":       "The family",
	"education":    "Education",
	"health":       "Health",
	"social_care":  "Social care",
	"other":        "Someone else",
}

// SpeakerWord is who said something at a meeting: "The young person",
// "The family", "Education"; "Not recorded" when not said.
func SpeakerWord(s Speaker) string { return wordOr(speakerWords, s) }

var viewKindWords = map[ViewKind]string{
	"working":     "What is working",
	"not_working": "What is not working",
	"future":      "What is important for the future",
}

// ViewKindWord is what a review statement is about: "What is working".
func ViewKindWord(k ViewKind) string { return wordOr(viewKindWords, k) }

var arrangementWords = map[Arrangement]string{
	"":                       "No personal budget",
	ArrangementNone:          "No personal budget",
	ArrangementDirectPayment: "Direct payment",
	ArrangementNotional:      "Notional budget",
	ArrangementThirdParty:    "Third-party arrangement",
	ArrangementMixed:         "Mixed arrangement",
}

var arrangementMeanings = map[Arrangement]string{
	ArrangementDirectPayment: "the money is paid to the family or young person",
	ArrangementNotional:      "the council or setting holds the money and arranges the support",
	ArrangementThirdParty:    "another organisation holds the money",
	ArrangementMixed:         "a mix of these ways",
}

// ArrangementWord is how a personal budget is held, in a few words:
// "Direct payment".
func ArrangementWord(a Arrangement) string { return wordOr(arrangementWords, a) }

// ArrangementExplained is the word with what it means for the family:
// "Direct payment (the money is paid to the family or young person)".
func ArrangementExplained(a Arrangement) string {
	if m, ok := arrangementMeanings[a]; ok {
		return ArrangementWord(a) + " (" + m + ")"
	}
	return ArrangementWord(a)
}

// Lower starts a word with a small letter, for the middle of a sentence:
// "Section D (social care needs)".
func Lower(word string) string {
	if word == "" {
		return word
	}
	return strings.ToLower(word[:1]) + word[1:]
}

func wordOr[K ~string](words map[K]string, v K) string {
	if w, ok := words[v]; ok {
		return w
	}
	return string(v)
}

// The closed lists of values, in the order forms offer them.

// Statuses lists every plan status.
func Statuses() []Status { return values[Status]() }

// ProgressStatuses lists every judgement a review makes of an outcome.
func ProgressStatuses() []ProgressStatus { return values[ProgressStatus]() }

// Recommendations lists every recommendation, "" (not decided) last.
func Recommendations() []Recommendation {
	v := values[Recommendation]()
	return append(v[1:], v[0])
}

// Arrangements lists every way a budget is held ("none" first; "" is read
// as none and is not listed).
func Arrangements() []Arrangement { return values[Arrangement]()[1:] }

// Destinations lists "" (not recorded) and every destination.
func Destinations() []DestinationKind { return values[DestinationKind]() }

func values[T interface {
	~string
	enum
}]() []T {
	var zero T
	allowed := zero.allowed()
	out := make([]T, len(allowed))
	for i, a := range allowed {
		out[i] = T(a)
	}
	return out
}
