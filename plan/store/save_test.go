package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"ehcplan/plan"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	s := openTemp(t)
	ps := append(fixtures(t), plan.New("Ngozi Okafor"), bigPlan(40))
	for _, p := range ps {
		t.Run(p.Person.Name, func(t *testing.T) {
			mustSave(t, s, p, "Priya Shah")
			if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got, p) {
				t.Errorf("loaded plan differs from saved plan\n got %+v\nwant %+v", got, p)
			}
		})
	}
}

func TestSaveReplacesWorkingCopy(t *testing.T) {
	s := openTemp(t)
	p := person("Leo Nowak", "")
	mustSave(t, s, p, "Priya Shah")
	p.Person.PreferredName = "Leo"
	p.Person.Setting = "Hillside Primary School"
	mustSave(t, s, p, "Priya Shah")
	got := mustLoad(t, s, p.ID)
	if got.Person.Setting != "Hillside Primary School" {
		t.Errorf("setting = %q after second save", got.Person.Setting)
	}
	if n, _ := s.Count(); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	list, _ := s.List(Filter{})
	if len(list) != 1 || list[0].PreferredName != "Leo" || list[0].Setting != "Hillside Primary School" {
		t.Errorf("List after re-save = %+v", list)
	}
}

func TestSaveRefusesNoID(t *testing.T) {
	s := openTemp(t)
	p := person("Jordan Ellis", "")
	p.ID = ""
	err := s.Save(p, "Priya Shah")
	if err == nil {
		t.Fatal("saving a plan without an ID succeeded")
	}
	if want := "save plan for Jordan Ellis to " + s.Path(); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
}

func TestLoadMissing(t *testing.T) {
	s := openTemp(t)
	_, err := s.Load("no-such-plan")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Load of a missing plan: %v, want ErrNotFound", err)
	}
	_, err = s.LoadVersion("no-such-plan", 1)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("LoadVersion of a missing plan: %v, want ErrNotFound", err)
	}
}

func TestChangeLogCoalescesSaves(t *testing.T) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	steps := []struct {
		after time.Duration
		by    string
		rows  int // log rows after this save
	}{
		{0, "Priya Shah", 1},
		{2 * time.Minute, "Priya Shah", 1},
		{9 * time.Minute, "Priya Shah", 1}, // ten minutes from the last save, not the first
		{11 * time.Minute, "Priya Shah", 2},
		{time.Minute, "Sam Okoro", 3},
		{time.Minute, "Priya Shah", 4},
	}
	s := openTemp(t)
	c := useClock(s, start)
	p := person("Amira Haddad", "Amira")
	for i, st := range steps {
		c.advance(st.after)
		mustSave(t, s, p, st.by)
		log, err := s.Changes(p.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(log) != st.rows {
			t.Fatalf("step %d: %d log rows, want %d: %+v", i, len(log), st.rows, log)
		}
		newest := log[0]
		if !newest.At.Equal(c.t) || newest.By != st.by || newest.What != "saved" || newest.Name != "Amira Haddad" {
			t.Errorf("step %d: newest change %+v", i, newest)
		}
	}
	if log, _ := s.Changes(p.ID, 2); len(log) != 2 {
		t.Errorf("Changes with limit 2 returned %d rows", len(log))
	}
}

func TestImportAllOrNothing(t *testing.T) {
	good := fixtures(t)
	noID := person("Siobhán Murphy", "")
	noID.ID = ""
	conflict := good[0].Clone()
	conflict.Person.Communication = "Changed after issue."
	cases := []struct {
		name  string
		batch []*plan.Plan
		want  error
	}{
		{"empty ID last", append(append([]*plan.Plan{}, good...), noID), nil},
		{"issued version changed", append(append([]*plan.Plan{}, good[1:]...), conflict), ErrVersionIssued},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			if err := s.Import(good[:1], "Priya Shah"); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, s)
			err := s.Import(tc.batch, "Priya Shah")
			if err == nil {
				t.Fatal("import of a bad batch succeeded")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if after := snapshot(t, s); !reflect.DeepEqual(before, after) {
				t.Errorf("failed import changed the store:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// snapshot is every plan, version and log row, to compare before and after.
func snapshot(t *testing.T, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, table := range []string{"plans", "bodies", "versions", "changes"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[table] = n
	}
	return out
}

func TestImportRecordsIssuedVersions(t *testing.T) {
	s := openTemp(t)
	ps := fixtures(t)
	if err := s.Import(ps, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got, p) {
			t.Errorf("%s: imported working copy differs", p.Person.Name)
		}
		vs, err := s.Versions(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		issued := p.Status == plan.StatusFinal || p.Status == plan.StatusCeased
		if issued != (len(vs) == 1) {
			t.Errorf("%s (%s): %d issued versions", p.Person.Name, p.Status, len(vs))
		}
		if log, _ := s.Changes(p.ID, 1); len(log) != 1 || log[0].What != "imported" {
			t.Errorf("%s: log %+v, want one 'imported' row", p.Person.Name, log)
		}
	}
	// The same files imported again replace the working copies and agree
	// with the versions already issued.
	if err := s.Import(ps, "Priya Shah"); err != nil {
		t.Errorf("re-import of unchanged plans: %v", err)
	}
	if n, _ := s.Count(); n != len(ps) {
		t.Errorf("Count = %d after re-import, want %d", n, len(ps))
	}
}
