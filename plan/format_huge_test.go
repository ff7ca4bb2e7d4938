package plan

import (
	"errors"
	"strings"
	"testing"
)

// tenMB is a field of 10 MB, inside a file under the 16 MiB limit; oneMB
// is enough to show a refusal's message does not quote a field whole.
var (
	tenMB = strings.Repeat("Amira ", 10<<20/6)
	oneMB = tenMB[:1<<20]
)

// TestHugeFieldImportsOrIsRefusedBriefly: a 10 MB text imports where any
// text may stand, and is refused in a one-line message (no 10 MB quote)
// wherever it is not allowed: a date, an enum, an ID, a key, a number.
func TestHugeFieldImportsOrIsRefusedBriefly(t *testing.T) {
	cases := []struct {
		name, from, to, wantPath string // wantPath "" means it imports
	}{
		{"name", `"name":"Test Child"`, `"name":"` + tenMB + `"`, ""},
		{"extra", `"extra":{"local":{"x":[1,2]}}`, `"extra":{"local":"` + tenMB + `"}`, ""},
		{"date", `"request":"2025-01-02"`, `"request":"` + oneMB + `"`, "dates.request"},
		{"date as a list", `"request":"2025-01-02"`, `"request":["` + oneMB + `"]`, "dates.request"},
		{"enum", `"status":"draft"`, `"status":"` + oneMB + `"`, "status"},
		{"plan id", `"id":"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97"`, `"id":"` + oneMB + `"`, "id"},
		{"category", `"category":"semh"`, `"category":"` + oneMB + `"`, "areas[0].needs[0].category"},
		{"number", `"version":1`, `"version":1` + strings.Repeat("0", 1<<20), "version"},
		{"duplicate item ID", `{"id":"P1"`, `{"id":"` + oneMB + `"`, ""},
		{"unknown key", `"version":1,`, `"version":1,"` + oneMB + `":1,`, "Amira Amira Amira Amira Amira Amira Amira Amira Amira Ami..."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := strings.Replace(base, c.from, c.to, 1)
			if doc == base || len(doc) > MaxFileSize {
				t.Fatalf("bad case: %d bytes", len(doc))
			}
			_, err := Decode([]byte(doc))
			if c.wantPath == "" {
				if err != nil {
					t.Fatalf("refused: %.300v", err)
				}
				return
			}
			var ie *ImportError
			if !errors.As(err, &ie) || ie.Path != c.wantPath {
				t.Fatalf("got %.300v, want a refusal at %s", err, c.wantPath)
			}
			if n := len(err.Error()); n > 400 {
				t.Errorf("message is %d bytes long: %.300s", n, err.Error())
			}
		})
	}
	t.Run("duplicate of a huge item ID", func(t *testing.T) {
		doc := strings.Replace(strings.Replace(base, `{"id":"P1"`, `{"id":"`+oneMB+`"`, 1), `{"id":"O1"`, `{"id":"`+oneMB+`"`, 1)
		_, err := Decode([]byte(doc))
		var ie *ImportError
		if !errors.As(err, &ie) || ie.Path != "areas[0].provision[0].id" || len(err.Error()) > 400 {
			t.Errorf("got %.300v (%d bytes)", err, len(err.Error()))
		}
	})
}

// BenchmarkDecodeHugeField imports a file whose person's name is 10 MB: it
// should take about ten times BenchmarkDecode1MiB's time per file, not more
// (no work grows faster than the field).
func BenchmarkDecodeHugeField(b *testing.B) {
	data := []byte(strings.Replace(base, `"name":"Test Child"`, `"name":"`+tenMB+`"`, 1))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
