package conflict

import (
	"reflect"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
)

func twoVersions() (base, mine, theirs *plan.Plan) {
	base = plan.New("Ngozi Okafor")
	base.Areas[0].Outcomes = []plan.Outcome{{ID: "O1", Text: "Ngozi will read a short story aloud."},
		{ID: "O2", Text: "Ngozi will ask for help when stuck."}}
	mine, theirs = base.Clone(), base.Clone()
	mine.Person.PreferredName = "Ngo"
	mine.Areas[0].Outcomes[0].Text = "Ngozi will read a short story aloud to a friend."
	theirs.Person.Setting = "Riverside Academy"
	theirs.Areas[0].Outcomes[1].Text = "Ngozi will ask an adult for help when stuck."
	theirs.Areas[0].Outcomes = append(theirs.Areas[0].Outcomes, plan.Outcome{ID: "O3", Text: "Ngozi will pack her own bag."})
	return base, mine, theirs
}

func TestFieldsAreThePartsThatDiffer(t *testing.T) {
	_, mine, theirs := twoVersions()
	fields, err := Fields(mine, theirs)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, f := range fields {
		labels = append(labels, f.Label)
	}
	want := map[string]bool{}
	for _, f := range fields {
		want[f.Label] = true
	}
	for _, l := range []string{"Person › Preferred name", "Person › Setting"} {
		if !want[l] {
			t.Errorf("no field %q in %q", l, labels)
		}
	}
	outcomes := 0
	for _, f := range fields {
		if len(f.Path) > 0 && f.Path[len(f.Path)-1] == "id=O3" && f.Mine == "" {
			outcomes++
		}
	}
	if outcomes != 1 {
		t.Errorf("the outcome only they added is not one field of its own: %q", labels)
	}
}

func TestMergeTakesEachChoice(t *testing.T) {
	_, mine, theirs := twoVersions()
	fields, _ := Fields(mine, theirs)
	take := make([]bool, len(fields))
	for i, f := range fields {
		// Theirs for everything they changed that I did not: setting and outcomes 2 and 3.
		take[i] = f.Label == "Person › Setting" || f.Mine == "" ||
			f.Theirs == "Ngozi will ask an adult for help when stuck."
	}
	got, err := Merge(mine, theirs, fields, take)
	if err != nil {
		t.Fatal(err)
	}
	if got.Person.PreferredName != "Ngo" || got.Person.Setting != "Riverside Academy" {
		t.Errorf("person: %q, %q", got.Person.PreferredName, got.Person.Setting)
	}
	o := got.Areas[0].Outcomes
	if len(o) != 3 || o[0].Text != mine.Areas[0].Outcomes[0].Text || o[1].Text != theirs.Areas[0].Outcomes[1].Text || o[2].ID != "O3" {
		t.Errorf("outcomes = %+v", o)
	}
	if same, _ := Merge(mine, theirs, fields, nil); !reflect.DeepEqual(same, mine) {
		t.Error("keeping everything of mine changed the plan")
	}
}

func TestChooserSavesTheChoicesMade(t *testing.T) {
	a := test.NewTempApp(t)
	win := a.NewWindow("conflict")
	win.Resize(fyne.NewSize(1000, 700))
	_, mine, theirs := twoVersions()
	var got *plan.Plan
	called := false
	c, err := Show(win, mine, theirs, "Sam Okoro", time.Date(2026, 3, 2, 10, 42, 0, 0, time.UTC), func(p *plan.Plan) {
		called, got = true, p
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range c.Fields {
		if f.Label == "Person › Setting" {
			c.Choices[i].SetSelected(takeTheirs)
		}
	}
	c.Save()
	if !called || got == nil {
		t.Fatal("Save did not hand back a plan")
	}
	if got.Person.Setting != "Riverside Academy" || got.Person.PreferredName != "Ngo" || len(got.Areas[0].Outcomes) != 2 {
		t.Errorf("merged: setting %q, preferred %q, %d outcomes", got.Person.Setting, got.Person.PreferredName, len(got.Areas[0].Outcomes))
	}

	c, _ = Show(win, mine, theirs, "Sam Okoro", time.Now(), func(p *plan.Plan) { called, got = true, p })
	c.Later()
	if got != nil {
		t.Error("Decide later handed back a plan")
	}
}

func TestItemsWithoutIDsAreComparedPlaceByPlace(t *testing.T) {
	base := plan.New("Dylan Fernández")
	base.Advice = []plan.Advice{{Title: "Parent's views", Role: "Parent"}, {Title: "School advice", Role: "SENCo"}}
	mine, theirs := base.Clone(), base.Clone()
	mine.Advice[0].Role = "Parent and carer"
	theirs.Advice[0].Title = "Parent's views from Dylan's mum"
	fields, err := Fields(mine, theirs)
	if err != nil {
		t.Fatal(err)
	}
	if len(fields) != 2 || fields[0].Label != "Advice 1 › Role" || fields[1].Label != "Advice 1 › Title" {
		t.Fatalf("fields = %+v", fields)
	}
	got, err := Merge(mine, theirs, fields, []bool{false, true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Advice[0].Role != "Parent and carer" || got.Advice[0].Title != theirs.Advice[0].Title || got.Advice[1] != base.Advice[1] {
		t.Errorf("merged advice = %+v", got.Advice)
	}
}
