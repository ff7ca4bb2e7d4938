package insight

import (
	"reflect"
	"runtime"
	"sync"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/cpuclock"
	"ehcplan/plan/demo"
)

var scopes = []Scope{
	{},
	{FromYear: intp(9)},
	{ToYear: intp(8), Area: "employment"},
	{Area: "independent_living"},
	{ReviewFrom: today.AddDays(-200), ReviewTo: today.AddDays(-20)},
	{Setting: "no such school"},
}

// TestCaseloadKeepsNothingOfThePlans: a caseload's view stays the view of
// the plans as they were added, whatever is done to them afterwards (the
// app goes on editing plans while the Insight page holds its caseload).
func TestCaseloadKeepsNothingOfThePlans(t *testing.T) {
	plans := demo.Plans(40, 3, today)
	var c Caseload
	pristine := make([]*plan.Plan, len(plans))
	for i, p := range plans {
		pristine[i] = p.Clone()
		c.Add(p)
	}
	for _, p := range plans {
		scribbleOver(p)
	}
	for _, sc := range scopes {
		if got, want := c.Report(sc, today, nil), Compute(pristine, sc, today, nil); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the caseload's view changed when its plans were edited", sc.Describe())
		}
	}
}

// scribbleOver changes in place every part of a plan Insight reads.
func scribbleOver(p *plan.Plan) {
	p.Status = plan.StatusCeased
	p.Person.Name, p.Person.Setting = "Changed Name", "Changed School"
	if p.Person.YearGroup != nil {
		*p.Person.YearGroup = 3
	}
	p.Destination = plan.Destination{Current: "employment", Planned: "employment"}
	for i := range p.SectionA.Aspirations {
		p.SectionA.Aspirations[i].Area = "health"
	}
	for i := range p.Areas {
		ar := &p.Areas[i]
		ar.Key = "community"
		for j := range ar.Provision {
			ar.Provision[j].Section, ar.Provision[j].Who = "H2", "Changed provider"
		}
		for j := range ar.Outcomes {
			ar.Outcomes[j].ID = "changed"
		}
	}
	for i := range p.Reviews {
		rv := &p.Reviews[i]
		rv.Date = today
		for j := range rv.Views {
			rv.Views[j] = plan.View{Who: "other", Kind: "working", Text: "changed words"}
		}
		for _, list := range [][]string{rv.Working, rv.NotWorking, rv.Future} {
			for j := range list {
				list[j] = "changed words"
			}
		}
		for j := range rv.Progress {
			rv.Progress[j].Status = "achieved"
		}
	}
}

// TestCaseloadViewedInManyScopesAtOnce: views of one caseload made one
// after another, or at once from several goroutines (the Insight page
// starts a new one while an older is still being made), are each the
// view of that scope alone (go test -race checks that they share nothing
// written).
func TestCaseloadViewedInManyScopesAtOnce(t *testing.T) {
	plans := demo.Plans(60, 5, today)
	var c Caseload
	for _, p := range plans {
		c.Add(p)
	}
	want := make([]*Report, len(scopes))
	for i, sc := range scopes {
		want[i] = Compute(plans, sc, today, nil)
	}
	var wg sync.WaitGroup
	for round := range 3 {
		for i, sc := range scopes {
			wg.Go(func() {
				if got := c.Report(sc, today, nil); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("round %d, %s: the view differs from the scope's own", round, sc.Describe())
				}
			})
		}
	}
	wg.Wait()
}

// BenchmarkCaseloadHeld is how much memory a caseload of 10,000 demo plans
// holds, against the plans themselves (which the Insight page kept before):
//
//	go test ./plan/insight -run XXX -bench Held -benchtime 1x
func BenchmarkCaseloadHeld(b *testing.B) {
	for b.Loop() {
		before := heapInUse()
		plans := demo.Plans(10000, 7, today)
		withPlans := heapInUse()
		var c Caseload
		for _, p := range plans {
			c.Add(p)
		}
		plans = nil
		withCaseload := heapInUse()
		b.ReportMetric(float64(withPlans-before)/10000/1024, "plans-kB/plan")
		b.ReportMetric(float64(withCaseload-before)/10000/1024, "caseload-kB/plan")
		runtime.KeepAlive(&c)
	}
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// BenchmarkCaseloadAdd10000 reads 10,000 demo plans into a caseload, as
// the Insight page does while the plans are read; BenchmarkReport10000
// then makes the view of them:
//
//	go test ./plan/insight -run XXX -bench 'Add10000|Report10000' -benchtime 5x
func BenchmarkCaseloadAdd10000(b *testing.B) {
	plans := demo.Plans(10000, 7, today)
	runtime.GC()
	cpu := cpuclock.Used()
	for b.Loop() {
		var c Caseload
		for _, p := range plans {
			c.Add(p)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkReport10000(b *testing.B) {
	var c Caseload
	for _, p := range demo.Plans(10000, 7, today) {
		c.Add(p)
	}
	runtime.GC()
	cpu := cpuclock.Used()
	for b.Loop() {
		c.Report(Scope{}, today, nil)
	}
	reportCPU(b, cpu)
}
