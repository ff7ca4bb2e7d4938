package render

import (
	"fmt"
	"strconv"
	"strings"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// findingPlace says in plain words where a checker finding is, for the
// "Where" column a family reads: the item with its kind ("Outcome O2") and,
// as detail, its area; otherwise a short phrase made from the finding's
// place ("Section K: advice 1, date"). It never returns the raw path.
func findingPlace(p *plan.Plan, f check.Finding) (place, detail string) {
	at := f.Where
	field := strings.ReplaceAll(at.Field, "_", " ")
	withField := func(s string) string {
		if field != "" {
			return s + ", " + field
		}
		return s
	}
	switch at.Top {
	case "areas":
		return areaPlace(p, f)
	case "section_a":
		return sectionAPlace(p, f)
	case "section_notes":
		letter := f.Item
		if letter == "" {
			letter = at.Field
		}
		return "Section " + letter, "" // the message names the section
	case "placement":
		return "Section I: placement", ""
	case "personal_budget":
		what := "Section J: personal budget"
		if at.Field == "amount_gbp" {
			return what + ", amount", ""
		}
		return withField(what), ""
	case "advice":
		if at.At < 0 {
			return "Section K: advice", ""
		}
		return withField(fmt.Sprintf("Section K: advice %d", at.At+1)), ""
	case "dates":
		if field != "" {
			return "Plan dates: " + field, ""
		}
		return "Plan dates", ""
	case "reviews":
		return reviewPlace(p, at), ""
	case "":
		if f.Item != "" {
			return itemPlace(p, f.Item)
		}
		return "The whole plan", ""
	}
	return plainPath(at), ""
}

// kindNouns are the item lists of an area and what one item is called.
var kindNouns = map[string]string{"needs": "Need", "aims": "Long-term aim", "outcomes": "Outcome", "provision": "Provision"}

func areaTitleAt(p *plan.Plan, ai int) string {
	if ai < 0 || ai >= len(p.Areas) {
		return ""
	}
	a := p.Areas[ai]
	return orDash(a.Title, p.AreaTitle(a.Key))
}

func areaPlace(p *plan.Plan, f check.Finding) (string, string) {
	at := f.Where
	ai := at.At
	noun := kindNouns[at.List]
	if noun == "" {
		// A finding about a whole area names it by its key.
		title := areaTitleAt(p, ai)
		if f.Item != "" && (title == "" || ai < 0) {
			title = p.AreaTitle(f.Item)
		}
		return "Area: " + orDash(title, "not named"), ""
	}
	id := trimmed(f.Item)
	if id == "" {
		id = itemIDAt(p, ai, at.List, at.Item)
	}
	if id == "" {
		id = "with no ID"
		if at.Item >= 0 {
			id = fmt.Sprintf("%d (no ID)", at.Item+1)
		}
	}
	return noun + " " + id, areaTitleAt(p, ai)
}

// itemIDAt is the ID of item i of an area's list, or "".
func itemIDAt(p *plan.Plan, ai int, list string, i int) string {
	if ai < 0 || ai >= len(p.Areas) || i < 0 {
		return ""
	}
	a := &p.Areas[ai]
	switch {
	case list == "needs" && i < len(a.Needs):
		return trimmed(a.Needs[i].ID)
	case list == "aims" && i < len(a.Aims):
		return trimmed(a.Aims[i].ID)
	case list == "outcomes" && i < len(a.Outcomes):
		return trimmed(a.Outcomes[i].ID)
	case list == "provision" && i < len(a.Provision):
		return trimmed(a.Provision[i].ID)
	}
	return ""
}

func sectionAPlace(p *plan.Plan, f check.Finding) (string, string) {
	at := f.Where
	switch at.List {
	case "":
		if at.Field != "" {
			return "Section A: " + strings.ReplaceAll(at.Field, "_", " "), ""
		}
		return "Section A", ""
	case "headings":
		hs := p.SectionA.Headings
		if at.Item >= 0 && at.Item < len(hs) && trimmed(hs[at.Item].Title) != "" {
			return "Section A: ‘" + shorten(hs[at.Item].Title, 24) + "’", ""
		}
		if f.Item != "" {
			return "Section A: heading " + words(f.Item), ""
		}
		return "Section A: a heading", ""
	}
	// aspirations
	if at.Item < 0 {
		return "Section A: aspirations", ""
	}
	asps := p.SectionA.Aspirations
	id, area := trimmed(f.Item), ""
	if at.Item < len(asps) {
		if id == "" {
			id = trimmed(asps[at.Item].ID)
		}
		area = p.AreaTitle(asps[at.Item].Area)
	}
	return "Aspiration " + orDash(id, fmt.Sprintf("%d (no ID)", at.Item+1)), area
}

func reviewPlace(p *plan.Plan, at plan.Loc) string {
	i := at.At
	what := "Reviews"
	if i >= 0 {
		what = fmt.Sprintf("Review %d", i+1)
		if i < len(p.Reviews) && !p.Reviews[i].Date.IsZero() {
			what = "Review of " + p.Reviews[i].Date.Long()
		}
	}
	if at.List == "progress" && at.Item >= 0 {
		what += fmt.Sprintf(": progress %d", at.Item+1)
	}
	return what
}

// itemPlace names an item from its ID alone.
func itemPlace(p *plan.Plan, id string) (string, string) {
	ref, ok := p.Index()[id]
	if !ok {
		return id, ""
	}
	noun := map[plan.Kind]string{plan.KindAspiration: "Aspiration", plan.KindNeed: "Need",
		plan.KindAim: "Long-term aim", plan.KindOutcome: "Outcome", plan.KindProvision: "Provision"}[ref.Kind]
	if ref.Kind == plan.KindAspiration {
		return noun + " " + id, p.AreaTitle(p.SectionA.Aspirations[ref.Index].Area)
	}
	return noun + " " + id, areaTitleAt(p, ref.Area)
}

// plainPath turns a place nobody planned for into words:
// "person.date_of_birth" is "Person: date of birth".
func plainPath(at plan.Loc) string {
	step := func(name string, i int) string {
		w := strings.ReplaceAll(name, "_", " ")
		if i >= 0 {
			w += " " + strconv.Itoa(i+1)
		}
		return w
	}
	var parts []string
	if at.List != "" {
		parts = append(parts, step(at.List, at.Item))
	}
	if at.Field != "" {
		parts = append(parts, step(at.Field, at.Link))
	}
	out := words(step(at.Top, at.At))
	if len(parts) > 0 {
		out += ": " + strings.Join(parts, ", ")
	}
	return out
}
