package editor

import (
	"slices"

	"ehcplan/plan"
)

// nodeState says how well an item in the thread map is linked.
type nodeState int

const (
	nodeLinked   nodeState = iota // linked both ways it should be
	nodeUnlinked                  // missing a link: warning colour
	nodeBroken                    // a link names an item that does not exist: error colour
)

// mapNode is one box in the thread map.
type mapNode struct {
	ID, Text string
	Note     string // "not linked", "no provision", "missing", ...
	State    nodeState
}

// mapEdge joins node From in column FromCol to node To in column ToCol
// (a later column: an aspiration's line to its outcome passes the needs).
type mapEdge struct {
	FromCol, From, ToCol, To int
	Broken                   bool
}

// mapCols is how many columns the thread map has.
const mapCols = 4

// threadModel is what the thread map draws for one area: aspirations,
// needs, outcomes and provision in four columns, and the links between them.
type threadModel struct {
	Cols  [mapCols][]mapNode
	Edges []mapEdge
}

// Columns of the thread map: the golden thread, left to right.
const (
	colAspirations = iota
	colNeeds
	colOutcomes
	colProvision
)

// buildThreadModel works out the thread map of the area with key. It
// shows the area's aspirations and any aspiration its outcomes serve; its
// needs and any need its outcomes meet; its outcomes; and its provision
// with any provision elsewhere that serves its outcomes. Links to IDs that
// do not exist become red "missing" boxes.
func buildThreadModel(p *plan.Plan, key string) threadModel {
	var m threadModel
	ai := slices.IndexFunc(p.Areas, func(a plan.Area) bool { return a.Key == key })
	if ai < 0 {
		return m
	}
	ar := &p.Areas[ai]
	idx := p.Index()
	var col [mapCols]map[string]int
	for c := range col {
		col[c] = map[string]int{}
	}
	add := func(c int, n mapNode) int {
		if i, ok := col[c][n.ID]; ok {
			return i
		}
		col[c][n.ID] = len(m.Cols[c])
		m.Cols[c] = append(m.Cols[c], n)
		return len(m.Cols[c]) - 1
	}
	// Aspirations and needs: this area's, then those its outcomes serve.
	for _, a := range p.SectionA.Aspirations {
		if a.Area == key {
			add(colAspirations, mapNode{ID: a.ID, Text: a.Text})
		}
	}
	for _, n := range ar.Needs {
		add(colNeeds, mapNode{ID: n.ID, Text: n.Text})
	}
	for _, o := range ar.Outcomes {
		add(colOutcomes, mapNode{ID: o.ID, Text: o.Text})
	}
	// The thread runs aspiration -> need -> outcome: an outcome's
	// aspirations are drawn joined to the needs it meets, and those needs
	// to it. Only an outcome meeting no need has its aspirations joined to
	// it directly (that line passes behind the needs column).
	hasAspiration := map[int]bool{} // outcome box -> it names an aspiration
	seen := map[mapEdge]bool{}
	edge := func(e mapEdge) {
		if !seen[e] {
			seen[e] = true
			m.Edges = append(m.Edges, e)
		}
	}
	for _, o := range ar.Outcomes {
		to := col[colOutcomes][o.ID]
		hasAspiration[to] = len(o.Aspirations) > 0
		type end struct {
			at     int
			broken bool
		}
		var needs []end
		for _, id := range o.Needs {
			n := end{add(colNeeds, nodeFor(p, idx, id, plan.KindNeed)), !isKind(idx, id, plan.KindNeed)}
			needs = append(needs, n)
			edge(mapEdge{colNeeds, n.at, colOutcomes, to, n.broken})
		}
		for _, id := range o.Aspirations {
			from, broken := add(colAspirations, nodeFor(p, idx, id, plan.KindAspiration)), !isKind(idx, id, plan.KindAspiration)
			if len(needs) == 0 {
				edge(mapEdge{colAspirations, from, colOutcomes, to, broken})
			}
			for _, n := range needs {
				edge(mapEdge{colAspirations, from, colNeeds, n.at, broken || n.broken})
			}
		}
	}
	// Provision: this area's, then provision elsewhere serving its outcomes.
	for _, area := range p.Areas {
		for _, pr := range area.Provision {
			mine := area.Key == key
			for _, id := range pr.Outcomes {
				if _, ok := col[colOutcomes][id]; ok {
					mine = true
				} else if mine && !isKind(idx, id, plan.KindOutcome) {
					add(colOutcomes, mapNode{ID: id, Text: "This outcome does not exist.", Note: "missing", State: nodeBroken})
				}
			}
			if !mine {
				continue
			}
			to := add(colProvision, mapNode{ID: pr.ID, Text: pr.Text})
			linked := false
			for _, id := range pr.Outcomes {
				if from, ok := col[colOutcomes][id]; ok {
					linked = true
					m.Edges = append(m.Edges, mapEdge{colOutcomes, from, colProvision, to, m.Cols[colOutcomes][from].State == nodeBroken})
				}
			}
			if !linked && len(pr.Outcomes) > 0 {
				m.Cols[colProvision][to].Note = "serves another area"
			}
		}
	}
	m.markStates(p, key, hasAspiration)
	return m
}

