package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"ehcplan/plan"
)

// benchPlans is the size of the caseload the listing targets are set for.
const benchPlans = 10_000

var (
	bigStoreOnce sync.Once
	bigStorePath string
	bigStoreErr  error
	bigStoreDir  string
)

func TestMain(m *testing.M) {
	code := runSuites(m)
	if bigStoreDir != "" {
		os.RemoveAll(bigStoreDir)
	}
	for _, dir := range benchDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// Fictional names, mixed so that searches and sorting meet accents.
var (
	forenames = []string{"Zoë", "Łukasz", "Siobhán", "Ngozi", "Jordan", "Amira", "Leo", "Priyanka",
		"Mateusz", "Aoife", "Kwame", "Søren", "Yusuf", "Chloé", "Tomás", "Maya", "Oluwaseun", "Ffion"}
	surnames = []string{"Ellis", "Nowak", "Nguyễn", "Okafor", "Haddad", "O'Brien", "Wiśniewska", "Patel",
		"Adeyemi-Clarke", "Murphy", "Kowalczyk", "Mensah", "Ødegaard", "Begum", "Straßer", "Jones",
		"Dubois", "Rahman", "Evans", "Khan", "Byrne", "Lindqvist", "Hughes", "Mahmood"}
)

// caseloadPlans returns n plans made from the fixtures with new IDs, names,
// statuses and review dates.
func caseloadPlans(t testing.TB, n int) []*plan.Plan {
	base := fixtures(t)
	statuses := []plan.Status{plan.StatusDraft, plan.StatusFinal, plan.StatusFinal, plan.StatusCeased}
	ps := make([]*plan.Plan, n)
	for i := range ps {
		p := base[i%len(base)].Clone()
		p.ID = fmt.Sprintf("00000000-0000-4000-8000-%012d", i)
		fore, sur := forenames[i%len(forenames)], surnames[(i/len(forenames))%len(surnames)]
		p.Person.Name = fmt.Sprintf("%s %s %d", fore, sur, i)
		p.Person.PreferredName = fore
		p.Status = statuses[i%len(statuses)]
		p.Dates.NextReview = plan.MustDate("2026-01-01").AddDays(i % 400)
		ps[i] = p
	}
	return ps
}

// bigStore returns the path of a closed store of benchPlans plans, built
// once per test binary run.
func bigStore(b *testing.B) string {
	bigStoreOnce.Do(func() {
		bigStoreDir, bigStoreErr = os.MkdirTemp("", "ehcplan-bench-")
		if bigStoreErr != nil {
			return
		}
		bigStorePath = filepath.Join(bigStoreDir, "plans.db")
		bigStoreErr = buildStore(b, bigStorePath, caseloadPlans(b, benchPlans))
	})
	if bigStoreErr != nil {
		b.Fatal(bigStoreErr)
	}
	return bigStorePath
}

func buildStore(b *testing.B, path string, ps []*plan.Plan) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	for start := 0; start < len(ps); start += 500 {
		if err := s.Import(ps[start:min(start+500, len(ps))], "Bench Caseworker"); err != nil {
			s.Close()
			return err
		}
	}
	return s.Close()
}

// openBig opens the shared big store and reports its size per plan.
func openBig(b *testing.B) *Store {
	s, err := Open(bigStore(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// reportBytesPerPlan checkpoints the journal into the file and reports the
// file's size divided by the number of plans. Call it after the b.Loop,
// which clears metrics reported before it.
func reportBytesPerPlan(b *testing.B, s *Store) {
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(s.Path())
	if err != nil {
		b.Fatal(err)
	}
	n, err := s.Count()
	if err != nil || n == 0 {
		b.Fatalf("count: %d, %v", n, err)
	}
	b.ReportMetric(float64(info.Size())/float64(n), "storebytes/plan")
}

func BenchmarkSave40Outcomes(b *testing.B) {
	s := openTemp(b)
	p := bigPlan(40)
	mustSave(b, s, p, "Priya Shah")
	for i := 0; b.Loop(); i++ {
		p.Areas[i%4].Outcomes[0].Measure = fmt.Sprintf("Checked at review %d.", i)
		if err := s.Save(p, "Priya Shah"); err != nil {
			b.Fatal(err)
		}
	}
	body, _ := encodeBody(p)
	b.ReportMetric(float64(len(body)), "planbytes")
}

func BenchmarkList10000(b *testing.B) {
	sqliteOnly(b)
	s := openBig(b)
	for b.Loop() {
		list, err := s.List(Filter{})
		if err != nil || len(list) != benchPlans {
			b.Fatalf("List: %d, %v", len(list), err)
		}
	}
	reportBytesPerPlan(b, s)
}

func BenchmarkSearch10000(b *testing.B) {
	sqliteOnly(b)
	s := openBig(b)
	for b.Loop() {
		list, err := s.List(Filter{Search: "zoe nguyen"})
		if err != nil || len(list) == 0 {
			b.Fatalf("search: %d, %v", len(list), err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	sqliteOnly(b)
	s := openBig(b)
	for i := 0; b.Loop(); i++ {
		id := fmt.Sprintf("00000000-0000-4000-8000-%012d", (i*7919)%benchPlans)
		if _, err := s.Load(id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen10000 is the store's part of start-up: the header check,
// reading the file ahead, PRAGMA quick_check and the migrations check.
func BenchmarkOpen10000(b *testing.B) {
	sqliteOnly(b)
	path := bigStore(b)
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
