package check

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
)

// expectation is a fixture's .expected file: the --today date and the set
// of "RULE ITEM" pairs the checker must produce, exactly.
type expectation struct {
	today plan.Date
	pairs []string
}

func readExpected(t *testing.T, path string) expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var e expectation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if day, ok := strings.CutPrefix(line, "# today "); ok {
			e.today = plan.MustDate(day)
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e.pairs = append(e.pairs, strings.Join(strings.Fields(line), " "))
	}
	if e.today.IsZero() {
		t.Fatalf("%s: no '# today' line", path)
	}
	slices.Sort(e.pairs)
	return e
}

func findingPairs(r Report) []string {
	var pairs []string
	for _, f := range r.Findings {
		item := f.Item
		if item == "" {
			item = "-"
		}
		pairs = append(pairs, f.Rule+" "+item)
	}
	slices.Sort(pairs)
	return slices.Compact(pairs)
}

func TestCheckFixturesExact(t *testing.T) {
	for _, path := range fixturePaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := readExpected(t, strings.TrimSuffix(path, ".json")+".expected")
			r := Check(readFixture(t, path), want.today)
			got := findingPairs(r)
			for _, w := range want.pairs {
				if !slices.Contains(got, w) {
					t.Errorf("missing  %s", w)
				}
			}
			for _, g := range got {
				if !slices.Contains(want.pairs, g) {
					t.Errorf("unexpected %s", g)
				}
			}
			if t.Failed() {
				for _, f := range r.Findings {
					t.Logf("%s %s %s %q", f.Rule, f.Item, f.Where, f.Message)
				}
			}
		})
	}
}
