package check

import (
	"ehcplan/plan"
)

// at locates an item for findings. Its path and name are formatted only
// when a finding needs them, so a clean plan costs no formatting.
type at struct {
	c    *checker
	kind plan.Kind
	area int // index in Areas
	i    int // index in the area's list
}

func (c *checker) outcomeAt(ai, oi int) at   { return at{c, plan.KindOutcome, ai, oi} }
func (c *checker) provisionAt(ai, pi int) at { return at{c, plan.KindProvision, ai, pi} }
func (c *checker) needAt(ai, ni int) at      { return at{c, plan.KindNeed, ai, ni} }

func (a at) pos() position {
	list := [...]int{plan.KindNeed: listNeeds, plan.KindAim: listAims, plan.KindOutcome: listOutcomes, plan.KindProvision: listProvision}[a.kind]
	return position{groupAreas, a.area, list, a.i}
}

// path is the item's place, e.g. "areas[1].outcomes[0]".
func (a at) path() plan.Loc { return plan.AreaAt(a.area).In(a.kind.List(), a.i) }

// inF is true for provision in Section F, where P1-P3 are errors.
func (a at) inF() bool {
	return a.kind == plan.KindProvision && a.c.p.Areas[a.area].Provision[a.i].Section == plan.SectionF
}

func (a at) id() string {
	ar := &a.c.p.Areas[a.area]
	switch a.kind {
	case plan.KindNeed:
		return ar.Needs[a.i].ID
	case plan.KindOutcome:
		return ar.Outcomes[a.i].ID
	case plan.KindProvision:
		return ar.Provision[a.i].ID
	}
	return ar.Aims[a.i].ID
}

// name is the item as a caseworker says it: "Outcome O3 in Independent living".
func (a at) name() string {
	noun := [...]string{plan.KindNeed: "Need", plan.KindAim: "Long-term aim", plan.KindOutcome: "Outcome", plan.KindProvision: "Provision"}[a.kind]
	return a.c.cat(noun, " ", a.id(), " in ", a.c.areaTitle(a.area))
}

// add records a finding about the item; field, when not empty, is the field
// at fault ("by"), appended to the path so the editor can focus it.
func (a at) add(rule string, field, msg, fix string) {
	a.c.record(a.pos(), rule, a.inF(), a.path().Dot(field), a.id(), msg, fix)
}
