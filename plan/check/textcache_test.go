package check

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"ehcplan/plan"
)

// The token cache must not change any answer: checking plans one after
// another, in parallel and with an empty cache gives the same reports.
func TestCheckSameWithCacheAndInParallel(t *testing.T) {
	today := plan.MustDate("2026-01-12")
	var plans []*plan.Plan
	for _, path := range fixturePaths(t) {
		plans = append(plans, readFixture(t, path))
	}
	plans = append(plans, benchPlan(40))
	want := make([]Report, len(plans))
	for i, p := range plans {
		texts.reset()
		want[i] = Check(p, today)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 20 {
				i := (g + round) % len(plans)
				if got := Check(plans[i], today); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("plan %d: a cached or parallel check differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTextCacheIsBounded(t *testing.T) {
	texts.reset()
	ctx := &textCtx{names: []string{"sam"}}
	for i := range textCacheMax + 10 {
		texts.get("sam", fmt.Sprintf("Sam will read %d words.", i), ctx)
	}
	texts.mu.Lock()
	size := texts.size
	texts.mu.Unlock()
	if size > textCacheMax || size == 0 {
		t.Errorf("cache holds %d texts, want 1..%d", size, textCacheMax)
	}
	// Names change how a text reads, so they are part of the key.
	a := texts.get("sam", "Sam will read.", ctx).toks
	b := texts.get("", "Sam will read.", &textCtx{}).toks
	if a[0].cls&clsName == 0 || b[0].cls&clsName != 0 {
		t.Error("tokens were shared between different names")
	}
}
