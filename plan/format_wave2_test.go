package plan

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// wave2Keys is a fixture holding every key PLAN-FORMAT.md adds in wave 2.
const wave2Keys = `{
  "format": "ehcplan/1", "id": "0b5c3d1e-7a2f-4e8b-9c6d-1f2e3a4b5c6d", "version": 1, "status": "draft",
  "person": {"name": "Tomasz Wójcik", "date_of_birth": "2011-03-04",
    "address": "12 Willow Row, Northbridge", "sex": "male", "ethnicity": "White Polish",
    "nhs_number": "9434765919", "upn": "A123456789012", "looked_after": false, "own_decisions": true,
    "contacts": [{"name": "Ewa Wójcik", "relationship": "mother", "parental_responsibility": true,
      "phone": "01632 960123", "email": "ewa@example.org", "address": "12 Willow Row", "main": true}],
    "professionals": [{"name": "Dr Aisha Rahman", "role": "GP", "service": "Northbridge Surgery",
      "phone": "01632 960999", "email": "gp@example.org"}]},
  "officer": {"name": "Priya Shah", "role": "SEN caseworker", "signed": "2026-11-20"},
  "section_a": {"history": "I moved here when I was six.",
    "profile": {"admire": "I am funny.", "important": "My dog.", "support": "Give me time."},
    "said": [{"heading": "aspiration", "who": "young_person", "text": "I want to be a vet."}]},
  "areas": [{"key": "health", "title": "Good health", "provision": [
    {"id": "P1", "section": "G", "text": "Dietitian review", "commissioner": "Northbridge Integrated Care Board"}]}],
  "advice": [{"title": "Advice", "author": "Dr Rahman", "role": "GP", "date": "2026-10-01", "kind": "medical"}],
  "reviews": [{"date": "2026-10-10", "invited": "2026-09-20", "report_sent": "2026-10-20",
    "decision": "amend", "decision_date": "2026-11-01", "amendment_sent": "2026-11-05",
    "views": [{"who": "family", "kind": "working", "text": "He likes the bus.", "top": true}]}]
}`

func TestImportKeepsEveryWave2Key(t *testing.T) {
	p, err := Decode([]byte(wave2Keys))
	if err != nil {
		t.Fatal(err)
	}
	if p.Person.LookedAfter == nil || *p.Person.LookedAfter || p.Person.OwnDecisions == nil || !*p.Person.OwnDecisions {
		t.Errorf("looked_after/own_decisions = %v/%v", p.Person.LookedAfter, p.Person.OwnDecisions)
	}
	if p.Officer.Name != "Priya Shah" || p.Officer.Signed.String() != "2026-11-20" {
		t.Errorf("officer = %+v", p.Officer)
	}
	if got := p.Areas[0].Provision[0].Commissioner; got != "Northbridge Integrated Care Board" {
		t.Errorf("commissioner = %q", got)
	}
	if r := p.Reviews[0]; r.Decision != "amend" || len(r.Views) != 1 || !r.Views[0].Top {
		t.Errorf("review = %+v", r)
	}
	out, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Decode(out)
	if err != nil {
		t.Fatalf("re-import of its own export: %v", err)
	}
	if !reflect.DeepEqual(p, again) {
		t.Error("import -> export -> import changed the plan")
	}
}

// A plan without wave-2 keys exports without them, exactly as before.
func TestExportWritesNoEmptyWave2Keys(t *testing.T) {
	p := New("Ada Brown")
	out, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"officer", "contacts", "nhs_number", "looked_after", "profile", "said", "history", "views", "commissioner", "invited"} {
		if strings.Contains(string(out), `"`+k+`"`) {
			t.Errorf("export of a plan without %s writes the key", k)
		}
	}
}

func TestImportRefusesBadWave2Values(t *testing.T) {
	cases := []struct{ from, to, path string }{
		{`"looked_after": false`, `"looked_after": "no"`, "person.looked_after"},
		{`"kind": "medical"`, `"kind": "doctor"`, "advice[0].kind"},
		{`"who": "family"`, `"who": "neighbour"`, "reviews[0].views[0].who"},
		{`"kind": "working"`, `"kind": ""`, "reviews[0].views[0].kind"},
		{`"signed": "2026-11-20"`, `"signed": "20/11/2026"`, "officer.signed"},
	}
	for _, c := range cases {
		in := strings.Replace(wave2Keys, c.from, c.to, 1)
		_, err := Decode([]byte(in))
		var ie *ImportError
		if !errors.As(err, &ie) || ie.Path != c.path {
			t.Errorf("%s -> %s: err = %v, want an ImportError at %s", c.from, c.to, err, c.path)
		}
	}
}
