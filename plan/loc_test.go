package plan

import "testing"

// Every kind of place the checker and the editor name: built with At and
// its methods, written as a path, and read back to the same place.
func TestLocRoundTrip(t *testing.T) {
	tests := []struct {
		loc  Loc
		path string
	}{
		{At("section_a").In("headings", 2).Dot("text"), "section_a.headings[2].text"},
		{At("section_a").In("aspirations", NoIndex), "section_a.aspirations"},
		{At("section_a").In("aspirations", 3), "section_a.aspirations[3]"},
		{At("section_a").Dot("family_views"), "section_a.family_views"},
		{At("section_notes").Dot("H1"), "section_notes.H1"},
		{At("placement").Dot("name"), "placement.name"},
		{At("advice"), "advice"},
		{At("advice").Index(1).Dot("role"), "advice[1].role"},
		{At("personal_budget").Dot("provision"), "personal_budget.provision"},
		{At("personal_budget").Dot("amount_gbp"), "personal_budget.amount_gbp"},
		{At("personal_budget").Dot("provision").Nth(0), "personal_budget.provision[0]"},
		{At("dates").Dot("next_review"), "dates.next_review"},
		{At("person").Dot("date_of_birth"), "person.date_of_birth"},
		{At("person").Dot("year_group"), "person.year_group"},
		{At("areas"), "areas"},
		{AreaAt(3), "areas[3]"},
		{AreaAt(0).Dot("note"), "areas[0].note"},
		{AreaAt(1).In("needs", NoIndex), "areas[1].needs"},
		{AreaAt(2).In("needs", 0), "areas[2].needs[0]"},
		{AreaAt(2).In("needs", 0).Dot("category"), "areas[2].needs[0].category"},
		{AreaAt(1).In("outcomes", 0).Dot("by"), "areas[1].outcomes[0].by"},
		{AreaAt(0).In("outcomes", 0).Dot("aspirations").Nth(11), "areas[0].outcomes[0].aspirations[11]"},
		{AreaAt(0).In("outcomes", 0).Dot("aim"), "areas[0].outcomes[0].aim"},
		{AreaAt(10).In("provision", 4).Dot("how_often"), "areas[10].provision[4].how_often"},
		{At("reviews").Index(0).In("progress", 1).Dot("outcome"), "reviews[0].progress[1].outcome"},
		{At("reviews").Index(2).Dot("date"), "reviews[2].date"},
		{At("caseworker"), "caseworker"},
	}
	for _, tt := range tests {
		if got := tt.loc.String(); got != tt.path {
			t.Errorf("%+v is %q, want %q", tt.loc, got, tt.path)
		}
		back, ok := ParseLoc(tt.path)
		if !ok || back != tt.loc {
			t.Errorf("ParseLoc(%q) = %+v %v, want %+v", tt.path, back, ok, tt.loc)
		}
		text, _ := tt.loc.MarshalText()
		var un Loc
		if err := un.UnmarshalText(text); err != nil || un != tt.loc {
			t.Errorf("text round trip of %q: %+v %v", tt.path, un, err)
		}
	}
}

func TestParseLocRefusesOtherShapes(t *testing.T) {
	for _, path := range []string{"", ".", "areas[", "areas[x]", "areas[-1]", "areas[01]", "areas[1]x",
		"a.b.c.d", "areas[0].outcomes[0].by.extra", "[0]", "areas[0]..by"} {
		if l, ok := ParseLoc(path); ok {
			t.Errorf("ParseLoc(%q) = %+v, want no place", path, l)
		}
	}
}

func TestLocParent(t *testing.T) {
	want := []string{"areas[1].outcomes[0].needs[2]", "areas[1].outcomes[0].needs", "areas[1].outcomes[0]",
		"areas[1].outcomes", "areas[1]", "areas", ""}
	l := MustLoc(want[0])
	for _, w := range want {
		if l.String() != w {
			t.Fatalf("parent chain: got %q, want %q", l, w)
		}
		l = l.Parent()
	}
	if got := MustLoc("section_notes.H1").Parent().String(); got != "section_notes" {
		t.Errorf("parent of section_notes.H1 is %q", got)
	}
}

func TestLocArea(t *testing.T) {
	if ai, ok := MustLoc("areas[2].needs[0]").Area(); !ok || ai != 2 {
		t.Errorf("areas[2].needs[0] is in area %d %v", ai, ok)
	}
	for _, path := range []string{"areas", "advice[2].date", "section_a.aspirations[1]"} {
		if _, ok := MustLoc(path).Area(); ok {
			t.Errorf("%s is not in an area", path)
		}
	}
}

func TestItemRefLocs(t *testing.T) {
	p := New("Zara Test")
	p.SectionA.Aspirations = []Aspiration{{ID: "A1"}}
	p.Areas[1].Outcomes = []Outcome{{ID: "O1"}, {ID: "O2"}}
	p.Areas[3].Provision = []Provision{{ID: "P1"}}
	want := map[string]string{"A1": "section_a.aspirations[0]", "O2": "areas[1].outcomes[1]", "P1": "areas[3].provision[0]"}
	for _, r := range p.Items() {
		if w, ok := want[r.ID]; ok && (r.Path != w || r.Loc().String() != w) {
			t.Errorf("%s is at %q / %q, want %q", r.ID, r.Path, r.Loc(), w)
		}
	}
}
