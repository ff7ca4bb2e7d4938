package check

import (
	"fmt"

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
		f := c.text(h.Text).voiceFacts(h.Text)
		title := "A heading with no title"
		if !blank(h.Title) {
			title = c.quote(h.Title, 60)
		}
		if !f.firstPerson {
			c.add(pos, "A1", where, h.Key,
				c.cat(title, " is not in ", c.name, "'s own voice: it has no I, my or me."),
				c.forName("A1", func(name string) string {
					return fmt.Sprintf("Write %s's words as %s says them, e.g. “I would like…”, and put other people's views under family views.", name, name)
				}))
		}
		if f.acronyms != "" {
			c.add(pos, "A2", where, h.Key,
				c.cat(title, " uses ", f.acronyms, " without explaining it."),
				c.forName("A2", func(name string) string {
					return fmt.Sprintf("Write it out, e.g. “teaching assistant (TA)”, or use the words %s uses.", name)
				}))
		}
	}
}
