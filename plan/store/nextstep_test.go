package store

import (
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// cyclePlans are plans at every point of the review cycle: the demo
// caseload (reviews held, reports sent or not, decisions to maintain and
// amend), the fixtures, and hand-made ones with a planned meeting, a late
// decision, a decision to cease and an undated review.
func cyclePlans(t *testing.T, today plan.Date) []*plan.Plan {
	t.Helper()
	ps := append(demo.Plans(200, 7, today), fixtures(t)...)
	planned := person("Ada Hollis", "")
	planned.Status = plan.StatusFinal
	planned.Person.DateOfBirth = plan.MustDate("2015-05-01")
	planned.Dates.Issued = today.AddDays(-300)
	planned.Reviews = []plan.Review{
		{Date: today.AddDays(30), Invited: today.AddDays(-1)},
		{}, // undated: counts for nothing
	}
	late := person("Ben Carrow", "")
	late.Status = plan.StatusFinal
	late.Dates.Issued = today.AddDays(-500)
	late.Reviews = []plan.Review{{Date: today.AddDays(-60), ReportSent: today.AddDays(-50),
		Decision: "amend", DecisionDate: today.AddDays(-20)}}
	ceasing := person("Cara Dunn", "")
	ceasing.Status = plan.StatusFinal
	ceasing.Dates.Issued = today.AddDays(-400)
	ceasing.Reviews = []plan.Review{{Date: today.AddDays(-10), Decision: "cease", DecisionDate: today.AddDays(-3)}}
	return append(ps, planned, late, ceasing)
}

// Summary.NextStep must give the step plan.NextStep gives from the whole
// plan, on days before, during and after each plan's reviews.
func TestSummaryNextStepMatchesPlan(t *testing.T) {
	saved := plan.MustDate("2026-03-10")
	s := openTemp(t)
	plans := cyclePlans(t, saved)
	if err := s.Import(plans, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	rows, err := s.List(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Summary{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	for _, today := range []plan.Date{saved.AddDays(-400), saved.AddDays(-30), saved, saved.AddDays(1),
		saved.AddDays(29), saved.AddDays(31), saved.AddDays(200), plan.MustDate("2028-02-29")} {
		for _, p := range plans {
			want, wantOK := plan.NextStep(p, today)
			got, gotOK := byID[p.ID].NextStep(today)
			if got != want || gotOK != wantOK {
				t.Errorf("%s on %s: summary gives %+v %v, plan gives %+v %v", p.Person.Name, today, got, gotOK, want, wantOK)
			}
			if got, want := byID[p.ID].Steps(today), plan.Steps(p, today); !slices.Equal(got, want) {
				t.Errorf("%s on %s: summary's steps %+v, plan's %+v", p.Person.Name, today, got, want)
			}
		}
	}
}

// A file saved before the listing carried the review cycle (schema 4) is
// packed again when opened, so its caseload shows the right next step at
// once rather than failing to list or counting from the wrong review.
func TestOldListingsPackedAgainOnOpen(t *testing.T) {
	sqliteOnly(t) // a file's schema; a team server's schema starts whole
	today := plan.MustDate("2026-03-10")
	path := filepath.Join(t.TempDir(), "plans.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	plans := cyclePlans(t, today)
	if err := s.Import(plans, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	downgradeListings(t, path)

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.List(Filter{})
	if err != nil {
		t.Fatalf("list an older file: %v", err)
	}
	if len(rows) != len(plans) {
		t.Fatalf("listed %d plans, want %d", len(rows), len(plans))
	}
	byID := map[string]Summary{}
	for _, r := range rows {
		byID[r.ID] = r
	}
	for _, p := range plans {
		want, wantOK := plan.NextStep(p, today)
		if got, ok := byID[p.ID].NextStep(today); got != want || ok != wantOK {
			t.Errorf("%s: after opening an older file the step is %+v %v, want %+v %v", p.Person.Name, got, ok, want, wantOK)
		}
	}
}

// downgradeListings cuts every listing back to its first twelve fields and
// sets the schema to 4, as the app before the review cycle left its files.
func downgradeListings(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT id, listing FROM plans`)
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]string{}
	for rows.Next() {
		var id, listing string
		if err := rows.Scan(&id, &listing); err != nil {
			t.Fatal(err)
		}
		old[id] = strings.Join(strings.Split(listing, sep)[:12], sep)
	}
	rows.Close()
	for id, listing := range old {
		if _, err := db.Exec(`UPDATE plans SET listing = ? WHERE id = ?`, listing, id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`PRAGMA user_version = 4`); err != nil {
		t.Fatal(err)
	}
}
