package render

import (
	"slices"

	"ehcplan/plan"
)

// aspirationBoxes are the area's aspirations and any others its outcomes
// serve, in plan order.
func (d *doc) aspirationBoxes(a plan.Area) []*mapBox {
	served := map[string][]string{} // aspiration -> outcomes of this area
	anyServed := map[string]bool{}
	for _, ar := range d.p.Areas {
		for _, o := range ar.Outcomes {
			for _, id := range o.Aspirations {
				anyServed[id] = true
				if ar.Key == a.Key {
					served[id] = append(served[id], o.ID)
				}
			}
		}
	}
	var boxes []*mapBox
	for _, asp := range d.p.SectionA.Aspirations {
		if asp.Area != a.Key && len(served[asp.ID]) == 0 {
			continue
		}
		why := ""
		if !anyServed[asp.ID] {
			why = "no outcome helps with this"
		}
		boxes = append(boxes, d.box(asp.ID, asp.Text, why, served[asp.ID]))
	}
	return boxes
}

// outcomeBoxes are the area's outcomes, linked to the provision for them.
func (d *doc) outcomeBoxes(a plan.Area) []*mapBox {
	providedBy := map[string][]string{}
	for _, ar := range d.p.Areas {
		for _, pr := range ar.Provision {
			for _, id := range pr.Outcomes {
				providedBy[id] = append(providedBy[id], pr.ID)
			}
		}
	}
	var boxes []*mapBox
	for _, o := range a.Outcomes {
		var why []string
		if !d.linksKind(o.Aspirations, plan.KindAspiration) {
			why = append(why, "no aspiration")
		}
		if len(providedBy[o.ID]) == 0 {
			why = append(why, "no provision")
		}
		boxes = append(boxes, d.box(o.ID, o.Text, joinAnd(why), providedBy[o.ID]))
	}
	return boxes
}

// provisionBoxes are the area's provision.
func (d *doc) provisionBoxes(a plan.Area) []*mapBox {
	var boxes []*mapBox
	for _, pr := range a.Provision {
		why := ""
		if !d.linksKind(pr.Outcomes, plan.KindOutcome) {
			why = "it helps with no outcome"
		}
		boxes = append(boxes, d.box(pr.ID, pr.Text, why, nil))
	}
	return boxes
}

// linksKind reports whether ids name at least one item of kind.
func (d *doc) linksKind(ids []string, kind plan.Kind) bool {
	return slices.ContainsFunc(ids, func(id string) bool {
		ref, ok := d.idx[id]
		return ok && ref.Kind == kind
	})
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return parts[0] + " and " + parts[1]
}
