package plan

import (
	"slices"
	"testing"
)

func jordan(t *testing.T) *Plan {
	return readFixture(t, "../testdata/jordan-y10-final.json")
}

func TestNewIDIsFreshAndNeverReused(t *testing.T) {
	p := jordan(t)
	cases := map[Kind]string{KindAspiration: "A5", KindNeed: "N5", KindAim: "L3", KindOutcome: "O5", KindProvision: "P4"}
	for k, want := range cases {
		if got := p.NewID(k); got != want {
			t.Errorf("NewID(%s) = %s, want %s", k.Noun(), got, want)
		}
	}
	if err := p.DeleteItem("O4"); err != nil {
		t.Fatal(err)
	}
	if got := p.NewID(KindOutcome); got != "O4" {
		// O4 was the highest, so it is free again; lower deleted numbers are not reused.
		t.Errorf("after deleting the highest, NewID = %s, want O4", got)
	}
	if err := p.DeleteItem("O1"); err != nil {
		t.Fatal(err)
	}
	if got := p.NewID(KindOutcome); got != "O4" {
		t.Errorf("after deleting O1, NewID = %s, want O4 (O1 must not be reused while O3 exists)", got)
	}
}

func TestDeleteItemRemovesEveryLink(t *testing.T) {
	cases := []struct {
		id   string
		kind Kind
	}{
		{"A1", KindAspiration}, {"N2", KindNeed}, {"L1", KindAim}, {"O1", KindOutcome}, {"P2", KindProvision},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			p := jordan(t)
			p.PersonalBudget.Provision = []string{"P2", "P1"}
			if err := p.DeleteItem(c.id); err != nil {
				t.Fatal(err)
			}
			if _, still := p.Index()[c.id]; still {
				t.Errorf("%s still exists", c.id)
			}
			p.Links(func(l *string) {
				if *l == c.id {
					t.Errorf("a link to %s remains", c.id)
				}
			})
			for _, r := range p.Reviews {
				for _, g := range r.Progress {
					if g.Outcome == c.id {
						t.Errorf("review progress for %s remains", c.id)
					}
				}
			}
		})
	}
}

func TestDeleteKeepsOtherLinks(t *testing.T) {
	p := jordan(t)
	if err := p.DeleteItem("N1"); err != nil {
		t.Fatal(err)
	}
	o1 := p.Areas[0].Outcomes[0]
	if !slices.Equal(o1.Needs, []string{"N2"}) || !slices.Equal(o1.Aspirations, []string{"A1"}) || o1.Aim != "L1" {
		t.Errorf("O1 links changed too much: %+v", o1)
	}
	if err := p.DeleteItem("N99"); err == nil {
		t.Error("deleting an unknown ID should fail")
	}
}

func TestRenameIDUpdatesLinks(t *testing.T) {
	p := jordan(t)
	if err := p.RenameID("O1", "O10"); err != nil {
		t.Fatal(err)
	}
	if p.Areas[0].Outcomes[0].ID != "O10" {
		t.Error("outcome not renamed")
	}
	if !slices.Equal(p.Areas[0].Provision[0].Outcomes, []string{"O10"}) || p.Reviews[0].Progress[0].Outcome != "O10" {
		t.Error("links not renamed")
	}
	for _, bad := range []string{"O2", "", " "} {
		if err := p.RenameID("O10", bad); err == nil {
			t.Errorf("rename to %q should fail", bad)
		}
	}
}

func TestItemsPathsAndOrder(t *testing.T) {
	p := jordan(t)
	items := p.Items()
	if items[0].ID != "A1" || items[0].Path != "section_a.aspirations[0]" {
		t.Errorf("first item = %+v", items[0])
	}
	ref := p.Index()["P3"]
	if ref.Path != "areas[1].provision[0]" || ref.Kind != KindProvision || ref.Area != 1 {
		t.Errorf("P3 ref = %+v", ref)
	}
}

func TestNewPlanHasDefaults(t *testing.T) {
	p := New("Zoë Test")
	if len(p.SectionA.Headings) != 4 || len(p.Areas) != 4 || p.Status != StatusDraft || p.Version != 1 || p.ID == "" {
		t.Fatalf("New = %+v", p)
	}
	p.SectionA.Headings[0].Text = "changed"
	if DefaultHeadings[0].Text != "" {
		t.Error("New shares the default headings slice")
	}
	out, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(out); err != nil {
		t.Errorf("a new plan does not re-import: %v", err)
	}
	c := p.Clone()
	c.Areas[0].Title = "x"
	if p.Areas[0].Title == "x" {
		t.Error("Clone is shallow")
	}
}

// TestNewIDAfterTheLargestNumber: an item renamed to the largest number an
// int holds must not make NewID wrap round and give out the same ID twice
// (found by FuzzEditedPlanRoundTrips: the export then failed to import).
func TestNewIDAfterTheLargestNumber(t *testing.T) {
	p := New("Test Child")
	ar := &p.Areas[0]
	ar.Outcomes = append(ar.Outcomes, Outcome{ID: p.NewID(KindOutcome)})
	if err := p.RenameID("O1", "O9223372036854775807"); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{"O9223372036854775807": true}
	for range 3 {
		id := p.NewID(KindOutcome)
		if seen[id] {
			t.Fatalf("NewID gave %s twice", id)
		}
		seen[id] = true
		ar.Outcomes = append(ar.Outcomes, Outcome{ID: id})
	}
	if _, err := Decode(mustEncode(t, p)); err != nil {
		t.Errorf("export does not import again: %v", err)
	}
}

func mustEncode(t *testing.T, p *Plan) []byte {
	t.Helper()
	out, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
