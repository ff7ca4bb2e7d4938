package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"ehcplan/plan"
)

// The words for statuses, sections, destinations, review judgements and
// budget arrangements are the plan's own (plan.StatusWord and the rest),
// the same as the editor shows.

// sectionNames and itemKinds are the plan's words for each section and
// for one entry of it, by letter.
var sectionNames, itemKinds = func() (names, kinds map[string]string) {
	names, kinds = map[string]string{}, map[string]string{}
	for _, l := range plan.StatutorySections {
		names[l], kinds[l] = plan.SectionWord(l), plan.SectionItemWord(l)
	}
	return names, kinds
}()

// progressNames and recommendationNames are the plan's words for a
// review's judgements and recommendations.
var progressNames, recommendationNames = func() (map[plan.ProgressStatus]string, map[plan.Recommendation]string) {
	prog, rec := map[plan.ProgressStatus]string{}, map[plan.Recommendation]string{}
	for _, s := range plan.ProgressStatuses() {
		prog[s] = plan.ProgressWord(s)
	}
	for _, r := range plan.Recommendations() {
		if r != "" { // no recommendation prints nothing
			rec[r] = plan.RecommendationWord(r)
		}
	}
	return prog, rec
}()

// arrangementName says how a personal budget is held and what that means.
func arrangementName(a plan.Arrangement) string { return plan.ArrangementExplained(a) }

// destinationWord is the plan's word for a destination, or "" when none
// is recorded (the caller says so in its own words).
func destinationWord(d plan.DestinationKind) string {
	if d == "" {
		return ""
	}
	return plan.DestinationWord(d)
}

// sectionTitle is "B – Special educational needs".
func sectionTitle(letter string) string {
	return letter + " – " + plan.SectionWord(letter)
}

// statusName is the status with what it means, for the front page.
func statusName(s plan.Status) string {
	switch s {
	case plan.StatusDraft:
		return plan.StatusWord(s) + " – not yet agreed"
	case plan.StatusCeased:
		return plan.StatusWord(s) + " – this plan is no longer maintained"
	}
	return plan.StatusWord(s)
}

// words turns a snake_case key into words: "family_views" -> "Family views".
func words(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// longDate is "2 November 2010", or ifZero when the date is absent.
func longDate(d plan.Date, ifZero string) string {
	if d.IsZero() {
		return ifZero
	}
	return d.Long()
}

// byWhen prints an outcome's or aim's "by": a date in long form, or the
// phrase as written.
func byWhen(s string) string {
	if d, err := plan.ParseDate(strings.TrimSpace(s)); err == nil {
		return d.Long()
	}
	return s
}

// money is "£2,400.00".
func money(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := "£" + b.String() + "." + frac
	if neg {
		out = "−" + out
	}
	return out
}

// shorten cuts s to at most n characters, ending in "…" when cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i] // end on a whole word when one is near
	}
	return strings.TrimRight(cut, " ,;:.–-") + "…"
}

func trimmed(s string) string { return strings.TrimSpace(s) }

// pageList is "3–5, 8" for pages [3 4 5 8].
func pageList(pages []int) string {
	var parts []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		switch {
		case j == i:
			parts = append(parts, fmt.Sprint(pages[i]))
		case j == i+1:
			parts = append(parts, fmt.Sprint(pages[i]), fmt.Sprint(pages[j]))
		default:
			parts = append(parts, fmt.Sprintf("%d–%d", pages[i], pages[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
