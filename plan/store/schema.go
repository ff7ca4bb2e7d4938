package store

import (
	"crypto/sha256"
	"errors"
	"fmt"
)

// migration is one step of bringing a plans file up to date: SQL, then
// optionally Go code, then more SQL.
type migration struct {
	before string
	fill   func(tx *txn) error
	after  string
}

// migrations bring a plans file up to date; PRAGMA user_version counts how
// many have run. Append new ones; never edit one that has shipped.
var migrations = []migration{
	// 1: plans (listing columns), their bodies, issued versions, change log.
	{before: `CREATE TABLE plans (
		id             TEXT PRIMARY KEY,
		name           TEXT NOT NULL,
		preferred_name TEXT NOT NULL,
		sort_key       TEXT NOT NULL,
		search_key     TEXT NOT NULL,
		date_of_birth  TEXT NOT NULL,
		year_group     INTEGER,
		setting        TEXT NOT NULL,
		status         TEXT NOT NULL,
		version        INTEGER NOT NULL,
		request        TEXT NOT NULL,
		issued         TEXT NOT NULL,
		next_review    TEXT NOT NULL,
		updated        INTEGER NOT NULL,
		listing        TEXT NOT NULL -- the columns above packed, for List
	);
	CREATE INDEX plans_by_name ON plans (sort_key, id);
	CREATE INDEX plans_by_status ON plans (status, sort_key, id);
	CREATE INDEX plans_by_review ON plans (next_review) WHERE next_review <> '';

	CREATE TABLE bodies (
		id   TEXT PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
		body BLOB NOT NULL
	);

	CREATE TABLE versions (
		plan_id   TEXT NOT NULL REFERENCES plans (id) DEFERRABLE INITIALLY DEFERRED,
		version   INTEGER NOT NULL,
		status    TEXT NOT NULL,
		issued    TEXT NOT NULL,
		stored_at INTEGER NOT NULL,
		who       TEXT NOT NULL,
		body      BLOB NOT NULL,
		PRIMARY KEY (plan_id, version)
	);
	CREATE TRIGGER versions_never_change BEFORE UPDATE ON versions
	BEGIN
		SELECT RAISE(ABORT, 'an issued plan version cannot be changed');
	END;
	-- INSERT OR REPLACE deletes without firing delete triggers: refuse it here.
	CREATE TRIGGER versions_never_replaced BEFORE INSERT ON versions
	WHEN EXISTS (SELECT 1 FROM versions WHERE plan_id = NEW.plan_id AND version = NEW.version)
	BEGIN
		SELECT RAISE(ABORT, 'an issued plan version cannot be replaced');
	END;
	CREATE TRIGGER versions_go_with_plan BEFORE DELETE ON versions
	WHEN EXISTS (SELECT 1 FROM plans WHERE id = OLD.plan_id)
	BEGIN
		SELECT RAISE(ABORT, 'an issued plan version cannot be deleted while its plan exists');
	END;

	CREATE TABLE changes (
		seq     INTEGER PRIMARY KEY,
		at      INTEGER NOT NULL,
		plan_id TEXT NOT NULL,
		name    TEXT NOT NULL,
		who     TEXT NOT NULL,
		what    TEXT NOT NULL
	);
	CREATE INDEX changes_by_plan ON changes (plan_id, seq);`},

	// 2: a SHA-256 checksum of every stored body, so a changed byte is
	// reported as damage rather than read as a different plan. Existing
	// bodies get theirs computed now (the trigger that keeps issued
	// versions unchanged is lifted for that and put back as it was).
	{before: `ALTER TABLE bodies ADD COLUMN sha256 BLOB NOT NULL DEFAULT x'';
	ALTER TABLE versions ADD COLUMN sha256 BLOB NOT NULL DEFAULT x'';
	DROP TRIGGER versions_never_change;`,
		fill: fillChecksums,
		after: `CREATE TRIGGER versions_never_change BEFORE UPDATE ON versions
	BEGIN
		SELECT RAISE(ABORT, 'an issued plan version cannot be changed');
	END;`},

	// 3: values kept for the whole caseload rather than one plan (the
	// Insight page's theme names and merges).
	{before: `CREATE TABLE settings (
		key     TEXT PRIMARY KEY,
		value   BLOB NOT NULL,
		updated INTEGER NOT NULL
	);`},

	// 4: a revision number for each working copy, counting its saves, so
	// a save started from an older revision is refused (SaveFrom); and who
	// has which plan open (Present).
	{before: `ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
	CREATE TABLE presence (
		plan_id TEXT NOT NULL,
		client  TEXT NOT NULL,
		who     TEXT NOT NULL,
		seen    INTEGER NOT NULL,
		PRIMARY KEY (plan_id, client)
	);`},

	// 5: the listing also carries the review cycle's dates (see
	// listingFields); lines saved before are packed again from the bodies.
	{fill: repackListings},
}

