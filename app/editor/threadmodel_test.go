package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"

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
	emp.Needs = []plan.Need{{ID: "N1", Text: "Needs help with travel."}, {ID: "N2"}} // N2 met by no outcome
	p.Areas[1].Needs = []plan.Need{{ID: "N3", Text: "Needs help cooking."}}
	emp.Outcomes = []plan.Outcome{
		{ID: "O1", Aspirations: []string{"A1", "A4"}, Needs: []string{"N1", "N3", "N7"}}, // linked both ways
		{ID: "O2", Aspirations: []string{"A9"}},                                          // broken aspiration link, no provision
		{ID: "O3"},                                                                       // nothing at all
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
	want := [mapCols][]node{
		{{"A1", "", nodeLinked}, {"A2", "not linked", nodeUnlinked}, {"A3", "served in Independent living", nodeLinked},
			{"A4", "", nodeLinked}, {"A9", "missing", nodeBroken}},
		{{"N1", "", nodeLinked}, {"N2", "no outcome", nodeUnlinked}, {"N3", "", nodeLinked}, {"N7", "missing", nodeBroken}},
		{{"O1", "", nodeLinked}, {"O2", "no provision", nodeUnlinked}, {"O3", "not linked", nodeUnlinked}, {"O8", "missing", nodeBroken}},
		{{"P1", "", nodeLinked}, {"P2", "not linked", nodeUnlinked}, {"P3", "", nodeLinked}, {"P4", "", nodeLinked}},
	}
	for c := range mapCols {
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
		edges[m.Cols[e.FromCol][e.From].ID+">"+m.Cols[e.ToCol][e.To].ID] = e.Broken
	}
	// O1 meets needs, so its aspirations join those needs (the thread
	// aspiration > need > outcome); O2 meets none, so A9 joins it directly.
	wantEdges := map[string]bool{"A9>O2": true, "O1>P1": false, "O8>P3": true, "O1>P4": false,
		"A1>N1": false, "A1>N3": false, "A1>N7": true, "A4>N1": false, "A4>N3": false, "A4>N7": true,
		"N1>O1": false, "N3>O1": false, "N7>O1": true}
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

// Clicking a box in the thread map opens that item in the form; a box
// standing for a missing item opens nothing.
func TestThreadMapBoxesOpenTheirItem(t *testing.T) {
	cases := []struct {
		col, row  int
		wantFocus string // "" for no change
	}{
		{colAspirations, 0, "section_a.aspirations[0].text"},
		{colNeeds, 0, "areas[0].needs[0].text"},
		{colOutcomes, 0, "areas[0].outcomes[0].text"},
		{colProvision, 0, "areas[0].provision[0].text"},
		{colNeeds, 1, ""}, // N9 does not exist
	}
	for _, c := range cases {
		p := plan.New("Zara Test")
		p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: "employment", Text: "I want to work."}}
		p.Areas[0].Needs = []plan.Need{{ID: "N1", Text: "Needs help with travel."}}
		p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1", Text: "I will travel alone.", Aspirations: []string{"A1"}, Needs: []string{"N1", "N9"}}}
		p.Areas[0].Provision = []plan.Provision{{ID: "P1", Text: "Travel training.", Outcomes: []string{"O1"}}}
		h := newHarness(t, p, Options{})
		h.e.ShowPage("area:employment")
		h.e.setMap("employment", true)
		tm := h.e.tmap
		box := tm.r.boxes[c.col][c.row].rect
		test.TapAt(tm, box.Position().AddXY(5, 5))
		if c.wantFocus == "" {
			if h.e.tmap == nil {
				t.Errorf("clicking the missing %s closed the map", tm.model.Cols[c.col][c.row].ID)
			}
			continue
		}
		if h.e.tmap != nil || h.w.Canvas().Focused() != h.e.Field(c.wantFocus) {
			t.Errorf("clicking %s: map open %v, focused %T; want the form with %s focused",
				tm.model.Cols[c.col][c.row].ID, h.e.tmap != nil, h.w.Canvas().Focused(), c.wantFocus)
		}
	}
}
