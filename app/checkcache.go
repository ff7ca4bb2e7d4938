package app

import (
	"time"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/store"
)

// checkCache holds the checker's error count for each plan, so the
// caseload can mark plans with problems. Counting needs every plan's body,
// so it is done off the UI goroutine after the list is showing: one pass
// over the store at first, then only plans changed since.
// Its fields belong to the UI goroutine.
type checkCache struct {
	results  map[string]checkResult
	pending  map[string]bool
	scanning bool
	scanned  bool
}

type checkResult struct {
	errors  int
	updated time.Time // the plan's Updated when it was checked
}

// checkBatch is how many results are gathered before the list is redrawn.
const checkBatch = 500

func newCheckCache() *checkCache {
	return &checkCache{results: map[string]checkResult{}, pending: map[string]bool{}}
}

// errorsFor returns the last known error count (0 if not yet checked).
func (k *checkCache) errorsFor(s store.Summary) int { return k.results[s.ID].errors }

// set records a result (UI goroutine).
func (k *checkCache) set(id string, r checkResult) {
	k.results[id] = r
	delete(k.pending, id)
}

// startFor starts checking what the rows need: the whole store the first
// time, afterwards only plans that are new or changed since their check.
func (k *checkCache) startFor(c *caseload, rows []store.Summary) {
	if k.scanning {
		return
	}
	if !k.scanned {
		k.scanning = true
		c.a.background(func() { k.scanAll(c) })
		return
	}
	var stale []store.Summary
	for _, s := range rows {
		r, ok := k.results[s.ID]
		if (!ok || !r.updated.Equal(s.Updated)) && !k.pending[s.ID] {
			k.pending[s.ID] = true
			stale = append(stale, s)
		}
	}
	if len(stale) > 0 {
		c.a.background(func() { k.checkSome(c, stale) })
	}
}

// scanAll checks every plan in the store (not on the UI goroutine).
func (k *checkCache) scanAll(c *caseload) {
	today := c.a.today()
	updated := map[string]time.Time{}
	all, err := c.a.st.List(store.Filter{})
	if err == nil {
		for _, s := range all {
			updated[s.ID] = s.Updated
		}
	}
	others := caseloadOf(all)
	batch := map[string]checkResult{}
	err = c.a.st.Each(func(p *plan.Plan) error {
		batch[p.ID] = checkResult{check.IssueReportAmong(p, today, others).Errors, updated[p.ID]}
		if len(batch) >= checkBatch {
			k.post(c, batch, false)
			batch = map[string]checkResult{}
		}
		return nil
	})
	k.post(c, batch, true)
	_ = err // a plan that cannot be read is reported when it is opened
}

// checkSome checks a few plans one by one.
func (k *checkCache) checkSome(c *caseload, rows []store.Summary) {
	today := c.a.today()
	others := c.a.caseloadNames()
	batch := map[string]checkResult{}
	for _, s := range rows {
		p, err := c.a.st.Load(s.ID)
		if err != nil {
			continue
		}
		batch[s.ID] = checkResult{check.IssueReportAmong(p, today, others).Errors, s.Updated}
	}
	k.post(c, batch, false)
}

// post hands results to the UI goroutine and redraws the caseload.
func (k *checkCache) post(c *caseload, batch map[string]checkResult, last bool) {
	c.a.do(func() {
		for id, r := range batch {
			k.set(id, r)
		}
		first := last && !k.scanned
		if last {
			k.scanning, k.scanned = false, true
		}
		c.checked(last)
		if first {
			c.a.milestone(MilestoneChecked)
		}
	})
}

// caseloadNames is the caseload's young people by name, for the checker's
// caseload rules (X1, X2: another young person's name in a plan). Only
// names and plan IDs leave the store. If the list cannot be read the
// caseload rules have no one to look for.
func (a *App) caseloadNames() *check.Caseload {
	all, err := a.st.List(store.Filter{})
	if err != nil {
		return nil
	}
	return caseloadOf(all)
}

// caseloadOf is the checker's view of the caseload's rows: names only.
func caseloadOf(rows []store.Summary) *check.Caseload {
	people := make([]check.Person, len(rows))
	for i, s := range rows {
		people[i] = check.Person{PlanID: s.ID, Name: s.Name, PreferredName: s.PreferredName}
	}
	return check.NewCaseload(people)
}
