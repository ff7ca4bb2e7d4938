package store

import (
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
)

// caseload is a small fictional caseload, saved in this (unsorted) order.
func caseload(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	rows := []struct {
		name, preferred string
		status          plan.Status
		review          string
	}{
		{"Zoë Adeyemi-Clarke", "Zo", plan.StatusFinal, "2026-05-01"},
		{"Łukasz Nowak", "Luke", plan.StatusDraft, ""},
		{"Siobhán O'Brien", "", plan.StatusFinal, "2026-09-30"},
		{"Ngozi Okafor", "Zizi", plan.StatusCeased, "2026-01-15"},
		{"Nguyễn Văn An", "An", plan.StatusFinal, "2026-04-30"},
		{"Søren Ødegaard", "", plan.StatusDraft, ""},
		{"Jürgen Straßer", "", plan.StatusFinal, "2027-01-01"},
		{"Amira Haddad", "", plan.StatusFinal, "2026-05-02"},
		{"Đorđe Petrović", "Djordje", plan.StatusDraft, ""},
		{"Leo Adams", "", plan.StatusDraft, ""},
	}
	for _, r := range rows {
		p := person(r.name, r.preferred)
		p.Status = r.status
		if r.review != "" {
			p.Dates.NextReview = plan.MustDate(r.review)
		}
		mustSave(t, s, p, "Priya Shah")
	}
	return s
}

func names(t *testing.T, s *Store, f Filter) []string {
	t.Helper()
	list, err := s.List(f)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, sum := range list {
		out = append(out, sum.Name)
	}
	return out
}

func TestListOrderAndFilters(t *testing.T) {
	s := caseload(t)
	cases := []struct {
		name   string
		filter Filter
		want   []string
	}{
		{"all, by surname", Filter{}, []string{
			"Leo Adams", "Zoë Adeyemi-Clarke", "Nguyễn Văn An", "Amira Haddad", "Łukasz Nowak",
			"Siobhán O'Brien", "Søren Ødegaard", "Ngozi Okafor", "Đorđe Petrović", "Jürgen Straßer",
		}},
		{"drafts", Filter{Status: plan.StatusDraft}, []string{
			"Leo Adams", "Łukasz Nowak", "Søren Ødegaard", "Đorđe Petrović",
		}},
		{"due before 2 May 2026", Filter{DueBefore: plan.MustDate("2026-05-02")}, []string{
			"Zoë Adeyemi-Clarke", "Nguyễn Văn An", "Ngozi Okafor",
		}},
		{"final and due", Filter{Status: plan.StatusFinal, DueBefore: plan.MustDate("2026-05-02")}, []string{
			"Zoë Adeyemi-Clarke", "Nguyễn Văn An",
		}},
		{"search and status", Filter{Search: "no", Status: plan.StatusDraft}, []string{"Łukasz Nowak"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := names(t, s, tc.filter); !slices.Equal(got, tc.want) {
				t.Errorf("List(%+v)\n got %q\nwant %q", tc.filter, got, tc.want)
			}
		})
	}
}

