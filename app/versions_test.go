package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// The words of the outcome that each version of the test plan changes.
const (
	outcomeV1 = "I will travel to school by bus with an adult."
	outcomeV2 = "I will travel to college by bus on my own."
)

// issuedTwice stores a plan issued as version 1 and, amended, as version
// 2: its first outcome reworded, an outcome added, a provision taken out.
// It returns both versions.
func (h *harness) issuedTwice() (v1, v2 *plan.Plan) {
	h.t.Helper()
	v1 = check.IssueCandidate(readyToIssue(h.t), testToday)
	area := firstAreaWithProvision(h.t, v1)
	v1.Areas[area].Outcomes[0].Text = outcomeV1
	if err := h.st.IssueVersion(v1, "test"); err != nil {
		h.t.Fatal(err)
	}
	draft, err := h.st.StartAmendment(v1.ID, "test")
	if err != nil {
		h.t.Fatal(err)
	}
	v2 = amend(draft, area)
	v2.Status = plan.StatusFinal
	if err := h.st.IssueVersion(v2, "test"); err != nil {
		h.t.Fatal(err)
	}
	return v1, v2
}

// amend makes the test's changes to a draft in area.
func amend(p *plan.Plan, area int) *plan.Plan {
	ar := &p.Areas[area]
	ar.Outcomes[0].Text = outcomeV2
	ar.Outcomes = append(ar.Outcomes, plan.Outcome{ID: "O90", Text: "I will buy my lunch in the canteen.", By: "July 2027"})
	ar.Provision = ar.Provision[:len(ar.Provision)-1]
	return p
}

func firstAreaWithProvision(t *testing.T, p *plan.Plan) int {
	t.Helper()
	for i, a := range p.Areas {
		if len(a.Outcomes) > 0 && len(a.Provision) > 1 {
			return i
		}
	}
	t.Fatal("the made-up plan has no area with outcomes and two pieces of provision")
	return -1
}

// markedWords are the words the comparison on screen shows struck through
// in red (removed) and underlined in green (added), leaving out the
// legend that explains the marks.
func markedWords(o fyne.CanvasObject) (removed, added []string) {
	for _, r := range find[*widget.RichText](o) {
		if strings.HasPrefix(r.String(), "Changed words:") {
			continue
		}
		for _, s := range r.Segments {
			ts, ok := s.(*widget.TextSegment)
			if !ok || strings.TrimSpace(ts.Text) == "" {
				continue
			}
			st := ts.Style
			switch {
			case st.TextStyle.Strikethrough && st.ColorName == theme.ColorNameError:
				removed = append(removed, ts.Text)
			case st.TextStyle.Underline && st.ColorName == theme.ColorNameSuccess:
				added = append(added, ts.Text)
			}
		}
	}
	return removed, added
}

// selectVersions picks the earlier and later versions in the page's
// "Compare two versions" lists.
func (h *harness) selectVersions(earlier, later string) {
	h.t.Helper()
	sels := find[*widget.Select](h.a.plan.ed.Content())
	if len(sels) != 2 {
		h.t.Fatalf("the Versions page has %d lists, want the two of Compare two versions", len(sels))
	}
	for i, want := range []string{earlier, later} {
		if !slices.Contains(sels[i].Options, want) {
			h.t.Fatalf("list %d offers %q, not %q", i+1, sels[i].Options, want)
		}
		sels[i].SetSelected(want)
	}
	h.drain()
}

// openFromCaseload opens name's plan by choosing its row in the caseload,
// as a caseworker does.
func (h *harness) openFromCaseload(name string) {
	h.t.Helper()
	h.a.showCaseload()
	h.settle()
	for i, r := range h.a.caseload.rows {
		if r.Name == name {
			h.a.caseload.list.Select(i)
			h.drain()
			return
		}
	}
	h.t.Fatalf("the caseload does not list %s: %q", name, h.rowNames())
}

