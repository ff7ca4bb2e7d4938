package diff

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ehcplan/plan"
)

// Each function here turns one part of a plan into fields or entries in a
// fixed order, so two versions line up field for field. The plan's version
// number and status are left out: they always differ between versions and
// are said elsewhere.

func detailFields(p *plan.Plan) []field {
	ps := &p.Person
	return []field{
		{"name", ps.Name}, {"preferred_name", ps.PreferredName},
		{"date_of_birth", ps.DateOfBirth.String()}, {"setting", ps.Setting},
		{"year_group", intPtr(ps.YearGroup)}, {"home_language", ps.HomeLanguage},
		{"communication", ps.Communication}, {"address", ps.Address}, {"sex", ps.Sex},
		{"ethnicity", ps.Ethnicity}, {"nhs_number", ps.NHSNumber}, {"upn", ps.UPN},
		{"looked_after", boolPtr(ps.LookedAfter)}, {"own_decisions", boolPtr(ps.OwnDecisions)},
		{"local_authority", p.LocalAuthority}, {"caseworker", p.Caseworker},
		{"request", p.Dates.Request.String()}, {"issued", p.Dates.Issued.String()},
		{"last_review", p.Dates.LastReview.String()}, {"next_review", p.Dates.NextReview.String()},
		{"officer", joinNonEmpty(", ", p.Officer.Name, p.Officer.Role, p.Officer.Signed.String())},
		{"destination_current", destination(p.Destination.Current)},
		{"destination_planned", destination(p.Destination.Planned)},
	}
}

func contacts(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.Person.Contacts))
	for _, c := range p.Person.Contacts {
		fs := []field{
			{"relationship", c.Relationship}, {"parental_responsibility", strconv.FormatBool(c.ParentalResponsibility)},
			{"phone", c.Phone}, {"email", c.Email}, {"address", c.Address}, {"main", strconv.FormatBool(c.Main)},
		}
		out = append(out, entry{SectionDetails, "contact " + c.Name, fs, joinNonEmpty(", ", c.Name, c.Relationship, c.Phone, c.Email)})
	}
	return out
}

func professionals(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.Person.Professionals))
	for _, c := range p.Person.Professionals {
		fs := []field{{"role", c.Role}, {"service", c.Service}, {"phone", c.Phone}, {"email", c.Email}}
		out = append(out, entry{SectionDetails, "professional " + c.Name, fs, joinNonEmpty(", ", c.Name, c.Role, c.Service)})
	}
	return out
}

func sectionAFields(p *plan.Plan) []field {
	a := &p.SectionA
	return []field{
		{"family_views", a.FamilyViews}, {"how_involved", a.HowInvolved}, {"history", a.History},
		{"profile.admire", a.Profile.Admire}, {"profile.important", a.Profile.Important},
		{"profile.support", a.Profile.Support},
	}
}

func headings(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.SectionA.Headings))
	for _, h := range p.SectionA.Headings {
		out = append(out, entry{"A", h.Key, []field{{"title", h.Title}, {"text", h.Text}}, joinNonEmpty(": ", h.Title, h.Text)})
	}
	return out
}

func aspirations(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.SectionA.Aspirations))
	for _, a := range p.SectionA.Aspirations {
		out = append(out, entry{"A", a.ID, []field{{"text", a.Text}, {"area", p.AreaTitle(a.Area)}}, a.Text})
	}
	return out
}

// said entries are matched by their whole content: words said in a meeting
// are added or removed, never edited.
func said(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.SectionA.Said))
	for _, s := range p.SectionA.Said {
		r := fmt.Sprintf("%s (%s, %s)", s.Text, s.Heading, s.Who)
		out = append(out, entry{"A", "said: " + r, nil, r})
	}
	return out
}

// areaEntries are the Preparing for Adulthood areas' own titles and notes,
// shown under Section E where the areas' outcomes are.
func areaEntries(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.Areas))
	for _, a := range p.Areas {
		out = append(out, entry{"E", "area " + a.Key, []field{{"title", a.Title}, {"note", a.Note}}, joinNonEmpty(": ", a.Title, a.Note)})
	}
	return out
}

