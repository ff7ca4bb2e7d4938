package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

const amiraFile = "../../testdata/amira-y12-final.json"

// editedCopy writes the fixture with its first outcome reworded and a new
// section note, and returns the new file's path and the outcome's ID, old
// and new text.
func editedCopy(t *testing.T, path string) (string, string, string, string) {
	t.Helper()
	p, err := plan.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o := &p.Areas[0].Outcomes[0]
	old := o.Text
	o.Text = "I will travel to college on my own."
	if p.SectionNotes == nil {
		p.SectionNotes = map[string]string{}
	}
	p.SectionNotes["I"] = "Placement agreed at panel."
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "new.json")
	if err := os.WriteFile(out, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return out, o.ID, old, o.Text
}

func TestDiffFilesText(t *testing.T) {
	newFile, id, old, now := editedCopy(t, amiraFile)
	code, out, errs := ctl(t, "diff", amiraFile, newFile)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "Section E – Outcomes\n  ~ changed " + id + " (text): " + old + " -> " + now + "\n\n" +
		"Section I – Placement: school or college\n  + added note: Placement agreed at panel.\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

func TestDiffFilesJSON(t *testing.T) {
	newFile, id, old, now := editedCopy(t, amiraFile)
	code, out, errs := ctl(t, "diff", "--json", amiraFile, newFile)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rows []map[string]string
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not a JSON array of strings: %v\n%s", err, out)
	}
	want := []map[string]string{
		{"section": "E", "item": id, "change": "changed", "old": old, "new": now},
		{"section": "I", "item": "note", "change": "added", "old": "", "new": "Placement agreed at panel."},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("JSON:\n%v\nwant\n%v", rows, want)
	}
}

func TestDiffNoChanges(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"diff", amiraFile, amiraFile}, "No changes.\n"},
		{[]string{"diff", amiraFile, amiraFile, "--json"}, "[]\n"},
	}
	for _, tt := range tests {
		code, out, errs := ctl(t, tt.args...)
		if code != exitOK || out != tt.want {
			t.Errorf("%v: exit %d, output %q (want 0, %q)\n%s", tt.args, code, out, tt.want, errs)
		}
	}
}

func TestDiffUsageAndInputErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format":"ehcplan/1",`), 0o600); err != nil {
		t.Fatal(err)
	}
	db := versionedStore(t)
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no arguments", []string{"diff"}, "usage: ehcplanctl diff"},
		{"three files", []string{"diff", amiraFile, amiraFile, amiraFile}, "usage"},
		{"files with --from", []string{"diff", amiraFile, amiraFile, "--from", "1"}, "usage"},
		{"unreadable file", []string{"diff", amiraFile, bad}, bad},
		{"missing file", []string{"diff", filepath.Join(dir, "none.json"), amiraFile}, "none.json"},
		{"unknown plan", []string{"diff", "no-such-plan", "--db", db}, "no plan with this ID"},
		{"version not issued", []string{"diff", storePlanID, "--from", "7", "--db", db}, "no issued version 7 (issued: 1, 2)"},
		{"version not a number", []string{"diff", storePlanID, "--to", "latest", "--db", db}, "not a version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := ctl(t, tt.args...)
			if code != exitUsage || !strings.Contains(errs, tt.stderr) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errs, tt.stderr)
			}
		})
	}
}

const storePlanID = "3c0d8a52-diff-test"

// versionedStore makes a store with one plan issued as version 1, amended
// and issued as version 2 (outcome reworded), then amended again in the
// working copy (provision removed).
func versionedStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "plans.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := plan.ReadFile(amiraFile)
	if err != nil {
		t.Fatal(err)
	}
	p.ID, p.Version = storePlanID, 1
	if err := st.IssueVersion(p, "test"); err != nil {
		t.Fatal(err)
	}
	if p, err = st.StartAmendment(storePlanID, "test"); err != nil {
		t.Fatal(err)
	}
	p.Areas[0].Outcomes[0].Text = "Version two's words."
	p.Status = plan.StatusFinal
	if err := st.IssueVersion(p, "test"); err != nil {
		t.Fatal(err)
	}
	if p, err = st.StartAmendment(storePlanID, "test"); err != nil {
		t.Fatal(err)
	}
	p.Areas[0].Provision = p.Areas[0].Provision[1:]
	if err := st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestDiffVersionsInStore(t *testing.T) {
	db := versionedStore(t)
	v1, err := plan.ReadFile(amiraFile)
	if err != nil {
		t.Fatal(err)
	}
	outcome, prov := v1.Areas[0].Outcomes[0], v1.Areas[0].Provision[0]
	tests := []struct {
		name string
		args []string
		want []diffRow
	}{
		{"working against last issued by default", nil,
			[]diffRow{{string(prov.Section), prov.ID, "removed", "", ""}}},
		{"issued against issued", []string{"--from", "1", "--to", "2"},
			[]diffRow{{"E", outcome.ID, "changed", outcome.Text, "Version two's words."}}},
		{"first against working", []string{"--from", "1", "--to", "working"},
			[]diffRow{{"E", outcome.ID, "changed", outcome.Text, "Version two's words."}, {string(prov.Section), prov.ID, "removed", "", ""}}},
		{"backwards", []string{"--from", "2", "--to", "1"},
			[]diffRow{{"E", outcome.ID, "changed", "Version two's words.", outcome.Text}}},
		{"same version", []string{"--from", "2", "--to", "2"}, []diffRow{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"diff", storePlanID, "--db", db, "--json"}, tt.args...)
			code, out, errs := ctl(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got []diffRow
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			for i := range got {
				if got[i].Change == "removed" {
					got[i].Old = "" // the rendering is plan/diff's business
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestDiffDoesNotWaitForAWriter(t *testing.T) {
	db := versionedStore(t)
	holdWriteLock(t, db)
	code, _, errs := ctl(t, "diff", storePlanID, "--db", db)
	if code != exitOK {
		t.Errorf("diff while another program writes: exit %d\n%s", code, errs)
	}
}

func TestDiffPrintsTextSafely(t *testing.T) {
	p, err := plan.ReadFile(amiraFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, p *plan.Plan) string {
		data, err := plan.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	oldFile := write("old.json", p)
	p.Areas[0].Outcomes[0].Text = "line one\n\x1b[31mred\u202e"
	code, out, _ := ctl(t, "diff", oldFile, write("new.json", p))
	if code != exitOK || strings.ContainsAny(out, "\x1b\u202e") || !strings.Contains(out, `line one\n\x1b[31mred\u202e`) {
		t.Errorf("exit %d, unsafe or unescaped output: %q", code, out)
	}
}
