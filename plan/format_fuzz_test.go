package plan

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
)

// FuzzDecode checks that import never panics, and that whatever it accepts
// is a plan it should accept: no key appears twice in one object, the
// standard library's own strict decoder agrees, enums hold allowed values,
// IDs are unique, and the plan survives export and re-import unchanged. Seeds: the fixtures and the refusal cases.
func FuzzDecode(f *testing.F) {
	for _, path := range fixturePaths(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(base))
	f.Add([]byte(`{"format":"ehcplan/1","id":"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97","version":1,"status":"final","areas":[{"key":"k","needs":[{"id":"N1","section":"B","category":"semh"}]}]}`))
	f.Add([]byte(`{"format":"ehcplan/1","extra":{"a":1},"section_notes":{"C":null}}`))
	f.Add([]byte(`{"format":"ehcplan/1","dates":{"request":"2025-02-29"}}`))
	f.Add([]byte("\xef\xbb\xbf{\"format\":\"ehcplan/1\"}"))
	f.Add([]byte(`{"format":"ehcplan/1","person":{"year_group":1e2}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(data)
		if err != nil {
			if _, ok := err.(*ImportError); !ok {
				t.Fatalf("refusal is not an *ImportError: %T %v", err, err)
			}
			return
		}
		if path, dup := firstDuplicateKey(data); dup {
			t.Fatalf("accepted a file with the key %s twice in one object", path)
		}
		assertStrictlyValid(t, data, p)
		out, err := Encode(p)
		if err != nil {
			t.Fatalf("export of an accepted plan failed: %v", err)
		}
		again, err := Decode(out)
		if err != nil {
			t.Fatalf("re-import of an exported plan failed: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(p, again) {
			t.Fatalf("round trip changed the plan")
		}
	})
}

// firstDuplicateKey walks the JSON tokens of data (which import accepted, so
// it is valid JSON) and reports the first key that appears twice in one
// object. encoding/json keeps the last value of a scalar but merges repeated
// objects, so a file with duplicates means different things to different
// readers; import must refuse it.
func firstDuplicateKey(data []byte) (string, bool) {
	type frame struct {
		keys      map[string]bool // nil for an array
		expectKey bool
	}
	var stack []*frame
	valueEnded := func() {
		if n := len(stack); n > 0 && stack[n-1].keys != nil {
			stack[n-1].expectKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		if n := len(stack); n > 0 && stack[n-1].expectKey {
			top := stack[n-1]
			if tok == json.Delim('}') {
				stack = stack[:n-1]
				valueEnded()
				continue
			}
			key := tok.(string)
			if top.keys[key] {
				return key, true
			}
			top.keys[key], top.expectKey = true, false
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{keys: map[string]bool{}, expectKey: true})
		case json.Delim('['):
			stack = append(stack, &frame{})
		case json.Delim(']'):
			stack = stack[:len(stack)-1]
			valueEnded()
		default:
			valueEnded()
		}
	}
}

func assertStrictlyValid(t *testing.T, data []byte, p *Plan) {
	t.Helper()
	if p.Format != FormatID {
		t.Fatalf("accepted format %q", p.Format)
	}
	if _, err := uuid.Parse(p.ID); err != nil || len(p.ID) != 36 {
		t.Fatalf("accepted plan ID %q, which is not a UUID", p.ID)
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.DisallowUnknownFields()
	var std Plan
	if err := dec.Decode(&std); err != nil {
		t.Fatalf("accepted what encoding/json refuses: %v", err)
	}
	allowedEnum(t, "status", p.Status)
	allowedEnum(t, "arrangement", p.PersonalBudget.Arrangement)
	allowedEnum(t, "destination", p.Destination.Current)
	allowedEnum(t, "destination", p.Destination.Planned)
	for _, a := range p.Areas {
		for _, n := range a.Needs {
			allowedEnum(t, "need section", n.Section)
		}
		for _, pr := range a.Provision {
			allowedEnum(t, "provision section", pr.Section)
		}
	}
	for _, r := range p.Reviews {
		allowedEnum(t, "recommendation", r.Recommendation)
		for _, g := range r.Progress {
			allowedEnum(t, "progress", g.Status)
		}
	}
	seen := map[string]bool{}
	for _, r := range p.Items() {
		if seen[r.ID] || strings.TrimSpace(r.ID) == "" {
			t.Fatalf("accepted a duplicate or empty ID %q", r.ID)
		}
		seen[r.ID] = true
	}
}

func allowedEnum[E interface {
	enum
	~string
}](t *testing.T, what string, v E) {
	t.Helper()
	if !slices.Contains(v.allowed(), string(v)) {
		t.Fatalf("accepted %s %q", what, v)
	}
}

// BenchmarkDecode1MiB imports a plan file of about 1 MiB (many outcomes
// with long text); the target is under 20 ms.
func BenchmarkDecode1MiB(b *testing.B) {
	data := bigPlanFile(b, 1<<20)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func bigPlanFile(tb testing.TB, size int) []byte {
	p := readFixture(tb, "../testdata/amira-y12-final.json")
	text := strings.Repeat("Amira will plan a bus journey to college and check the timetable herself. ", 10)
	for i := 0; ; i++ {
		ar := &p.Areas[i%len(p.Areas)]
		id := p.NewID(KindOutcome)
		ar.Outcomes = append(ar.Outcomes, Outcome{ID: id, Text: text, By: "2027-07-16", Measure: "Weekly log", Aspirations: []string{"A1"}})
		ar.Provision = append(ar.Provision, Provision{ID: p.NewID(KindProvision), Section: SectionF, Text: text, Who: "Tutor", HowOften: "Weekly", Outcomes: []string{id}})
		if i%50 == 0 {
			out, err := Encode(p)
			if err != nil {
				tb.Fatal(err)
			}
			if len(out) >= size {
				return out
			}
		}
	}
}
