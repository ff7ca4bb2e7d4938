package check

import "ehcplan/plan"

// NeedsWithoutProvision runs rule G4 alone and returns, in plan order,
// the IDs of the needs that have no provision of the matching kind (B
// needs F; C needs G; D needs H1 or H2): the Items of Check's G4
// findings, without the other rules' cost, for views that ask it of a
// whole caseload (plan/insight).
func NeedsWithoutProvision(p *plan.Plan) []string {
	c := checkers.Get().(*checker)
	defer c.release()
	c.start(p, plan.Date{})
	for ai := range p.Areas {
		c.checkNeedsProvided(ai)
	}
	var ids []string
	for _, f := range c.out {
		ids = append(ids, f.Item)
	}
	return ids
}
