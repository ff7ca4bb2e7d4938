package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unsafe"

	"ehcplan/plan"
)

// A stored body is read strictly: its checksum must match, and it must be
// one JSON object whose keys are exactly the format's (case included:
// encoding/json on its own matches keys without regard to case and skips
// unknown ones, so one flipped byte in a key silently dropped a field).
// plan.Decode is not used because it also refuses plans that are fine to
// save while being edited (a new Section B need has no category yet).

// planKeys is every JSON key of the types a plan is made of; opaqueKeys
// are the keys whose values hold keys of their own (maps, raw JSON), which
// the key scan skips.
var planKeys, opaqueKeys = collectKeys(reflect.TypeOf(plan.Plan{}), map[string]bool{}, map[string]bool{})

var (
	unmarshalerType = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()
	rawMessageType  = reflect.TypeOf(json.RawMessage{})
)

func collectKeys(t reflect.Type, keys, opaque map[string]bool) (map[string]bool, map[string]bool) {
	switch {
	case t == rawMessageType || reflect.PointerTo(t).Implements(unmarshalerType):
		return keys, opaque
	case t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice:
		return collectKeys(t.Elem(), keys, opaque)
	case t.Kind() != reflect.Struct:
		return keys, opaque
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		keys[name] = true
		if f.Type == rawMessageType || f.Type.Kind() == reflect.Map {
			opaque[name] = true
		}
		collectKeys(f.Type, keys, opaque)
	}
	return keys, opaque
}

// decodeStored reads a stored body of plan id (version 0: the working
// copy), checking it against its checksum; any problem is a
// *PlanDamagedError.
func decodeStored(id string, version int, body, sum []byte) (*plan.Plan, error) {
	return decodeStoredText(id, version, string(body), sum)
}

// decodeStoredText is decodeStored of a body held as a string: every
// string of the plan is then a piece of it (see fastDecode), with no copy
// of the body made to decode it.
func decodeStoredText(id string, version int, text string, sum []byte) (*plan.Plan, error) {
	problem := func(format string, args ...any) error {
		return &PlanDamagedError{ID: id, Version: version, Problem: fmt.Sprintf(format, args...)}
	}
	body := bytesOf(text)
	if !bytes.Equal(checksum(body), sum) {
		return nil, problem("its checksum does not match what was saved")
	}
	p, err := decodeBody(text)
	if err != nil {
		return nil, problem("%v", err)
	}
	if p.ID != id {
		return nil, problem("it holds plan %q", p.ID)
	}
	return p, nil
}

// bytesOf is text's bytes, not copied: only ever read through, never
// written (a string's bytes must not change).
func bytesOf(text string) []byte { return unsafe.Slice(unsafe.StringData(text), len(text)) }

// decodeBody reads a body strictly: one object, known keys only, exact case.
// A body as encodeBody writes it is read by fastDecode; anything it does
// not take is read by the checks below, which say what is wrong.
func decodeBody(text string) (*plan.Plan, error) {
	if p, ok := fastDecode(text); ok {
		return p, nil
	}
	body := bytesOf(text)
	if err := checkKeys(body); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var p plan.Plan
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("it cannot be read: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("it has more after the plan")
	}
	if string(p.Extra) == "null" {
		p.Extra = nil
	}
	return &p, nil
}

// checkKeys scans the JSON for object keys (a string followed by a colon)
// and refuses any that is not exactly a key of the format, skipping the
// values of opaque keys.
func checkKeys(data []byte) error {
	for i := 0; i < len(data); i++ {
		if data[i] != '"' {
			continue
		}
		end, ok := stringEnd(data, i)
		if !ok {
			return errors.New("it ends inside a text")
		}
		j := skipSpace(data, end+1)
		if j >= len(data) || data[j] != ':' {
			i = end
			continue
		}
		key := data[i+1 : end]
		if !planKeys[string(key)] { // (a lookup by string(key) does not allocate)
			return fmt.Errorf("it has the unknown key %q", key)
		}
		i = j
		if opaqueKeys[string(key)] {
			if i, ok = valueEnd(data, skipSpace(data, j+1)); !ok {
				return fmt.Errorf("the value of %q is cut short", key)
			}
			i-- // the loop steps past the value's last byte
		}
	}
	return nil
}

// stringEnd returns the index of the quote that closes the string opened
// at data[start].
func stringEnd(data []byte, start int) (int, bool) {
	for i := start + 1; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i, true
		}
	}
	return 0, false
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
		i++
	}
	return i
}

// valueEnd returns the index just past the JSON value starting at data[i].
func valueEnd(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return 0, false
	}
	if data[i] == '"' {
		end, ok := stringEnd(data, i)
		return end + 1, ok
	}
	if data[i] != '{' && data[i] != '[' {
		for i < len(data) && !strings.ContainsRune(",}] \n\r\t", rune(data[i])) {
			i++
		}
		return i, true
	}
	depth := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			end, ok := stringEnd(data, i)
			if !ok {
				return 0, false
			}
			i = end
		case '{', '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return i + 1, true
			}
		}
	}
	return 0, false
}
