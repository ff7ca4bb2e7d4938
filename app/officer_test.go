package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// The Issue dialog asks who signs the plan, starting from the caseworker's
// own name and role; the issued version records the officer, and the next
// Issue dialog starts with what was typed.
func TestIssuingRecordsTheOfficerWhoSignsThePlan(t *testing.T) {
	h := newHarness(t, setup{})
	h.fa.Preferences().SetString(prefCaseworker, "Priya Shah")
	h.fa.Preferences().SetString(prefRole, "SEN caseworker")
	h.settle()
	h.tapButton(h.a.caseload.content, "New plan")
	form := h.overlay()
	test.Type(find[*widget.Entry](form)[0], "Sam Taylor")
	h.tapButton(form, "Create plan")
	id := h.a.plan.plan().ID
	h.writeReadyPlan()

	h.tapButton(h.a.plan.content, "Issue final plan")
	d := h.overlay()
	boxes := find[*widget.Entry](d)
	if len(boxes) < 6 {
		t.Fatalf("the issue dialog has %d boxes, want Section I and the sign-off:\n%s", len(boxes), allText(d))
	}
	name, role, signed := boxes[3], boxes[4], boxes[5]
	if name.Text != "Priya Shah" || role.Text != "SEN caseworker" || signed.Text != "02/03/2026" {
		t.Errorf("the sign-off starts as %q, %q, %q; want the caseworker's name and role, signed today", name.Text, role.Text, signed.Text)
	}
	test.Type(boxes[0], "Riverside Academy")
	test.Type(boxes[1], "Mainstream academy, secondary")
	role.SetText("")
	test.Type(role, "SEN team manager")
	signed.SetText("")
	test.Type(signed, "27/02/2026")
	h.drain()
	h.tapButton(d, "Issue final plan")

	got, err := h.st.LoadVersion(id, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := plan.Officer{Name: "Priya Shah", Role: "SEN team manager", Signed: plan.MustDate("2026-02-27")}
	if got.Officer != want {
		t.Errorf("issued officer = %+v, want %+v", got.Officer, want)
	}

	next := h.a.newOfficerForm()
	if next.name.Text != "Priya Shah" || next.role.Text != "SEN team manager" || next.signed.Text != "02/03/2026" {
		t.Errorf("the next sign-off starts as %q, %q, %q; want what was typed, signed today", next.name.Text, next.role.Text, next.signed.Text)
	}
}
