package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"ehcplan/plan"
)

func TestDeleteExportsThenRemoves(t *testing.T) {
	s := openTemp(t)
	c := useClock(s, time.Date(2026, 3, 2, 14, 5, 9, 0, time.Local))
	p := issuedPlan(t, s) // Jordan Ellis, with an issued version
	other := person("Amira Haddad", "")
	mustSave(t, s, other, "Priya Shah")

	if err := s.Delete("3c0d8a52", "Priya Shah"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete with part of an ID: %v, want ErrNotFound", err)
	}
	c.advance(time.Minute)
	if err := s.Delete(p.ID, "Sam Okoro"); err != nil {
		t.Fatal(err)
	}
	export := filepath.Join(s.dir(), "deleted", "Ellis-Jordan-"+p.ID+"-20260302-140609.json")
	data, err := os.ReadFile(export)
	if err != nil {
		t.Fatalf("no final export: %v", err)
	}
	assertMode(t, export, 0o600)
	if back, err := plan.Decode(data); err != nil || !reflect.DeepEqual(back, p) {
		t.Errorf("final export does not import as the deleted plan: %v", err)
	}
	if _, err := s.Load(p.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Load after Delete: %v, want ErrNotFound", err)
	}
	if vs, _ := s.Versions(p.ID); len(vs) != 0 {
		t.Errorf("versions left after Delete: %+v", vs)
	}
	log, _ := s.Changes(p.ID, 0)
	if len(log) != 1 || log[0].What != "deleted" || log[0].Name != "Jordan Ellis" || log[0].By != "Sam Okoro" {
		t.Errorf("log after Delete = %+v, want one 'deleted' row", log)
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("Count after Delete = %d, want 1 (the other plan)", n)
	}
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("integrity after Delete: %v %v", problems, err)
	}
}

func TestDeleteTwiceInOneSecondKeepsBothExports(t *testing.T) {
	s := openTemp(t)
	useClock(s, time.Date(2026, 3, 2, 14, 5, 9, 0, time.Local))
	p := person("Leo Nowak", "")
	for range 2 {
		mustSave(t, s, p, "Priya Shah")
		if err := s.Delete(p.ID, "Priya Shah"); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(s.dir(), "deleted", "Nowak-Leo-*.json"))
	if len(files) != 2 {
		t.Errorf("exports %q, want 2", files)
	}
}

func TestOpenPurgesOldDeletedExports(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	path := s.Path()
	s.Close()
	dir := filepath.Join(filepath.Dir(path), "deleted")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	ages := map[string]time.Duration{
		"Old-Plan-1.json":      31 * 24 * time.Hour,
		"Recent-Plan-2.json":   29 * 24 * time.Hour,
		"Today-Plan-3.json":    0,
		"notes-by-someone.txt": 90 * 24 * time.Hour,
	}
	for name, age := range ages {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(-age)
		if err := os.Chtimes(file, when, when); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for name, age := range ages {
		_, err := os.Stat(filepath.Join(dir, name))
		gone := os.IsNotExist(err)
		if want := age > 30*24*time.Hour && filepath.Ext(name) == ".json"; gone != want {
			t.Errorf("%s (age %v): gone = %v, want %v", name, age, gone, want)
		}
	}
}
