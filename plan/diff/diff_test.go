package diff

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// base is a small plan with one item of every kind.
func base() *plan.Plan {
	p := plan.New("Sam Fictional")
	p.Person.DateOfBirth = plan.MustDate("2012-03-04")
	p.SectionA.Headings[0].Text = "I like trains."
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaEmployment, Text: "I want to work with animals."}}
	emp, home := &p.Areas[0], &p.Areas[1]
	emp.Needs = []plan.Need{{ID: "N1", Section: plan.SectionB, Category: plan.CategoryCognition, Text: "Finds reading hard."}}
	emp.Aims = []plan.Aim{{ID: "L1", Text: "Will work in a vet's.", By: "end of Year 13"}}
	emp.Outcomes = []plan.Outcome{{ID: "O1", Text: "I will read a bus timetable.", By: "2027-07-31", Needs: []string{"N1"}, Aim: "L1"}}
	emp.Provision = []plan.Provision{{ID: "P1", Section: plan.SectionF, Text: "Reading group.", Who: "Teaching assistant",
		HowOften: "daily", Duration: "20 minutes", Outcomes: []string{"O1"}}}
	home.Needs = []plan.Need{{ID: "N2", Section: plan.SectionC, Category: "Asthma", Text: "Needs an inhaler."}}
	p.Placement = plan.Placement{Name: "Northbridge Academy", Type: "mainstream"}
	p.Advice = []plan.Advice{{Title: "Educational psychology advice", Author: "Dr Ada Fictional", Role: "EP", Date: plan.MustDate("2025-01-02")}}
	return p
}

