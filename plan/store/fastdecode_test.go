package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/demo"
)

// strictDecode is decodeBody without its fast path.
func strictDecode(body []byte) (*plan.Plan, error) {
	if err := checkKeys(body); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var p plan.Plan
	if err := dec.Decode(&p); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, fmt.Errorf("more after the plan")
	}
	if string(p.Extra) == "null" {
		p.Extra = nil
	}
	return &p, nil
}

// fillFields sets every field reachable from v to a value that is not its zero,
// slices to two items, so that a field fastDecode forgets shows.
func fillFields(v reflect.Value, n int) {
	switch {
	case v.Type() == reflect.TypeOf(plan.Date{}):
		v.Set(reflect.ValueOf(plan.MustDate("2026-03-01").AddDays(n)))
		return
	case v.Type() == reflect.TypeOf(json.RawMessage{}):
		v.SetBytes([]byte(`{"local":{"x":[1,"\u00e9",null,true]}}`))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("text %d é <&> \"quoted\" \u2028", n))
	case reflect.Int:
		v.SetInt(int64(n%14 + 1))
	case reflect.Float64:
		v.SetFloat(1234.5 + float64(n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillFields(v.Elem(), n)
	case reflect.Struct:
		for i := range v.NumField() {
			fillFields(v.Field(i), n+i)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillFields(v.Index(i), n+i)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for _, k := range []string{"B", "F"} {
			e := reflect.New(v.Type().Elem()).Elem()
			fillFields(e, n)
			v.SetMapIndex(reflect.ValueOf(k), e)
		}
	}
}

func everyField() *plan.Plan {
	var p plan.Plan
	fillFields(reflect.ValueOf(&p).Elem(), 1)
	return &p
}

// bodiesForDecode are stored bodies of many shapes: every field set, the
// fixtures, demo plans, and empty, null and absent lists.
func bodiesForDecode(t *testing.T) map[string][]byte {
	t.Helper()
	bodies := map[string][]byte{}
	add := func(name string, p *plan.Plan) {
		body, err := encodeBody(p)
		if err != nil {
			t.Fatal(err)
		}
		bodies[name] = body
	}
	add("every field", everyField())
	for i, p := range fixtures(t) {
		add(fmt.Sprintf("fixture %d", i), p)
	}
	for i, p := range demo.Plans(40, 3, plan.MustDate("2026-12-01")) {
		add(fmt.Sprintf("demo %d", i), p)
	}
	empty := everyField()
	empty.Areas, empty.Reviews = []plan.Area{}, nil
	empty.SectionNotes, empty.Extra = nil, nil
	add("empty and null", empty)
	bodies["spaced"] = []byte(" {\n\t\"id\" : \"x\" , \"areas\" : [ { \"needs\" : [ ] } ] , \"extra\" : null }\n ")
	bodies["absent keys"] = []byte(`{"id":"x"}`)
	bodies["nulls"] = []byte(`{"id":"x","person":{"year_group":null,"looked_after":null,"name":null},"dates":null,"areas":[null],"section_notes":null,"personal_budget":{"amount_gbp":null}}`)
	bodies["escapes"] = []byte(`{"id":"x","caseworker":"\ud83d\ude00 \u00e9\n\"\\\/","section_notes":{"B":"\u0041"}}`)
	bodies["numbers"] = []byte(`{"id":"x","version":-0,"personal_budget":{"amount_gbp":-1.5e+3},"person":{"year_group":0}}`)
	return bodies
}

// TestFastDecodeReadsEveryField: every body the store writes is read by
// the fast path, to exactly the plan the strict path reads.
func TestFastDecodeReadsEveryField(t *testing.T) {
	for name, body := range bodiesForDecode(t) {
		t.Run(name, func(t *testing.T) {
			want, err := strictDecode(body)
			if err != nil {
				t.Fatalf("strict decode: %v", err)
			}
			got, ok := fastDecode(string(body))
			if !ok {
				t.Fatal("the fast path refused a body the store writes")
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				t.Errorf("fast decode differs:\n got %s\nwant %s", g, w)
			}
		})
	}
}

// TestFastDecodeTakesNothingTheStrictPathRefuses: bodies damaged in many
// ways are either refused by the fast path (and left to the strict one) or
// read to the plan the strict path reads; never taken when strict refuses.
func TestFastDecodeTakesNothingTheStrictPathRefuses(t *testing.T) {
	cases := map[string]string{
		"a key's case":          `{"id":"x","Caseworker":"a"}`,
		"an unknown key":        `{"id":"x","caseworkr":"a"}`,
		"a key of another type": `{"id":"x","measure":"a"}`,
		"an escaped key":        `{"\u0069d":"x"}`,
		"a key twice":           `{"id":"x","id":"y"}`,
		"more after":            `{"id":"x"} {}`,
		"cut short":             `{"id":"x"`,
		"a number as text":      `{"id":"x","version":"1"}`,
		"a fraction":            `{"id":"x","version":1.5}`,
		"a leading zero":        `{"id":"x","version":01}`,
		"a bad date":            `{"id":"x","dates":{"issued":"2026-02-30"}}`,
		"a date as a number":    `{"id":"x","dates":{"issued":20260201}}`,
		"a control character":   "{\"id\":\"x\ty\"}",
		"a bad escape":          `{"id":"x\q"}`,
		"bad extra":             `{"id":"x","extra":{"a":tru}}`,
		"a list as text":        `{"id":"x","areas":"none"}`,
		"a BOM":                 "\xef\xbb\xbf{\"id\":\"x\"}",
		"not an object":         `["id"]`,
	}
	check := func(t *testing.T, body []byte) {
		got, ok := fastDecode(string(body))
		want, err := strictDecode(body)
		switch {
		case ok && err != nil:
			t.Errorf("fast path took %q, which the strict path refuses: %v", body, err)
		case ok && !reflect.DeepEqual(got, want):
			t.Errorf("fast path read %q differently", body)
		}
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			if _, ok := fastDecode(body); ok {
				t.Errorf("fast path took %q", body)
			}
			check(t, []byte(body))
		})
	}
	// One byte changed, dropped or doubled, at random places of real bodies.
	r := rand.New(rand.NewPCG(5, 8))
	for name, body := range bodiesForDecode(t) {
		t.Run("mutated "+name, func(t *testing.T) {
			for range 300 {
				b := bytes.Clone(body)
				i := r.IntN(len(b))
				switch r.IntN(3) {
				case 0:
					b[i] = "\"{}[],:\\ 0aAeE-.tnu"[r.IntN(19)]
				case 1:
					b = append(b[:i], b[i+1:]...)
				default:
					b = append(b[:i+1], b[i:]...)
				}
				check(t, b)
			}
		})
	}
}

