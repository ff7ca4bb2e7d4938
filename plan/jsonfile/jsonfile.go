// Package jsonfile says what is wrong in a JSON file a local authority
// edits by hand (the notices to families, the meeting prompts) and where,
// in words a person at a council can act on: the file, the line and the
// key.
package jsonfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Where is "notices file PATH, line N, KEY", leaving out what is not known.
func Where(kind, path string, line int, field string) string {
	var where []string
	if path != "" {
		where = append(where, path)
	}
	if line > 0 {
		where = append(where, "line "+strconv.Itoa(line))
	}
	if field != "" {
		where = append(where, field)
	}
	if len(where) == 0 {
		return kind
	}
	return kind + " " + strings.Join(where, ", ")
}

// Kind is the kind of file an Error is about: its name in messages
// ("notices file") and the sentinel every such error is (errors.Is).
type Kind interface {
	Name() string
	Malformed() error
}

// Error says what is wrong in a file of kind K and where: the file, the
// line (1 is the first; 0 when not known) and the key
// ("final.paragraphs[3]"). errors.Is(err, K's Malformed()) holds for
// every one.
type Error[K Kind] struct {
	Path  string
	Line  int
	Field string
	Err   error
}

func (e *Error[K]) Error() string {
	var k K
	return Where(k.Name(), e.Path, e.Line, e.Field) + ": " + e.Err.Error()
}

func (e *Error[K]) Unwrap() error { return e.Err }

// Is makes every Error of kind K the kind's Malformed error.
func (e *Error[K]) Is(target error) bool {
	var k K
	return target == k.Malformed()
}

// Problem is what a decoder's error means: the line (1 is the first), the
// key when the decoder names one, and the problem in plain words.
type Problem struct {
	Line  int
	Field string
	Err   error
}

// DecodeProblem explains err, which dec gave while decoding data.
func DecodeProblem(data []byte, dec *json.Decoder, err error) Problem {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return Problem{Line: LineAt(data, se.Offset), Err: fmt.Errorf("not valid JSON: %w", se)}
	case errors.As(err, &te):
		return Problem{Line: LineAt(data, te.Offset), Field: te.Field,
			Err: fmt.Errorf("this should be %s, not a JSON %s", typeWord(te.Type), te.Value)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return Problem{Line: LineAt(data, int64(len(data))), Err: errors.New("the file ends too soon")}
	}
	// An unknown key ("json: unknown field \"x\""): the decoder has just read it.
	return Problem{Line: LineAt(data, dec.InputOffset()), Err: err}
}

// typeWord is what a value of type t looks like in the file.
func typeWord(t reflect.Type) string {
	switch {
	case t.Kind() == reflect.String:
		return "text in quotes"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "a list of texts in quotes"
	case t.Kind() == reflect.Slice:
		return "a [ ] list"
	}
	return "a { } group of keys"
}

// LineAt is the line of a byte offset in data (1 is the first).
func LineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}
