// Package storetest helps tests outside the store set up what only a
// failing disk would: a plan whose stored body no longer matches its
// checksum.
package storetest

import (
	"database/sql"
	"testing"

	_ "modernc.org/sqlite" // the driver the store uses
)

// DamageBody changes the stored body of plan id in the plans file at
// path behind the store's back (a key's case flipped), leaving its
// checksum as it was. The store must be closed or between saves.
func DamageBody(t testing.TB, path, id string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Exec(`UPDATE bodies SET body = CAST(replace(CAST(body AS TEXT), '"id"', '"iD"') AS BLOB) WHERE id = ?`, id)
	if err != nil {
		t.Fatalf("damage plan %s: %v", id, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("damage plan %s: %d rows changed", id, n)
	}
}
