package plan

import (
	"strings"
	"testing"
)

// Every value of every closed list has a word of its own: none falls back
// to its raw value, and no two values share a word.
func TestEveryValueHasAWord(t *testing.T) {
	lists := map[string][]string{}
	add := func(name string, vals []string, word func(string) string) {
		seen := map[string]string{}
		for _, v := range vals {
			w := word(v)
			if w == "" || (w == v && v != "") || w != strings.TrimSpace(w) {
				t.Errorf("%s %q has no word (got %q)", name, v, w)
			}
			if other, dup := seen[w]; dup && !(name == "arrangement" && (v == "" || other == "")) {
				t.Errorf("%s %q and %q share the word %q", name, other, v, w)
			}
			seen[w] = v
		}
		lists[name] = vals
	}
	add("status", Status("").allowed(), func(v string) string { return StatusWord(Status(v)) })
	add("progress", ProgressStatus("").allowed(), func(v string) string { return ProgressWord(ProgressStatus(v)) })
	add("recommendation", Recommendation("").allowed(), func(v string) string { return RecommendationWord(Recommendation(v)) })
	add("arrangement", Arrangement("").allowed(), func(v string) string { return ArrangementWord(Arrangement(v)) })
	add("destination", DestinationKind("").allowed(), func(v string) string { return DestinationWord(DestinationKind(v)) })
	add("speaker", Speaker("").allowed(), func(v string) string { return SpeakerWord(Speaker(v)) })
	add("view kind", ViewKind("").allowed(), func(v string) string { return ViewKindWord(ViewKind(v)) })
	add("section", StatutorySections, SectionWord)
	itemSections := append(append(NeedSection("").allowed(), "E"), ProvisionSection("").allowed()...)
	add("section entry", itemSections, SectionItemWord)
	var areas []string
	for _, a := range DefaultAreas {
		areas = append(areas, a.Key)
	}
	add("area", areas, AreaWord)
	for name, vals := range lists {
		if len(vals) < 3 {
			t.Errorf("%s: only %d values", name, len(vals))
		}
	}
}

// The words the screen and the PDF once disagreed on.
func TestWordsFamiliesUnderstand(t *testing.T) {
	tests := []struct{ got, want string }{
		{ProgressWord("not_yet"), "No progress yet"},
		{DestinationWord("employment"), "Paid work"},
		{DestinationWord(""), "Not recorded"},
		{RecommendationWord(""), "Not decided"},
		{ArrangementWord(""), "No personal budget"},
		{ArrangementExplained(ArrangementDirectPayment), "Direct payment (the money is paid to the family or young person)"},
		{AreaWord(AreaHealth), "Good health"},
		{SectionWord("C"), "Health needs related to special educational needs"},
		{Lower(SectionWord("D")), "social care needs"},
		{StatusWord("later"), "later"}, // a value from a later version is shown as written
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestValueLists(t *testing.T) {
	if r := Recommendations(); len(r) != 4 || r[3] != "" || r[0] != "maintain" {
		t.Errorf("Recommendations() = %q", r)
	}
	if a := Arrangements(); len(a) != 5 || a[0] != ArrangementNone {
		t.Errorf("Arrangements() = %q", a)
	}
	if d := Destinations(); len(d) != len(DestinationKinds)+1 || d[0] != "" {
		t.Errorf("Destinations() = %q", d)
	}
}
