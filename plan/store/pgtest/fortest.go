package pgtest

import "testing"

// Database starts a throwaway server for one test, stopped when the test
// ends, with a database of the given name, and returns the server and
// the database's URL. A missing server skips the test, or fails it where
// one is required (Required).
func Database(t testing.TB, name string) (*Server, string) {
	t.Helper()
	srv, err := Start(Options{})
	if err != nil {
		if Required() {
			t.Fatalf("a PostgreSQL server is needed: %v", err)
		}
		t.Skipf("no PostgreSQL server to test against: %v", err)
	}
	t.Cleanup(srv.Stop)
	url, err := srv.CreateDB(name)
	if err != nil {
		t.Fatal(err)
	}
	return srv, url
}