func clone(t testing.TB, p *plan.Plan) *plan.Plan {
	t.Helper()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var c plan.Plan
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

func TestCompareKinds(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *plan.Plan)
		want []Change
	}{
		{"outcome text changed", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Text = "I will read a train timetable." },
			[]Change{{"E", "O1", Changed, "I will read a bus timetable.", "I will read a train timetable.", "text"}}},
		{"outcome added", func(p *plan.Plan) {
			p.Areas[0].Outcomes = append(p.Areas[0].Outcomes, plan.Outcome{ID: "O2", Text: "I will count change.", By: "July 2027"})
		}, []Change{{"E", "O2", Added, "", "I will count change. — by July 2027", ""}}},
		{"provision removed", func(p *plan.Plan) { p.Areas[0].Provision = nil },
			[]Change{{"F", "P1", Removed, "Reading group. — Teaching assistant, daily, 20 minutes", "", ""}}},
		{"provision two fields", func(p *plan.Plan) {
			p.Areas[0].Provision[0].Who, p.Areas[0].Provision[0].HowOften = "Teacher", "weekly"
		},
			[]Change{{"F", "P1", Changed, "who: Teaching assistant; how_often: daily", "who: Teacher; how_often: weekly", "who, how_often"}}},
		{"provision moved to G", func(p *plan.Plan) { p.Areas[0].Provision[0].Section = plan.SectionG },
			[]Change{{"G", "P1", Changed, "F", "G", "section"}}},
		{"need moved to another area", func(p *plan.Plan) {
			p.Areas[2].Needs = p.Areas[0].Needs
			p.Areas[0].Needs = nil
		}, []Change{{"B", "N1", Changed, "Employment and education", base().Areas[2].Title, "area"}}},
		{"health need changed", func(p *plan.Plan) { p.Areas[1].Needs[0].Text = "Needs an inhaler at PE." },
			[]Change{{"C", "N2", Changed, "Needs an inhaler.", "Needs an inhaler at PE.", "text"}}},
		{"aim by changed", func(p *plan.Plan) { p.Areas[0].Aims[0].By = "end of Year 14" },
			[]Change{{"E", "L1", Changed, "end of Year 13", "end of Year 14", "by"}}},
		{"heading text", func(p *plan.Plan) { p.SectionA.Headings[0].Text = "I like buses." },
			[]Change{{"A", base().SectionA.Headings[0].Key, Changed, "I like trains.", "I like buses.", "text"}}},
		{"aspiration renamed is removed and added", func(p *plan.Plan) { p.SectionA.Aspirations[0].ID = "A9" },
			[]Change{
				{"A", "A9", Added, "", "I want to work with animals.", ""},
				{"A", "A1", Removed, "I want to work with animals.", "", ""},
			}},
		{"family views added", func(p *plan.Plan) { p.SectionA.FamilyViews = "We are proud of Sam." },
			[]Change{{"A", "family_views", Added, "", "We are proud of Sam.", "family_views"}}},
		{"placement", func(p *plan.Plan) { p.Placement.Name = "Riverside College" },
			[]Change{{"I", "name", Changed, "Northbridge Academy", "Riverside College", "name"}}},
		{"budget", func(p *plan.Plan) {
			p.PersonalBudget = plan.PersonalBudget{Arrangement: plan.ArrangementDirectPayment, AmountGBP: 1200}
		}, []Change{
			{"J", "arrangement", Changed, "No personal budget", "Direct payment", "arrangement"}, // New plans say "none"
			{"J", "amount_gbp", Added, "", "£1200.00", "amount_gbp"},
		}},
		{"advice date", func(p *plan.Plan) { p.Advice[0].Date = plan.MustDate("2025-02-03") },
			[]Change{{"K", "Educational psychology advice (Dr Ada Fictional)", Changed, "2025-01-02", "2025-02-03", "date"}}},
		{"advice new author is removed and added", func(p *plan.Plan) { p.Advice[0].Author = "Dr Bo Fictional" },
			[]Change{
				{"K", "Educational psychology advice (Dr Bo Fictional)", Added, "", "Educational psychology advice (Dr Bo Fictional), EP, 2025-01-02", ""},
				{"K", "Educational psychology advice (Dr Ada Fictional)", Removed, "Educational psychology advice (Dr Ada Fictional), EP, 2025-01-02", "", ""},
			}},
		{"second advice with the same title and author removed", func(p *plan.Plan) {
			p.Advice = append(p.Advice, p.Advice[0])
		}, []Change{{"K", "Educational psychology advice (Dr Ada Fictional) #2", Added, "",
			"Educational psychology advice (Dr Ada Fictional), EP, 2025-01-02", ""}}},
		{"section note", func(p *plan.Plan) { p.SectionNotes = map[string]string{"F": "Agreed at panel."} },
			[]Change{{"F", "note", Added, "", "Agreed at panel.", "note"}}},
		{"person detail", func(p *plan.Plan) { p.Person.Setting = "Riverside College" },
			// Setting was blank in base, so it is added, not changed.
			[]Change{{SectionDetails, "setting", Added, "", "Riverside College", "setting"}}},
		{"next review date", func(p *plan.Plan) { p.Dates.NextReview = plan.MustDate("2027-01-31") },
			[]Change{{SectionDetails, "next_review", Added, "", "2027-01-31", "next_review"}}},
		{"version and status are not changes", func(p *plan.Plan) { p.Version, p.Status = 7, plan.StatusFinal }, nil},
		{"unicode", func(p *plan.Plan) { p.Areas[0].Outcomes[0].Text = "Je lirai l’horaire du bus — 🚌 ü" },
			[]Change{{"E", "O1", Changed, "I will read a bus timetable.", "Je lirai l’horaire du bus — 🚌 ü", "text"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := base()
			new := clone(t, old)
			tt.edit(new)
			got := Compare(old, new)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Compare:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestCompareIdenticalIsEmpty(t *testing.T) {
	for _, p := range append(fixtures(t), base(), demo.Large("Zara Forty", 10)) {
		if got := Compare(p, clone(t, p)); len(got) != 0 {
			t.Errorf("%s: identical plans differ: %+v", p.ID, got)
		}
	}
}

func TestCompareOrderIsStatutory(t *testing.T) {
	old := base()
	new := clone(t, old)
	new.Advice = nil                                         // K
	new.Areas[0].Provision[0].Text = "Phonics group."        // F
	new.SectionA.Aspirations[0].Text = "I want to be a vet." // A
	new.Person.Name = "Sam Newname"                          // details
	new.Areas[1].Needs[0].Text = "Uses an inhaler."          // C
	var got []string
	for _, c := range Compare(old, new) {
		got = append(got, c.Section)
	}
	if want := []string{SectionDetails, "A", "C", "F", "K"}; !slices.Equal(got, want) {
		t.Errorf("sections %v, want %v", got, want)
	}
}

func fixtures(t testing.TB) []*plan.Plan {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/*.json")
	if err != nil || len(paths) != 3 {
		t.Fatalf("fixtures: %v %v", paths, err)
	}
	var out []*plan.Plan
	for _, path := range paths {
		p, err := plan.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// TestCompareFixtures edits each fixture the way an amendment does (an
// outcome reworded, a provision removed, an outcome added) and checks
// exactly those three changes come back.
func TestCompareFixtures(t *testing.T) {
	for _, old := range fixtures(t) {
		t.Run(old.ID, func(t *testing.T) {
			new := clone(t, old)
			var area *plan.Area
			for i := range new.Areas {
				if len(new.Areas[i].Outcomes) > 0 && len(new.Areas[i].Provision) > 0 {
					area = &new.Areas[i]
					break
				}
			}
			if area == nil {
				t.Skip("no area with outcomes and provision")
			}
			o, pv := area.Outcomes[0], area.Provision[len(area.Provision)-1]
			area.Outcomes[0].Text = o.Text + " with a friend"
			area.Provision = area.Provision[:len(area.Provision)-1]
			area.Outcomes = append(area.Outcomes, plan.Outcome{ID: "O99", Text: "I will catch the bus alone."})
			got := Compare(old, new)
			want := []Change{
				{"E", o.ID, Changed, o.Text, o.Text + " with a friend", "text"},
				{"E", "O99", Added, "", "I will catch the bus alone.", ""},
				{string(pv.Section), pv.ID, Removed, provisionText(pv), "", ""},
			}
			if !slices.Equal(got, want) {
				t.Errorf("Compare:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestChangeJSONShape(t *testing.T) {
	data, err := json.Marshal(Change{"E", "O1", Changed, "a", "b", "text"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"section":"E","item":"O1","change":"changed","old":"a","new":"b"}`; string(data) != want {
		t.Errorf("JSON %s, want %s", data, want)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		old, new string
		want     []Span
	}{
		{"", "", nil},
		{"same words", "same words", []Span{{"same words", Same}}},
		{"I will read a bus timetable.", "I will read a train timetable.",
			[]Span{{"I will read a ", Same}, {"bus", RemovedText}, {"train", AddedText}, {" timetable.", Same}}},
		{"three times a week", "twice a week",
			[]Span{{"three times", RemovedText}, {"twice", AddedText}, {" a week", Same}}},
		{"", "new text", []Span{{"new text", AddedText}}},
		{"old text", "", []Span{{"old text", RemovedText}}},
		{"l’école  👍 ok", "l’école  👎 ok", []Span{{"l’école  ", Same}, {"👍", RemovedText}, {"👎", AddedText}, {" ok", Same}}},
		{"a b c", "a x c d", []Span{{"a ", Same}, {"b", RemovedText}, {"x", AddedText}, {" c", Same}, {" d", AddedText}}},
		// Punctuation is not part of the word it touches: a word that stays
		// is not shown as changed because a full stop became a comma.
		{"a structured programme.", "a structured programme, and a key worker.",
			[]Span{{"a structured programme", Same}, {", and a key worker", AddedText}, {".", Same}}},
		{"I will read a bus timetable.", "I will read a train timetable every day.",
			[]Span{{"I will read a ", Same}, {"bus", RemovedText}, {"train", AddedText}, {" timetable", Same}, {" every day", AddedText}, {".", Same}}},
		{"for 2 minutes", "for 5 minutes", []Span{{"for ", Same}, {"2", RemovedText}, {"5", AddedText}, {" minutes", Same}}},
	}
	for _, tt := range tests {
		got := Words(tt.old, tt.new)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q, %q):\n got %v\nwant %v", tt.old, tt.new, got, tt.want)
		}
		checkJoins(t, tt.old, tt.new, got)
	}
}

// checkJoins: Same+Removed spans give old back, Same+Added give new.
func checkJoins(t *testing.T, old, new string, got []Span) {
	t.Helper()
	var o, n strings.Builder
	for _, s := range got {
		if s.Kind != AddedText {
			o.WriteString(s.Text)
		}
		if s.Kind != RemovedText {
			n.WriteString(s.Text)
		}
	}
	if o.String() != old || n.String() != new {
		t.Errorf("spans do not join back: old %q new %q", o.String(), n.String())
	}
}

// TestWordsLongFallsBack: beyond MaxWordCells the changed middle is one
// removed and one added span, with the common start and end still kept.
func TestWordsLongFallsBack(t *testing.T) {
	old := "Start " + strings.Repeat("alpha beta ", 400) + "end."
	new := "Start " + strings.Repeat("gamma delta ", 400) + "end."
	got := Words(old, new)
	checkJoins(t, old, new, got)
	if len(got) != 4 || got[0].Kind != Same || got[1].Kind != RemovedText || got[2].Kind != AddedText || got[3].Kind != Same {
		kinds := make([]string, len(got))
		for i, s := range got {
			kinds[i] = s.Kind.String()
		}
		t.Errorf("long texts: spans %v, want same, removed, added, same", kinds)
	}
}