// nodeFor is the box for a linked ID: the item, or a red "missing" box.
func nodeFor(p *plan.Plan, idx map[string]plan.ItemRef, id string, k plan.Kind) mapNode {
	if !isKind(idx, id, k) {
		return mapNode{ID: id, Text: "There is no " + k.Noun() + " " + id + ".", Note: "missing", State: nodeBroken}
	}
	return mapNode{ID: id, Text: itemTextOf(p, idx[id])}
}

// itemTextOf is the text of an aspiration or a need.
func itemTextOf(p *plan.Plan, r plan.ItemRef) string {
	switch r.Kind {
	case plan.KindAspiration:
		return p.SectionA.Aspirations[r.Index].Text
	case plan.KindNeed:
		return p.Areas[r.Area].Needs[r.Index].Text
	}
	return ""
}

func isKind(idx map[string]plan.ItemRef, id string, k plan.Kind) bool {
	r, ok := idx[id]
	return ok && r.Kind == k
}

// markStates labels boxes that are missing a link.
func (m *threadModel) markStates(p *plan.Plan, key string, hasAspiration map[int]bool) {
	var in, out [mapCols]map[int]bool
	for c := range mapCols {
		in[c], out[c] = map[int]bool{}, map[int]bool{}
	}
	for _, e := range m.Edges {
		out[e.FromCol][e.From] = true
		in[e.ToCol][e.To] = true
	}
	servedElsewhere := linkedElsewhere(p, key, func(o plan.Outcome) []string { return o.Aspirations })
	metElsewhere := linkedElsewhere(p, key, func(o plan.Outcome) []string { return o.Needs })
	for i := range m.Cols[colNeeds] {
		n := &m.Cols[colNeeds][i]
		switch {
		case n.State == nodeBroken || out[colNeeds][i] && hasOutcomeEdge(m.Edges, i):
		case metElsewhere[n.ID] != "":
			n.Note = "met in " + metElsewhere[n.ID]
		default:
			n.Note, n.State = "no outcome", nodeUnlinked
		}
	}
	for i := range m.Cols[colAspirations] {
		n := &m.Cols[colAspirations][i]
		switch {
		case n.State == nodeBroken || out[colAspirations][i]:
		case servedElsewhere[n.ID] != "":
			n.Note = "served in " + servedElsewhere[n.ID]
		default:
			n.Note, n.State = "not linked", nodeUnlinked
		}
	}
	for i := range m.Cols[colOutcomes] {
		n := &m.Cols[colOutcomes][i]
		if n.State == nodeBroken {
			continue
		}
		switch asp, prov := hasAspiration[i], out[colOutcomes][i]; {
		case !asp && !prov:
			n.Note, n.State = "not linked", nodeUnlinked
		case !prov:
			n.Note, n.State = "no provision", nodeUnlinked
		case !asp:
			n.Note, n.State = "no aspiration", nodeUnlinked
		}
	}
	for i := range m.Cols[colProvision] {
		if !in[colProvision][i] && m.Cols[colProvision][i].Note == "" {
			n := &m.Cols[colProvision][i]
			n.Note, n.State = "not linked", nodeUnlinked
		}
	}
}

// linkedElsewhere maps each ID an outcome in another area than key links
// to (its aspirations or its needs, as links picks) to the first such
// area's title.
func linkedElsewhere(p *plan.Plan, key string, links func(o plan.Outcome) []string) map[string]string {
	found := map[string]string{}
	for _, a := range p.Areas {
		if a.Key == key {
			continue
		}
		for _, o := range a.Outcomes {
			for _, id := range links(o) {
				if found[id] == "" {
					found[id] = a.Title
				}
			}
		}
	}
	return found
}

// hasOutcomeEdge reports whether need box i is joined to an outcome.
func hasOutcomeEdge(edges []mapEdge, i int) bool {
	for _, e := range edges {
		if e.FromCol == colNeeds && e.From == i && e.ToCol == colOutcomes {
			return true
		}
	}
	return false
}
