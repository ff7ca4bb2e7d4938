package editor

import (
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

func TestThreadModel(t *testing.T) {
	p := plan.New("Zara Test")
	p.SectionA.Aspirations = []plan.Aspiration{
		{ID: "A1", Area: "employment", Text: "I want to work with animals."},
		{ID: "A2", Area: "employment", Text: "I want to drive."},       // not served anywhere
		{ID: "A3", Area: "employment", Text: "I want to help my nan."}, // served in another area
		{ID: "A4", Area: "community", Text: "I want to join a club."},  // other area, linked from here
	}
	emp := &p.Areas[0]
	emp.Outcomes = []plan.Outcome{
		{ID: "O1", Aspirations: []string{"A1", "A4"}}, // linked both ways
		{ID: "O2", Aspirations: []string{"A9"}},       // broken aspiration link, no provision
		{ID: "O3"},                                    // nothing at all
	}
	emp.Provision = []plan.Provision{
		{ID: "P1", Outcomes: []string{"O1"}},
		{ID: "P2"},                           // serves nothing
		{ID: "P3", Outcomes: []string{"O8"}}, // broken outcome link
	}
	p.Areas[1].Outcomes = []plan.Outcome{{ID: "O4", Aspirations: []string{"A3"}}}
	p.Areas[1].Provision = []plan.Provision{{ID: "P4", Outcomes: []string{"O1"}}} // elsewhere, serves O1

	m := buildThreadModel(p, "employment")
	type node struct {
		id, note string
		state    nodeState
	}
	want := [3][]node{
		{{"A1", "", nodeLinked}, {"A2", "not linked", nodeUnlinked}, {"A3", "served in Independent living", nodeLinked},
			{"A4", "", nodeLinked}, {"A9", "missing", nodeBroken}},
		{{"O1", "", nodeLinked}, {"O2", "no provision", nodeUnlinked}, {"O3", "not linked", nodeUnlinked}, {"O8", "missing", nodeBroken}},
		{{"P1", "", nodeLinked}, {"P2", "not linked", nodeUnlinked}, {"P3", "", nodeLinked}, {"P4", "", nodeLinked}},
	}
	for c := range 3 {
		if len(m.Cols[c]) != len(want[c]) {
			t.Fatalf("column %d = %+v, want %+v", c, m.Cols[c], want[c])
		}
		for i, w := range want[c] {
			got := m.Cols[c][i]
			if got.ID != w.id || got.Note != w.note || got.State != w.state {
				t.Errorf("column %d box %d = %s %q %v, want %s %q %v", c, i, got.ID, got.Note, got.State, w.id, w.note, w.state)
			}
		}
	}
	edges := map[string]bool{}
	for _, e := range m.Edges {
		edges[m.Cols[e.Col][e.From].ID+">"+m.Cols[e.Col+1][e.To].ID] = e.Broken
	}
	wantEdges := map[string]bool{"A1>O1": false, "A4>O1": false, "A9>O2": true, "O1>P1": false, "O8>P3": true, "O1>P4": false}
	if len(edges) != len(wantEdges) {
		t.Errorf("edges = %v, want %v", edges, wantEdges)
	}
	for k, broken := range wantEdges {
		if b, ok := edges[k]; !ok || b != broken {
			t.Errorf("edge %s: present %v broken %v, want broken %v", k, ok, b, broken)
		}
	}
}

// The thread map on screen redraws when a link is ticked.
func TestThreadMapRedrawsOnLinkChange(t *testing.T) {
	p := plan.New("Zara Test")
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: "employment", Text: "I want to work."}}
	p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1", Text: "I will get to work on time."}}
	h := newHarness(t, p, Options{})
	h.e.ShowPage("area:employment")
	h.e.setMap("employment", true)
	if h.e.tmap == nil || len(h.e.tmap.model.Edges) != 0 {
		t.Fatal("want a thread map with no lines")
	}
	tm := h.e.tmap
	p.Areas[0].Outcomes[0].Aspirations = []string{"A1"}
	h.e.changed(linkChange)
	if len(tm.model.Edges) != 1 || tm.model.Cols[colAspirations][0].State != nodeLinked {
		t.Fatalf("after linking: edges %v, A1 %+v", tm.model.Edges, tm.model.Cols[colAspirations][0])
	}
	// GoTo from the map opens the form again.
	h.e.GoTo(check.Finding{Where: plan.MustLoc("areas[0].outcomes[0].by")})
	if h.e.tmap != nil || h.w.Canvas().Focused() != h.e.Field("areas[0].outcomes[0].by") {
		t.Fatal("GoTo should switch the area back to its form and focus the field")
	}
}

func TestWrapText(t *testing.T) {
	text := "I will make a hot drink independently four days out of five by the end of Year 11 with no prompts at all"
	lines := wrapText(text, 120, 14, 3)
	if len(lines) != 3 {
		t.Fatalf("lines = %q, want 3", lines)
	}
	if last := []rune(lines[2]); last[len(last)-1] != '…' {
		t.Errorf("last line %q should end with an ellipsis", lines[2])
	}
	if got := wrapText("Short.", 120, 14, 3); len(got) != 1 || got[0] != "Short." {
		t.Errorf("wrapText(short) = %q", got)
	}
}
