package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// decodeFast is import's quick path for well-formed files: one strict
// decode straight into the Go types, then checks that the standard decoder
// does not make (exact key case, keys once per object, enum values, year
// group range, section note keys). It reports ok=false on any doubt; the caller then takes the
// slow path, which explains the problem with its JSON path.
func decodeFast(data []byte) (*Plan, bool) {
	if !keysAreKnown(data) {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Plan
	if err := dec.Decode(&p); err != nil || dec.More() {
		return nil, false
	}
	if _, err := dec.Token(); err == nil {
		return nil, false // more text after the plan
	}
	if p.Format != FormatID || !typedValid(reflect.ValueOf(&p).Elem()) {
		return nil, false
	}
	if y := p.Person.YearGroup; y != nil && (*y < 0 || *y > 14) {
		return nil, false
	}
	for k := range p.SectionNotes {
		if !slices.Contains(sectionNoteKeys, k) {
			return nil, false
		}
	}
	if len(p.Extra) > 0 && p.Extra[0] != '{' {
		return nil, false
	}
	return &p, true
}

// knownKeys is every JSON key of every type a plan is made of. encoding/json
// matches keys without regard to case; the format does not, so a key that is
// not exactly one of these sends the file down the slow path.
// Section letters are the keys of section_notes.
var knownKeys = collectKeys(reflect.TypeOf(Plan{}), setOf(sectionNoteKeys))

func setOf(keys []string) map[string]bool {
	set := map[string]bool{}
	for _, k := range keys {
		set[k] = true
	}
	return set
}

func collectKeys(t reflect.Type, keys map[string]bool) map[string]bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		if t != rawMessageType {
			collectKeys(t.Elem(), keys)
		}
	case reflect.Struct:
		if t == dateType {
			return keys
		}
		for name, f := range jsonFields(t) {
			keys[name] = true
			collectKeys(f.Type, keys)
		}
	}
	return keys
}

// keysAreKnown scans the raw JSON for object keys (a string followed by a
// colon) and reports whether each is exactly a known key and appears only
// once in its object. encoding/json would take the last of two equal keys,
// or merge two objects, where the checks saw only one. Keys under "extra"
// may be anything, so a file with a non-empty extra usually takes the slow
// path; that is rare and still correct.
func keysAreKnown(data []byte) bool {
	var seen [][][]byte // the keys met so far in each open object, innermost last
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{':
			if depth == len(seen) {
				seen = append(seen, nil)
			}
			seen[depth] = seen[depth][:0]
			depth++
		case '}':
			if depth == 0 {
				return false
			}
			depth--
		case '"':
			end := stringEnd(data, i)
			if end < 0 {
				return false
			}
			if isKey(data, end+1) {
				key := data[i+1 : end]
				if depth == 0 || !knownKeys[string(key)] || slices.ContainsFunc(seen[depth-1], func(k []byte) bool { return bytes.Equal(k, key) }) {
					return false
				}
				seen[depth-1] = append(seen[depth-1], key)
			}
			i = end
		}
	}
	return true
}

// stringEnd returns the index of the quote that closes the string opened at
// data[start], or -1 if it is never closed.
func stringEnd(data []byte, start int) int {
	for end := start + 1; end < len(data); end++ {
		switch data[end] {
		case '\\':
			end++
		case '"':
			return end
		}
	}
	return -1
}

// isKey reports whether the string that ended just before data[j] is an
// object key: the next thing after it, past white space, is a colon.
func isKey(data []byte, j int) bool {
	for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
		j++
	}
	return j < len(data) && data[j] == ':'
}

// typedValid reports whether every enum in v holds an allowed value or is
// empty (absent); checkEnumsPresent then refuses the absent ones that must
// be there, with their path.
func typedValid(v reflect.Value) bool {
	t := v.Type()
	if t.Implements(enumType) {
		return v.String() == "" || slices.Contains(v.Interface().(enum).allowed(), v.String())
	}
	switch v.Kind() {
	case reflect.Struct:
		if t == dateType {
			return true
		}
		for i := range v.NumField() {
			if !typedValid(v.Field(i)) {
				return false
			}
		}
	case reflect.Slice:
		if t == rawMessageType {
			return true
		}
		for i := range v.Len() {
			if !typedValid(v.Index(i)) {
				return false
			}
		}
	}
	return true
}

// checkEnumsPresent refuses an absent value of an enum that has no empty
// choice: a plan without a status, a need or provision without its
// statutory section, review progress without a status. (Written out rather
// than found by reflection: import runs it on every file and it must be cheap.)
func checkEnumsPresent(p *Plan) error {
	missing := func(path string, e enum) error {
		return &ImportError{Path: path, Problem: "missing: want one of " + strings.Join(e.allowed(), ", ")}
	}
	if p.Status == "" {
		return missing("status", p.Status)
	}
	for ai, a := range p.Areas {
		for ni, n := range a.Needs {
			if n.Section == "" {
				return missing(fmt.Sprintf("areas[%d].needs[%d].section", ai, ni), n.Section)
			}
		}
		for pi, pr := range a.Provision {
			if pr.Section == "" {
				return missing(fmt.Sprintf("areas[%d].provision[%d].section", ai, pi), pr.Section)
			}
		}
	}
	for ri, r := range p.Reviews {
		for gi, g := range r.Progress {
			if g.Status == "" {
				return missing(fmt.Sprintf("reviews[%d].progress[%d].status", ri, gi), g.Status)
			}
		}
		for vi, v := range r.Views {
			if v.Kind == "" {
				return missing(fmt.Sprintf("reviews[%d].views[%d].kind", ri, vi), v.Kind)
			}
		}
	}
	return nil
}
