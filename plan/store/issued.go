package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"reflect"

	"ehcplan/plan"
)

// refuseIssuedChange refuses a save that would change an issued plan. A
// working copy whose stored status is final or ceased is the issued
// version itself (no amendment has been started): the only changes it
// takes are its review record and review dates. Anything else needs
// StartAmendment first, so an issued plan never differs from what was sent
// out.
func refuseIssuedChange(tx *txn, p *plan.Plan) error {
	if p == nil || p.ID == "" {
		return nil // putWorking says what is wrong
	}
	var status string
	err := tx.QueryRow(`SELECT status FROM plans WHERE id = ?`, p.ID).Scan(&status)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return plain(err)
	}
	if s := plan.Status(status); s != plan.StatusFinal && s != plan.StatusCeased {
		return nil
	}
	issued, err := latestIssued(tx, p.ID)
	if err != nil {
		return err
	}
	same, err := sameApartFromReviews(issued, p)
	if err != nil {
		return err
	}
	if !same {
		return ErrIssuedPlan
	}
	return nil
}

// latestIssued is the plan's highest issued version, or its working copy
// when no version was recorded.
func latestIssued(tx *txn, id string) (*plan.Plan, error) {
	var top sql.NullInt64
	if err := tx.QueryRow(`SELECT max(version) FROM versions WHERE plan_id = ?`, id).Scan(&top); err != nil {
		return nil, plain(err)
	}
	if !top.Valid {
		return loadWorking(tx, id)
	}
	return loadVersion(tx, id, int(top.Int64))
}

// sameApartFromReviews reports whether a and b are the same plan once the
// review record and review dates are set aside. Absent, null and empty
// lists count as the same, so an editor that makes an empty list where
// the store had none is not refused.
func sameApartFromReviews(a, b *plan.Plan) (bool, error) {
	ja, err := withoutReviews(a)
	if err != nil {
		return false, err
	}
	jb, err := withoutReviews(b)
	if err != nil {
		return false, err
	}
	if bytes.Equal(ja, jb) {
		return true, nil
	}
	var ta, tb any
	if err := json.Unmarshal(ja, &ta); err != nil {
		return false, err
	}
	if err := json.Unmarshal(jb, &tb); err != nil {
		return false, err
	}
	return reflect.DeepEqual(pruneEmpty(ta), pruneEmpty(tb)), nil
}

func withoutReviews(p *plan.Plan) ([]byte, error) {
	c := *p
	c.Reviews = nil
	c.Dates.LastReview, c.Dates.NextReview = plan.Date{}, plan.Date{}
	return encodeBody(&c)
}

// pruneEmpty drops null values and empty lists and objects from a JSON
// tree (list items keep their places).
func pruneEmpty(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, item := range x {
			if item = pruneEmpty(item); item == nil {
				delete(x, k)
			} else {
				x[k] = item
			}
		}
		if len(x) == 0 {
			return nil
		}
	case []any:
		if len(x) == 0 {
			return nil
		}
		for i := range x {
			x[i] = pruneEmpty(x[i])
		}
	}
	return v
}
