package notices

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"ehcplan/plan/jsonfile"
)

// ErrMalformed is the kind of every error about a notices file's content.
var ErrMalformed = errors.New("the notices file is not valid")

// FileError says what is wrong in a notices file and where: the line (1
// is the first; 0 when not known) and the key ("final.paragraphs[3]").
// Every FileError is an ErrMalformed.
type FileError = jsonfile.Error[noticesFile]

type noticesFile struct{}

func (noticesFile) Name() string     { return "notices file" }
func (noticesFile) Malformed() error { return ErrMalformed }

// syntaxError turns a decoder's error into a FileError with the line.
func syntaxError(data []byte, dec *json.Decoder, err error) *FileError {
	p := jsonfile.DecodeProblem(data, dec, err)
	return &FileError{Line: p.Line, Field: p.Field, Err: p.Err}
}

// keyLines maps each key path in a JSON document ("services.iass.name",
// "draft.paragraphs[2]") to its line. It is read only from a document
// that decoded, so it stops quietly at anything unexpected.
func keyLines(data []byte) map[string]int {
	lines := map[string]int{}
	dec := json.NewDecoder(bytes.NewReader(data))
	var value func(path string) bool
	value = func(path string) bool {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if path != "" {
			if _, seen := lines[path]; !seen {
				lines[path] = jsonfile.LineAt(data, dec.InputOffset())
			}
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return false
				}
				key, _ := k.(string)
				sub := key
				if path != "" {
					sub = path + "." + key
				}
				lines[sub] = jsonfile.LineAt(data, dec.InputOffset())
				if !value(sub) {
					return false
				}
			}
			_, err = dec.Token()
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if !value(path + "[" + strconv.Itoa(i) + "]") {
					return false
				}
			}
			_, err = dec.Token()
		}
		return err == nil
	}
	value("")
	return lines
}

// required lists every key a notices file must have.
func required() []string {
	keys := []string{"format", "services"}
	for _, s := range []string{"iass", "mediation", "drs"} {
		keys = append(keys, "services."+s)
		for _, f := range []string{"name", "phone", "email", "web"} {
			keys = append(keys, "services."+s+"."+f)
		}
	}
	var n Notices
	for _, t := range n.texts() {
		keys = append(keys, t.key, t.key+".title", t.key+".paragraphs", t.key+".law")
	}
	return keys
}

// checkKeys refuses a file with a key left out (a missing text would
// otherwise print as nothing) or a key it does not know (a misspelt one
// would otherwise be lost).
func checkKeys(data []byte) error {
	lines := keyLines(data)
	want := map[string]bool{}
	for _, k := range required() {
		want[k] = true
	}
	var unknown *FileError // the first in the file, whatever the map's order
	for k, line := range lines {
		if !want[listItem.ReplaceAllString(k, "")] && (unknown == nil || line < unknown.Line) {
			unknown = &FileError{Line: line, Field: k, Err: errors.New("unknown key")}
		}
	}
	if unknown != nil {
		return unknown
	}
	for _, k := range required() {
		if _, ok := lines[k]; !ok {
			parent := k[:max(strings.LastIndexByte(k, '.'), 0)]
			return &FileError{Line: lines[parent], Field: k, Err: errors.New("this key is missing")}
		}
	}
	return nil
}

// listItem matches a list index in a key path ("[3]").
var listItem = regexp.MustCompile(`\[[0-9]+\]$`)

// validate checks what the keys hold: the format, a title and paragraphs
// for every notice, and only known placeholders.
func (n *Notices) validate() *FileError {
	if n.Format != FormatID {
		return &FileError{Field: "format", Err: fmt.Errorf("should be %q, not %q", FormatID, n.Format)}
	}
	for _, t := range n.texts() {
		if strings.TrimSpace(t.t.Title) == "" {
			return &FileError{Field: t.key + ".title", Err: errors.New("the notice has no title")}
		}
		if len(t.t.Paragraphs) == 0 {
			return &FileError{Field: t.key + ".paragraphs", Err: errors.New("the notice has no paragraphs")}
		}
		if err := checkPlaceholders(t.key+".title", t.t.Title); err != nil {
			return err
		}
		for i, p := range t.t.Paragraphs {
			if err := checkPlaceholders(t.key+".paragraphs["+strconv.Itoa(i)+"]", p); err != nil {
				return err
			}
		}
		if err := checkPlaceholders(t.key+".law", t.t.Law); err != nil {
			return err
		}
	}
	return nil
}

func checkPlaceholders(field, text string) *FileError {
	for _, ph := range placeholder.FindAllString(text, -1) {
		if !known(ph) {
			return &FileError{Field: field, Err: fmt.Errorf("unknown placeholder %s (use one of %s)", ph, strings.Join(Placeholders, " "))}
		}
	}
	return nil
}

func known(ph string) bool {
	for _, k := range Placeholders {
		if k == ph {
			return true
		}
	}
	return false
}

// lineOfKey is the line of a key path in data, or 0 when not found.
func lineOfKey(data []byte, field string) int {
	return keyLines(data)[field]
}
