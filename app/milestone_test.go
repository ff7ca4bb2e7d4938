package app

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"
)

// The start-up milestones that --timing reports come once each, in order:
// rows first, then the end of the first checker pass; later queries and
// checks do not repeat them.
func TestMilestonesOnceInOrder(t *testing.T) {
	var got []Milestone
	h := newHarness(t, setup{fixtures: true, onMilestone: func(m Milestone) { got = append(got, m) }})
	h.settle()
	want := []Milestone{MilestoneRows, MilestoneChecked}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("milestones after start = %v, want %v", got, want)
	}
	if len(h.a.caseload.rows) == 0 {
		t.Fatal("no rows when the rows milestone was told")
	}
	test.Type(h.a.caseload.search, "a")
	h.settle()
	h.a.caseload.reload()
	h.settle()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("milestones after more queries = %v, want still %v", got, want)
	}
}
