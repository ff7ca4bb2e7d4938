package check

import (
	"fmt"
	"slices"
	"strings"

	"ehcplan/plan"
)

// Structure rules S1-S9; S10 is in advice.go, S11 in identifiers.go.

func (c *checker) checkStructure() {
	c.checkHeadings()
	c.checkAspirationsRecorded()
	c.checkEmptySections()
	c.checkPlacement()
	c.checkAdvice()
	c.checkBudget()
	c.checkNeedAreas()
	c.checkYearGroup()
	c.checkAdviceKinds()
	c.checkIdentifiers()
}

// S1: a Section A heading has empty text.
func (c *checker) checkHeadings() {
	for i, h := range c.p.SectionA.Headings {
		if !blank(h.Text) {
			continue
		}
		c.add(position{groupSectionA, 0, listHeadings, i}, "S1",
			plan.At("section_a").In("headings", i).Dot("text"), h.Key,
			fmt.Sprintf("The Section A heading %s is empty.", quoteOr(h.Title, 60, "with no title")),
			fmt.Sprintf("Write %s's own words under it, as %s says them.", c.name, c.name))
	}
}

// S2: no aspirations are recorded.
func (c *checker) checkAspirationsRecorded() {
	if len(c.p.SectionA.Aspirations) > 0 {
		return
	}
	c.add(position{groupSectionA, 0, listSectionA, 0}, "S2", plan.At("section_a").In("aspirations", plan.NoIndex), "",
		fmt.Sprintf("No aspirations are recorded for %s.", c.name),
		fmt.Sprintf("Ask %s what they want for their life and add each as an aspiration in their own words (“I want to…”).", c.name))
}

// S3: C, D, G, H1 or H2 has no entries and no statement saying so.
func (c *checker) checkEmptySections() {
	var used [len(mayBeEmpty)]bool
	mark := func(section string) {
		if i := slices.Index(mayBeEmpty[:], section); i >= 0 {
			used[i] = true
		}
	}
	for ai := range c.p.Areas {
		ar := &c.p.Areas[ai]
		for i := range ar.Needs {
			mark(string(ar.Needs[i].Section))
		}
		for i := range ar.Provision {
			mark(string(ar.Provision[i].Section))
		}
	}
	for i, letter := range mayBeEmpty {
		if used[i] || !blank(c.p.SectionNotes[letter]) {
			continue
		}
		c.add(planPos, "S3", plan.At("section_notes").Dot(letter), letter,
			sectionName(letter)+" has no entries and no statement saying so.",
			"Add the entries, or a statement for Section "+letter+" such as "+emptyStatements[letter]+".")
	}
}

// mayBeEmpty are the sections S3 asks a statement of when they are empty.
var mayBeEmpty = [...]string{"C", "D", "G", "H1", "H2"}

var emptyStatements = map[string]string{
	"C":  "“No health needs related to special educational needs have been identified”",
	"D":  "“No social care needs have been identified”",
	"G":  "“No health provision is needed at present”",
	"H1": "“No social care provision under section 2 of the CSDPA 1970 is needed”",
	"H2": "“No other social care provision is needed”",
}

// S4: a draft names a placement. S5: a final plan has none.
func (c *checker) checkPlacement() {
	pl := c.p.Placement
	switch {
	case c.p.Status == plan.StatusDraft && !blank(pl.Name):
		c.add(planPos, "S4", plan.At("placement").Dot("name"), "",
			fmt.Sprintf("Section I names a placement (%s), but this is a draft: Section I must be blank in a draft plan.", pl.Name),
			"Clear the placement name and type; fill them in when the final plan is issued, after consulting the family and the setting.")
	case c.p.Status == plan.StatusFinal && blank(pl.Name) && blank(pl.Type):
		c.add(planPos, "S5", plan.At("placement").Dot("name"), "",
			"Section I (placement) is empty, but this is a final plan.",
			"Name the school or college and its type, e.g. “Riverside Academy, mainstream academy, secondary”.")
	}
}

