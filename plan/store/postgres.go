package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// A team caseload lives on a PostgreSQL server, named by a postgres:// URL
// instead of a file path. Passwords come from PostgreSQL's own mechanisms
// (the password file ~/.pgpass or PGPASSFILE, or PGPASSWORD), which pgx
// reads; TLS settings in the URL (sslmode, sslrootcert...) are honoured by
// pgx as by psql. The app never stores a password: Path() leaves it out.

// minServerVersion is the oldest PostgreSQL the store supports (13: the
// oldest release still supported by the PostgreSQL project when this was
// written; the schema needs 11 or later). Tested on 15.
const minServerVersion = 130000

// connectTimeout bounds the wait for a server that does not answer, when
// the URL sets no connect_timeout of its own.
const connectTimeout = 10 * time.Second

// IsServer reports whether dsn names a PostgreSQL server (a postgres:// or
// postgresql:// URL) rather than a plans file.
func IsServer(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// serverName is how messages name a server: host (or socket folder),
// port and database, never the password.
func serverName(cfg *pgx.ConnConfig) string {
	host := cfg.Host
	if !strings.HasPrefix(host, "/") {
		host = fmt.Sprintf("%s:%d", host, cfg.Port)
	}
	return fmt.Sprintf("%s (database %s)", host, cfg.Database)
}

// HasPassword reports whether a postgres:// URL holds a password (which
// the app must not keep).
func HasPassword(dsn string) bool {
	u, err := url.Parse(dsn)
	if err != nil {
		return false
	}
	_, inUser := u.User.Password()
	return inUser || u.Query().Has("password")
}

// redactURL is dsn without any password, in the URL or its query.
func redactURL(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "a PostgreSQL URL that cannot be read"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// openPostgres opens the team caseload at a postgres:// URL, checks the
// server's version and brings the schema up to date (unless readOnly).
func openPostgres(dsn string, readOnly bool) (*Store, error) {
	if _, err := url.Parse(dsn); err != nil {
		return nil, kinded(ErrBadAddress, "the team server address cannot be used: it is not a valid URL "+
			"(look for spaces or % signs; a password belongs in the PostgreSQL password file, not in the address). "+
			"Check it against what IT gave you: postgres://user@host:5432/database", err)
	}
	shown := redactURL(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, kinded(ErrBadAddress, fmt.Sprintf("the team server address %s cannot be used: %s. "+
			"Check it against what IT gave you: postgres://user@host:5432/database", shown, pgParseProblem(err)), err)
	}
	server := serverName(cfg)
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = connectTimeout
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	if cfg.RuntimeParams["application_name"] == "" {
		cfg.RuntimeParams["application_name"] = "EHC Plan Writer"
	}
	if readOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: &sqlDB{DB: db, pg: true}, path: shown, server: server, client: newClientID(), now: time.Now,
		readOnly: readOnly, localDir: defaultLocalDir(cfg)}
	fail := func(err error) (*Store, error) {
		db.Close()
		return nil, serverFailure(server, err)
	}
	if err := checkServerVersion(s.db); err != nil {
		return fail(err)
	}
	if readOnly {
		have, err := pgSchemaVersion(s.db)
		switch {
		case err != nil:
			return fail(err)
		case have > len(pgMigrations):
			return fail(newerSchemaPG(have))
		case have < len(pgMigrations):
			// Brought up to date once by a store of its own, as a plans file is.
			rw, err := openPostgres(dsn, false)
			if err != nil {
				db.Close()
				return nil, err
			}
			rw.Close()
		}
		return s, nil
	}
	if err := migratePG(s.db); err != nil {
		return fail(err)
	}
	_ = s.purgeOld(time.Now())
	return s, nil
}

// pgParseProblem is pgx's complaint about a URL without the URL itself,
// which may hold a password.
func pgParseProblem(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		msg := pe.Error()
		if i := strings.Index(msg, "`: "); i >= 0 {
			return msg[i+3:]
		}
	}
	return "it is not a PostgreSQL URL"
}

