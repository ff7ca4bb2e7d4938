package compare

import (
	"strings"

	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// The words a caseworker sees for each section, item and field. diff
// names items and fields as the plan file does (O4, family_views,
// how_often); the comparison says them as the editor's forms do.

// SectionTitle is "Section B – Special educational needs", or the
// front-page details, in the plan's own vocabulary (plan.SectionWord).
func SectionTitle(section string) string {
	if section == diff.SectionDetails {
		return "Details about the young person and the plan"
	}
	return "Section " + section + " – " + plan.SectionWord(section)
}

// sections is every section in statutory order, details first.
var sections = []string{diff.SectionDetails, "A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}

// fieldWords are the editor's labels for the fields diff names.
var fieldWords = map[string]string{
	// details
	"name": "Name", "preferred_name": "Preferred name", "date_of_birth": "Date of birth",
	"setting": "School, college or setting", "year_group": "Year group", "home_language": "Home language",
	"communication": "How I communicate", "address": "Address", "sex": "Sex", "ethnicity": "Ethnicity",
	"nhs_number": "NHS number", "upn": "Unique pupil number", "looked_after": "Looked after by the local authority",
	"own_decisions": "Makes their own decisions", "local_authority": "Local authority", "caseworker": "Caseworker",
	"request": "Date the assessment was requested", "issued": "Date issued", "last_review": "Last annual review",
	"next_review": "Next review due", "officer": "Signed for the local authority by",
	"destination_current": "Where I am now", "destination_planned": "Where I plan to go next",
	"relationship": "Relationship", "parental_responsibility": "Parental responsibility", "phone": "Phone",
	"email": "Email", "main": "Main contact", "role": "Role", "service": "Service",
	// Section A
	"family_views": "What the family says", "how_involved": "How the young person and the family took part",
	"history": "My story so far", "profile.admire": "What people like and admire about me",
	"profile.important": "What is important to me", "profile.support": "How best to support me",
	"title": "Heading",
	// items
	"text": "Words", "by": "By when", "measure": "How we will know",
	"aspirations": "Aspirations it works towards", "needs": "Needs it meets", "aim": "Long-term aim",
	"area": "Part of adult life", "category": "Broad area of need", "section": "Section",
	"who": "Who will provide it", "how_often": "How often", "duration": "How long",
	"commissioner": "Who commissions it", "outcomes": "Outcomes it helps achieve",
	// I, J, K and notes
	"type": "Type of setting", "arrangement": "How the budget is held", "amount_gbp": "Amount",
	"provision": "Provision it pays for", "notes": "Notes", "date": "Date", "kind": "Kind of advice",
	"note": "Note for this section",
}

// fieldWord is a field's label, or the name in words when it has none.
func fieldWord(name string) string {
	if w, ok := fieldWords[name]; ok {
		return w
	}
	return words(name)
}

// words turns a snake_case key into words: "family_views" -> "Family views".
func words(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "_", " "), ".", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// namer says which item a change is about. It indexes both plans' items
// once, so a comparison of many changes looks each one up in a map.
type namer struct {
	old, new       *plan.Plan
	oldIdx, newIdx map[string]plan.ItemRef
}

func newNamer(old, new *plan.Plan) namer {
	return namer{old: old, new: new, oldIdx: old.Index(), newIdx: new.Index()}
}

// find is the item with this ID and the plan it is in, the new plan first.
func (n namer) find(id string) (*plan.Plan, plan.ItemRef, bool) {
	if r, ok := n.newIdx[id]; ok {
		return n.new, r, true
	}
	if r, ok := n.oldIdx[id]; ok {
		return n.old, r, true
	}
	return nil, plan.ItemRef{}, false
}

// label says which item changed: "Outcome O4", "Parent or carer: Jo
// Fictional", the Section A heading's title, a field's label.
func (n namer) label(c diff.Change) string {
	item := c.Item
	if p, r, ok := n.find(item); ok {
		label := upperFirst(r.Kind.Noun()) + " " + item
		if r.Area >= 0 { // said as the editor's checks say it: "Outcome O9 in Independent living"
			label += " in " + p.AreaTitle(p.Areas[r.Area].Key)
		}
		return label
	}
	if name, ok := strings.CutPrefix(item, "contact "); ok && c.Section == diff.SectionDetails {
		return "Parent or carer: " + name
	}
	if name, ok := strings.CutPrefix(item, "professional "); ok && c.Section == diff.SectionDetails {
		return "Professional: " + name
	}
	if key, ok := strings.CutPrefix(item, "area "); ok && c.Section == "E" {
		return "Part of adult life: " + areaTitle(key, n.new, n.old)
	}
	if strings.HasPrefix(item, "said: ") {
		return "Said at a meeting"
	}
	if title, ok := headingTitle(item, n.new, n.old); ok && c.Section == "A" {
		return "Heading: " + title
	}
	if c.Section == "K" && item != "note" {
		return "Advice: " + item
	}
	if _, ok := fieldWords[item]; ok {
		return fieldWord(item)
	}
	return item
}

// context is the words of the item a change belongs to, when the change
// is to another of its fields (its date, its links) and so does not show
// them: "“I will read a bus timetable.”".
func (n namer) context(c diff.Change) string {
	if c.Change != diff.Changed || c.Field == "text" || strings.HasPrefix(c.Field, "text,") {
		return ""
	}
	p, r, ok := n.find(c.Item)
	if !ok {
		return ""
	}
	text := strings.TrimSpace(p.Text(r))
	if text == "" {
		return ""
	}
	if rs := []rune(text); len(rs) > 160 {
		text = strings.TrimSpace(string(rs[:160])) + "…"
	}
	return "“" + text + "”"
}

// changedFields says which fields of an item changed, in the editor's
// words ("How often, How long"), or "" when the item is the field itself.
func changedFields(c diff.Change) string {
	if c.Change != diff.Changed || c.Field == "" || c.Field == c.Item || c.Field == "text" {
		return "" // the item itself, or its words, which the columns show
	}
	names := strings.Split(c.Field, ", ")
	for i, n := range names {
		names[i] = fieldWord(n)
	}
	return strings.Join(names, ", ")
}

func areaTitle(key string, ps ...*plan.Plan) string {
	for _, p := range ps {
		for _, a := range p.Areas {
			if a.Key == key && a.Title != "" {
				return a.Title
			}
		}
	}
	return plan.AreaWord(key)
}

func headingTitle(key string, ps ...*plan.Plan) (string, bool) {
	for _, p := range ps {
		for _, h := range p.SectionA.Headings {
			if h.Key == key {
				return h.Title, true
			}
		}
	}
	return "", false
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// fieldParts splits a change of several fields ("who: A; how_often: B",
// as diff labels them) into each field's text, in the order c.Field
// names them. It gives nil when the text is not in that form, and the
// caller shows it whole.
func fieldParts(c diff.Change, text string) []string {
	names := strings.Split(c.Field, ", ")
	if len(names) < 2 {
		return nil
	}
	rest, ok := strings.CutPrefix(text, names[0]+": ")
	if !ok {
		return nil
	}
	parts := make([]string, 0, len(names))
	for _, next := range names[1:] {
		sep := "; " + next + ": "
		i := strings.Index(rest, sep)
		if i < 0 {
			return nil
		}
		parts = append(parts, rest[:i])
		rest = rest[i+len(sep):]
	}
	return append(parts, rest)
}
