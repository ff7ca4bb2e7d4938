package prompts

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ehcplan/plan/jsonfile"
)

// ErrMalformed is the kind of every error about a prompts file's content.
var ErrMalformed = errors.New("the prompts file is not valid")

// FileError says what is wrong in a prompts file and where: the file, the
// line (0 when not known) and the key ("stages[2].areas.health.ask").
// Every FileError is an ErrMalformed.
type FileError = jsonfile.Error[promptsFile]

type promptsFile struct{}

func (promptsFile) Name() string     { return "prompts file" }
func (promptsFile) Malformed() error { return ErrMalformed }

// Parse reads a prompts file's content and checks it is complete.
func Parse(data []byte) (*Set, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Set
	if err := dec.Decode(&s); err != nil {
		return nil, decodeError(data, dec, err)
	}
	if dec.More() {
		return nil, &FileError{Line: jsonfile.LineAt(data, dec.InputOffset()), Err: errors.New("there is more after the end of the file's { }")}
	}
	if err := s.validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

func decodeError(data []byte, dec *json.Decoder, err error) *FileError {
	p := jsonfile.DecodeProblem(data, dec, err)
	return &FileError{Line: p.Line, Field: p.Field, Err: p.Err}
}

// validate checks the format, that every stage is there once, and that
// each has a question for every key.
func (s *Set) validate() error {
	if s.Format != FormatID {
		return &FileError{Field: "format", Err: fmt.Errorf("should be %q, not %q", FormatID, s.Format)}
	}
	seen := map[string]bool{}
	for i, st := range s.Stages {
		at := "stages[" + strconv.Itoa(i) + "]"
		if !slices.Contains(Stages, st.Key) {
			return &FileError{Field: at + ".key", Err: fmt.Errorf("unknown stage %q (use one of %s)", st.Key, strings.Join(Stages, ", "))}
		}
		if seen[st.Key] {
			return &FileError{Field: at + ".key", Err: fmt.Errorf("the stage %q is given twice", st.Key)}
		}
		seen[st.Key] = true
		if strings.TrimSpace(st.Name) == "" {
			return &FileError{Field: at + ".name", Err: errors.New("the stage has no name")}
		}
		for _, part := range []struct {
			name string
			m    map[string]Prompt
			keys []string
		}{{"headings", st.Headings, HeadingKeys}, {"areas", st.Areas, AreaKeys}, {"profile", st.Profile, ProfileKeys}} {
			for _, k := range part.keys {
				p, ok := part.m[k]
				if !ok {
					return &FileError{Field: at + "." + part.name + "." + k, Err: errors.New("this question is missing")}
				}
				if strings.TrimSpace(p.Ask) == "" {
					return &FileError{Field: at + "." + part.name + "." + k + ".ask", Err: errors.New("the question has no words")}
				}
			}
		}
	}
	for _, k := range Stages {
		if !seen[k] {
			return &FileError{Field: "stages", Err: fmt.Errorf("the stage %q is missing", k)}
		}
	}
	return nil
}
