package check

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// Golden-thread rules G1-G8.

func (c *checker) checkThread() {
	c.checkAspirationsServed()
	for ai := range c.p.Areas {
		c.checkNeedsProvided(ai)
		c.checkOutcomeLinks(ai)
		c.checkProvisionLinks(ai)
	}
	c.checkOtherLinks()
	c.checkPfAAreas()
}

// G1: an aspiration is served by no outcome.
func (c *checker) checkAspirationsServed() {
	for i, a := range c.p.SectionA.Aspirations {
		if it, ok := c.lookup(a.ID, plan.KindAspiration); ok && it.linked {
			continue
		}
		c.add(position{groupSectionA, 0, listAspirations, i}, "G1",
			plan.At("section_a").In("aspirations", i), a.ID,
			fmt.Sprintf("Aspiration %s (%s) is not served by any outcome.", a.ID, quoteOr(a.Text, 60, "no words yet")),
			fmt.Sprintf("Link an outcome that moves %s towards it (the outcome's “serves aspirations” list), or add one.", c.name))
	}
}

// G4: a need has no provision of the matching kind.
func (c *checker) checkNeedsProvided(ai int) {
	for ni, n := range c.p.Areas[ai].Needs {
		it, ok := c.lookup(n.ID, plan.KindNeed)
		want := neededBits(n.Section)
		if !ok || want == 0 || it.coveredBy&want != 0 {
			continue
		}
		letters := provisionFor(n.Section)
		a := c.needAt(ai, ni)
		a.add("G4", "",
			fmt.Sprintf("%s (Section %s) has no %s.", a.name(), n.Section, letters),
			fmt.Sprintf("Add %s that lists %s, or link %s to an outcome that has it.", letters, n.ID, n.ID))
	}
}

func provisionFor(s plan.NeedSection) string {
	switch s {
	case plan.SectionC:
		return "health provision (Section G)"
	case plan.SectionD:
		return "social care provision (Section H1 or H2)"
	}
	return "special educational provision (Section F)"
}

// G2: an outcome links no need. G3: an outcome has no provision. G6: a
// link from an outcome is broken.
func (c *checker) checkOutcomeLinks(ai int) {
	for oi := range c.p.Areas[ai].Outcomes {
		o := &c.p.Areas[ai].Outcomes[oi]
		a := c.outcomeAt(ai, oi)
		if len(o.Needs) == 0 {
			a.add("G2", "needs", c.cat(a.name(), " links no need."),
				"Link the need(s) in Section B, C or D that this outcome addresses.")
		}
		if it, ok := c.lookup(o.ID, plan.KindOutcome); ok && !it.linked {
			a.add("G3", "", c.cat(a.name(), " has no provision."),
				c.forName("G3", func(name string) string {
					return fmt.Sprintf("Add provision that says who will do what, how often, to help %s reach it.", name)
				}))
		}
		c.checkLinks(a, "aspirations", o.Aspirations, plan.KindAspiration)
		c.checkLinks(a, "needs", o.Needs, plan.KindNeed)
		if o.Aim != "" {
			if _, ok := c.lookup(o.Aim, plan.KindAim); !ok {
				c.badLink(a.owner(), a.path().Dot("aim"), o.Aim, plan.KindAim)
			}
		}
	}
}

// G5: a provision serves no outcome. G6: a link from a provision is broken.
// G8: a therapy that educates or trains is in G or H.
func (c *checker) checkProvisionLinks(ai int) {
	for pi := range c.p.Areas[ai].Provision {
		pr := &c.p.Areas[ai].Provision[pi]
		a := c.provisionAt(ai, pi)
		if len(pr.Outcomes) == 0 {
			a.add("G5", "outcomes", c.cat(a.name(), " serves no outcome."),
				c.forName("G5", func(name string) string {
					return fmt.Sprintf("Link it to the outcome(s) it helps %s reach, or remove it if it is not needed.", name)
				}))
		}
		c.checkLinks(a, "outcomes", pr.Outcomes, plan.KindOutcome)
		c.checkLinks(a, "needs", pr.Needs, plan.KindNeed)
		if pr.Section != plan.SectionF && pr.Section != "" {
			c.checkTherapy(a, pr)
		}
	}
}

