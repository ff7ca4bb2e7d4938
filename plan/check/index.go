package check

import (
	"slices"

	"ehcplan/plan"
)

// The checker's own index of items: lighter than Items() (no paths are
// formatted until a finding needs one) and it records the golden-thread
// links found in one pass.

func (c *checker) indexItems() {
	p := c.p
	c.newIDs = c.newIDs[:0]
	put := func(id string, k plan.Kind, ai, i int) {
		c.newIDs = append(c.newIDs, id)
		c.items = append(c.items, item{kind: k, area: ai, index: i})
	}
	for i, a := range p.SectionA.Aspirations {
		put(a.ID, plan.KindAspiration, -1, i)
	}
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		for i := range ar.Needs {
			put(ar.Needs[i].ID, plan.KindNeed, ai, i)
		}
		for i := range ar.Aims {
			put(ar.Aims[i].ID, plan.KindAim, ai, i)
		}
		for i := range ar.Outcomes {
			put(ar.Outcomes[i].ID, plan.KindOutcome, ai, i)
		}
		for i := range ar.Provision {
			put(ar.Provision[i].ID, plan.KindProvision, ai, i)
		}
	}
	c.idxSame = slices.Equal(c.newIDs, c.ids) && len(c.idx) > 0
	if c.idxSame {
		return // the same IDs in the same places: idx still holds
	}
	clear(c.idx)
	// Links looked up under the old index are answers about other items.
	// Forget them all, not only those this check looks up again: a later
	// check with these IDs may make more lookups than this one.
	c.links = c.links[:0]
	c.dupIDs = false
	for j, id := range c.newIDs {
		if _, dup := c.idx[id]; dup {
			c.dupIDs = true
			continue
		}
		c.idx[id] = j
	}
	c.ids, c.newIDs = c.newIDs, c.ids
}

// lookup returns the item with an ID if it is of kind k.
func (c *checker) lookup(id string, k plan.Kind) (*item, bool) {
	i, ok := c.find(id)
	if !ok || c.items[i].kind != k {
		return nil, false
	}
	return &c.items[i], true
}

// Provision sections as bits, and the sections that meet each kind of need:
// B needs F; C needs G; D needs H1 or H2.
const (
	bitF uint8 = 1 << iota
	bitG
	bitH1
	bitH2
)

func sectionBit(s plan.ProvisionSection) uint8 {
	switch s {
	case plan.SectionF:
		return bitF
	case plan.SectionG:
		return bitG
	case plan.SectionH1:
		return bitH1
	case plan.SectionH2:
		return bitH2
	}
	return 0
}

func neededBits(s plan.NeedSection) uint8 {
	switch s {
	case plan.SectionB:
		return bitF
	case plan.SectionC:
		return bitG
	case plan.SectionD:
		return bitH1 | bitH2
	}
	return 0
}

// linkThread marks aspirations served by an outcome, outcomes that have
// provision, and the sections of provision that cover each need (directly,
// or through an outcome that lists the need).
func (c *checker) linkThread() {
	for ai := range c.p.Areas {
		ar := &c.p.Areas[ai]
		for oi := range ar.Outcomes {
			for _, id := range ar.Outcomes[oi].Aspirations {
				if it, ok := c.lookup(id, plan.KindAspiration); ok {
					it.linked = true
				}
			}
		}
		for pi := range ar.Provision {
			c.linkProvision(&ar.Provision[pi])
		}
	}
}

func (c *checker) linkProvision(pr *plan.Provision) {
	bit := sectionBit(pr.Section)
	cover := func(id string) {
		if it, ok := c.lookup(id, plan.KindNeed); ok {
			it.coveredBy |= bit
		}
	}
	for _, id := range pr.Needs {
		cover(id)
	}
	for _, id := range pr.Outcomes {
		it, ok := c.lookup(id, plan.KindOutcome)
		if !ok {
			continue
		}
		it.linked = true
		for _, n := range c.p.Areas[it.area].Outcomes[it.index].Needs {
			cover(n)
		}
	}
}

// find looks an ID up in idx. The links come in the same order on every
// check, so while idx is unchanged it first looks at the answer found at
// this point last time.
func (c *checker) find(id string) (int, bool) {
	k := c.linkAt
	c.linkAt++
	if c.idxSame && k < len(c.links) && c.links[k].id == id {
		return int(c.links[k].i), c.links[k].ok
	}
	i, ok := c.idx[id]
	if k < len(c.links) {
		c.links[k] = linkRead{id, int32(i), ok}
	} else {
		c.links = append(c.links, linkRead{id, int32(i), ok})
	}
	return i, ok
}

// countItems is how many items with an ID a plan has: aspirations, and
// each area's needs, aims, outcomes and provision.
func countItems(p *plan.Plan) int {
	n := len(p.SectionA.Aspirations)
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		n += len(ar.Needs) + len(ar.Aims) + len(ar.Outcomes) + len(ar.Provision)
	}
	return n
}