func needs(p *plan.Plan) []entry {
	var out []entry
	for _, a := range p.Areas {
		for _, n := range a.Needs {
			fs := []field{{"text", n.Text}, {"category", plan.CategoryName(n.Category)}, {"section", string(n.Section)}, {"area", a.Title}}
			out = append(out, entry{string(n.Section), n.ID, fs, n.Text})
		}
	}
	return out
}

// aims are listed with the outcomes they lead to, in Section E.
func aims(p *plan.Plan) []entry {
	var out []entry
	for _, a := range p.Areas {
		for _, m := range a.Aims {
			fs := []field{{"text", m.Text}, {"by", m.By}, {"area", a.Title}}
			out = append(out, entry{"E", m.ID, fs, joinNonEmpty(" — by ", m.Text, m.By)})
		}
	}
	return out
}

func outcomes(p *plan.Plan) []entry {
	var out []entry
	for _, a := range p.Areas {
		for _, o := range a.Outcomes {
			fs := []field{
				{"text", o.Text}, {"by", o.By}, {"measure", o.Measure},
				{"aspirations", strings.Join(o.Aspirations, ", ")}, {"needs", strings.Join(o.Needs, ", ")},
				{"aim", o.Aim}, {"area", a.Title},
			}
			out = append(out, entry{"E", o.ID, fs, joinNonEmpty(" — by ", o.Text, o.By)})
		}
	}
	return out
}

func provision(p *plan.Plan) []entry {
	var out []entry
	for _, a := range p.Areas {
		for _, v := range a.Provision {
			fs := []field{
				{"text", v.Text}, {"who", v.Who}, {"how_often", v.HowOften}, {"duration", v.Duration},
				{"commissioner", v.Commissioner}, {"outcomes", strings.Join(v.Outcomes, ", ")},
				{"needs", strings.Join(v.Needs, ", ")}, {"section", string(v.Section)}, {"area", a.Title},
			}
			out = append(out, entry{string(v.Section), v.ID, fs, provisionText(v)})
		}
	}
	return out
}

// provisionText is "text — who, how often, duration".
func provisionText(v plan.Provision) string {
	return joinNonEmpty(" — ", v.Text, joinNonEmpty(", ", v.Who, v.HowOften, v.Duration))
}

func placementFields(p *plan.Plan) []field {
	return []field{{"name", p.Placement.Name}, {"type", p.Placement.Type}}
}

func budgetFields(p *plan.Plan) []field {
	b := &p.PersonalBudget
	amount := ""
	if b.AmountGBP != 0 {
		amount = "£" + strconv.FormatFloat(b.AmountGBP, 'f', 2, 64)
	}
	arrangement := ""
	if b.Arrangement != "" {
		arrangement = plan.ArrangementWord(b.Arrangement)
	}
	return []field{
		{"arrangement", arrangement}, {"amount_gbp", amount},
		{"provision", strings.Join(b.Provision, ", ")}, {"notes", b.Notes},
	}
}

func advice(p *plan.Plan) []entry {
	out := make([]entry, 0, len(p.Advice))
	for _, a := range p.Advice {
		fs := []field{{"role", a.Role}, {"date", a.Date.String()}, {"kind", string(a.Kind)}}
		key := a.Title + " (" + a.Author + ")"
		out = append(out, entry{"K", key, fs, joinNonEmpty(", ", key, a.Role, a.Date.String())})
	}
	return out
}

// noteLetters are the letters with a section note in either plan, in
// statutory order.
func noteLetters(old, new *plan.Plan) []string {
	var letters []string
	for _, m := range []map[string]string{old.SectionNotes, new.SectionNotes} {
		for l := range m {
			if !slices.Contains(letters, l) {
				letters = append(letters, l)
			}
		}
	}
	slices.SortFunc(letters, func(a, b string) int {
		if ra, rb := SectionRank(a), SectionRank(b); ra != rb {
			return ra - rb
		}
		return strings.Compare(a, b)
	})
	return letters
}

func joinNonEmpty(sep string, parts ...string) string {
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// destination is the route in words, "" when not recorded.
func destination(d plan.DestinationKind) string {
	if d == "" {
		return ""
	}
	return plan.DestinationWord(d)
}

func intPtr(v *int) string {
	if v == nil {
		return ""
	}
	return strconv.Itoa(*v)
}

func boolPtr(v *bool) string {
	if v == nil {
		return ""
	}
	if *v {
		return "yes"
	}
	return "no"
}
