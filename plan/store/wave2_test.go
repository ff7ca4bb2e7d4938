package store

import (
	"reflect"
	"testing"

	"ehcplan/plan"
)

// The stored body is read back strictly: every key the format gained in
// wave 2 must survive a save and a load unchanged.
func TestWave2KeysSurviveSaveAndLoad(t *testing.T) {
	s := openTemp(t)
	p := plan.New("Tomasz Wójcik")
	yes := true
	p.Person.NHSNumber, p.Person.OwnDecisions = "9434765919", &yes
	p.Person.Contacts = []plan.Contact{{Name: "Ewa Wójcik", Relationship: "mother", ParentalResponsibility: true, Main: true}}
	p.Officer = plan.Officer{Name: "Priya Shah", Role: "SEN caseworker"}
	p.SectionA.History = "I moved here when I was six."
	p.Advice = []plan.Advice{{Title: "Health advice", Role: "GP", Kind: "medical"}}
	p.Reviews = []plan.Review{{Decision: "maintain", Views: []plan.View{{Who: "young_person", Kind: "future", Text: "A job", Top: true}}}}
	if err := s.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got.Person, p.Person) || got.Officer != p.Officer ||
		!reflect.DeepEqual(got.Reviews, p.Reviews) || got.Advice[0].Kind != "medical" || got.SectionA.History != p.SectionA.History {
		t.Errorf("loaded plan differs:\n got %+v\nwant %+v", got, p)
	}
}
