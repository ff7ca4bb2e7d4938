package jsonfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestDecodeProblemSaysWhatAndWhere(t *testing.T) {
	type doc struct {
		Name  string   `json:"name"`
		Lines []string `json:"lines"`
		Parts []struct {
			Ask string `json:"ask"`
		} `json:"parts"`
	}
	for _, c := range []struct {
		name, data string
		line       int
		field      string
		says       string
	}{
		{"not JSON", "{\n\"name\": x}", 2, "", "not valid JSON"},
		{"text wanted", "{\n\n\"name\": 3}", 3, "name", "this should be text in quotes, not a JSON number"},
		{"list of texts wanted", "{\"lines\": \"one\"}", 1, "lines", "this should be a list of texts in quotes, not a JSON string"},
		{"list wanted", "{\"parts\": {}}", 1, "parts", "this should be a [ ] list, not a JSON object"},
		{"group wanted", "{\"parts\": [3]}", 1, "parts", "this should be a { } group of keys, not a JSON number"},
		{"ends too soon", "{\n\"name\": \"a\",\n", 3, "", "the file ends too soon"},
		{"unknown key", "{\n\"nmae\": \"a\"}", 2, "", "unknown field"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dec := json.NewDecoder(bytes.NewReader([]byte(c.data)))
			dec.DisallowUnknownFields()
			var d doc
			err := dec.Decode(&d)
			if err == nil {
				t.Fatal("decoded")
			}
			p := DecodeProblem([]byte(c.data), dec, err)
			if p.Line != c.line || p.Field != c.field || !strings.Contains(p.Err.Error(), c.says) {
				t.Errorf("got line %d field %q %q; want line %d field %q, saying %q", p.Line, p.Field, p.Err, c.line, c.field, c.says)
			}
		})
	}
}

func TestWhere(t *testing.T) {
	for _, c := range []struct {
		path  string
		line  int
		field string
		want  string
	}{
		{"", 0, "", "prompts file"},
		{"/x/prompts.json", 0, "", "prompts file /x/prompts.json"},
		{"/x/prompts.json", 4, "stages[1].ask", "prompts file /x/prompts.json, line 4, stages[1].ask"},
		{"", 4, "", "prompts file line 4"},
	} {
		if got := Where("prompts file", c.path, c.line, c.field); got != c.want {
			t.Errorf("Where(%q, %d, %q) = %q, want %q", c.path, c.line, c.field, got, c.want)
		}
	}
}

var (
	errBadA = errors.New("the A file is not valid")
	errBadB = errors.New("the B file is not valid")
)

type fileA struct{}

func (fileA) Name() string     { return "A file" }
func (fileA) Malformed() error { return errBadA }

type fileB struct{}

func (fileB) Name() string     { return "B file" }
func (fileB) Malformed() error { return errBadB }

// TestErrorSaysItsKindAndIsItsKindsSentinel: an Error says the file, line
// and key under its kind's name, unwraps to the cause and is its own
// kind's Malformed error, never another kind's.
func TestErrorSaysItsKindAndIsItsKindsSentinel(t *testing.T) {
	cause := errors.New("unknown key")
	var err error = &Error[fileA]{Path: "a.json", Line: 3, Field: "x.y", Err: cause}
	if got, want := err.Error(), "A file a.json, line 3, x.y: unknown key"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	for _, c := range []struct {
		target error
		is     bool
	}{{errBadA, true}, {cause, true}, {errBadB, false}} {
		if got := errors.Is(err, c.target); got != c.is {
			t.Errorf("errors.Is(err, %v) = %v, want %v", c.target, got, c.is)
		}
	}
	var b *Error[fileB]
	if errors.As(err, &b) {
		t.Error("an A file's error reads as a B file's")
	}
}