// defaultLocalDir is the folder on this computer for what a team caseload
// keeps locally: the copy of a plan this user deleted (kept 30 days).
func defaultLocalDir(cfg *pgx.ConnConfig) string {
	base, err := os.UserConfigDir()
	if err != nil {
		base = os.TempDir()
	}
	name := fmt.Sprintf("%s-%d-%s", strings.Trim(strings.ReplaceAll(cfg.Host, "/", "_"), "_"), cfg.Port, cfg.Database)
	return filepath.Join(base, "EHC Plan Writer", "team", name)
}

// checkServerVersion refuses a server older than minServerVersion.
func checkServerVersion(db *sqlDB) error {
	var v string
	if err := db.QueryRow(`SHOW server_version_num`).Scan(&v); err != nil {
		return err
	}
	return supportedVersion(v)
}

// supportedVersion judges a server_version_num (such as 150010 for 15.10).
func supportedVersion(num string) error {
	n, err := strconv.Atoi(num)
	if err != nil {
		return fmt.Errorf("read the server's version %q: %w", num, err)
	}
	if n < minServerVersion {
		return kinded(ErrUnsupportedServer, fmt.Sprintf("this server runs PostgreSQL %d.%d; EHC Plan Writer needs "+
			"PostgreSQL %d or later: ask IT to upgrade the server", n/10000, n%10000, minServerVersion/10000),
			ErrUnsupportedServer)
	}
	return nil
}

