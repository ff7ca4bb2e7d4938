package store

import (
	"fmt"
	"strings"
	"time"

	"ehcplan/plan"
)

// Filter narrows List. The zero Filter lists every plan.
type Filter struct {
	// Search matches any part of the name or preferred name, ignoring case
	// and accents; every word must match.
	Search string
	// Status keeps only plans with this status ("" = any).
	Status plan.Status
	// DueBefore keeps plans whose next review is before this date (zero = any).
	DueBefore plan.Date
}

// Summary is one line of the caseload.
type Summary struct {
	ID, Name, PreferredName string
	DateOfBirth             plan.Date
	YearGroup               *int
	Setting                 string
	Status                  plan.Status
	Version                 int
	Request, Issued         plan.Date
	NextReview              plan.Date
	Updated                 time.Time
	// LastReview and reviews (the review records' cycle dates, packed) are
	// what NextStep needs besides the fields above.
	LastReview plan.Date
	reviews    string
}

// YearGroupOn returns the recorded year group, else the one derived from
// the date of birth; ok is false when neither is known.
func (s Summary) YearGroupOn(today plan.Date) (int, bool) {
	if s.YearGroup != nil {
		return *s.YearGroup, true
	}
	if s.DateOfBirth.IsZero() {
		return 0, false
	}
	return plan.YearGroupOn(s.DateOfBirth, today), true
}

// List returns the plans that pass f, by surname then name.
func (s *Store) List(f Filter) ([]Summary, error) {
	where, args := f.sqlFor(s.db.pg)
	rows, err := s.db.Query(`SELECT listing FROM plans`+where+` ORDER BY sort_key, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	defer rows.Close()
	out := make([]Summary, 0, s.listHint.Load())
	for rows.Next() {
		var listing string
		if err := rows.Scan(&listing); err != nil {
			return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
		}
		sum, err := unpackListing(listing)
		if err != nil {
			return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
		}
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	if f == (Filter{}) {
		s.listHint.Store(int64(len(out)) + 16)
	}
	return out, nil
}

// sql returns the WHERE clause (with a leading space, or "") and its arguments.
func (f Filter) sql() (string, []any) { return f.sqlFor(false) }

// sqlFor is sql for SQLite or PostgreSQL, where a word is matched with
// LIKE so the trigram index (if any) can find it. A folded word holds only
// letters and digits, so it never holds LIKE's % _ or \.
func (f Filter) sqlFor(pg bool) (string, []any) {
	var conds []string
	var args []any
	if f.Status != "" {
		conds = append(conds, "status = ?")
		args = append(args, string(f.Status))
	}
	if !f.DueBefore.IsZero() {
		conds = append(conds, "next_review <> '' AND next_review < ?")
		args = append(args, f.DueBefore.String())
	}
	for _, word := range strings.Fields(fold(f.Search)) {
		if pg {
			conds = append(conds, "search_key LIKE ?")
			args = append(args, "%"+word+"%")
			continue
		}
		conds = append(conds, "instr(search_key, ?) > 0")
		args = append(args, word)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}
