package store

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Tests of what only a team server does; they run in the PostgreSQL pass.

func TestPGIssuedVersionsImmutable(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	p := issuedPlan(t, s)
	for _, q := range []string{
		`UPDATE versions SET body = '\x7b7d'`,
		`UPDATE versions SET status = 'draft' WHERE plan_id = '` + p.ID + `'`,
		`DELETE FROM versions`,
		`TRUNCATE versions`,
		`INSERT INTO versions SELECT plan_id, version, status, issued, stored_at, who, '\x7b7d', sha256 FROM versions
			ON CONFLICT (plan_id, version) DO UPDATE SET body = excluded.body`,
	} {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("%s: succeeded, want refusal", q)
		}
	}
	if got, err := s.LoadVersion(p.ID, p.Version); err != nil || !reflect.DeepEqual(got, p) {
		t.Errorf("issued version after raw SQL: %v", err)
	}
}

func TestPGSchemaVersionRecordedAndNewerRefused(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	if v, err := pgSchemaVersion(s.db); err != nil || v != len(pgMigrations) {
		t.Fatalf("schema_version = %d, %v; want %d", v, err, len(pgMigrations))
	}
	addr := s.Path()
	again, err := Open(addr) // up to date: opens without migrating
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	if _, err := s.db.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		_, err := open(addr)
		if !errors.Is(err, ErrNewerSchema) {
			t.Errorf("%s of a newer schema: %v, want ErrNewerSchema", name, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, testDB) || !strings.Contains(msg, "newer version of EHC Plan Writer") {
			t.Errorf("%s: message %q does not name the database and what to do", name, msg)
		}
	}
}

func TestPGReadOnlyRefusesWrites(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	p := person("Ada Okafor", "Ada")
	mustSave(t, s, p, "Priya Shah")
	ro, err := OpenReadOnly(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Load(p.ID); err != nil {
		t.Errorf("Load on a read-only team store: %v", err)
	}
	if err := ro.Save(p, "Priya Shah"); err == nil {
		t.Error("Save on a read-only team store succeeded")
	}
}

// Bad input: each a clear message naming the server, never the password,
// and saying what to do.
func TestPGBadInput(t *testing.T) {
	pgOnly(t)
	const secret = "correct-horse-42"
	if err := testServer.RequirePassword("caseworker", secret); err != nil {
		t.Fatal(err)
	}
	if err := testServer.Exec(testDB, "GRANT CREATE ON DATABASE "+testDB+" TO caseworker"); err != nil {
		t.Fatal(err)
	}
	base := testServer.URL(testDB)
	withUser := func(user, password string) string {
		u := strings.Replace(base, "user=ehc", "user="+user, 1)
		if password != "" {
			u = strings.Replace(u, "postgres://", "postgres://"+user+":"+password+"@", 1)
		}
		return u
	}
	noServer := t.TempDir()
	cases := []struct {
		name, url string
		kind      error
		says      []string
	}{
		{"not a URL", "postgres://a b:%zz@host/db", ErrBadAddress, []string{"cannot be used", "postgres://user@host:5432/database"}},
		{"bad sslmode", "postgres://caseworker@team.example.org/plans?sslmode=sometimes", ErrBadAddress, []string{"cannot be used", "sslmode"}},
		{"no server there", "postgres:///" + testDB + "?user=ehc&host=" + url.QueryEscape(noServer), ErrUnreachable, []string{noServer, "cannot reach the team server"}},
		{"wrong password", withUser("caseworker", "wrong-password"), ErrNotAllowed, []string{testDB, ".pgpass", "PGPASSWORD"}},
		{"no password", withUser("caseworker", ""), ErrNotAllowed, []string{testDB, ".pgpass"}},
		{"no such database", strings.Replace(base, "/"+testDB+"?", "/no_such_db?", 1), ErrNotAllowed, []string{"no_such_db", "address IT gave you"}},
	}
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	t.Setenv("PGPASSWORD", "")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open(c.url)
			if !errors.Is(err, c.kind) {
				t.Fatalf("Open: %v, want %v", err, c.kind)
			}
			msg := err.Error()
			t.Logf("%s", msg)
			for _, want := range c.says {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not say %q", msg, want)
				}
			}
			if strings.Contains(msg, "wrong-password") || strings.Contains(msg, "%zz") {
				t.Errorf("message %q shows the password", msg)
			}
		})
	}

	// The right password from the password file works, and Path never shows it.
	pass := filepath.Join(t.TempDir(), "pgpass")
	if err := os.WriteFile(pass, []byte(fmt.Sprintf("*:*:*:caseworker:%s\n", secret)), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", pass)
	s, err := Open(withUser("caseworker", "") + "&search_path=caseworker_own")
	if err == nil {
		s.Close()
		t.Fatal("opened a schema the role cannot create tables in") // no schema caseworker_own yet
	}
	if err := testServer.Exec(testDB, "CREATE SCHEMA caseworker_own AUTHORIZATION caseworker"); err != nil {
		t.Fatal(err)
	}
	s, err = Open(withUser("caseworker", "") + "&search_path=caseworker_own")
	if err != nil {
		t.Fatalf("Open with the password file: %v", err)
	}
	defer s.Close()
	mustSave(t, s, person("Leo Nowak", "Leo"), "Priya Shah")
	s2, err := Open(withUser("caseworker", secret) + "&search_path=caseworker_own")
	if err != nil {
		t.Fatalf("Open with the password in the URL: %v", err)
	}
	defer s2.Close()
	if strings.Contains(s2.Path(), secret) {
		t.Errorf("Path() = %q shows the password", s2.Path())
	}
}

