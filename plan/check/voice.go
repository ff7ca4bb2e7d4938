package check

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// Section A voice rules A1-A2: tips on each heading's text.

func (c *checker) checkVoice() {
	for i, h := range c.p.SectionA.Headings {
		if blank(h.Text) {
			continue // S1
		}
		pos := position{groupSectionA, 0, listHeadings, i}
		where := plan.At("section_a").In("headings", i).Dot("text")
		toks := c.tokens(h.Text)
		title := quoteOr(h.Title, 60, "A heading with no title")
		if !inFirstPerson(toks) {
			c.add(pos, "A1", where, h.Key,
				fmt.Sprintf("%s is not in %s's own voice: it has no I, my or me.", title, c.name),
				fmt.Sprintf("Write %s's words as %s says them, e.g. “I would like…”, and put other people's views under family views.", c.name, c.name))
		}
		if acr := unexplainedAcronyms(h.Text, toks); len(acr) > 0 {
			c.add(pos, "A2", where, h.Key,
				fmt.Sprintf("%s uses %s without explaining it.", title, strings.Join(acr, ", ")),
				fmt.Sprintf("Write it out, e.g. “teaching assistant (TA)”, or use the words %s uses.", c.name))
		}
	}
}