// fillChecksums computes the checksum of every body stored before there
// were checksums.
func fillChecksums(tx *txn) error {
	for _, q := range []struct{ read, write string }{
		{`SELECT rowid, body FROM bodies`, `UPDATE bodies SET sha256 = ? WHERE rowid = ?`},
		{`SELECT rowid, body FROM versions`, `UPDATE versions SET sha256 = ? WHERE rowid = ?`},
	} {
		sums, err := checksumRows(tx, q.read)
		if err != nil {
			return err
		}
		for rowid, sum := range sums {
			if _, err := tx.Exec(q.write, sum, rowid); err != nil {
				return err
			}
		}
	}
	return nil
}

func checksumRows(tx *txn, query string) (map[int64][]byte, error) {
	rows, err := tx.Query(query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	sums := map[int64][]byte{}
	for rows.Next() {
		var rowid int64
		var body []byte
		if err := rows.Scan(&rowid, &body); err != nil {
			return nil, err
		}
		sums[rowid] = checksum(body)
	}
	return sums, rows.Err()
}

// checksum is the stored checksum of a body.
func checksum(body []byte) []byte {
	sum := sha256.Sum256(body)
	return sum[:]
}

// migrate switches the file to WAL and runs the migrations it lacks. It
// reads the schema version first without a write lock, so opening a file
// that is up to date never waits for another program that is writing;
// only an older file is migrated, in one immediate transaction that reads
// the version again, so two copies of the app starting together agree.
func migrate(db *sqlDB) error {
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("read the journal mode: %w", err)
	}
	if mode != "wal" {
		if err := db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
			return fmt.Errorf("switch to WAL: %w", err)
		}
	}
	have, err := schemaVersion(db)
	if err != nil {
		return err
	}
	if have > len(migrations) {
		return newerSchema(have)
	}
	if have == len(migrations) {
		return nil
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if have, err = schemaVersion(tx); err != nil {
		return err
	}
	if have > len(migrations) {
		return newerSchema(have)
	}
	for i := have; i < len(migrations); i++ {
		if err := migrations[i].run(tx); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}

func (m migration) run(tx *txn) error {
	if _, err := tx.Exec(m.before); err != nil {
		return err
	}
	if m.fill != nil {
		if err := m.fill(tx); err != nil {
			return err
		}
	}
	if m.after != "" {
		if _, err := tx.Exec(m.after); err != nil {
			return err
		}
	}
	return nil
}

// schemaVersion reads PRAGMA user_version: how many migrations have run.
func schemaVersion(q queryer) (int, error) {
	var have int
	if err := q.QueryRow("PRAGMA user_version").Scan(&have); err != nil {
		return 0, fmt.Errorf("read the schema version: %w", err)
	}
	return have, nil
}

// ErrNewerSchema: the plans file or team database was made by a newer
// version of the app, which this one cannot use; it is left unchanged.
var ErrNewerSchema = errors.New("made by a newer version of EHC Plan Writer")

func newerSchema(have int) error {
	return fmt.Errorf("the plans file was %w (schema %d, this version knows %d): update the app", ErrNewerSchema, have, len(migrations))
}
