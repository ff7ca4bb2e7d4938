package insight

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"ehcplan/plan"
	"ehcplan/plan/cpuclock"
	"ehcplan/plan/demo"
)

// BenchmarkCompute10000 is the whole view over 10,000 demo plans (the
// checker's G4 pass over every plan included); the plans are made first.
func BenchmarkCompute10000(b *testing.B) {
	plans := demo.Plans(10000, 7, today)
	runtime.GC() // the garbage of making them is not the view's
	b.ResetTimer()
	cpu := cpuclock.Used()
	for b.Loop() {
		Compute(plans, Scope{}, today, nil)
	}
	reportCPU(b, cpu)
}

// reportCPU adds the CPU time per run (user and system, all threads),
// which other work on a shared machine does not inflate as it does the
// wall time of ns/op.
func reportCPU(b *testing.B, since time.Duration) {
	b.ReportMetric(float64(cpuclock.Used()-since)/float64(b.N)/1e6, "cpu-ms/op")
}

// syntheticStatements are n statements of 5 to 12 words from a 3,000-word
// vocabulary and a few theme words, all of one kind, each from its own
// young person, as the review views arrive: words, not yet stems.
func syntheticStatements(n int) []plan.View {
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"ka", "lo", "mi", "ra", "te", "vo", "su", "ne", "pa", "di", "go", "fe", "bu", "zi"}
	vocab := make([]string, 3000)
	for i := range vocab {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = w.String()
	}
	themes := []string{"travel on my own", "friends at lunch", "more work experience", "homework stress", "a trusted adult"}
	out := make([]plan.View, n)
	for i := range out {
		words := []string{themes[r.IntN(len(themes))]}
		for range 4 + r.IntN(8) {
			words = append(words, vocab[r.IntN(len(vocab))])
		}
		out[i] = plan.View{Who: "young_person", Kind: "future", Text: strings.Join(words, " ")}
	}
	return out
}

// groupViews is the grouping from the words said: fold, stop words,
// stems, then Group.
func groupViews(views []plan.View) []Theme {
	stmts := make([]Statement, len(views))
	cache := map[string]string{}
	for i, v := range views {
		words := foldWords(v.Text)
		st := Statement{Key: statementKey(v.Kind, words), Kind: v.Kind, Text: v.Text, Shared: v.Text, Who: v.Who, Person: i}
		st.stems, st.surface = meaningful(words, func(string) bool { return false }, cache)
		stmts[i] = st
	}
	return Group(stmts, nil)
}

// BenchmarkGroup groups 3,000, 30,000 and 100,000 statements: ns/op over
// n should grow no faster than log n.
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{3000, 30000, 100000} {
		views := syntheticStatements(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			cpu := cpuclock.Used()
			for b.Loop() {
				groupViews(views)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(cpuclock.Used()-cpu)/float64(b.N)/float64(n), "cpu-ns/statement")
		})
	}
}
