package store

import (
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"ehcplan/plan"
)

// queryer is what *sql.DB and *sql.Tx have in common for reads.
type queryer interface {
	QueryRow(query string, args ...any) *sql.Row
}

// Load returns the working copy of a plan; errors.Is(err, ErrNotFound)
// when there is none.
func (s *Store) Load(id string) (*plan.Plan, error) {
	p, err := loadWorking(s.db, id)
	if err != nil {
		return nil, fmt.Errorf("load plan %s from %s: %w", id, s.path, err)
	}
	return p, nil
}

func loadWorking(q queryer, id string) (*plan.Plan, error) {
	var body, sum []byte
	err := q.QueryRow(`SELECT body, sha256 FROM bodies WHERE id = ?`, id).Scan(&body, &sum)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, plain(err)
	}
	return decodeStored(id, 0, body, sum)
}

// Count returns how many plans the store holds.
func (s *Store) Count() (int, error) {
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM plans`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count plans in %s: %w", s.path, plain(err))
	}
	return n, nil
}

// Each calls fn with every working copy in caseload order (as List), one
// at a time on the caller's goroutine, stopping at fn's first error. Plans
// deleted meanwhile are skipped. A damaged plan is skipped too, so one bad
// plan does not hide the rest; their errors (errors.Is(err, ErrDamaged))
// are returned together at the end. fn may use the store.
//
// The plans are read eachChunk at a time, the next chunks read and decoded
// while fn is given this one: a plan saved by fn is seen by Each as it was
// up to two chunks before.
func (s *Store) Each(fn func(*plan.Plan) error) error {
	ids, err := s.orderedIDs()
	if err != nil {
		return err
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	defer wg.Wait()
	defer close(stop)
	var damaged []error
	for c := range s.decodedChunks(ids, stop, &wg) {
		if c.err != nil {
			return fmt.Errorf("load plans from %s: %w", s.path, c.err)
		}
		for _, d := range c.plans {
			switch {
			case d.err != nil:
				damaged = append(damaged, fmt.Errorf("load plan %s from %s: %w", d.id, s.path, d.err))
			case d.plan != nil:
				if err := fn(d.plan); err != nil {
					return err
				}
			}
		}
	}
	return errors.Join(damaged...)
}

// DamagedPlans are the errors, one a plan, of the damaged plans Each left
// out, when err is what it returned; nil when it says none was.
func DamagedPlans(err error) []error {
	if !errors.Is(err, ErrDamaged) {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// chunk is a piece of the caseload read for Each: its bodies, then its
// plans, or why it could not be read.
type chunk struct {
	ids    []string
	bodies map[string]storedBody
	plans  []decoded
	err    error
}

// decodedChunks reads the bodies of ids eachChunk at a time on one
// goroutine and decodes them on another, one chunk ahead each, until
// stop is closed.
func (s *Store) decodedChunks(ids []string, stop <-chan struct{}, wg *sync.WaitGroup) <-chan chunk {
	send := func(to chan<- chunk, c chunk) bool {
		select {
		case to <- c:
			return true
		case <-stop:
			return false
		}
	}
	read, decoded := make(chan chunk, 1), make(chan chunk, 1)
	wg.Go(func() {
		defer close(read)
		for start := 0; start < len(ids); start += eachChunk {
			c := chunk{ids: ids[start:min(start+eachChunk, len(ids))]}
			c.bodies, c.err = s.bodiesOf(c.ids)
			if !send(read, c) || c.err != nil {
				return
			}
		}
	})
	wg.Go(func() {
		defer close(decoded)
		for c := range read {
			if c.err == nil {
				c.plans, c.bodies = decodeAll(c.ids, c.bodies), nil
			}
			if !send(decoded, c) {
				for range read { // let the reader see stop and end
				}
				return
			}
		}
	})
	return decoded
}

func (s *Store) orderedIDs() ([]string, error) {
	rows, err := s.db.Query(`SELECT id FROM plans ORDER BY sort_key, id`)
	if err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list plans in %s: %w", s.path, plain(err))
	}
	return ids, nil
}

// eachChunk is how many plan bodies Each reads at once: one query per plan
// made Each over 25,000 plans on a team server take 20 s, and over 10,000
// in a plans file 0.7 s of its 3.4 s.
const eachChunk = 500

// decoded is one plan of a chunk: its plan, or why it is damaged, or
// neither when it was deleted meanwhile.
type decoded struct {
	id   string
	plan *plan.Plan
	err  error
}

// decodeAll checks and decodes the bodies of a chunk, in caseload order,
// on as many goroutines as there are processors: reading a caseload is
// mostly decoding. fn is still called on Each's own goroutine.
func decodeAll(ids []string, bodies map[string]storedBody) []decoded {
	out := make([]decoded, len(ids))
	workers := min(runtime.GOMAXPROCS(0), len(ids))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(ids); i = int(next.Add(1) - 1) {
				out[i].id = ids[i]
				if b, ok := bodies[ids[i]]; ok {
					out[i].plan, out[i].err = decodeStoredText(ids[i], 0, b.text, b.sum)
				}
			}
		})
	}
	wg.Wait()
	return out
}

// storedBody is a body as read for Each: its text, copied once from the
// driver's row, and its checksum.
type storedBody struct {
	text string
	sum  []byte
}

// bodiesOf reads the stored bodies of the plans with these IDs.
func (s *Store) bodiesOf(ids []string) (map[string]storedBody, error) {
	q, args := `SELECT id, body, sha256 FROM bodies WHERE id = ANY(?)`, []any{ids}
	if !s.db.pg {
		q = `SELECT id, body, sha256 FROM bodies WHERE id IN (` + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + `)`
		args = make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
	}
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, plain(err)
	}
	defer rows.Close()
	out := make(map[string]storedBody, len(ids))
	for rows.Next() {
		var id string
		var body sql.RawBytes // the driver's copy, valid until Next
		var b storedBody
		if err := rows.Scan(&id, &body, &b.sum); err != nil {
			return nil, plain(err)
		}
		b.text = string(body)
		out[id] = b
	}
	return out, plain(rows.Err())
}
