package editor

import (
	"strings"
	"unicode/utf8"

	"ehcplan/plan"
)

// The words of every select are the plan's own (plan.SectionItemWord and
// the rest), the same as the printed plan uses.

// needSections and provisionSections are the statutory letters in words,
// as the selects show them: "B – Special educational need".
var (
	needSections      = sectionOptions([]plan.NeedSection{plan.SectionB, plan.SectionC, plan.SectionD})
	provisionSections = sectionOptions([]plan.ProvisionSection{plan.SectionF, plan.SectionG, plan.SectionH1, plan.SectionH2})
)

func sectionOptions[S ~string](letters []S) []option[S] {
	opts := make([]option[S], len(letters))
	for i, l := range letters {
		opts[i] = option[S]{l, string(l) + " – " + plan.SectionItemWord(string(l))}
	}
	return opts
}

var categories = categoryOptions()

func categoryOptions() []option[string] {
	opts := make([]option[string], len(plan.Categories))
	for i, c := range plan.Categories {
		opts[i] = option[string]{c, plan.CategoryName(c)}
	}
	return opts
}

// wordOptions offers each value with its word.
func wordOptions[T ~string](values []T, word func(T) string) []option[T] {
	opts := make([]option[T], len(values))
	for i, v := range values {
		opts[i] = option[T]{v, word(v)}
	}
	return opts
}

// arrangements are the ways a personal budget is held, with what each means.
var arrangements = wordOptions(plan.Arrangements(), plan.ArrangementExplained)

// emptySections are the sections that may need a "there is nothing here"
// statement, with what they hold in words.
var emptySections = []struct{ letter, name, example string }{
	{"C", plan.SectionWord("C"), "No health needs related to special educational needs have been identified."},
	{"D", plan.SectionWord("D"), "No social care needs have been identified."},
	{"G", plan.SectionWord("G"), "No health provision is needed at present."},
	{"H1", plan.SectionWord("H1"), "No provision under section 2 of the CSDPA 1970 is needed."},
	{"H2", plan.SectionWord("H2"), "No other social care provision is needed."},
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
var progressStatuses = wordOptions(plan.ProgressStatuses(), plan.ProgressWord)

// recommendations are what a review can recommend, in words, "Not
// decided" last.
var recommendations = wordOptions(plan.Recommendations(), plan.RecommendationWord)

// destinations offers "Not recorded" and every destination, in the order
// plan.DestinationKinds gives them.
var destinations = wordOptions(plan.Destinations(), plan.DestinationWord)
