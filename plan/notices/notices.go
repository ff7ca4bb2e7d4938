// Package notices holds the notices sent to the family with a plan, as
// data a local authority can edit: with a draft, the right to comment
// within 15 days, to ask for a meeting and to ask for a school or college
// (Children and Families Act 2014 ss38-39, SEND Regulations 2014 reg 13);
// with a final, the right of appeal to the First-tier Tribunal (SEND)
// within 2 months, mediation, the disagreement resolution service and the
// local information, advice and support service (ss51-57). Each comes in
// two variants: to the parent, and to a young person over compulsory
// school age who makes their own decisions (see Addressee).
//
// # The notices file
//
// The texts live in one JSON file, notices.json, in the folder of the
// default plans store (DefaultPath); the app and the command line read the
// same file. Without it, the default embedded in this package (default.json
// here) is used. The app's Settings › Notices and local services writes it.
// Its keys, all required:
//
//	{
//	  "format": "ehcplan-notices/1",
//	  "services": {                      // contact details, set once
//	    "iass":      {"name", "phone", "email", "web"},  // information, advice and support
//	    "mediation": {...},                                // the mediation adviser
//	    "drs":       {...}                                 // disagreement resolution service
//	  },
//	  "draft":              {"title": "...", "paragraphs": ["...", ...], "law": "..."},
//	  "draft_young_person": {...},
//	  "final":              {...},
//	  "final_young_person": {...}
//	}
//
// Titles, paragraphs and law lines may use these placeholders, filled by
// For: {addressee} (who the notice is to), {young_person} (the full name),
// {local_authority}, {notice_date}, {reply_by} (notice date + 15 days),
// {appeal_by} (notice date + 2 months), and {iass}, {mediation}, {drs}
// (the service's contact details, or a blank line to fill in by hand when
// none are set). Any other {word} is refused, so a typing slip is found
// when the file is read, not when a family reads the letter.
//
// A file that is not valid is refused whole with a *FileError naming the
// line and the key (errors.Is(err, ErrMalformed)): a notice is never
// printed from a half-read file.
package notices

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"ehcplan/plan/jsonfile"
	"ehcplan/plan/safefile"
	"ehcplan/plan/store"
)

// FormatID is the value of the "format" key of a notices file.
const FormatID = "ehcplan-notices/1"

// FileName is the notices file's name, beside the plans store.
const FileName = "notices.json"

// ReplyDays is how long a family has to comment on a draft (reg 13: at
// least 15 days).
const ReplyDays = 15

// AppealMonths is how long after the notice of a final plan an appeal may
// be made (Tribunal Procedure Rules 2008, rule 20).
const AppealMonths = 2

// maxFileSize caps what Load reads: the default is about 10 KB.
const maxFileSize = 1 << 20

//go:embed default.json
var defaultJSON []byte

// Notices are the four notice texts and the local services' contacts.
type Notices struct {
	Format           string   `json:"format"`
	Services         Services `json:"services"`
	Draft            Text     `json:"draft"`
	DraftYoungPerson Text     `json:"draft_young_person"`
	Final            Text     `json:"final"`
	FinalYoungPerson Text     `json:"final_young_person"`
}

// Services are the local services a final's notice names.
type Services struct {
	// IASS is the local information, advice and support service (SENDIASS).
	IASS Service `json:"iass"`
	// Mediation is the mediation adviser (s53-55).
	Mediation Service `json:"mediation"`
	// DRS is the disagreement resolution service (s57).
	DRS Service `json:"drs"`
}

// Service is how to reach one service. Any field may be blank.
type Service struct {
	Name  string `json:"name"`
	Phone string `json:"phone"`
	Email string `json:"email"`
	Web   string `json:"web"`
}

// Text is one notice, before its placeholders are filled.
type Text struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
	// Law is the short line that cites the law.
	Law string `json:"law"`
}

// Default returns the notices embedded in the package.
func Default() Notices {
	n, err := decode(defaultJSON)
	if err != nil {
		panic("notices: the embedded default.json is not valid: " + err.Error())
	}
	return n
}

// DefaultPath is the notices file beside the default plans store.
func DefaultPath() (string, error) {
	db, err := store.DefaultPath()
	if err != nil {
		return "", fmt.Errorf("find the notices file: %w", err)
	}
	return Beside(db), nil
}

// Beside is the notices file in the folder of the plans store at storePath.
func Beside(storePath string) string {
	return filepath.Join(filepath.Dir(storePath), FileName)
}

// Load reads the notices file at path. A missing file gives the default;
// one that is not valid gives a *FileError and no notices.
func Load(path string) (Notices, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Notices{}, fmt.Errorf("read the notices file %s: %w", path, err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(&limitReader{f, maxFileSize}); err != nil {
		return Notices{}, &FileError{Path: path, Err: err}
	}
	n, err := decode(buf.Bytes())
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			fe.Path = path
			return Notices{}, fe
		}
		return Notices{}, &FileError{Path: path, Err: err}
	}
	return n, nil
}

// Save writes the notices to path (mode 0600, atomically), refusing
// notices Load would refuse.
func (n Notices) Save(path string) error {
	n.Format = FormatID
	if err := n.validate(); err != nil {
		err.Path = path
		return err
	}
	data, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		return fmt.Errorf("save the notices file %s: %w", path, err)
	}
	if err := safefile.WriteFile(path, append(data, '\n')); err != nil {
		return fmt.Errorf("save the notices file: %w", err)
	}
	return nil
}

// limitReader fails, rather than cuts, a file over its limit.
type limitReader struct {
	f    *os.File
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, fmt.Errorf("the file is over %d bytes", maxFileSize)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.f.Read(p)
	l.left -= int64(n)
	return n, err
}

// placeholder matches a {word} in a text.
var placeholder = regexp.MustCompile(`\{[^{}\s]*\}`)

// Placeholders lists every placeholder a text may use.
var Placeholders = []string{
	"{addressee}", "{young_person}", "{local_authority}", "{notice_date}",
	"{reply_by}", "{appeal_by}", "{iass}", "{mediation}", "{drs}",
}

// texts names each notice with its key, in file order.
func (n *Notices) texts() []struct {
	key string
	t   *Text
} {
	return []struct {
		key string
		t   *Text
	}{
		{"draft", &n.Draft}, {"draft_young_person", &n.DraftYoungPerson},
		{"final", &n.Final}, {"final_young_person", &n.FinalYoungPerson},
	}
}

// decode reads a notices file strictly: every key known, every key there.
// Keys are checked before the content, so the map walk sees a document
// that is valid JSON of the right shape.
func decode(data []byte) (Notices, error) {
	var n Notices
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&n); err != nil {
		return Notices{}, syntaxError(data, dec, err)
	}
	if dec.More() {
		return Notices{}, &FileError{Line: jsonfile.LineAt(data, dec.InputOffset()), Err: errors.New("there is more after the closing }")}
	}
	if err := checkKeys(data); err != nil {
		return Notices{}, err
	}
	if err := n.validate(); err != nil {
		err.Line = lineOfKey(data, err.Field)
		return Notices{}, err
	}
	return n, nil
}
