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
// JSON path ("Section K: advice 1, date"). It never returns the raw path.
func findingPlace(p *plan.Plan, f check.Finding) (place, detail string) {
	segs := pathSegs(f.Where)
	field := func(i int) string { // the words of segment i's name, or ""
		if i < len(segs) {
			return strings.ReplaceAll(segs[i].name, "_", " ")
		}
		return ""
	}
	withField := func(s string, i int) string {
		if f := field(i); f != "" {
			return s + ", " + f
		}
		return s
	}
	top := ""
	if len(segs) > 0 {
		top = segs[0].name
	}
	switch top {
	case "areas":
		return areaPlace(p, f, segs)
	case "section_a":
		return sectionAPlace(p, f, segs)
	case "section_notes":
		letter := f.Item
		if letter == "" {
			letter = field(1)
		}
		return "Section " + letter, "" // the message names the section
	case "placement":
		return "Section I: placement", ""
	case "personal_budget":
		what := "Section J: personal budget"
		switch field(1) {
		case "amount gbp":
			return what + ", amount", ""
		case "":
			return what, ""
		}
		return withField(what, 1), ""
	case "advice":
		if len(segs) == 1 || segs[0].index < 0 {
			return "Section K: advice", ""
		}
		return withField(fmt.Sprintf("Section K: advice %d", segs[0].index+1), 1), ""
	case "dates":
		if f := field(1); f != "" {
			return "Plan dates: " + f, ""
		}
		return "Plan dates", ""
	case "reviews":
		return reviewPlace(p, segs), ""
	case "":
		if f.Item != "" {
			return itemPlace(p, f.Item)
		}
		return "The whole plan", ""
	}
	return plainPath(segs), ""
}

// pathSeg is one step of a JSON path: "advice[0]" is {"advice", 0}.
type pathSeg struct {
	name  string
	index int // -1 when the step has no index
}

func pathSegs(path string) []pathSeg {
	var out []pathSeg
	for _, part := range strings.Split(path, ".") {
		if part == "" {
			continue
		}
		seg := pathSeg{name: part, index: -1}
		if name, rest, ok := strings.Cut(part, "["); ok {
			if n, err := strconv.Atoi(strings.TrimSuffix(rest, "]")); err == nil && n >= 0 {
				seg = pathSeg{name: name, index: n}
			}
		}
		out = append(out, seg)
	}
	return out
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

func areaPlace(p *plan.Plan, f check.Finding, segs []pathSeg) (string, string) {
	ai := segs[0].index
	if len(segs) < 2 || kindNouns[segs[1].name] == "" {
		// A finding about a whole area names it by its key.
		title := areaTitleAt(p, ai)
		if f.Item != "" && (title == "" || ai < 0) {
			title = p.AreaTitle(f.Item)
		}
		return "Area: " + orDash(title, "not named"), ""
	}
	noun := kindNouns[segs[1].name]
	id := trimmed(f.Item)
	if id == "" {
		id = itemIDAt(p, ai, segs[1].name, segs[1].index)
	}
	if id == "" {
		id = "with no ID"
		if segs[1].index >= 0 {
			id = fmt.Sprintf("%d (no ID)", segs[1].index+1)
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

func sectionAPlace(p *plan.Plan, f check.Finding, segs []pathSeg) (string, string) {
	if len(segs) < 2 {
		return "Section A", ""
	}
	s := segs[1]
	switch s.name {
	case "headings":
		hs := p.SectionA.Headings
		if s.index >= 0 && s.index < len(hs) && trimmed(hs[s.index].Title) != "" {
			return "Section A: ‘" + shorten(hs[s.index].Title, 24) + "’", ""
		}
		if f.Item != "" {
			return "Section A: heading " + words(f.Item), ""
		}
		return "Section A: a heading", ""
	case "aspirations":
		if s.index < 0 {
			return "Section A: aspirations", ""
		}
		asps := p.SectionA.Aspirations
		id, area := trimmed(f.Item), ""
		if s.index < len(asps) {
			if id == "" {
				id = trimmed(asps[s.index].ID)
			}
			area = p.AreaTitle(asps[s.index].Area)
		}
		return "Aspiration " + orDash(id, fmt.Sprintf("%d (no ID)", s.index+1)), area
	}
	return "Section A: " + strings.ReplaceAll(s.name, "_", " "), ""
}

func reviewPlace(p *plan.Plan, segs []pathSeg) string {
	i := segs[0].index
	what := "Reviews"
	if i >= 0 {
		what = fmt.Sprintf("Review %d", i+1)
		if i < len(p.Reviews) && !p.Reviews[i].Date.IsZero() {
			what = "Review of " + p.Reviews[i].Date.Long()
		}
	}
	if len(segs) > 1 && segs[1].name == "progress" && segs[1].index >= 0 {
		what += fmt.Sprintf(": progress %d", segs[1].index+1)
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

// plainPath turns a path nobody planned for into words:
// "person.date_of_birth" is "Person: date of birth".
func plainPath(segs []pathSeg) string {
	var parts []string
	for _, s := range segs {
		w := strings.ReplaceAll(s.name, "_", " ")
		if s.index >= 0 {
			w += " " + strconv.Itoa(s.index+1)
		}
		parts = append(parts, w)
	}
	if len(parts) == 0 {
		return ""
	}
	out := words(parts[0])
	if len(parts) > 1 {
		out += ": " + strings.Join(parts[1:], ", ")
	}
	return out
}
