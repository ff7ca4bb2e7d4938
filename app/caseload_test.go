package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

func TestCaseloadShowsImportedPlans(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	h.a.caseload.sortBy.SetSelectedIndex(sortName)
	h.settle()
	want := []string{"Jordan Ellis", "Amira Haddad", "Leo Nowak"} // by surname
	if got := h.rowNames(); !slices.Equal(got, want) {
		t.Fatalf("rows = %q, want %q", got, want)
	}
	shown := allText(h.a.caseload.list)
	for _, name := range want {
		if !strings.Contains(shown, name) {
			t.Errorf("the list does not show %s; it shows:\n%s", name, shown)
		}
	}
	if s := h.a.caseload.summary.Text; !strings.HasPrefix(s, "3 plans") {
		t.Errorf("summary = %q, want it to start with 3 plans", s)
	}
}

func TestSearchAsYouType(t *testing.T) {
	h := newHarness(t, setup{fixtures: true, plans: []string{"Zoë Okafor"}})
	h.settle()
	tests := []struct {
		typed string
		want  []string
	}{
		{"zoe", []string{"Zoë Okafor"}},
		{"jordan", []string{"Jordan Ellis"}},
		{"ELLIS", []string{"Jordan Ellis"}},
		{"nobody", nil},
		{"", []string{"Jordan Ellis", "Amira Haddad", "Leo Nowak", "Zoë Okafor"}},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			search := h.a.caseload.search
			search.SetText("")
			test.Type(search, tt.typed)
			h.settle()
			got := h.rowNames()
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("search %q shows %q, want %q", tt.typed, got, want)
			}
			empty := h.a.caseload.empty
			if (len(want) == 0) == empty.Hidden {
				t.Errorf("search %q: empty message hidden=%v (%q)", tt.typed, empty.Hidden, empty.Text)
			}
		})
	}
}

func TestFilterByStatus(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	tests := []struct {
		show string
		want []string
	}{
		{"Drafts", []string{"Leo Nowak"}},
		{"Final plans", []string{"Jordan Ellis", "Amira Haddad"}},
		{"Ceased plans", nil},
		{"All plans", []string{"Jordan Ellis", "Amira Haddad", "Leo Nowak"}},
	}
	for _, tt := range tests {
		h.a.caseload.show.SetSelected(tt.show)
		h.settle()
		got, want := h.rowNames(), slices.Clone(tt.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("show %q: rows %q, want %q", tt.show, got, want)
		}
	}
}

func TestMarksAreWordsNotJustColour(t *testing.T) {
	h := newHarness(t, setup{})
	overdue := plan.New("Olu Overdue")
	overdue.Status = plan.StatusFinal
	overdue.Dates.NextReview = testToday.AddDays(-1)
	late := plan.New("Lara Late")
	late.Dates.Request = testToday.AddDays(-7 * 19)
	fine := plan.New("Finn Fine")
	fine.Status = plan.StatusCeased
	for _, p := range []*plan.Plan{overdue, late, fine} {
		if err := h.st.Save(p, "test"); err != nil {
			t.Fatal(err)
		}
	}
	h.a.caseload.reload()
	h.settle()
	tests := []struct {
		name  string
		words []string
	}{
		{"Olu Overdue", []string{"Review overdue", "problem"}},
		{"Lara Late", []string{"Draft past 18 weeks", "problem"}},
		{"Finn Fine", nil},
	}
	for _, tt := range tests {
		row := h.rowShowing(tt.name)
		marks := row.cells.marks
		for _, w := range tt.words {
			if !strings.Contains(marks.Text, w) {
				t.Errorf("%s: marks %q lack %q", tt.name, marks.Text, w)
			}
		}
		urgent := marks.Importance == widget.DangerImportance
		if urgent != (len(tt.words) > 0) || (urgent && row.cells.icon.Resource == nil) {
			t.Errorf("%s: danger colour %v, icon %v, for marks %q", tt.name, urgent, row.cells.icon.Resource, marks.Text)
		}
	}
	if s := h.a.caseload.summary.Text; !strings.Contains(s, "1 review overdue") || !strings.Contains(s, "1 draft past 18 weeks") {
		t.Errorf("summary %q does not count the overdue review and the late draft", s)
	}
}

// rowShowing is the visible list row that shows name.
func (h *harness) rowShowing(name string) *rowObject {
	h.t.Helper()
	for _, r := range find[*rowObject](h.a.caseload.list) {
		if r.cells.name.Text == name && r.Visible() {
			return r
		}
	}
	h.t.Fatalf("no visible row shows %s", name)
	return nil
}
