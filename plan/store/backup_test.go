package store

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestBackupIfDueDailyKeepsSeven(t *testing.T) {
	sqliteOnly(t)
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

// A backup is written with a small page cache on its own connection; the
// connection goes back to the pool with the usual cache size.
func TestBackupRestoresCacheSize(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	s.db.SetMaxOpenConns(1) // the backup's connection is the one asked below
	mustSave(t, s, bigPlan(12), "Priya Shah")
	path, err := s.BackupIfDue(time.Date(2026, 3, 1, 8, 30, 0, 0, time.Local))
	if err != nil || path == "" {
		t.Fatalf("BackupIfDue = %q, %v", path, err)
	}
	var size int
	if err := s.db.QueryRow("PRAGMA cache_size").Scan(&size); err != nil {
		t.Fatal(err)
	}
	if size != -cacheKiB {
		t.Errorf("cache_size after a backup = %d, want %d", size, -cacheKiB)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatalf("open the backup: %v", err)
	}
	defer b.Close()
	if n, err := b.Count(); err != nil || n != 1 {
		t.Errorf("backup holds %d plans (%v), want 1", n, err)
	}
}
