package check

import (
	"fmt"

	"ehcplan/plan"
)

// SMART outcome rules M1-M6.

func (c *checker) checkOutcomes() {
	for ai := range c.p.Areas {
		for oi := range c.p.Areas[ai].Outcomes {
			c.checkOutcome(c.outcomeAt(ai, oi), &c.p.Areas[ai].Outcomes[oi])
		}
	}
}

func (c *checker) checkOutcome(a at, o *plan.Outcome) {
	f := c.text(o.Text).outcomeFacts()
	c.checkTimeframe(a, o, f.hasTime)
	measured := f.measured
	if blank(o.Measure) && !measured {
		var msg string
		if f.predicate != "" {
			msg = c.cat(a.name(), " cannot be measured: ", f.predicate, " is not something anyone could see or count, and it has no measure.")
		} else {
			msg = c.cat(a.name(), " cannot be measured: it has no measure and no number, frequency or observable criterion.")
		}
		a.add("M2", "measure", msg,
			c.forName("M2", func(name string) string {
				return fmt.Sprintf("Say how everyone will know %s has achieved it (e.g. “in 4 out of 5 lessons”, “without prompts”, “3 times a week”) and fill in the measure.", name)
			}))
	}
	if blank(o.Text) {
		return
	}
	if verb, ok := f.vagueVerb, f.hasVagueVerb; ok && !measured {
		a.add("M3", "text",
			c.cat(a.name(), " rests on ", verb, ", with no measurable criterion."),
			c.forName("M3", func(name string) string {
				return fmt.Sprintf("Say what %s will do and how well, e.g. “%s will join a conversation with 2 classmates at lunchtime, 3 times a week”.", name, name)
			}))
	}
	if phrase, ok := f.receives, f.describesSupport; ok {
		a.add("M4", "text",
			c.cat(a.name(), " describes provision ", c.name, " receives (", phrase, "), not a difference for ", c.name, "."),
			c.forName("M4", func(name string) string {
				return fmt.Sprintf("Rewrite it as what %s will be able to do, and put the support in provision.", name)
			}))
	}
	if !f.aboutPerson {
		a.add("M5", "text",
			c.cat(a.name(), c.forName("M5 message", func(name string) string {
				return fmt.Sprintf(" is not written about %s: %s (or “I”) is not its subject.", name, name)
			})),
			c.forName("M5", func(name string) string {
				return fmt.Sprintf("Start from %s, e.g. “By July 2027, %s will…” or, in %s's words, “I will…”.", name, name, name)
			}))
	}
	c.checkOutcomeDate(a, o)
}

// M1: no timeframe, neither in `by` nor in the text.
func (c *checker) checkTimeframe(a at, o *plan.Outcome, textHasTime bool) {
	if !blank(o.By) {
		if _, ok := c.byDate(o.By); ok {
			return
		}
		c.aux = tokenize(o.By, c.aux, &c.ctx)
		if isTimeframe(c.aux) {
			return
		}
		a.add("M1", "by",
			fmt.Sprintf("%s has no timeframe: %s is not a date or a time.", a.name(), quote(o.By, 30)),
			"Set a date, or a time such as “end of Year 11” or “July 2027”.")
		return
	}
	if textHasTime {
		return
	}
	a.add("M1", "by", c.cat(a.name(), " has no timeframe."),
		fmt.Sprintf("Say by when: set the date, or write e.g. “By the end of %s, %s will…”.", c.thisYear(), c.name))
}

// thisYear names the person's school year, for examples in fixes.
func (c *checker) thisYear() string {
	if year, ok := c.p.YearGroup(c.today); ok && year >= 0 && year <= 14 {
		return plan.YearGroupName(year)
	}
	return "the school year"
}

// in3Years is today in 3 years, worked out once a check.
func (c *checker) in3Years() plan.Date {
	if c.threeYears.IsZero() {
		c.threeYears = c.today.AddMonths(36)
	}
	return c.threeYears
}

// M6: the `by` date is before the plan, over 3 years away, or after the
// person's 25th birthday.
func (c *checker) checkOutcomeDate(a at, o *plan.Outcome) {
	if len(o.By) != len("YYYY-MM-DD") {
		return // a phrase ("end of Year 11"), not a date
	}
	by, ok := c.byDate(o.By)
	if !ok {
		return
	}
	start, startWhat := c.p.Dates.Issued, "the plan was issued"
	if start.IsZero() {
		start, startWhat = c.p.Dates.Request, "the request for assessment"
	}
	dob := c.p.Person.DateOfBirth
	var problem, fix string
	switch {
	case !start.IsZero() && by.Before(start):
		problem = fmt.Sprintf("is before %s (%s)", startWhat, start.Long())
		fix = fmt.Sprintf("Set a date after the plan is issued, by when %s can have achieved it.", c.name)
	case by.After(c.in3Years()):
		problem = "is more than 3 years away"
		fix = "Set a short-term step within the next year or two; put the longer aim in a long-term aim."
	case !dob.IsZero() && plan.AgeOn(dob, by.AddDays(-1)) >= 25:
		problem = fmt.Sprintf("is after %s's 25th birthday, when an EHC plan ends", c.name)
		fix = fmt.Sprintf("Set a date before %s is 25.", c.name)
	default:
		return
	}
	a.add("M6", "by", fmt.Sprintf("%s: its date (%s) %s.", a.name(), by.Long(), problem), fix)
}
