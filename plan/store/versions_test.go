package store

import (
	"errors"
	"reflect"
	"testing"

	"ehcplan/plan"
)

func issuedPlan(t *testing.T, s *Store) *plan.Plan {
	t.Helper()
	p := fixtures(t)[1].Clone() // Jordan Ellis, final, version 3
	if err := s.IssueVersion(p, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestIssueVersion(t *testing.T) {
	s := openTemp(t)
	p := issuedPlan(t, s)
	if err := s.IssueVersion(p, "Priya Shah"); err != nil {
		t.Errorf("issuing the same content again: %v", err)
	}
	changed := p.Clone()
	changed.SectionA.FamilyViews = "Mum would like more help with travel."
	if err := s.IssueVersion(changed, "Priya Shah"); !errors.Is(err, ErrVersionIssued) {
		t.Errorf("issuing changed content as the same version: %v, want ErrVersionIssued", err)
	}
	got, err := s.LoadVersion(p.ID, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Error("issued version changed after a refused re-issue")
	}
	vs, err := s.Versions(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := VersionInfo{Version: p.Version, Status: p.Status, Issued: p.Dates.Issued, By: "Priya Shah"}
	if len(vs) != 1 {
		t.Fatalf("Versions = %+v, want one", vs)
	}
	vs[0].StoredAt = want.StoredAt
	if vs[0] != want {
		t.Errorf("Versions[0] = %+v, want %+v", vs[0], want)
	}
}

func TestIssuedVersionsImmutableInSQL(t *testing.T) {
	s := openTemp(t)
	p := issuedPlan(t, s)
	statements := []string{
		`UPDATE versions SET body = '{}'`,
		`UPDATE versions SET status = 'draft' WHERE plan_id = '` + p.ID + `'`,
		`DELETE FROM versions`,
		`INSERT OR REPLACE INTO versions SELECT plan_id, version, status, issued, stored_at, who, '{}', sha256 FROM versions`,
		`REPLACE INTO versions SELECT plan_id, version, status, issued, stored_at, who, '{}', sha256 FROM versions`,
	}
	for _, q := range statements {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("%s: succeeded, want refusal", q)
		}
	}
	if got, err := s.LoadVersion(p.ID, p.Version); err != nil || !reflect.DeepEqual(got, p) {
		t.Errorf("issued version after raw SQL: %v", err)
	}
}

func TestStartAmendment(t *testing.T) {
	s := openTemp(t)
	p := issuedPlan(t, s)
	draft, err := s.StartAmendment(p.ID, "Sam Okoro")
	if err != nil {
		t.Fatal(err)
	}
	if draft.Version != p.Version+1 || draft.Status != plan.StatusDraft {
		t.Errorf("amendment is version %d %s, want %d draft", draft.Version, draft.Status, p.Version+1)
	}
	if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got, draft) {
		t.Error("working copy is not the returned amendment")
	}
	again, err := s.StartAmendment(p.ID, "Sam Okoro")
	if err != nil || again.Version != draft.Version {
		t.Errorf("second StartAmendment: version %v, %v; want %d", again, err, draft.Version)
	}
	if old, err := s.LoadVersion(p.ID, p.Version); err != nil || old.Status != plan.StatusFinal {
		t.Errorf("issued version after amendment: %v", err)
	}
	draft.Status = plan.StatusFinal
	draft.Dates.Issued = plan.MustDate("2026-02-10")
	if err := s.IssueVersion(draft, "Sam Okoro"); err != nil {
		t.Fatal(err)
	}
	vs, _ := s.Versions(p.ID)
	if len(vs) != 2 || vs[0].Version != p.Version || vs[1].Version != draft.Version || vs[1].By != "Sam Okoro" {
		t.Errorf("Versions after amending = %+v", vs)
	}
}

func TestStartAmendmentNeedsIssuedVersion(t *testing.T) {
	s := openTemp(t)
	p := person("Leo Nowak", "Leo")
	mustSave(t, s, p, "Priya Shah")
	if _, err := s.StartAmendment(p.ID, "Priya Shah"); !errors.Is(err, ErrNothingIssued) {
		t.Errorf("amending a never-issued plan: %v, want ErrNothingIssued", err)
	}
	if _, err := s.StartAmendment("no-such-plan", "Priya Shah"); !errors.Is(err, ErrNotFound) {
		t.Errorf("amending a missing plan: %v, want ErrNotFound", err)
	}
}
