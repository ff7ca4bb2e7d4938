package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"ehcplan/plan"
)

// VersionInfo describes one issued version of a plan.
type VersionInfo struct {
	Version  int
	Status   plan.Status
	Issued   plan.Date
	StoredAt time.Time
	By       string
}

// IssueVersion saves p as the working copy and freezes (p.ID, p.Version) as
// an issued version. Issuing the same content again does nothing; other
// content under an issued number fails with ErrVersionIssued.
func (s *Store) IssueVersion(p *plan.Plan, by string) error {
	err := s.write(func(tx *txn) error {
		now := s.now()
		if _, err := putWorking(tx, p, now); err != nil {
			return err
		}
		if err := putVersion(tx, p, by, now); err != nil {
			return err
		}
		return logChange(tx, now, p.ID, p.Person.Name, by, fmt.Sprintf("issued version %d", p.Version))
	})
	if err != nil {
		return fmt.Errorf("issue version %d of the plan for %s in %s: %w", p.Version, planName(p), s.path, err)
	}
	return nil
}

// putVersion records p as issued unless that exact content already is.
func putVersion(tx *txn, p *plan.Plan, by string, now time.Time) error {
	if p.Version < 1 {
		return fmt.Errorf("version %d is not a version number (want 1 or more)", p.Version)
	}
	body, err := encodeBody(p)
	if err != nil {
		return err
	}
	var old []byte
	err = tx.QueryRow(`SELECT body FROM versions WHERE plan_id = ? AND version = ?`, p.ID, p.Version).Scan(&old)
	switch {
	case err == nil && bytes.Equal(old, body):
		return nil
	case err == nil:
		return fmt.Errorf("version %d: %w", p.Version, ErrVersionIssued)
	case !errors.Is(err, sql.ErrNoRows):
		return plain(err)
	}
	_, err = tx.Exec(`INSERT INTO versions (plan_id, version, status, issued, stored_at, who, body, sha256)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		p.ID, p.Version, string(p.Status), p.Dates.Issued.String(), now.UnixNano(), by, body, checksum(body))
	return plain(err)
}

// Versions lists the plan's issued versions, oldest first.
func (s *Store) Versions(id string) ([]VersionInfo, error) {
	rows, err := s.db.Query(`SELECT version, status, issued, stored_at, who FROM versions
		WHERE plan_id = ? ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("list versions of plan %s in %s: %w", id, s.path, plain(err))
	}
	defer rows.Close()
	var out []VersionInfo
	for rows.Next() {
		var v VersionInfo
		var issued string
		var at int64
		if err := rows.Scan(&v.Version, &v.Status, &issued, &at, &v.By); err != nil {
			return nil, fmt.Errorf("list versions of plan %s in %s: %w", id, s.path, plain(err))
		}
		v.Issued = parseDate(issued)
		v.StoredAt = time.Unix(0, at)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list versions of plan %s in %s: %w", id, s.path, plain(err))
	}
	return out, nil
}

// LoadVersion returns an issued version of a plan.
func (s *Store) LoadVersion(id string, version int) (*plan.Plan, error) {
	p, err := loadVersion(s.db, id, version)
	if err != nil {
		return nil, fmt.Errorf("load version %d of plan %s from %s: %w", version, id, s.path, err)
	}
	return p, nil
}

func loadVersion(q queryer, id string, version int) (*plan.Plan, error) {
	var body, sum []byte
	err := q.QueryRow(`SELECT body, sha256 FROM versions WHERE plan_id = ? AND version = ?`, id, version).Scan(&body, &sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, plain(err)
	}
	return decodeStored(id, version, body, sum)
}

// StartAmendment turns the working copy into a draft of the next version
// (highest issued + 1), saves and returns it. Everything else is kept as it
// was, dates included, for the caseworker to amend.
func (s *Store) StartAmendment(id, by string) (*plan.Plan, error) {
	var p *plan.Plan
	err := s.write(func(tx *txn) error {
		var err error
		if p, err = loadWorking(tx, id); err != nil {
			return err
		}
		var top sql.NullInt64
		if err := tx.QueryRow(`SELECT max(version) FROM versions WHERE plan_id = ?`, id).Scan(&top); err != nil {
			return plain(err)
		}
		if !top.Valid {
			return ErrNothingIssued
		}
		p.Version, p.Status = int(top.Int64)+1, plan.StatusDraft
		now := s.now()
		if _, err := putWorking(tx, p, now); err != nil {
			return err
		}
		return logChange(tx, now, p.ID, p.Person.Name, by, fmt.Sprintf("started amendment (version %d)", p.Version))
	})
	if err != nil {
		return nil, fmt.Errorf("start an amendment of plan %s in %s: %w", id, s.path, err)
	}
	return p, nil
}

// parseDate reads a date column, written by Date.String so "" or a valid
// YYYY-MM-DD. Listing reads four per plan, so the common case skips
// time.Parse.
func parseDate(s string) plan.Date {
	if s == "" {
		return plan.Date{} // (most plans have a date or two not set yet)
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		d, _ := plan.ParseDate(s)
		return d
	}
	y, okY := digits(s[0:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:10])
	if !okY || !okM || !okD {
		d, _ := plan.ParseDate(s)
		return d
	}
	return plan.Date{Year: y, Month: time.Month(m), Day: d}
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
