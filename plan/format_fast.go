package plan

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
)

// decodeFast is import's quick path for well-formed files: one strict
// decode straight into the Go types, then checks that the standard decoder
// does not make (exact key case, enum values, year group range, section
// note keys). It reports ok=false on any doubt; the caller then takes the
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
// colon) and reports whether each is exactly a known key. Keys under
// "extra" may be anything, so a file with a non-empty extra takes the slow
// path; that is rare and still correct.
func keysAreKnown(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		end := i + 1
		for end < len(data) && data[end] != '"' {
			if data[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(data) {
			return false
		}
		j := end + 1
		for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
			j++
		}
		if j < len(data) && data[j] == ':' && !knownKeys[string(data[i+1:end])] {
			return false
		}
		i = end
	}
	return true
}

// typedValid reports whether every enum in v holds an allowed value.
func typedValid(v reflect.Value) bool {
	t := v.Type()
	if t.Implements(enumType) {
		return slices.Contains(v.Interface().(enum).allowed(), v.String()) || (v.String() == "" && t == reflect.TypeOf(Status("")))
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
