package plan

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Kind is the kind of an item that has an ID.
type Kind int

const (
	KindNone Kind = iota
	KindAspiration
	KindNeed
	KindAim
	KindOutcome
	KindProvision
)

// Prefix is the letter that starts IDs of this kind (A, N, L, O, P).
func (k Kind) Prefix() string {
	return [...]string{"", "A", "N", "L", "O", "P"}[k]
}

// List is the list that holds items of this kind in the plan: Section A's
// "aspirations", an area's "needs", "aims", "outcomes" or "provision".
func (k Kind) List() string {
	return [...]string{"", "aspirations", "needs", "aims", "outcomes", "provision"}[k]
}

// Noun is the kind as a caseworker says it ("outcome").
func (k Kind) Noun() string {
	return [...]string{"item", "aspiration", "need", "long-term aim", "outcome", "provision"}[k]
}

// ItemRef locates one item that has an ID.
type ItemRef struct {
	ID   string
	Kind Kind
	// Area is the index in Plan.Areas, or -1 for aspirations.
	Area int
	// Index is the item's index in its list.
	Index int
	// Path is the item's JSON path, e.g. "areas[1].outcomes[0]".
	Path string
}

// Text is the words of the item r refers to in p ("" for a kind without
// words).
func (p *Plan) Text(r ItemRef) string {
	if r.Kind == KindAspiration {
		return p.SectionA.Aspirations[r.Index].Text
	}
	a := &p.Areas[r.Area]
	switch r.Kind {
	case KindNeed:
		return a.Needs[r.Index].Text
	case KindAim:
		return a.Aims[r.Index].Text
	case KindOutcome:
		return a.Outcomes[r.Index].Text
	case KindProvision:
		return a.Provision[r.Index].Text
	}
	return ""
}

// Loc is the item's place: "section_a.aspirations[0]", "areas[1].outcomes[0]".
func (r ItemRef) Loc() Loc {
	if r.Kind == KindAspiration {
		return At("section_a").In(r.Kind.List(), r.Index)
	}
	return AreaAt(r.Area).In(r.Kind.List(), r.Index)
}

// Items lists every item with an ID in plan order: aspirations, then per area
// its needs, aims, outcomes and provision.
func (p *Plan) Items() []ItemRef {
	var refs []ItemRef
	for i, a := range p.SectionA.Aspirations {
		refs = append(refs, ItemRef{ID: a.ID, Kind: KindAspiration, Area: -1, Index: i})
	}
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		add := func(kind Kind, ids []string) {
			for i, id := range ids {
				refs = append(refs, ItemRef{ID: id, Kind: kind, Area: ai, Index: i})
			}
		}
		add(KindNeed, mapIDs(ar.Needs, func(n Need) string { return n.ID }))
		add(KindAim, mapIDs(ar.Aims, func(a Aim) string { return a.ID }))
		add(KindOutcome, mapIDs(ar.Outcomes, func(o Outcome) string { return o.ID }))
		add(KindProvision, mapIDs(ar.Provision, func(pr Provision) string { return pr.ID }))
	}
	for i := range refs {
		refs[i].Path = refs[i].Loc().String()
	}
	return refs
}

func mapIDs[T any](items []T, id func(T) string) []string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = id(it)
	}
	return ids
}

// Index maps each ID to its item. Where an ID is duplicated, the first wins.
func (p *Plan) Index() map[string]ItemRef {
	idx := map[string]ItemRef{}
	for _, r := range p.Items() {
		if _, dup := idx[r.ID]; !dup {
			idx[r.ID] = r
		}
	}
	return idx
}

// checkIDs refuses empty and duplicate IDs, naming the second occurrence.
func checkIDs(p *Plan) error {
	seen := make(map[string]string, 64)
	for _, r := range p.Items() {
		if strings.TrimSpace(r.ID) == "" {
			return &ImportError{Path: r.Path + ".id", Problem: "missing: every " + r.Kind.Noun() + " needs an ID such as " + r.Kind.Prefix() + "1"}
		}
		if first, dup := seen[r.ID]; dup {
			return &ImportError{Path: r.Path + ".id", Problem: fmt.Sprintf("duplicate ID %s (already used at %s)", short(r.ID), first)}
		}
		seen[r.ID] = r.Path
	}
	return nil
}

// NewID returns the next free ID of a kind: one more than the highest number
// in use with that prefix ("O7" when O1..O6 exist), so deleted IDs are never
// reused and old reviews never point at a different outcome.
func (p *Plan) NewID(k Kind) string {
	items := p.Items()
	highest := 0
	for _, r := range items {
		if n, ok := strings.CutPrefix(r.ID, k.Prefix()); ok {
			if v, err := strconv.Atoi(n); err == nil && v > highest {
				highest = v
			}
		}
	}
	if highest < math.MaxInt {
		return fmt.Sprintf("%s%d", k.Prefix(), highest+1)
	}
	// An item was renamed to the largest number there is, and one more
	// would wrap round to a negative number already given out: take the
	// lowest free number instead.
	used := make(map[string]bool, len(items))
	for _, r := range items {
		used[r.ID] = true
	}
	for n := 1; ; n++ {
		if id := fmt.Sprintf("%s%d", k.Prefix(), n); !used[id] {
			return id
		}
	}
}

