package store

import (
	"database/sql"
	"fmt"
)

// migrations bring a plans file up to date; PRAGMA user_version counts how
// many have run. Append new ones; never edit one that has shipped.
var migrations = []string{
	// 1: plans (listing columns), their bodies, issued versions, change log.
	`CREATE TABLE plans (
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
	CREATE INDEX changes_by_plan ON changes (plan_id, seq);`,
}

// migrate switches the file to WAL and runs the migrations it lacks, in one
// immediate transaction so two copies of the app starting together agree.
func migrate(db *sql.DB) error {
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return fmt.Errorf("switch to WAL: %w", err)
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var have int
	if err := tx.QueryRow("PRAGMA user_version").Scan(&have); err != nil {
		return err
	}
	if have > len(migrations) {
		return fmt.Errorf("the plans file was made by a newer version of EHC Plan Writer (schema %d, this version knows %d): update the app", have, len(migrations))
	}
	for i := have; i < len(migrations); i++ {
		if _, err := tx.Exec(migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}
