package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"
)

// holdWrite begins a write transaction on a connection of its own and
// keeps it open (uncommitted) until the test ends.
func holdWrite(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.ExecContext(ctx, "ROLLBACK"); conn.Close() })
	for _, q := range []string{
		"BEGIN IMMEDIATE",
		`INSERT INTO changes (at, plan_id, name, who, what) VALUES (0, 'x', '', 'Other Program', 'writing')`,
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
}

// While another program holds the write lock, opening for reading (and
// opening an up-to-date file at all) and listing work: nothing waits for
// the lock. The busy timeout is short, so waiting would fail as ErrLocked.
func TestOpenWhileAnotherProgramWrites(t *testing.T) {
	sqliteOnly(t)
	shortBusyTimeout(t)
	s := openTemp(t)
	p := person("Amira Haddad", "Amira")
	mustSave(t, s, p, "Priya Shah")
	holdWrite(t, s.Path())

	opens := []struct {
		name string
		open func(string) (*Store, error)
	}{{"OpenReadOnly", OpenReadOnly}, {"Open", Open}}
	for _, o := range opens {
		t.Run(o.name, func(t *testing.T) {
			st, err := o.open(s.Path())
			if err != nil {
				t.Fatalf("%s while another program writes: %v", o.name, err)
			}
			defer st.Close()
			list, err := st.List(Filter{})
			if err != nil || len(list) != 1 || list[0].ID != p.ID {
				t.Fatalf("List = %+v, %v; want the one saved plan", list, err)
			}
			if got := mustLoad(t, st, p.ID); got.Person.Name != p.Person.Name {
				t.Errorf("Load = %q", got.Person.Name)
			}
		})
	}
}

func TestReadOnlyStoreRefusesWrites(t *testing.T) {
	s := openTemp(t)
	p := person("Leo Nowak", "Leo")
	mustSave(t, s, p, "Priya Shah")
	ro, err := OpenReadOnly(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := ro.Save(p, "Priya Shah"); !errors.Is(err, errReadOnly) {
		t.Errorf("Save on a read-only store: %v, want errReadOnly", err)
	}
	if err := ro.Delete(p.ID, "Priya Shah"); err == nil {
		t.Error("Delete on a read-only store succeeded")
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("Count = %d after refused writes, want 1", n)
	}
}

func TestOpenReadOnlyMissingFile(t *testing.T) {
	path := t.TempDir() + "/plans.db"
	if _, err := OpenReadOnly(path); err == nil {
		t.Fatal("OpenReadOnly of a missing file succeeded")
	}
	if exists(path) {
		t.Error("OpenReadOnly created the file")
	}
}

// An up-to-date file is opened without a write transaction: user_version
// is read first. A file of schema 1 is migrated, and its existing bodies
// get checksums.
func TestMigrateFromSchema1(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	p := issuedPlan(t, s)
	path := s.Path()
	s.Close()
	downgradeToSchema1(t, path)

	for _, open := range []func(string) (*Store, error){OpenReadOnly, Open} {
		st, err := open(path)
		if err != nil {
			t.Fatal(err)
		}
		if v := userVersion(t, st.db.DB); v != len(migrations) {
			t.Errorf("user_version = %d, want %d", v, len(migrations))
		}
		if _, err := st.Load(p.ID); err != nil {
			t.Errorf("Load after migration: %v", err)
		}
		if _, err := st.LoadVersion(p.ID, p.Version); err != nil {
			t.Errorf("LoadVersion after migration: %v", err)
		}
		st.Close()
	}
}

// downgradeToSchema1 removes what migrations 2, 3 and 4 added, as an older version of
// the app left its files.
func downgradeToSchema1(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", fileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`DROP TABLE presence`,
		`ALTER TABLE plans DROP COLUMN revision`,
		`DROP TABLE settings`,
		`ALTER TABLE bodies DROP COLUMN sha256`,
		`DROP TRIGGER versions_never_change`,
		`ALTER TABLE versions DROP COLUMN sha256`,
		`CREATE TRIGGER versions_never_change BEFORE UPDATE ON versions
		BEGIN SELECT RAISE(ABORT, 'an issued plan version cannot be changed'); END`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}
