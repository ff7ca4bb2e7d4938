package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"ehcplan/plan"
)

// coalesce is how long repeated saves by one person on one plan share a
// change-log row.
const coalesce = 10 * time.Minute

// Save writes the working copy of p (insert or replace) and notes the save
// in the change log, in one transaction. It is called on every edit. An
// issued plan (final or ceased, no amendment started) takes only changes to
// its reviews and review dates: anything else fails with ErrIssuedPlan.
func (s *Store) Save(p *plan.Plan, by string) error {
	err := s.write(func(tx *txn) error {
		if err := refuseIssuedChange(tx, p); err != nil {
			return err
		}
		now := s.now()
		if _, err := putWorking(tx, p, now); err != nil {
			return err
		}
		return logSave(tx, p, by, now)
	})
	if err != nil {
		return fmt.Errorf("save plan for %s to %s: %w", planName(p), s.path, err)
	}
	return nil
}

// Import stores a batch of plans in one transaction: all or none. Each
// replaces any working copy with its ID; a final or ceased plan is also
// recorded as an issued version.
func (s *Store) Import(ps []*plan.Plan, by string) error {
	err := s.write(func(tx *txn) error {
		now := s.now()
		for i, p := range ps {
			if err := importOne(tx, p, by, now); err != nil {
				return fmt.Errorf("plan %d of %d (%s): %w", i+1, len(ps), planName(p), err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import %d plans to %s (nothing was imported): %w", len(ps), s.path, err)
	}
	return nil
}

func importOne(tx *txn, p *plan.Plan, by string, now time.Time) error {
	if _, err := putWorking(tx, p, now); err != nil {
		return err
	}
	if p.Status == plan.StatusFinal || p.Status == plan.StatusCeased {
		if err := putVersion(tx, p, by, now); err != nil {
			return err
		}
	}
	return logChange(tx, now, p.ID, p.Person.Name, by, "imported")
}

// putWorking upserts the plan's listing columns and its body, and returns
// its new revision (1 for a new plan, one more than before otherwise).
func putWorking(tx *txn, p *plan.Plan, now time.Time) (int64, error) {
	if p == nil || p.ID == "" {
		return 0, errors.New("the plan has no ID")
	}
	body, err := encodeBody(p)
	if err != nil {
		return 0, err
	}
	var rev int64
	err = tx.QueryRow(`INSERT INTO plans (id, name, preferred_name, sort_key, search_key,
			date_of_birth, year_group, setting, status, version, request, issued, next_review, updated, listing)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, preferred_name = excluded.preferred_name,
			sort_key = excluded.sort_key, search_key = excluded.search_key,
			date_of_birth = excluded.date_of_birth, year_group = excluded.year_group,
			setting = excluded.setting, status = excluded.status, version = excluded.version,
			request = excluded.request, issued = excluded.issued,
			next_review = excluded.next_review, updated = excluded.updated, listing = excluded.listing,
			revision = plans.revision + 1
		RETURNING revision`,
		p.ID, p.Person.Name, p.Person.PreferredName, sortKey(p.Person.Name),
		searchKey(p.Person.Name, p.Person.PreferredName), p.Person.DateOfBirth.String(),
		p.Person.YearGroup, p.Person.Setting, string(p.Status), p.Version,
		p.Dates.Request.String(), p.Dates.Issued.String(), p.Dates.NextReview.String(),
		now.UnixNano(), packListing(p, now)).Scan(&rev)
	if err != nil {
		return 0, plain(err)
	}
	_, err = tx.Exec(`INSERT INTO bodies (id, body, sha256) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET body = excluded.body, sha256 = excluded.sha256`, p.ID, body, checksum(body))
	return rev, plain(err)
}

// encodeBody is the stored form of a plan: compact JSON, which keeps nil
// and empty lists apart so a plan loads exactly as it was saved.
func encodeBody(p *plan.Plan) ([]byte, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	return body, nil
}

// planName names a plan in messages: the young person's name, else its ID.
func planName(p *plan.Plan) string {
	switch {
	case p == nil:
		return "(no plan)"
	case p.Person.Name != "":
		return p.Person.Name
	case p.ID != "":
		return "plan " + p.ID
	}
	return "an unnamed plan with no ID"
}
