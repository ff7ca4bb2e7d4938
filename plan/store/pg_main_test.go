package store

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"

	"ehcplan/plan/store/pgtest"
)

// The store's whole suite runs twice: on SQLite files in this process,
// then on a throwaway PostgreSQL server in a child process (the same test
// binary and flags, with the server in its environment), where openTemp
// gives each test a schema of its own. Tests of what only a plans file
// does (backups, file modes, damage on disk) call sqliteOnly.
//
// EHC_STORE_TEST_BACKEND=sqlite runs only the first (for a quick edit-test
// loop); a missing server skips the second with a message, except under
// `make test` or CI (pgtest.Required), where it fails.

// testServer is the server the suite runs on (nil: SQLite).
var testServer *pgtest.Server

const testDB = "store_test"

var schemaSeq atomic.Int64

func runSuites(m *testing.M) int {
	if srv, ok := pgtest.FromEnv(); ok {
		testServer = srv
		return m.Run()
	}
	code := m.Run()
	if os.Getenv("EHC_STORE_TEST_BACKEND") == "sqlite" && !pgtest.Required() {
		return code
	}
	srv, err := pgtest.Start(pgtest.Options{TCP: benchmarking()})
	if err != nil {
		if pgtest.Required() {
			fmt.Fprintf(os.Stderr, "FAIL: the store's PostgreSQL suite needs a server: %v\n", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "SKIP: the store's PostgreSQL suite did not run: %v\n", err)
		return code
	}
	defer srv.Stop()
	srv.StopOnSignal()
	if _, err := srv.CreateDB(testDB); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: create the test database: %v\n", err)
		return 1
	}
	fmt.Fprintln(os.Stderr, "=== the store's suite again, on PostgreSQL")
	// Stores opened by URL keep deleted plans' copies in the user's config
	// folder: give the child one of its own.
	config, err := os.MkdirTemp("", "ehcplan-config-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: %v\n", err)
		return 1
	}
	defer os.RemoveAll(config)
	child := exec.Command(os.Args[0], os.Args[1:]...)
	child.Env = append(os.Environ(), append(srv.Env(), "XDG_CONFIG_HOME="+config, "APPDATA="+config)...)
	child.Stdout, child.Stderr = os.Stdout, os.Stderr
	if err := child.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: the store's suite on PostgreSQL: %v\n", err)
		return 1
	}
	return code
}

// benchmarking reports whether benchmarks were asked for: they run over
// loopback TCP, as a team's server would be reached (the tests use a Unix
// socket).
func benchmarking() bool {
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-test.bench=") && a != "-test.bench=" {
			return true
		}
	}
	return false
}

// onPG reports whether the suite is running on the team server.
func onPG() bool { return testServer != nil }

// sqliteOnly skips a test of what only a plans file does.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if onPG() {
		t.Skip("a plans-file behaviour: not part of a team server")
	}
}

// pgOnly skips a test of what only a team server does.
func pgOnly(t testing.TB) {
	t.Helper()
	if !onPG() {
		t.Skip("a team-server behaviour: runs in the PostgreSQL pass")
	}
}

// newSchemaURL makes an empty schema on the test server and returns the
// URL of a store in it.
func newSchemaURL(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%d", os.Getpid(), schemaSeq.Add(1))
	if err := testServer.Exec(testDB, "CREATE SCHEMA "+name); err != nil {
		t.Fatal(err)
	}
	return testServer.URL(testDB, "search_path", name)
}

// openTempPG opens a store in a new schema, keeping its local folder in a
// temporary folder.
func openTempPG(t testing.TB) *Store {
	t.Helper()
	s, err := Open(newSchemaURL(t))
	if err != nil {
		t.Fatal(err)
	}
	s.localDir = t.TempDir()
	t.Cleanup(func() { s.Close() })
	return s
}
