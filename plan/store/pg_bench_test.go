package store

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
)

// BenchmarkTeamCaseload measures a team server holding a council-sized
// caseload (EHC_BENCH_PLANS, default 25,000 plans), in the PostgreSQL pass
// (over loopback TCP when benchmarks run; see runSuites):
//
//	go test ./plan/store -run XXX -bench TeamCaseload -benchtime 20x
//	EHC_BENCH_PLANS=100000 go test ./plan/store -run XXX -bench TeamCaseload -benchtime 20x -timeout 30m
func BenchmarkTeamCaseload(b *testing.B) {
	pgOnly(b)
	n := 25_000
	if v, err := strconv.Atoi(os.Getenv("EHC_BENCH_PLANS")); err == nil && v > 0 {
		n = v
	}
	s := openTemp(b)
	ps := caseloadPlans(b, n)
	for start := 0; start < n; start += 1000 {
		if err := s.Import(ps[start:min(start+1000, n)], "Bench Caseworker"); err != nil {
			b.Fatal(err)
		}
	}
	ids := make([]string, n)
	for i, p := range ps {
		ids[i] = p.ID
	}
	ps = nil // the app never holds a whole caseload's plans: nor does the client measured here
	runtime.GC()
	if _, err := s.db.Exec(`VACUUM ANALYZE plans, bodies, versions, changes`); err != nil { // as autovacuum would after the import
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("Save40Outcomes/%d", n), func(b *testing.B) {
		p := bigPlan(40)
		rev, err := s.SaveFrom(p, "Priya Shah", 0)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; b.Loop(); i++ {
			p.Areas[i%4].Outcomes[0].Measure = fmt.Sprintf("Checked at review %d.", i)
			if rev, err = s.SaveFrom(p, "Priya Shah", rev); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run(fmt.Sprintf("List/%d", n), func(b *testing.B) {
		for b.Loop() {
			if list, err := s.List(Filter{}); err != nil || len(list) < n {
				b.Fatalf("List: %d, %v", len(list), err)
			}
		}
	})
	b.Run(fmt.Sprintf("Search/%d", n), func(b *testing.B) {
		for b.Loop() {
			if list, err := s.List(Filter{Search: "zoe nguyen"}); err != nil || len(list) == 0 {
				b.Fatalf("search: %d, %v", len(list), err)
			}
		}
	})
	b.Run(fmt.Sprintf("Load/%d", n), func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := s.Load(ids[(i*7919)%n]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