func FuzzFastDecode(f *testing.F) {
	f.Add([]byte(`{"id":"x","areas":[{"needs":[{"id":"N1"}]}],"extra":{}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		got, ok := fastDecode(string(body))
		if !ok {
			return
		}
		want, err := strictDecode(body)
		if err != nil {
			t.Fatalf("fast path took %q, which the strict path refuses: %v", body, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast path read %q differently", body)
		}
	})
}

// BenchmarkDecodeBody reads one demo plan's stored body, by the fast path
// and by the strict one.
func BenchmarkDecodeBody(b *testing.B) {
	body, err := encodeBody(demo.Plans(1, 7, insightToday)[0])
	if err != nil {
		b.Fatal(err)
	}
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, ok := fastDecode(string(body)); !ok {
				b.Fatal("refused")
			}
		}
	})
	b.Run("strict", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, err := strictDecode(body); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestScanTextFindsEveryByte: the eight-bytes-at-a-time check agrees with
// a plain loop, wherever the byte is.
func TestScanTextFindsEveryByte(t *testing.T) {
	for n := range 24 {
		for at := range n {
			for _, c := range []byte{0x00, 0x09, 0x1f, 0x20, '"', '\\', 0x7f, 0x80, 0xc3, 0xff} {
				b := bytes.Repeat([]byte{'a'}, n)
				b[at] = c
				control, escape, high := scanText(b)
				if control != (c < 0x20) || !control && (escape != (c == '\\') || high != (c >= 0x80)) {
					t.Errorf("scanText(%q) = %v, %v, %v", b, control, escape, high)
				}
			}
		}
	}
}