func TestListSearch(t *testing.T) {
	s := caseload(t)
	cases := []struct {
		search string
		want   []string
	}{
		{"zoe", []string{"Zoë Adeyemi-Clarke"}},
		{"ZOË", []string{"Zoë Adeyemi-Clarke"}},
		{"adeyemi clarke", []string{"Zoë Adeyemi-Clarke"}},
		{"clarke zo", []string{"Zoë Adeyemi-Clarke"}},
		{"lukasz", []string{"Łukasz Nowak"}},
		{"ŁUKASZ", []string{"Łukasz Nowak"}},
		{"siobhan", []string{"Siobhán O'Brien"}},
		{"obrien", []string{"Siobhán O'Brien"}},
		{"o’brien", []string{"Siobhán O'Brien"}},
		{"ngozi", []string{"Ngozi Okafor"}},
		{"zizi", []string{"Ngozi Okafor"}},
		{"nguyen", []string{"Nguyễn Văn An"}},
		{"van an", []string{"Nguyễn Văn An"}},
		{"soren odegaard", []string{"Søren Ødegaard"}},
		{"strasser", []string{"Jürgen Straßer"}},
		{"jurgen", []string{"Jürgen Straßer"}},
		{"dorde", []string{"Đorđe Petrović"}},
		{"petrovic", []string{"Đorđe Petrović"}},
		{"djordje", []string{"Đorđe Petrović"}},
		{"ng", []string{"Nguyễn Văn An", "Ngozi Okafor"}},
		{"  ", []string{
			"Leo Adams", "Zoë Adeyemi-Clarke", "Nguyễn Văn An", "Amira Haddad", "Łukasz Nowak",
			"Siobhán O'Brien", "Søren Ødegaard", "Ngozi Okafor", "Đorđe Petrović", "Jürgen Straßer",
		}},
		{"%", []string{
			"Leo Adams", "Zoë Adeyemi-Clarke", "Nguyễn Văn An", "Amira Haddad", "Łukasz Nowak",
			"Siobhán O'Brien", "Søren Ødegaard", "Ngozi Okafor", "Đorđe Petrović", "Jürgen Straßer",
		}},
		{"xavier", []string{}},
		{"priya", []string{}}, // the caseworker is not the young person
	}
	for _, tc := range cases {
		t.Run(tc.search, func(t *testing.T) {
			if got := names(t, s, Filter{Search: tc.search}); !slices.Equal(got, tc.want) {
				t.Errorf("search %q\n got %q\nwant %q", tc.search, got, tc.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Zoë":              "zoe",
		"Łukasz":           "lukasz",
		"Siobhán O’Brien":  "siobhan obrien",
		"Straße":           "strasse",
		"Øyvind Æsir":      "oyvind aesir",
		"Nguyễn Văn An":    "nguyen van an",
		"Đặng Thị Hồng":    "dang thi hong",
		"  Mary-Jane  Fox": "mary jane fox",
		"İlkay Şahin":      "ilkay sahin",
		"محمد علي":         "محمد علي",
	}
	for in, want := range cases {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSummaryFields(t *testing.T) {
	s := openTemp(t)
	p := fixtures(t)[1] // Jordan Ellis
	mustSave(t, s, p, "Priya Shah")
	list, err := s.List(Filter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("List = %v, %v", list, err)
	}
	got := list[0]
	if got.ID != p.ID || got.Name != p.Person.Name || got.PreferredName != p.Person.PreferredName ||
		got.DateOfBirth != p.Person.DateOfBirth || got.Setting != p.Person.Setting ||
		got.Status != p.Status || got.Version != p.Version || got.Request != p.Dates.Request ||
		got.Issued != p.Dates.Issued || got.NextReview != p.Dates.NextReview || got.Updated.IsZero() {
		t.Errorf("summary %+v does not match plan", got)
	}
	if got.YearGroup == nil || *got.YearGroup != *p.Person.YearGroup {
		t.Errorf("summary year group %v, want %d", got.YearGroup, *p.Person.YearGroup)
	}
}

func TestSummaryYearGroupOn(t *testing.T) {
	nine := 9
	today := plan.MustDate("2026-01-20")
	cases := []struct {
		name   string
		sum    Summary
		want   int
		wantOK bool
	}{
		{"recorded wins", Summary{YearGroup: &nine, DateOfBirth: plan.MustDate("2010-11-02")}, 9, true},
		{"derived from birth", Summary{DateOfBirth: plan.MustDate("2010-11-02")}, 10, true},
		{"31 August birthday", Summary{DateOfBirth: plan.MustDate("2011-08-31")}, 10, true},
		{"1 September birthday", Summary{DateOfBirth: plan.MustDate("2011-09-01")}, 9, true},
		{"unknown", Summary{}, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.sum.YearGroupOn(today)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("YearGroupOn = %d, %v; want %d, %v", got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestEachInListOrder(t *testing.T) {
	s := caseload(t)
	var got []string
	err := s.Each(func(p *plan.Plan) error {
		got = append(got, p.Person.Name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := names(t, s, Filter{}); !slices.Equal(got, want) {
		t.Errorf("Each order %q, want %q", got, want)
	}
}

func TestListUsesIndexes(t *testing.T) {
	sqliteOnly(t)
	s := caseload(t)
	filters := []Filter{{}, {Status: plan.StatusFinal}, {Search: "zoe"}, {Status: plan.StatusDraft, Search: "no"}}
	for _, f := range filters {
		where, args := f.sql()
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT id FROM plans`+where+` ORDER BY sort_key, id`, args...)
		if err != nil {
			t.Fatal(err)
		}
		var steps []string
		for rows.Next() {
			var id, parent, unused int
			var step string
			if err := rows.Scan(&id, &parent, &unused, &step); err != nil {
				t.Fatal(err)
			}
			steps = append(steps, step)
		}
		rows.Close()
		if slices.ContainsFunc(steps, func(s string) bool { return strings.Contains(s, "TEMP B-TREE") }) {
			t.Errorf("List(%+v) sorts without an index: %q", f, steps)
		}
	}
}
