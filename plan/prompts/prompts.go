// Package prompts holds the questions asked in a meeting with a young
// person and their family, as data a local authority can change: for each
// stage of life (early years to post-19), a question in plain words for
// each Section A heading, each Preparing for Adulthood area and each part
// of the one-page profile, with gentle further prompts and one or two
// examples of the kind of answer.
//
// # The prompts file
//
// The built-in prompts are prompts.json in this package (embedded). A
// local authority may put its own prompts.json beside the plans store
// (Beside); Load reads it instead. It must have the same shape:
//
//	{
//	  "format": "ehcplan-prompts/1",
//	  "stages": [                        // every stage in Stages, once
//	    {"key": "early_years", "name": "Early years",
//	     "headings": {"dreams": P, "interests": P, "strengths": P, "about": P, "other": P},
//	     "areas":    {"employment": P, "independent_living": P, "community": P, "health": P, "other": P},
//	     "profile":  {"admire": P, "important": P, "support": P}},
//	    ...
//	  ]
//	}
//
// where P is {"ask": "the question", "prompts": ["..."], "examples": ["..."]}.
// "other" is used for a heading or area the plan names locally. A file
// that is not valid is refused whole with a *FileError naming the file,
// the line and the key (errors.Is(err, ErrMalformed)).
package prompts

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// FormatID is the value of the "format" key of a prompts file.
const FormatID = "ehcplan-prompts/1"

// FileName is the prompts file's name, beside the plans store.
const FileName = "prompts.json"

// maxFileSize caps what Load reads: the built-in file is about 20 KB.
const maxFileSize = 1 << 20

//go:embed prompts.json
var defaultJSON []byte

// Stage keys, youngest first (see StageFor).
const (
	EarlyYears = "early_years" // before Year 1
	Primary    = "primary"     // Years 1 to 6
	Years7to8  = "years_7_8"
	Years9to11 = "years_9_11" // preparing for adulthood starts in law at Year 9
	Post16     = "post_16"    // Years 12 to 14
	Post19     = "post_19"    // past Year 14, to age 25
)

// Stages lists every stage key, youngest first.
var Stages = []string{EarlyYears, Primary, Years7to8, Years9to11, Post16, Post19}

// Other is the key used for a heading or area the plan names locally.
const Other = "other"

// Keys every stage must have.
var (
	HeadingKeys = []string{"dreams", "interests", "strengths", "about", Other}
	AreaKeys    = []string{"employment", "independent_living", "community", "health", Other}
	ProfileKeys = []string{"admire", "important", "support"}
)

// Prompt is one question with its further prompts and example answers.
type Prompt struct {
	Ask      string   `json:"ask"`
	Prompts  []string `json:"prompts"`
	Examples []string `json:"examples"`
}

// Stage is the prompts for one stage of life.
type Stage struct {
	Key      string            `json:"key"`
	Name     string            `json:"name"`
	Headings map[string]Prompt `json:"headings"`
	Areas    map[string]Prompt `json:"areas"`
	Profile  map[string]Prompt `json:"profile"`
}

// Heading is the prompt for a Section A heading key ("other" for a local one).
func (s *Stage) Heading(key string) Prompt { return orOther(s.Headings, key) }

// Area is the prompt for a Preparing for Adulthood area key ("other" for a local one).
func (s *Stage) Area(key string) Prompt { return orOther(s.Areas, key) }

func orOther(m map[string]Prompt, key string) Prompt {
	if p, ok := m[key]; ok {
		return p
	}
	return m[Other]
}

// Set is a whole prompts file.
type Set struct {
	Format string  `json:"format"`
	Stages []Stage `json:"stages"`
}

// Stage returns the stage with this key (Years 9-11 if there is none,
// which a Set that passed validation always has).
func (s *Set) Stage(key string) *Stage {
	for i := range s.Stages {
		if s.Stages[i].Key == key {
			return &s.Stages[i]
		}
	}
	for i := range s.Stages {
		if s.Stages[i].Key == Years9to11 {
			return &s.Stages[i]
		}
	}
	return &s.Stages[0]
}

// StageFor is the stage of a National Curriculum year group (Reception =
// 0, negative before school); known is false when the year is not known,
// and gives Years 9-11, the prompts that suit the widest range of ages.
func StageFor(year int, known bool) string {
	switch {
	case !known:
		return Years9to11
	case year <= 0:
		return EarlyYears
	case year <= 6:
		return Primary
	case year <= 8:
		return Years7to8
	case year <= 11:
		return Years9to11
	case year <= 14:
		return Post16
	}
	return Post19
}

// Default returns the built-in prompts.
func Default() *Set {
	s, err := Parse(defaultJSON)
	if err != nil {
		panic("prompts: the built-in prompts.json is not valid: " + err.Error())
	}
	return s
}

// Beside is the prompts file in the folder of the plans store at storePath.
func Beside(storePath string) string {
	return filepath.Join(filepath.Dir(storePath), FileName)
}

// Load reads the prompts file at path. A missing file gives the built-in
// prompts; one that is not valid gives a *FileError naming path.
func Load(path string) (*Set, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the prompts file %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read the prompts file %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return nil, &FileError{Path: path, Err: fmt.Errorf("the file is larger than %d bytes", maxFileSize)}
	}
	s, err := Parse(data)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			fe.Path = path
		}
		return nil, err
	}
	return s, nil
}