func TestSupportedServerVersions(t *testing.T) {
	for _, c := range []struct {
		num string
		ok  bool
	}{{"120017", false}, {"130000", true}, {"150010", true}, {"180001", true}} {
		err := supportedVersion(c.num)
		if (err == nil) != c.ok {
			t.Errorf("server_version_num %s: %v, want ok=%v", c.num, err, c.ok)
		}
		if err != nil && (!errors.Is(err, ErrUnsupportedServer) || !strings.Contains(err.Error(), "PostgreSQL 13 or later")) {
			t.Errorf("server_version_num %s: %v, want ErrUnsupportedServer saying which versions", c.num, err)
		}
	}
}

func TestPasswordsAreNeverShown(t *testing.T) {
	for _, c := range []struct {
		url      string
		password bool
	}{
		{"postgres://priya@plans.example.org/ehc", false},
		{"postgres://priya:s3cret@plans.example.org/ehc", true},
		{"postgres://priya@plans.example.org/ehc?password=s3cret&sslmode=require", true},
	} {
		if got := HasPassword(c.url); got != c.password {
			t.Errorf("HasPassword(%s) = %v", c.url, got)
		}
		if r := redactURL(c.url); strings.Contains(r, "s3cret") || !strings.Contains(r, "plans.example.org") {
			t.Errorf("redactURL(%s) = %s", c.url, r)
		}
	}
}

// TestPGBodiesCompressedWithLz4: a plan's body and issued versions are
// stored compressed with lz4 on a server that has it (the server reads
// them back with a third less work than pglz when Insight reads every
// plan).
func TestPGBodiesCompressedWithLz4(t *testing.T) {
	pgOnly(t)
	s := openTemp(t)
	var version int
	if err := s.db.QueryRow(`SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version < 140000 {
		t.Skipf("PostgreSQL %d has no lz4: bodies stay pglz", version/10000)
	}
	p := fixtures(t)[1].Clone() // a final plan, long enough to be compressed:
	p.SectionA.FamilyViews = strings.Repeat("Their words, kept as they said them. ", 200)
	if err := s.IssueVersion(p, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT coalesce(pg_column_compression(body), '') FROM bodies WHERE id = ?`,
		`SELECT coalesce(pg_column_compression(body), '') FROM versions WHERE plan_id = ?`,
	} {
		var method string
		if err := s.db.QueryRow(q, p.ID).Scan(&method); err != nil {
			t.Fatal(err)
		}
		if method != "lz4" {
			t.Errorf("%s: compressed with %q, want lz4", q, method)
		}
	}
}