// S6: an advice entry lacks role or date; a final plan lists no advice.
func (c *checker) checkAdvice() {
	if len(c.p.Advice) == 0 && c.p.Status == plan.StatusFinal {
		c.add(planPos, "S6", plan.At("advice"), "",
			"Section K lists no advice, but this is a final plan.",
			"List the advice and information gathered for the assessment: its title, who gave it, their role and the date.")
	}
	for i, a := range c.p.Advice {
		field, missing, fix := "", "", ""
		switch {
		case blank(a.Role) && a.Date.IsZero():
			field, missing, fix = "role", "role or date", "Add the role of the person who gave it (e.g. “Educational Psychologist”) and the date it was given."
		case blank(a.Role):
			field, missing, fix = "role", "role", "Add the role of the person who gave it, e.g. “Educational Psychologist”."
		case a.Date.IsZero():
			field, missing, fix = "date", "date", "Add the date the advice was given, so readers can see it is current."
		default:
			continue
		}
		c.add(planPos, "S6", plan.At("advice").Index(i).Dot(field), "",
			fmt.Sprintf("The advice %s in Section K has no %s.", quoteOr(a.Title, 50, "with no title"), missing), fix)
	}
}

// S7: a personal budget names no provision or no amount.
func (c *checker) checkBudget() {
	pb := c.p.PersonalBudget
	if pb.Arrangement == "" || pb.Arrangement == plan.ArrangementNone {
		return
	}
	noProvision, noAmount := len(pb.Provision) == 0, pb.AmountGBP <= 0
	if !noProvision && !noAmount {
		return
	}
	budget := plan.At("personal_budget")
	where, what := budget.Dot("provision"), "names no provision it pays for"
	switch {
	case noProvision && noAmount:
		what = "names no provision and no amount"
	case noAmount:
		where, what = budget.Dot("amount_gbp"), "states no amount"
	}
	c.add(planPos, "S7", where, "",
		fmt.Sprintf("The personal budget (Section J, %s) %s.", arrangementName(pb.Arrangement), what),
		"List the provision the budget pays for (pick the items, e.g. the Saturday support worker) and the yearly amount in pounds.")
}

func arrangementName(a plan.Arrangement) string { return plan.Lower(plan.ArrangementWord(a)) }

// S8: a Section B need has no broad area of need (SEND Code of Practice
// 6.28: communication and interaction, cognition and learning, social,
// emotional and mental health, sensory and/or physical).
func (c *checker) checkNeedAreas() {
	for ai := range c.p.Areas {
		for ni, n := range c.p.Areas[ai].Needs {
			if n.Section != plan.SectionB || !blank(n.Category) {
				continue
			}
			a := c.needAt(ai, ni)
			a.add("S8", "category", c.cat(a.name(), " (Section B) has no broad area of need."),
				"Choose the broad area of need it falls under: "+broadAreas+".")
		}
	}
}

// broadAreas lists the Section B categories in words, for S8's fix.
var broadAreas = func() string {
	var names []string
	for _, cat := range plan.Categories {
		names = append(names, plan.Lower(plan.CategoryName(cat)))
	}
	last := len(names) - 1
	return strings.Join(names[:last], ", ") + " or " + names[last]
}()

// S9: the recorded year group differs from the one worked out from the
// date of birth. That is fine for a young person taught out of their year
// group, as long as the plan says so, hence a tip. The item is "": the
// person is not an item with an ID, so this is a plan-level finding (CHECKS.md,
// "Which item a finding names").
//
// A date of birth after today is S9 too, and the only S9 then: the year
// group worked out from it is no year at all, so whatever year the plan
// records (or would work out) cannot agree with it. It is the same
// mistake S9 exists to catch, a year group and a date of birth that do
// not fit, at its plainest.
func (c *checker) checkYearGroup() {
	person := c.p.Person
	dob := person.DateOfBirth
	switch {
	case dob.IsZero():
	case dob.After(c.today):
		c.add(planPos, "S9", plan.At("person").Dot("date_of_birth"), "",
			fmt.Sprintf("%s's date of birth (%s) is after today.", c.name, dob.Long()),
			"Correct the date of birth: the year group, the Preparing for Adulthood checks from Year 9 and the age-25 limit are worked out from it.")
	case person.YearGroup != nil && *person.YearGroup != plan.YearGroupOn(dob, c.today):
		recorded, born := plan.YearGroupName(*person.YearGroup), plan.YearGroupName(plan.YearGroupOn(dob, c.today))
		c.add(planPos, "S9", plan.At("person").Dot("year_group"), "",
			fmt.Sprintf("%s's year group is recorded as %s, but from the date of birth (%s) %s would be in %s. "+
				"This is fine when %s is taught out of their year group: say so in the plan.",
				c.name, recorded, dob.Long(), c.name, born, c.name),
			fmt.Sprintf("If %s is taught out of their year group, say so in the plan (for example under “A bit about me and my family”); if not, correct the year group or the date of birth.", c.name))
	}
}