// Links calls visit with a pointer to every stored link to another item:
// outcome aspirations, needs and aim; provision outcomes and needs; personal
// budget provision; and review progress outcomes.
func (p *Plan) Links(visit func(link *string)) {
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		for oi := range ar.Outcomes {
			o := &ar.Outcomes[oi]
			eachPtr(o.Aspirations, visit)
			eachPtr(o.Needs, visit)
			visit(&o.Aim)
		}
		for pi := range ar.Provision {
			eachPtr(ar.Provision[pi].Outcomes, visit)
			eachPtr(ar.Provision[pi].Needs, visit)
		}
	}
	eachPtr(p.PersonalBudget.Provision, visit)
	for ri := range p.Reviews {
		for gi := range p.Reviews[ri].Progress {
			visit(&p.Reviews[ri].Progress[gi].Outcome)
		}
	}
}

func eachPtr(ids []string, visit func(*string)) {
	for i := range ids {
		visit(&ids[i])
	}
}

// RenameID changes an item's ID and every link to it. It refuses a new ID
// that is empty or already in use.
func (p *Plan) RenameID(oldID, newID string) error {
	idx := p.Index()
	ref, ok := idx[oldID]
	if !ok {
		return fmt.Errorf("rename %s: no item has that ID", oldID)
	}
	if strings.TrimSpace(newID) == "" {
		return fmt.Errorf("rename %s: the new ID is empty", oldID)
	}
	if _, taken := idx[newID]; taken {
		return fmt.Errorf("rename %s: %s is already used", oldID, newID)
	}
	p.setID(ref, newID)
	p.Links(func(l *string) {
		if *l == oldID {
			*l = newID
		}
	})
	return nil
}

func (p *Plan) setID(r ItemRef, id string) {
	switch r.Kind {
	case KindAspiration:
		p.SectionA.Aspirations[r.Index].ID = id
	case KindNeed:
		p.Areas[r.Area].Needs[r.Index].ID = id
	case KindAim:
		p.Areas[r.Area].Aims[r.Index].ID = id
	case KindOutcome:
		p.Areas[r.Area].Outcomes[r.Index].ID = id
	case KindProvision:
		p.Areas[r.Area].Provision[r.Index].ID = id
	}
}

// DeleteItem removes an item and every link to it, so no edit ever leaves a
// link dangling. Review progress about a deleted outcome is removed too.
func (p *Plan) DeleteItem(id string) error {
	ref, ok := p.Index()[id]
	if !ok {
		return fmt.Errorf("delete %s: no item has that ID", id)
	}
	switch ref.Kind {
	case KindAspiration:
		p.SectionA.Aspirations = slices.Delete(p.SectionA.Aspirations, ref.Index, ref.Index+1)
	case KindNeed:
		ar := &p.Areas[ref.Area]
		ar.Needs = slices.Delete(ar.Needs, ref.Index, ref.Index+1)
	case KindAim:
		ar := &p.Areas[ref.Area]
		ar.Aims = slices.Delete(ar.Aims, ref.Index, ref.Index+1)
	case KindOutcome:
		ar := &p.Areas[ref.Area]
		ar.Outcomes = slices.Delete(ar.Outcomes, ref.Index, ref.Index+1)
	case KindProvision:
		ar := &p.Areas[ref.Area]
		ar.Provision = slices.Delete(ar.Provision, ref.Index, ref.Index+1)
	}
	p.removeLinks(id)
	return nil
}

func (p *Plan) removeLinks(id string) {
	drop := func(ids []string) []string {
		return slices.DeleteFunc(ids, func(s string) bool { return s == id })
	}
	for ai := range p.Areas {
		ar := &p.Areas[ai]
		for oi := range ar.Outcomes {
			o := &ar.Outcomes[oi]
			o.Aspirations, o.Needs = drop(o.Aspirations), drop(o.Needs)
			if o.Aim == id {
				o.Aim = ""
			}
		}
		for pi := range ar.Provision {
			pr := &ar.Provision[pi]
			pr.Outcomes, pr.Needs = drop(pr.Outcomes), drop(pr.Needs)
		}
	}
	p.PersonalBudget.Provision = drop(p.PersonalBudget.Provision)
	for ri := range p.Reviews {
		r := &p.Reviews[ri]
		r.Progress = slices.DeleteFunc(r.Progress, func(g Progress) bool { return g.Outcome == id })
	}
}
