package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ehcplan/plan"
)

// TestDeleteKeepsASafeCopyOfAnyPlan deletes plans whose names and IDs
// would make an unsafe or impossible file name, and checks each leaves
// one copy, inside deleted/, mode 0600, that decodes as the plan.
func TestDeleteKeepsASafeCopyOfAnyPlan(t *testing.T) {
	cases := []struct{ name, id string }{
		{strings.Repeat("Zoë ", 2500), "id-10k-words"},
		{strings.Repeat("Zoë", 3334), "id-10k"},
		{strings.Repeat("x", 1000), "id-1k"},
		{"Jordan Ellis", "/../../escape"},
		{"Amira \u202eHaddad\n", strings.Repeat("9", 300)},
		{"CON", "NUL"},
	}
	withUmask(t, 0o022)
	for _, c := range cases {
		t.Run(c.id[:min(10, len(c.id))], func(t *testing.T) {
			s := openTemp(t)
			useClock(s, time.Date(2026, 3, 2, 14, 5, 9, 0, time.Local))
			p := plan.New(c.name)
			p.ID = c.id
			mustSave(t, s, p, "Priya Shah")
			if err := s.Delete(p.ID, "Priya Shah"); err != nil {
				t.Fatalf("Delete: %v", err)
			}
			entries, err := os.ReadDir(s.dir())
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if e.Name() != "deleted" && !strings.HasPrefix(e.Name(), "plans.db") {
					t.Errorf("stray %s beside the store", e.Name())
				}
			}
			copies, _ := os.ReadDir(s.deletedDir())
			if len(copies) != 1 {
				t.Fatalf("deleted/ holds %d files, want 1", len(copies))
			}
			path := filepath.Join(s.deletedDir(), copies[0].Name())
			if len(copies[0].Name()) > 100 {
				t.Errorf("copy name is %d bytes", len(copies[0].Name()))
			}
			assertMode(t, path, 0o600)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// json.Unmarshal, not plan.Decode: import takes only UUIDs as
			// plan IDs, and these IDs are made to test the copy's file name.
			var back plan.Plan
			if err := json.Unmarshal(data, &back); err != nil || back.ID != c.id {
				t.Errorf("the copy does not decode as the plan: %v", err)
			}
		})
	}
}