// pgMigrations bring a team database up to date; schema_version holds how
// many have run. The first makes what SQLite's migrations 1-4 make, with
// PostgreSQL's types, and triggers written as PL/pgSQL functions. Append
// new ones; never edit one that has shipped.
var pgMigrations = []string{
	`CREATE TABLE plans (
		id             text COLLATE "C" PRIMARY KEY,
		name           text NOT NULL,
		preferred_name text NOT NULL,
		sort_key       text COLLATE "C" NOT NULL,
		search_key     text NOT NULL,
		date_of_birth  text NOT NULL,
		year_group     integer,
		setting        text NOT NULL,
		status         text COLLATE "C" NOT NULL,
		version        integer NOT NULL,
		request        text NOT NULL,
		issued         text NOT NULL,
		next_review    text COLLATE "C" NOT NULL,
		updated        bigint NOT NULL,
		listing        text NOT NULL,
		revision       bigint NOT NULL DEFAULT 1
	);
	CREATE INDEX plans_by_name ON plans (sort_key, id);
	CREATE INDEX plans_by_status ON plans (status, sort_key, id);
	CREATE INDEX plans_by_review ON plans (next_review) WHERE next_review <> '';

	CREATE TABLE bodies (
		id     text COLLATE "C" PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
		body   bytea NOT NULL,
		sha256 bytea NOT NULL
	);

	CREATE TABLE versions (
		plan_id   text COLLATE "C" NOT NULL REFERENCES plans (id) DEFERRABLE INITIALLY DEFERRED,
		version   integer NOT NULL,
		status    text NOT NULL,
		issued    text NOT NULL,
		stored_at bigint NOT NULL,
		who       text NOT NULL,
		body      bytea NOT NULL,
		sha256    bytea NOT NULL,
		PRIMARY KEY (plan_id, version)
	);
	CREATE FUNCTION versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			IF EXISTS (SELECT 1 FROM plans WHERE id = OLD.plan_id) THEN
				RAISE EXCEPTION 'an issued plan version cannot be deleted while its plan exists'
					USING ERRCODE = 'restrict_violation';
			END IF;
			RETURN OLD;
		END IF;
		RAISE EXCEPTION 'an issued plan version cannot be changed' USING ERRCODE = 'restrict_violation';
	END $$;
	CREATE TRIGGER versions_never_change BEFORE UPDATE OR DELETE ON versions
		FOR EACH ROW EXECUTE FUNCTION versions_refuse_change();
	-- TRUNCATE fires no row triggers: refuse it while any plan exists.
	CREATE FUNCTION versions_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF EXISTS (SELECT 1 FROM plans) THEN
			RAISE EXCEPTION 'issued plan versions cannot be emptied while their plans exist'
				USING ERRCODE = 'restrict_violation';
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER versions_never_truncated BEFORE TRUNCATE ON versions
		FOR EACH STATEMENT EXECUTE FUNCTION versions_refuse_truncate();

	CREATE TABLE changes (
		seq     bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		at      bigint NOT NULL,
		plan_id text COLLATE "C" NOT NULL,
		name    text NOT NULL,
		who     text NOT NULL,
		what    text NOT NULL
	);
	CREATE INDEX changes_by_plan ON changes (plan_id, seq);

	CREATE TABLE settings (
		key     text COLLATE "C" PRIMARY KEY,
		value   bytea NOT NULL,
		updated bigint NOT NULL
	);

	CREATE TABLE presence (
		plan_id text COLLATE "C" NOT NULL,
		client  text COLLATE "C" NOT NULL,
		who     text NOT NULL,
		seen    bigint NOT NULL,
		PRIMARY KEY (plan_id, client)
	);`,

	// 2: a trigram index for name search, when the server has pg_trgm and
	// the app may use it (PostgreSQL 13+ lets a schema owner create this
	// trusted extension). Without it search still works, by a scan.
	`DO $$
	DECLARE trgm text;
	BEGIN
		BEGIN
			CREATE EXTENSION IF NOT EXISTS pg_trgm;
		EXCEPTION WHEN others THEN
			NULL;
		END;
		SELECT n.nspname INTO trgm FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
			WHERE e.extname = 'pg_trgm';
		IF trgm IS NOT NULL THEN
			BEGIN
				EXECUTE format('CREATE INDEX plans_by_search ON plans USING gin (search_key %I.gin_trgm_ops)', trgm);
			EXCEPTION WHEN insufficient_privilege THEN
				NULL; -- installed in a schema this role may not use
			END;
		END IF;
	END $$;`,

	// 3: the caseload list read from one index in order, with no sort and
	// no visit to the table (an index-only scan, once autovacuum has seen
	// the table): 15-30 ms instead of 70-170 for 25,000 plans.
	`CREATE INDEX plans_listing ON plans (sort_key, id) INCLUDE (listing);`,

	// 4: plans' bodies (and issued versions) compressed with lz4 where
	// the server has it (PostgreSQL 14 and later, when built with lz4),
	// not pglz: a body is mostly 4-12 kB of JSON, stored compressed out
	// of line, and reading every plan (Insight over 25,000) cost the
	// server 0.5-0.75 s of CPU less. Bodies saved before keep pglz until they
	// are next saved; both read the same.
	`DO $$
	BEGIN
		IF current_setting('server_version_num')::int >= 140000 THEN
			EXECUTE 'ALTER TABLE bodies ALTER COLUMN body SET COMPRESSION lz4';
			EXECUTE 'ALTER TABLE versions ALTER COLUMN body SET COMPRESSION lz4';
		END IF;
	EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
		NULL; -- a server built without lz4 keeps pglz
	END $$;`,
}

// migrationLock is the advisory lock two apps starting together take to
// migrate one at a time (any number; the same in every copy of the app).
const migrationLock = 0x454843 // "EHC"

