package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"ehcplan/plan"
)

// sectionNames are the statutory sections with plain-English names.
var sectionNames = map[string]string{
	"A":  "Views, interests and aspirations",
	"B":  "Special educational needs",
	"C":  "Health needs related to special educational needs",
	"D":  "Social care needs",
	"E":  "Outcomes",
	"F":  "Special educational provision",
	"G":  "Health provision",
	"H1": "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
	"H2": "Other social care provision",
	"I":  "Placement: school or college",
	"J":  "Personal budget",
	"K":  "Advice and information",
}

// itemKinds say in a few words what an item of each section is.
var itemKinds = map[string]string{
	"B": "Special educational need", "C": "Health need", "D": "Social care need",
	"E": "Outcome", "F": "Special educational provision", "G": "Health provision",
	"H1": "Social care (CSDPA s2)", "H2": "Other social care",
}

// sectionTitle is "B – Special educational needs".
func sectionTitle(letter string) string {
	return letter + " – " + sectionNames[letter]
}

func statusName(s plan.Status) string {
	switch s {
	case plan.StatusDraft:
		return "Draft – not yet agreed"
	case plan.StatusFinal:
		return "Final"
	case plan.StatusCeased:
		return "Ceased – this plan is no longer maintained"
	}
	return string(s)
}

var arrangementNames = map[plan.Arrangement]string{
	plan.ArrangementNone:          "No personal budget",
	plan.ArrangementDirectPayment: "Direct payment (the money is paid to the family or young person)",
	plan.ArrangementNotional:      "Notional budget (the council or setting holds the money and arranges the support)",
	plan.ArrangementThirdParty:    "Third-party arrangement (another organisation holds the money)",
	plan.ArrangementMixed:         "A mix of these arrangements",
}

func arrangementName(a plan.Arrangement) string {
	if n, ok := arrangementNames[a]; ok {
		return n
	}
	if a == "" {
		return arrangementNames[plan.ArrangementNone]
	}
	return string(a)
}

var progressNames = map[plan.ProgressStatus]string{
	"achieved": "Achieved", "progressing": "Progressing", "not_yet": "Not yet started",
	"no_longer_relevant": "No longer relevant",
}

var recommendationNames = map[plan.Recommendation]string{
	"maintain": "Keep the plan as it is", "amend": "Change (amend) the plan", "cease": "Stop (cease) the plan",
}

// words turns a snake_case enum value into words: "fe_college" -> "FE college".
func words(s string) string {
	known := map[string]string{
		"school_sixth_form": "School sixth form", "fe_college": "Further education college",
		"specialist_college": "Specialist college", "supported_internship": "Supported internship",
		"self_employment": "Self-employment", "higher_education": "Higher education",
		"day_opportunities": "Day opportunities", "neet": "Not in education, employment or training",
	}
	if k, ok := known[s]; ok {
		return k
	}
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
