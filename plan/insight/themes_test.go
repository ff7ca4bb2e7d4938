package insight

import (
	"errors"
	"slices"
	"testing"

	"ehcplan/plan"
)

var reviewDay = plan.Date{Year: 2026, Month: 6, Day: 10}

// plantedPlans: six young people; three planted themes (travelling on
// their own, friends at lunch, more work experience) said in different
// words, and one statement alone. Cara's "Travelling independently to my
// work placement" joins the work theme: "work" is said by more.
func plantedPlans() []*plan.Plan {
	return []*plan.Plan{
		newPerson("Ava Stone", 10, "Riverside Academy", reviewDay,
			view("young_person", "future", "I want to travel to college on my own."),
			view("family", "not_working", "Ava has no friends to sit with at lunch."),
		),
		newPerson("Ben Hale", 11, "Riverside Academy", reviewDay,
			view("young_person", "future", "Ben would like to take the bus by himself."),
			view("education", "not_working", "Lunchtimes are hard: he eats alone without friends."),
		),
		newPerson("Cara Moss", 12, "Northbridge College", reviewDay,
			view("young_person", "future", "Travelling independently to my work placement."),
			view("young_person", "future", "More work experience in a shop."),
		),
		newPerson("Dev Rao", 9, "Riverside Academy", reviewDay,
			view("family", "future", "Dev needs more work experience before Year 11 ends."),
			view("young_person", "working", "I like my art lessons with Mr Grey."),
		),
		newPerson("Eli Ford", 13, "Northbridge College", reviewDay,
			view("other", "future", "Work experience with animals."),
			view("young_person", "not_working", "Friends are busy at lunch so I'm on my own."),
		),
		newPerson("Fay Lund", 10, "Riverside Academy", plan.Date{}),
	}
}

func TestGroupFindsPlantedThemes(t *testing.T) {
	r := Compute(plantedPlans(), Scope{}, today, nil)
	var got []string
	for _, th := range r.Themes {
		got = append(got, themeSummary(th))
	}
	want := []string{
		"working art, grey (1)",
		"not_working friends, lunch (3)",
		"future work, experience (3)",
		"future travel (2)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("themes:\n got %q\nwant %q", got, want)
	}
	if r.YoungPeople != 6 || r.Reviewed != 5 {
		t.Errorf("young people %d reviewed %d, want 6 and 5", r.YoungPeople, r.Reviewed)
	}
}

func TestThemeChoicesSurviveANewReview(t *testing.T) {
	plans := plantedPlans()
	ch := &Choices{}
	r := Compute(plans, Scope{}, today, ch)
	travel := themeByWord(t, r.Themes, "travel")
	work := themeByWord(t, r.Themes, "work")
	ch.Rename(travel.Key, "I want to travel to college on my own")
	if err := ch.Merge(work.Key, travel.Key); err != nil {
		t.Fatal(err)
	}
	if err := ch.Merge(travel.Key, work.Key); !errors.Is(err, ErrMergeSelf) {
		t.Errorf("merging back: %v, want ErrMergeSelf", err)
	}
	saved, err := ParseChoices(ch.JSON())
	if err != nil {
		t.Fatal(err)
	}
	// A new review arrives for the young person with none, in new words.
	plans[5].Reviews = append(plans[5].Reviews, plan.Review{Date: today.AddDays(-3), Views: []plan.View{
		view("young_person", "future", "Travel by train to the city on my own"),
	}})
	r = Compute(plans, Scope{}, today, saved)
	named := themeByLabel(t, r.Themes, "I want to travel to college on my own")
	if named.YoungPeople != 6 || len(named.Statements) != 7 || !named.Named {
		t.Errorf("named theme: %d young people, %d statements, want 6 and 7: %+v", named.YoungPeople, len(named.Statements), named)
	}
	if !slices.Contains(named.Merged, work.Key) {
		t.Errorf("named theme does not list the merged %s: %v", work.Key, named.Merged)
	}
}

func TestSplitAndMove(t *testing.T) {
	plans := plantedPlans()
	ch := &Choices{}
	r := Compute(plans, Scope{}, today, ch)
	work := themeByWord(t, r.Themes, "work")
	var animals Statement
	for _, st := range work.Statements {
		if st.Text == "Work experience with animals." {
			animals = st
		}
	}
	key := ch.Split("future", []string{animals.Key}, "I want to work with animals")
	r = Compute(plans, Scope{}, today, ch)
	split := themeByLabel(t, r.Themes, "I want to work with animals")
	if split.Key != key || len(split.Statements) != 1 {
		t.Errorf("split theme %+v", split)
	}
	ch.Move(animals.Key, work.Key)
	r = Compute(plans, Scope{}, today, ch)
	if n := len(themeByWord(t, r.Themes, "work").Statements); n != 4 {
		t.Errorf("moved back: work theme has %d statements, want 4", n)
	}
}

func themeByWord(t *testing.T, themes []Theme, word string) Theme {
	t.Helper()
	for _, th := range themes {
		if len(th.Words) > 0 && th.Words[0].Word == word {
			return th
		}
	}
	t.Fatalf("no theme led by %q", word)
	return Theme{}
}

func themeByLabel(t *testing.T, themes []Theme, label string) Theme {
	t.Helper()
	for _, th := range themes {
		if th.Label == label {
			return th
		}
	}
	t.Fatalf("no theme %q", label)
	return Theme{}
}
