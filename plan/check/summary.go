package check

import "ehcplan/plan"

// offThread marks the rules whose finding takes an item off the golden
// thread in the area summaries: an aspiration not served (G1), a need
// without matching provision (G4), an outcome that is not SMART (M1-M4),
// provision that is not specific (P1-P3, P6).
var offThread = func() []bool {
	off := make([]bool, len(Rules))
	for _, id := range []string{"G1", "G4", "M1", "M2", "M3", "M4", "P1", "P2", "P3", "P6"} {
		off[ruleIndex[id]] = true
	}
	return off
}()

// summarise counts each area's golden thread: aspirations of the area
// served, needs with matching provision, outcomes that are SMART and
// provision that is specific, from the items report has flagged.
func (c *checker) summarise() []AreaSummary {
	out := make([]AreaSummary, len(c.p.Areas))
	for i := range c.p.Areas {
		ar := &c.p.Areas[i]
		out[i] = AreaSummary{Key: ar.Key, Title: ar.Title}
	}
	for j := range c.items {
		it := &c.items[j]
		ai := it.area
		if it.kind == plan.KindAspiration {
			ai = c.areaIndex(c.p.SectionA.Aspirations[it.index].Area)
		}
		if ai < 0 {
			continue
		}
		s := &out[ai]
		ok := !c.flagged(j)
		switch it.kind {
		case plan.KindAspiration:
			count(&s.Aspirations, &s.AspirationsServed, ok)
		case plan.KindNeed:
			count(&s.Needs, &s.NeedsProvided, ok)
		case plan.KindOutcome:
			count(&s.Outcomes, &s.OutcomesSMART, ok)
		case plan.KindProvision:
			count(&s.Provision, &s.ProvisionSpecific, ok)
		}
	}
	return out
}

func count(total, good *int, ok bool) {
	*total++
	if ok {
		*good++
	}
}

// flagged reports whether a finding took item j off the thread. Findings
// name items by ID, so where an ID is used twice both items share the
// first one's flag.
func (c *checker) flagged(j int) bool {
	if c.dupIDs {
		j = c.idx[c.ids[j]]
	}
	return c.items[j].flagged
}
