package store

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"ehcplan/plan"
)

// phrase is a distinctive, fictional sentence to look for on disk.
const phrase = "Quillon the marmalade otter hums sea shanties at breakfast"

// filesHolding lists the files under dir whose bytes contain phrase.
func filesHolding(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte(phrase)) {
			found = append(found, filepath.Base(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestDeletedPlanLeavesNoTextInPlansFile(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	mustSave(t, s, bigPlan(6), "Priya Shah") // a neighbour, so pages are shared
	p := person("Kit Marlowe-Finch", "Kit")
	for i := range 5 { // several saves: old copies in free pages and WAL frames
		p.Person.Communication = phrase + " " + string(rune('a'+i))
		p.SectionA.FamilyViews = phrase
		mustSave(t, s, p, "Priya Shah")
	}
	issued := p.Clone()
	issued.Status = plan.StatusFinal
	if err := s.IssueVersion(issued, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	s.checkpoint()
	if len(filesHolding(t, s.dir())) == 0 {
		t.Fatal("the phrase is not on disk before the delete: the test proves nothing")
	}
	if err := s.Delete(p.ID, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(s.deletedDir()) // the 30-day copy is kept on purpose; tested below
	for _, name := range []string{"plans.db", "plans.db-wal"} {
		data, _ := os.ReadFile(filepath.Join(s.dir(), name))
		if bytes.Contains(data, []byte(phrase)) {
			t.Errorf("%s still holds the deleted plan's text", name)
		}
	}
	if found := filesHolding(t, s.dir()); len(found) > 0 {
		t.Errorf("files holding the deleted plan's text: %q", found)
	}
}

// TestDeletedPlanGoneFromEverythingIn30Days: the app is used rarely, so
// there are few backups; 30 days after the deletion the backup made
// before it is removed anyway, as is the copy in deleted/, and the name in
// the change log is blanked. A day before, the copy can still be imported.
func TestDeletedPlanGoneFromEverythingIn30Days(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	start := time.Now() // the deleted copy's file time is the real clock's
	c := useClock(s, start)
	p := person("Kit Marlowe-Finch", "Kit")
	p.Person.Communication = phrase
	mustSave(t, s, p, "Priya Shah")
	if _, err := s.BackupIfDue(c.now()); err != nil {
		t.Fatal(err)
	}
	c.advance(2 * time.Hour)
	if err := s.Delete(p.ID, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	deletedAt := c.now()

	checks := []struct {
		after     time.Duration
		wantFiles []string // holding the phrase
		wantName  string   // in the "deleted" log row
	}{
		{24 * time.Hour, []string{"plans-" + start.Format("2006-01-02") + ".db", "deleted copy"}, p.Person.Name},
		{29 * 24 * time.Hour, []string{"plans-" + start.Format("2006-01-02") + ".db", "deleted copy"}, p.Person.Name},
		{30 * 24 * time.Hour, nil, ""},
	}
	for _, ch := range checks {
		now := deletedAt.Add(ch.after)
		c.t = now
		setDeletedCopyTime(t, s, deletedAt)
		if _, err := s.BackupIfDue(now); err != nil {
			t.Fatal(err)
		}
		got := filesHolding(t, s.dir())
		for i, f := range got {
			if filepath.Ext(f) == ".json" {
				got[i] = "deleted copy"
			}
		}
		if !slices.Equal(got, ch.wantFiles) {
			t.Errorf("%v after the delete: files holding the plan %q, want %q", ch.after, got, ch.wantFiles)
		}
		log, err := s.Changes(p.ID, 0)
		if err != nil || len(log) != 1 || log[0].What != "deleted" || log[0].By != "Priya Shah" {
			t.Fatalf("change log = %+v, %v; want the one deleted row", log, err)
		}
		if log[0].Name != ch.wantName {
			t.Errorf("%v after the delete: the log names %q, want %q", ch.after, log[0].Name, ch.wantName)
		}
	}
}

// setDeletedCopyTime dates the files in deleted/ as if written at t0 by the
// test's clock.
func setDeletedCopyTime(t *testing.T, s *Store, t0 time.Time) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(s.deletedDir(), "*.json"))
	for _, f := range files {
		if err := os.Chtimes(f, t0, t0); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBackupsOlderThan30DaysAreRemoved(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	mustSave(t, s, person("Jordan Ellis", ""), "Priya Shah")
	day := time.Date(2026, 3, 1, 8, 30, 0, 0, time.Local)
	for _, d := range []int{0, 12, 25} { // a rarely used app: three backups
		if _, err := s.BackupIfDue(day.AddDate(0, 0, d)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.BackupIfDue(day.AddDate(0, 0, 40)); err != nil {
		t.Fatal(err)
	}
	all, _ := Backups(s.Path())
	var got []string
	for _, b := range all {
		got = append(got, filepath.Base(b))
	}
	want := []string{"plans-2026-04-10.db", "plans-2026-03-26.db", "plans-2026-03-13.db"}
	if !slices.Equal(got, want) {
		t.Errorf("backups on day 40 = %q, want %q (day 0 is 30 days old or more)", got, want)
	}
}
