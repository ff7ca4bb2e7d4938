package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// filledStore is a store with a bit of everything: imported plans (some
// issued), saves, an amendment, a setting, a deletion.
func filledStore(t *testing.T, s *Store) {
	t.Helper()
	ps := caseloadPlans(t, 30)
	if err := s.Import(ps, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	ps[0].Person.Communication = "Uses a communication book"
	mustSave(t, s, ps[0], "Sam Okoro")
	if _, err := s.StartAmendment(ps[1].ID, "Sam Okoro"); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSetting("insight.themes", []byte(`{"merge":["a","b"]}`), "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSetting("empty", []byte{}, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ps[3].ID, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
}

func openSQLiteTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestCopyRoundTripIsExact copies a plans file to the other backend (a
// team server in the PostgreSQL pass) and back to a new file: every table
// is the same, byte for byte, and so is everything the store reads.
func TestCopyRoundTripIsExact(t *testing.T) {
	src := openSQLiteTemp(t)
	useClock(src, time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC))
	filledStore(t, src)
	mid := openTemp(t)
	back := openSQLiteTemp(t)

	first, err := src.CopyTo(mid)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mid.CopyTo(back); err != nil {
		t.Fatal(err)
	}
	for i, tc := range first {
		if tc.Added != tc.Rows || tc.Rows == 0 {
			t.Errorf("%s: added %d of %d rows", tc.Table, tc.Added, tc.Rows)
		}
		for _, s := range []*Store{mid, back} {
			rows, err := readTable(s.db, copyTables[i])
			if err != nil {
				t.Fatal(err)
			}
			if sum := tableChecksum(rows); sum != tc.Checksum {
				t.Errorf("%s in %s: checksum %s, want %s", tc.Table, s.Path(), sum, tc.Checksum)
			}
		}
	}
	assertSameCaseload(t, src, back)
	assertSameCaseload(t, src, mid)

	// Again: nothing changes.
	again, err := src.CopyTo(mid)
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range again {
		if tc.Added != 0 || tc.Checksum != first[i].Checksum {
			t.Errorf("second copy of %s: added %d, checksum changed %v", tc.Table, tc.Added, tc.Checksum != first[i].Checksum)
		}
	}
	// New change-log rows number on after the copied ones.
	mustSave(t, mid, person("After Copy", ""), "Priya Shah")
}

func TestCopyRefusesATargetWithOtherPlans(t *testing.T) {
	src := openSQLiteTemp(t)
	filledStore(t, src)
	target := openTemp(t)
	other := person("Tomás Byrne", "Tomás")
	mustSave(t, target, other, "Sam Okoro")
	_, err := src.CopyTo(target)
	if !errors.Is(err, ErrTargetDiffers) {
		t.Fatalf("copy into a caseload with other plans: %v, want ErrTargetDiffers", err)
	}
	if n, _ := target.Count(); n != 1 {
		t.Errorf("target holds %d plans after the refused copy, want its 1", n)
	}
}

// assertSameCaseload compares what the store's methods return.
func assertSameCaseload(t *testing.T, a, b *Store) {
	t.Helper()
	la, err1 := a.List(Filter{})
	lb, err2 := b.List(Filter{})
	if err1 != nil || err2 != nil || !reflect.DeepEqual(la, lb) {
		t.Fatalf("List differs (%v, %v)", err1, err2)
	}
	for _, sum := range la {
		pa, ra, _ := a.LoadRevision(sum.ID)
		pb, rb, err := b.LoadRevision(sum.ID)
		if err != nil || ra != rb || !reflect.DeepEqual(pa, pb) {
			t.Errorf("plan %s differs (revision %d/%d, %v)", sum.ID, ra, rb, err)
		}
		va, _ := a.Versions(sum.ID)
		vb, _ := b.Versions(sum.ID)
		if !reflect.DeepEqual(va, vb) {
			t.Errorf("versions of %s differ", sum.ID)
		}
	}
	ca, _ := a.Changes("", 0)
	cb, _ := b.Changes("", 0)
	if !reflect.DeepEqual(ca, cb) || len(ca) == 0 {
		t.Errorf("change logs differ (%d, %d rows)", len(ca), len(cb))
	}
	for _, key := range []string{"insight.themes", "empty"} {
		va, oka, _ := a.Setting(key)
		vb, okb, _ := b.Setting(key)
		if oka != okb || string(va) != string(vb) {
			t.Errorf("setting %s differs", key)
		}
	}
}