func (c *checker) checkTherapy(a at, pr *plan.Provision) {
	text := c.tokens(pr.Text)
	c.aux = tokenize(pr.Who, c.aux, nil)
	therapy, ok := educatingTherapy(text, c.aux)
	if !ok {
		return
	}
	a.add("G8", "section",
		fmt.Sprintf("%s is %s, recorded in Section %s. Therapy that educates or trains counts as special educational provision.",
			a.name(), therapy, pr.Section),
		"Move it to Section F (Children and Families Act 2014 s21(5)), so the local authority must secure it.")
}

// linkOwner is the item a link belongs to, for G6 findings.
type linkOwner struct {
	pos      position
	id, name string
}

func (a at) owner() linkOwner { return linkOwner{a.pos(), a.id(), a.name()} }

func (c *checker) checkLinks(a at, field string, ids []string, want plan.Kind) {
	for i, id := range ids {
		if _, ok := c.lookup(id, want); !ok {
			c.badLink(a.owner(), a.path().Dot(field).Nth(i), id, want)
		}
	}
}

// G6: a link names an ID that does not exist, or an item of the wrong kind.
func (c *checker) badLink(o linkOwner, where plan.Loc, id string, want plan.Kind) {
	i, exists := c.idx[id]
	problem := "which does not exist"
	if exists {
		problem = "but " + id + " is " + withArticle(c.items[i].kind.Noun())
	}
	c.add(o.pos, "G6", where, o.id,
		fmt.Sprintf("%s links %s %s, %s.", o.name, want.Noun(), quoteID(id), problem),
		fmt.Sprintf("Pick the %s again from the list, or remove the link.", want.Noun()))
}

func quoteID(id string) string {
	if blank(id) {
		return "with no ID"
	}
	return id
}

// G6 for links outside the areas: the personal budget and review progress.
func (c *checker) checkOtherLinks() {
	for i, id := range c.p.PersonalBudget.Provision {
		if _, ok := c.lookup(id, plan.KindProvision); !ok {
			owner := linkOwner{planPos, "", "The personal budget (Section J)"}
			c.badLink(owner, plan.At("personal_budget").Dot("provision").Nth(i), id, plan.KindProvision)
		}
	}
	for ri, r := range c.p.Reviews {
		for gi, g := range r.Progress {
			if _, ok := c.lookup(g.Outcome, plan.KindOutcome); !ok {
				owner := linkOwner{planPos, "", fmt.Sprintf("The review of %s", r.Date.Long())}
				c.badLink(owner, plan.At("reviews").Index(ri).In("progress", gi).Dot("outcome"), g.Outcome, plan.KindOutcome)
			}
		}
	}
}

// pfaAreas are the four Preparing for Adulthood areas.
var pfaAreas = []string{plan.AreaEmployment, plan.AreaIndependentLiving, plan.AreaCommunity, plan.AreaHealth}

// G7: from Year 9, a PfA area has no outcome and no note explaining why.
func (c *checker) checkPfAAreas() {
	year, ok := c.p.YearGroup(c.today)
	if !ok || year < 9 {
		return
	}
	for k, key := range pfaAreas {
		ai := c.areaIndex(key)
		switch {
		case ai < 0:
			c.add(position{groupAreas, len(c.p.Areas) + k, listArea, 0}, "G7", plan.At("areas"), key,
				fmt.Sprintf("The plan has no %s area. From Year 9 a plan prepares %s for adulthood in all four areas.", c.p.AreaTitle(key), c.name),
				fmt.Sprintf("Add the %s area with an outcome, or a note explaining why %s needs none now.", c.p.AreaTitle(key), c.name))
		case len(c.p.Areas[ai].Outcomes) == 0 && blank(c.p.Areas[ai].Note):
			c.add(position{groupAreas, ai, listArea, 0}, "G7", plan.AreaAt(ai), key,
				fmt.Sprintf("%s has no outcome and no note. %s is in %s: the plan should prepare for adulthood in every area.",
					c.areaTitle(ai), c.name, plan.YearGroupName(year)),
				fmt.Sprintf("Add an outcome for %s, or a note explaining why %s needs none at present.", c.areaTitle(ai), c.name))
		}
	}
}

func (c *checker) areaIndex(key string) int {
	for i, a := range c.p.Areas {
		if a.Key == key {
			return i
		}
	}
	return -1
}

func withArticle(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
