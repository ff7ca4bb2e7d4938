package check

import (
	"fmt"
	"strings"

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
	c.checkVague(a, pr)
	f := c.text(pr.Text).provisionFacts()
	if blank(pr.HowOften) && !f.hasFrequency {
		a.add("P2", "how_often", a.name()+" does not say how often.",
			"Fill in “how often”, e.g. “twice a week” or “daily, 15 minutes”.")
	}
	if blank(pr.Who) {
		a.add("P3", "who", a.name()+" does not say who will provide it.",
			"Name the role or service and its qualification, e.g. “Specialist teacher (dyslexia, Level 5)” or “Speech and language therapist (HCPC registered)”.")
	}
	if blank(pr.Duration) {
		a.add("P4", "duration", a.name()+" has no duration.",
			"Say how long each session is and for how long overall, e.g. “30 minutes, until July 2027”.")
	}
	if phrase, ok := f.achievement, f.isAchievement; ok {
		a.add("P5", "text",
			fmt.Sprintf("%s is written as %s's achievement (%s), not as provision.", a.name(), c.name, quote(phrase, 40)),
			fmt.Sprintf("Say what staff will do for %s; keep what %s will achieve in the outcome.", c.name, c.name))
	}
}

// P1: vague wording in the text, how often or duration.
func (c *checker) checkVague(a at, pr *plan.Provision) {
	field := ""
	var all []string
	for _, f := range [...]struct{ field, text string }{
		{"text", pr.Text}, {"how_often", pr.HowOften}, {"duration", pr.Duration},
	} {
		if blank(f.text) {
			continue
		}
		vague := c.text(f.text).vagueWords()
		if len(vague) > 0 && field == "" {
			field = f.field
		}
		all = append(all, vague...)
	}
	if len(all) == 0 {
		return
	}
	quoted := make([]string, len(all))
	for i, v := range all {
		quoted[i] = quote(v, 30)
	}
	a.add("P1", field,
		fmt.Sprintf("%s uses vague wording: %s.", a.name(), strings.Join(quoted, ", ")),
		fmt.Sprintf("Replace it with exactly what %s will get: what, how often and for how long, with any group size as a number (tribunals read words like “may”, “regular”, “access to” and “up to” as no duty at all).", c.name))
}
