package check

import (
	"os"
	"path/filepath"
	"testing"

	"ehcplan/plan"
)

// fixtureDir holds the three fictional fixtures and their .expected sets.
const fixtureDir = "../../testdata/"

func fixturePaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(fixtureDir + "*.json")
	if err != nil || len(paths) < 3 {
		t.Fatalf("fixtures missing: %v %v", paths, err)
	}
	return paths
}

// readFixture imports a fixture by name ("jordan-y10-final") or path.
func readFixture(t testing.TB, nameOrPath string) *plan.Plan {
	t.Helper()
	path := nameOrPath
	if filepath.Ext(path) != ".json" {
		path = fixtureDir + nameOrPath + ".json"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatalf("import %s: %v", path, err)
	}
	return p
}
