package store

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
)

// damageBody changes the stored working copy of id with raw SQL, as a bad
// disk sector would: replace old with new in its bytes. With keepSum the
// checksum is made to match, as for damage done before there were
// checksums (migration 2 computes them from what is there).
func damageBody(t *testing.T, s *Store, table, idCol, id, old, new string, keepSum bool) {
	t.Helper()
	var body []byte
	if err := s.db.QueryRow(`SELECT body FROM `+table+` WHERE `+idCol+` = ?`, id).Scan(&body); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(body, []byte(old)) {
		t.Fatalf("the stored body has no %q", old)
	}
	body = bytes.Replace(body, []byte(old), []byte(new), 1)
	q := `UPDATE ` + table + ` SET body = ? WHERE ` + idCol + ` = ?`
	args := []any{body, id}
	if keepSum {
		q = `UPDATE ` + table + ` SET body = ?, sha256 = ? WHERE ` + idCol + ` = ?`
		args = []any{body, checksum(body), id}
	}
	if table == "versions" {
		s.db.Exec(`DROP TRIGGER versions_never_change`) // a bad sector does not ask
	}
	if _, err := s.db.Exec(q, args...); err != nil {
		t.Fatal(err)
	}
}

func TestDamagedBodyIsReportedNotRepaired(t *testing.T) {
	cases := []struct {
		name, old, new string
		keepSum        bool
	}{
		{"one byte of a key", `"measure":`, `"meascre":`, false},
		{"the case of a key", `"measure":`, `"Measure":`, false},
		{"one byte of a text", `Observed in`, `Obsarved in`, false},
		{"a key, checksum taken after the damage", `"measure":`, `"meascre":`, true},
		{"a key's case, checksum taken after the damage", `"measure":`, `"Measure":`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			p := bigPlan(2)
			mustSave(t, s, p, "Priya Shah")
			sound := person("Amira Haddad", "")
			mustSave(t, s, sound, "Priya Shah")
			damageBody(t, s, "bodies", "id", p.ID, tc.old, tc.new, tc.keepSum)
			var before []byte
			s.db.QueryRow(`SELECT body FROM bodies WHERE id = ?`, p.ID).Scan(&before)

			_, err := s.Load(p.ID)
			assertPlanDamaged(t, err, p.ID, 0)
			var seen []string
			err = s.Each(func(q *plan.Plan) error { seen = append(seen, q.ID); return nil })
			if !errors.Is(err, ErrDamaged) || len(seen) != 1 || seen[0] != sound.ID {
				t.Errorf("Each: saw %q, %v; want the sound plan, then ErrDamaged", seen, err)
			}
			var after []byte
			s.db.QueryRow(`SELECT body FROM bodies WHERE id = ?`, p.ID).Scan(&after)
			if !bytes.Equal(before, after) {
				t.Error("the damaged body was changed")
			}
		})
	}
}

func TestDamagedVersionIsReported(t *testing.T) {
	sqliteOnly(t)
	s := openTemp(t)
	p := issuedPlan(t, s)
	damageBody(t, s, "versions", "plan_id", p.ID, `"id":`, `"iD":`, true)
	_, err := s.LoadVersion(p.ID, p.Version)
	assertPlanDamaged(t, err, p.ID, p.Version)
}

func assertPlanDamaged(t *testing.T, err error, id string, version int) {
	t.Helper()
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("load of a damaged body: %v, want ErrDamaged", err)
	}
	var pd *PlanDamagedError
	if !errors.As(err, &pd) || pd.ID != id || pd.Version != version {
		t.Fatalf("error %v: want a *PlanDamagedError for plan %s version %d", err, id, version)
	}
	for _, name := range []string{"Morgan", "Tiller", "Jordan", "Ellis"} {
		if strings.Contains(err.Error(), name) {
			t.Errorf("the damage message names the child: %v", err)
		}
	}
	if !strings.Contains(err.Error(), id) {
		t.Errorf("the damage message %q does not name the plan ID", err)
	}
}

// TestDamagedPlansNamesEachPlanEachLeftOut: the error Each returns for
// damaged plans comes apart into one error a plan, each naming its plan.
func TestDamagedPlansNamesEachPlanEachLeftOut(t *testing.T) {
	s := openTemp(t)
	var damaged []string
	for _, name := range []string{"Ada Brook", "Ben Carr", "Cal Dunn"} {
		p := bigPlan(1)
		p.Person.Name = name
		mustSave(t, s, p, "Priya Shah")
		if name != "Ben Carr" {
			damageBody(t, s, "bodies", "id", p.ID, `"measure":`, `"meascre":`, false)
			damaged = append(damaged, p.ID)
		}
	}
	err := s.Each(func(*plan.Plan) error { return nil })
	got := DamagedPlans(err)
	if len(got) != len(damaged) {
		t.Fatalf("DamagedPlans(%v) = %d errors, want %d", err, len(got), len(damaged))
	}
	for _, id := range damaged {
		if !slices.ContainsFunc(got, func(e error) bool { return errors.Is(e, ErrDamaged) && strings.Contains(e.Error(), id) }) {
			t.Errorf("no damaged-plan error names %s: %v", id, got)
		}
	}
	for _, other := range []error{nil, errors.New("the server went away")} {
		if d := DamagedPlans(other); d != nil {
			t.Errorf("DamagedPlans(%v) = %v, want nil", other, d)
		}
	}
}
