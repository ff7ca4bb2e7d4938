package store

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestBackupIfDueDailyKeepsSeven(t *testing.T) {
	s := openTemp(t)
	p := person("Jordan Ellis", "Jordan")
	mustSave(t, s, p, "Priya Shah")
	day := time.Date(2026, 3, 1, 8, 30, 0, 0, time.Local)
	for i := range 10 {
		now := day.AddDate(0, 0, i)
		got, err := s.BackupIfDue(now)
		if err != nil {
			t.Fatal(err)
		}
		want := filepath.Join(s.dir(), "backups", "plans-"+now.Format("2006-01-02")+".db")
		if got != want {
			t.Errorf("day %d: backup %q, want %q", i, got, want)
		}
		assertMode(t, got, 0o600)
		again, err := s.BackupIfDue(now.Add(6 * time.Hour))
		if err != nil || again != "" {
			t.Errorf("day %d: second backup the same day = %q, %v; want none", i, again, err)
		}
	}
	all, err := Backups(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := 9; i >= 3; i-- {
		want = append(want, filepath.Join(s.dir(), "backups", "plans-"+day.AddDate(0, 0, i).Format("2006-01-02")+".db"))
	}
	if !reflect.DeepEqual(all, want) {
		t.Errorf("Backups =\n%q\nwant\n%q", all, want)
	}
	// A backup is a whole, working store.
	b, err := Open(all[0])
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if got := mustLoad(t, b, p.ID); got.Person.Name != "Jordan Ellis" {
		t.Errorf("backup holds %q", got.Person.Name)
	}
}

func TestBackupsNoneYet(t *testing.T) {
	s := openTemp(t)
	if all, err := Backups(s.Path()); err != nil || len(all) != 0 {
		t.Errorf("Backups of a new store = %q, %v", all, err)
	}
}
