package check

import "ehcplan/plan"

// summarise counts each area's golden thread from the findings: aspirations
// of the area served (no G1), needs with matching provision (no G4),
// outcomes that are SMART (no M1-M4), and provision that is specific (no
// P1-P3).
func summarise(p *plan.Plan, findings []Finding) []AreaSummary {
	flagged := map[string]uint8{}
	for _, f := range findings {
		if f.Item == "" {
			continue
		}
		switch f.Rule {
		case "G1", "G4", "M1", "M2", "M3", "M4", "P1", "P2", "P3":
			flagged[f.Item] = 1
		}
	}
	out := make([]AreaSummary, len(p.Areas))
	for i := range p.Areas {
		out[i] = summariseArea(p, &p.Areas[i], flagged)
	}
	return out
}

func summariseArea(p *plan.Plan, ar *plan.Area, flagged map[string]uint8) AreaSummary {
	s := AreaSummary{Key: ar.Key, Title: ar.Title}
	count := func(id string, total, ok *int) {
		*total++
		if flagged[id] == 0 {
			*ok++
		}
	}
	for _, a := range p.SectionA.Aspirations {
		if a.Area == ar.Key {
			count(a.ID, &s.Aspirations, &s.AspirationsServed)
		}
	}
	for _, n := range ar.Needs {
		count(n.ID, &s.Needs, &s.NeedsProvided)
	}
	for _, o := range ar.Outcomes {
		count(o.ID, &s.Outcomes, &s.OutcomesSMART)
	}
	for _, pr := range ar.Provision {
		count(pr.ID, &s.Provision, &s.ProvisionSpecific)
	}
	return s
}
