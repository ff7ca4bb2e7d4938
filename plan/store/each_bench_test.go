package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/cpuclock"
	"ehcplan/plan/demo"
	"ehcplan/plan/insight"
)

// The Insight page and `ehcplanctl insight` read every plan with Each,
// then compute the view: these benchmarks time both halves together, on
// demo plans (which carry reviews, views, destinations and progress).

var insightToday = plan.Date{Year: 2026, Month: 12, Day: 1}

var (
	demoStoreOnce sync.Once
	demoStorePath string
	demoStoreErr  error
)

// demoStore returns the path of a closed SQLite store of benchPlans demo
// plans, built once per test binary run (in bigStoreDir, removed by TestMain).
func demoStore(b *testing.B) string {
	demoStoreOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ehcplan-bench-demo-")
		if err != nil {
			demoStoreErr = err
			return
		}
		demoStorePath = filepath.Join(dir, "plans.db")
		demoStoreErr = buildStore(b, demoStorePath, demo.Plans(benchPlans, 7, insightToday))
		benchDirs = append(benchDirs, dir)
	})
	if demoStoreErr != nil {
		b.Fatal(demoStoreErr)
	}
	return demoStorePath
}

// benchDirs are removed when the test binary ends (see TestMain).
var benchDirs []string

// insightOf is what the Insight page and `ehcplanctl insight` do: read
// every plan into an insight.Caseload with Each, then make the view.
func insightOf(b *testing.B, s *Store, want int) *insight.Report {
	var c insight.Caseload
	if err := s.Each(func(p *plan.Plan) error { c.Add(p); return nil }); err != nil {
		b.Fatal(err)
	}
	if c.Len() != want {
		b.Fatalf("Each gave %d plans, want %d", c.Len(), want)
	}
	return c.Report(insight.Scope{}, insightToday, nil)
}

// readAll reads every plan with Each and keeps them.
func readAll(b *testing.B, s *Store, want int) []*plan.Plan {
	plans := make([]*plan.Plan, 0, want)
	if err := s.Each(func(p *plan.Plan) error { plans = append(plans, p); return nil }); err != nil {
		b.Fatal(err)
	}
	if len(plans) != want {
		b.Fatalf("Each gave %d plans, want %d", len(plans), want)
	}
	return plans
}

// loopWithCPU runs f in the benchmark's loop and adds this process's CPU
// time per run (all threads), which other work on a shared machine does
// not inflate as it does ns/op.
func loopWithCPU(b *testing.B, f func()) {
	since := cpuclock.Used()
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64(cpuclock.Used()-since)/float64(b.N)/1e6, "cpu-ms/op")
}

// openDemoStore opens the 10,000-plan demo plans file (SQLite pass only).
func openDemoStore(b *testing.B) *Store {
	sqliteOnly(b)
	s, err := Open(demoStore(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkEach10000 reads every working copy of a 10,000-plan SQLite store.
func BenchmarkEach10000(b *testing.B) {
	s := openDemoStore(b)
	loopWithCPU(b, func() { readAll(b, s, benchPlans) })
}

// BenchmarkInsight10000 is the Insight page end to end on SQLite: read
// 10,000 plans with Each into an insight.Caseload, then the view.
func BenchmarkInsight10000(b *testing.B) {
	s := openDemoStore(b)
	loopWithCPU(b, func() { insightOf(b, s, benchPlans) })
}

// BenchmarkTeamInsight is the Insight page end to end on a team server of
// EHC_BENCH_PLANS demo plans (default 25,000), over loopback TCP; filling
// the server takes about a minute:
//
//	go test ./plan/store -run XXX -bench TeamInsight -benchtime 3x
func BenchmarkTeamInsight(b *testing.B) {
	pgOnly(b)
	n := 25_000
	if v, err := strconv.Atoi(os.Getenv("EHC_BENCH_PLANS")); err == nil && v > 0 {
		n = v
	}
	s := openTemp(b)
	ps := demo.Plans(n, 7, insightToday)
	for start := 0; start < n; start += 1000 {
		if err := s.Import(ps[start:min(start+1000, n)], "Bench Caseworker"); err != nil {
			b.Fatal(err)
		}
	}
	ps = nil
	runtime.GC()
	if _, err := s.db.Exec(`VACUUM ANALYZE plans, bodies, versions, changes`); err != nil {
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("Each/%d", n), func(b *testing.B) { loopWithCPU(b, func() { readAll(b, s, n) }) })
	b.Run(fmt.Sprintf("Insight/%d", n), func(b *testing.B) { loopWithCPU(b, func() { insightOf(b, s, n) }) })
}