// pgSchemaVersion reads how many of pgMigrations have run: 0 when the
// schema_version table is not there yet.
func pgSchemaVersion(q queryer) (int, error) {
	var exists bool
	if err := q.QueryRow(`SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return 0, fmt.Errorf("read the schema version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var have int
	err := q.QueryRow(`SELECT version FROM schema_version`).Scan(&have)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the schema version: %w", err)
	}
	return have, nil
}

// migratePG runs the migrations the database lacks, in one transaction
// under an advisory lock; an up-to-date database is only read.
func migratePG(db *sqlDB) error {
	have, err := pgSchemaVersion(db)
	if err != nil {
		return err
	}
	if have > len(pgMigrations) {
		return newerSchemaPG(have)
	}
	if have == len(pgMigrations) {
		return nil
	}
	if err := runPGMigrations(db); err != nil {
		if isInsufficientPrivilege(err) {
			return kinded(ErrNeedsOwner, needsOwner(have), err)
		}
		return err
	}
	return nil
}

// needsOwner says what a role that may not change the tables is to do
// when the database lacks some (have) of this version's migrations.
func needsOwner(have int) string {
	const ask = "ask IT to open it once as the schema's owner, as the README says (\"Sharing a caseload with your team\")"
	if have == 0 {
		return "the team database has no EHC Plan Writer tables yet, and this user may not make them: " + ask
	}
	return fmt.Sprintf("the team database needs updating for this version of EHC Plan Writer (from schema %d to %d), "+
		"and this user may not change its tables: %s", have, len(pgMigrations), ask)
}

// runPGMigrations runs, in one transaction under the advisory lock, the
// migrations the database still lacks once the lock is held.
func runPGMigrations(db *sqlDB) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`SELECT pg_advisory_xact_lock(?)`, migrationLock); err != nil {
		return err
	}
	if _, err := tx.Tx.Exec(`CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
		return fmt.Errorf("create the schema_version table: %w", err)
	}
	have, err := pgSchemaVersion(tx)
	if err != nil {
		return err
	}
	if have > len(pgMigrations) {
		return newerSchemaPG(have)
	}
	for i := have; i < len(pgMigrations); i++ {
		if _, err := tx.Tx.Exec(pgMigrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	if _, err := tx.Exec(`DELETE FROM schema_version`); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO schema_version (version) VALUES (?)`, len(pgMigrations)); err != nil {
		return err
	}
	return tx.Commit()
}

func newerSchemaPG(have int) error {
	return fmt.Errorf("the team database was %w (schema %d, this version knows %d): "+
		"install that version (ask IT), or ask IT which version the team uses", ErrNewerSchema, have, len(pgMigrations))
}

// serverFailure says why the team server could not be used, naming it
// (never the password), keeping the error's kind.
func serverFailure(server string, err error) error {
	err = plain(err)
	var ke *kindError
	msg := err.Error()
	if errors.As(err, &ke) {
		msg = ke.msg
	}
	switch {
	case errors.Is(err, ErrNewerSchema):
	case errors.Is(err, ErrUnreachable), errors.Is(err, ErrNotAllowed), errors.Is(err, ErrUnsupportedServer),
		errors.Is(err, ErrBadAddress), errors.Is(err, ErrNeedsOwner):
		return kinded(nil, fmt.Sprintf("team server %s: %s. Nothing has been changed", server, msg), err)
	}
	return fmt.Errorf("open the team caseload on %s: %w", server, err)
}

// checkPG verifies every stored body against its checksum (PostgreSQL
// checks its own pages; this finds a plan changed behind the app's back).
func (s *Store) checkPG() ([]string, error) {
	var problems []string
	for _, q := range []struct{ table, query string }{
		{"bodies", `SELECT id, 0, body, sha256 FROM bodies ORDER BY id`},
		{"versions", `SELECT plan_id, version, body, sha256 FROM versions ORDER BY plan_id, version`},
	} {
		rows, err := s.db.Query(q.query)
		if err != nil {
			return nil, err
		}
		for rows.Next() && len(problems) < 10 {
			var id string
			var version int
			var body, sum []byte
			if err := rows.Scan(&id, &version, &body, &sum); err != nil {
				rows.Close()
				return nil, err
			}
			if _, err := decodeStored(id, version, body, sum); err != nil {
				problems = append(problems, err.Error())
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return problems, nil
}
