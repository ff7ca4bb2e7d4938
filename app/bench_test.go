package app

import (
	"path/filepath"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
	"ehcplan/plan/cpuclock"
	"ehcplan/plan/demo"
	"ehcplan/plan/store"
)

// bigStore is a store of n made-up plans.
func bigStore(b *testing.B, n int) *store.Store {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "plans.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if err := st.Import(demo.Plans(n, 1, testToday), "bench"); err != nil {
		b.Fatal(err)
	}
	return st
}

// reportCPU reports the process's CPU time per iteration as cpu-ns/op,
// steadier than wall time on a machine shared with other work. Call it
// after the setup; it reports when the benchmark ends.
func reportCPU(b *testing.B) {
	start := cpuclock.Used()
	b.Cleanup(func() {
		if b.N > 0 {
			b.ReportMetric(float64(cpuclock.Used()-start)/float64(b.N), "cpu-ns/op")
		}
	})
}

// BenchmarkCaseloadQuery10k is what the caseload does off the UI goroutine
// for each keystroke in the search box: list, count and sort 10,000 plans.
func BenchmarkCaseloadQuery10k(b *testing.B) {
	st := bigStore(b, 10000)
	reportCPU(b)
	for b.Loop() {
		rows, err := st.List(store.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Count(); err != nil {
			b.Fatal(err)
		}
		sortRows(rows, false)
	}
}

// BenchmarkCaseloadSearch10k is one search-as-you-type query.
func BenchmarkCaseloadSearch10k(b *testing.B) {
	st := bigStore(b, 10000)
	for b.Loop() {
		if _, err := st.List(store.Filter{Search: "zoe"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckAll10k is the background pass that marks plans with
// checker errors.
func BenchmarkCheckAll10k(b *testing.B) {
	st := bigStore(b, 10000)
	for b.Loop() {
		err := st.Each(func(p *plan.Plan) error {
			check.Check(p, testToday)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// screenful is about how many caseload rows a 1366x768 window shows.
const screenful = 20

// BenchmarkCaseloadNextStepColumn10k is BenchmarkCaseloadQuery10k with
// the "Next step" column: the wider listing, and the step of each row on
// the screen (the list works them out as it shows them).
func BenchmarkCaseloadNextStepColumn10k(b *testing.B) {
	st := bigStore(b, 10000)
	reportCPU(b)
	for b.Loop() {
		rows, err := st.List(store.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Count(); err != nil {
			b.Fatal(err)
		}
		rows, _ = arrange(rows, sortReview, showChoices[0], testToday, nil)
		for _, s := range rows[:screenful] {
			nextStepText(nextCellOf(s, testToday), testToday)
		}
	}
}

// BenchmarkCaseloadSortByNextStep10k is the query sorted by "Next step",
// as each keystroke in the search box repeats it: the steps come from the
// caseload's cache (worked out by the first query), then are sorted.
func BenchmarkCaseloadSortByNextStep10k(b *testing.B) {
	benchSortByNextStep(b, &stepCache{})
}

// BenchmarkCaseloadSortByNextStepFirst10k is the first such query (or one
// after every plan changed): every row's step worked out, then sorted.
func BenchmarkCaseloadSortByNextStepFirst10k(b *testing.B) {
	benchSortByNextStep(b, nil)
}

func benchSortByNextStep(b *testing.B, cache *stepCache) {
	st := bigStore(b, 10000)
	reportCPU(b)
	for b.Loop() {
		rows, err := st.List(store.Filter{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Count(); err != nil {
			b.Fatal(err)
		}
		arrange(rows, sortNextStep, showChoices[0], testToday, cache)
	}
}

// BenchmarkCaseloadNextSteps10k is the steps alone, from the listing.
func BenchmarkCaseloadNextSteps10k(b *testing.B) {
	st := bigStore(b, 10000)
	rows, err := st.List(store.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	reportCPU(b)
	for b.Loop() {
		(*stepCache)(nil).steps(rows, testToday)
	}
}