func TestVersionsCompareTwoIssuedVersions(t *testing.T) {
	h := newHarness(t, setup{})
	v1, v2 := h.issuedTwice()
	h.openFromCaseload(v1.Person.Name)
	if h.a.plan == nil || h.a.plan.plan().ID != v1.ID {
		t.Fatal("choosing the row did not open the plan")
	}
	h.goToPage("Versions")
	issued := ", issued " + testToday.Long()
	// Chosen the wrong way round on purpose: the earlier still goes left.
	h.selectVersions("Version 2"+issued, "Version 1"+issued)
	h.tapButton(h.a.plan.ed.Content(), "Compare")
	page := h.a.plan.ed.Content()
	text := allText(page)
	area := v2.Areas[firstAreaWithProvision(t, v1)]
	gone := v1.Areas[firstAreaWithProvision(t, v1)].Provision[len(area.Provision)]
	for _, want := range []string{
		"Comparing versions of " + v1.Person.Name + "’s plan",
		"3 changes: 1 added, 1 removed, 1 changed",
		"Before: Version 1" + issued, "After: Version 2" + issued,
		"Section E – Outcomes (2 changes)", "Section F – Special educational provision (1 change)",
		"Changed", "Outcome " + area.Outcomes[0].ID,
		"Added", "Outcome O90", "I will buy my lunch in the canteen.",
		"Removed", "Provision " + gone.ID, "Taken out in this version",
		"No changes in the details, or in Sections A, B, C and D.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the comparison does not say %q:\n%s", want, text)
		}
	}
	removed, added := markedWords(page)
	if want := []string{"school", "with an adult"}; !slices.Equal(removed, want) {
		t.Errorf("words struck through %q, want %q", removed, want)
	}
	if want := []string{"college", "on my own"}; !slices.Equal(added, want) {
		t.Errorf("words underlined %q, want %q", added, want)
	}
	h.tapButton(page, "Back to the versions")
	if text := allText(h.a.plan.ed.Content()); !strings.Contains(text, "Compare two versions") || strings.Contains(text, "Comparing versions") {
		t.Errorf("Back did not return to the list:\n%s", text)
	}
}

func TestVersionsCompareDraftWithLastIssued(t *testing.T) {
	h := newHarness(t, setup{})
	v1 := check.IssueCandidate(readyToIssue(t), testToday)
	area := firstAreaWithProvision(t, v1)
	v1.Areas[area].Outcomes[0].Text = outcomeV1
	if err := h.st.IssueVersion(v1, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(v1.ID)
	h.goToPage("Versions")
	if strings.Contains(allText(h.a.plan.ed.Content()), "Compare with last issued") {
		t.Error("a final plan offers to compare its draft, which it does not have")
	}
	h.a.plan.startAmendment()
	// The caseworker rewords the outcome in the editor; the comparison shows
	// the words as typed, saved or not.
	h.goToPage(v1.Areas[area].Title)
	path := fmt.Sprintf("areas[%d].outcomes[0].text", area)
	field[*widget.Entry](h, path).SetText(outcomeV2)
	h.drain()
	h.goToPage("Versions")
	h.tapButton(h.a.plan.ed.Content(), "Compare with last issued")
	page := h.a.plan.ed.Content()
	text := allText(page)
	for _, want := range []string{
		"Before: Version 1, issued " + testToday.Long(), "After: Working draft (version 2, not issued)",
		"1 change: 1 changed", "Outcome " + v1.Areas[area].Outcomes[0].ID + " in " + v1.Areas[area].Title,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the comparison does not say %q:\n%s", want, text)
		}
	}
	removed, added := markedWords(page)
	if !slices.Equal(removed, []string{"school", "with an adult"}) || !slices.Equal(added, []string{"college", "on my own"}) {
		t.Errorf("marked words: removed %q, added %q", removed, added)
	}
}

func TestVersionsCompareIdenticalVersionsSaysNoChanges(t *testing.T) {
	h := newHarness(t, setup{})
	v1 := check.IssueCandidate(readyToIssue(t), testToday)
	if err := h.st.IssueVersion(v1, "test"); err != nil {
		t.Fatal(err)
	}
	v2, err := h.st.StartAmendment(v1.ID, "test")
	if err != nil {
		t.Fatal(err)
	}
	v2.Status = plan.StatusFinal // issued again with nothing changed
	if err := h.st.IssueVersion(v2, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(v1.ID)
	h.goToPage("Versions")
	issued := ", issued " + testToday.Long()
	h.selectVersions("Version 1"+issued, "Version 2"+issued)
	h.tapButton(h.a.plan.ed.Content(), "Compare")
	page := h.a.plan.ed.Content()
	text := allText(page)
	if !strings.Contains(text, "No changes") || !strings.Contains(text, "The two versions say the same thing in every section.") {
		t.Errorf("identical versions:\n%s", text)
	}
	if r, a := markedWords(page); len(r)+len(a) > 0 {
		t.Errorf("identical versions have marked words: %q %q", r, a)
	}
}

// A plan with one version and no draft has nothing to compare.
func TestVersionsOfferNoComparisonWithOneVersion(t *testing.T) {
	h := newHarness(t, setup{})
	v1 := check.IssueCandidate(readyToIssue(t), testToday)
	if err := h.st.IssueVersion(v1, "test"); err != nil {
		t.Fatal(err)
	}
	h.a.openPlan(v1.ID)
	h.goToPage("Versions")
	if text := allText(h.a.plan.ed.Content()); strings.Contains(text, "Compare") {
		t.Errorf("one final version offers a comparison:\n%s", text)
	}
}
