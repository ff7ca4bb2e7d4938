package check

import (
	"fmt"

	"ehcplan/plan"
)

// Specific provision rules P1-P5. Vague, unquantified or unowned provision
// is an error in Section F (it must be specified and quantified: L v Clarke
// and Somerset 1998) and a warning in G and H (Rule.ErrorInF).

func (c *checker) checkProvision() {
	for ai := range c.p.Areas {
		for pi := range c.p.Areas[ai].Provision {
			c.checkOneProvision(c.provisionAt(ai, pi), &c.p.Areas[ai].Provision[pi])
		}
	}
}

func (c *checker) checkOneProvision(a at, pr *plan.Provision) {
	text := c.text(pr.Text) // read once for P1 and the other rules
	c.checkVague(a, pr, text)
	f := text.provisionFacts()
	if blank(pr.HowOften) && !f.hasFrequency {
		a.add("P2", "how_often", c.cat(a.name(), " does not say how often."),
			"Fill in “how often”, e.g. “twice a week” or “daily, 15 minutes”.")
	}
	if blank(pr.Who) {
		a.add("P3", "who", c.cat(a.name(), " does not say who will provide it."),
			"Name the role or service and its qualification, e.g. “Specialist teacher (dyslexia, Level 5)” or “Speech and language therapist (HCPC registered)”.")
	}
	if blank(pr.Duration) {
		a.add("P4", "duration", c.cat(a.name(), " has no duration."),
			"Say how long each session is and for how long overall, e.g. “30 minutes, until July 2027”.")
	}
	if f.contentless {
		a.add("P6", "text",
			c.cat(a.name(), " says no content: ", f.content, " says there will be support, but not what will be done."),
			c.forName("P6", func(name string) string {
				return fmt.Sprintf("Say exactly what will be done for %s: the programme, resource or teaching approach, e.g. “pre-teaching of topic words with picture cards, 15 minutes before each science lesson”.", name)
			}))
	}
	if phrase, ok := f.achievement, f.isAchievement; ok {
		a.add("P5", "text",
			c.cat(a.name(), " is written as ", c.name, "'s achievement (", phrase, "), not as provision."),
			c.forName("P5", func(name string) string {
				return fmt.Sprintf("Say what staff will do for %s; keep what %s will achieve in the outcome.", name, name)
			}))
	}
}

// P1: vague wording in the text (read as text), how often or duration.
func (c *checker) checkVague(a at, pr *plan.Provision, text *textEntry) {
	field, quoted := "", ""
	for _, f := range [...]struct{ field, text string }{
		{"text", pr.Text}, {"how_often", pr.HowOften}, {"duration", pr.Duration},
	} {
		if blank(f.text) {
			continue
		}
		e := text
		if f.field != "text" {
			e = c.text(f.text)
		}
		vague, q := e.vagueWords()
		switch {
		case len(vague) == 0:
		case field == "":
			field, quoted = f.field, q
		default:
			quoted += ", " + q
		}
	}
	if field == "" {
		return
	}
	a.add("P1", field, c.cat(a.name(), " uses vague wording: ", quoted, "."),
		c.forName("P1", func(name string) string {
			return fmt.Sprintf("Replace it with exactly what %s will get: what, how often and for how long, with any group size as a number (tribunals read words like “may”, “regular”, “access to” and “up to” as no duty at all).", name)
		}))
}
