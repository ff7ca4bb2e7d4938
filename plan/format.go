package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// MaxFileSize is the largest plan file import accepts (16 MiB).
const MaxFileSize = 16 << 20

// ErrTooLarge is the kind of an *ImportError for a file over MaxFileSize;
// test for it with errors.Is.
var ErrTooLarge = errors.New("plan file too large")

// ImportError says where in a plan file a problem is and what it is.
// Path is a JSON path such as "areas[1].outcomes[0].by"; it is empty for
// problems with the file as a whole.
type ImportError struct {
	Path    string
	Problem string
	// Kind, if set, is a sentinel such as ErrTooLarge that errors.Is finds.
	Kind error
}

func (e *ImportError) Error() string {
	if e.Path == "" {
		return e.Problem
	}
	return e.Path + ": " + e.Problem
}

func (e *ImportError) Unwrap() error { return e.Kind }

// ReadFile imports the plan file at path (see Read). Every command that
// reads a plan file reads it through here. Its errors do not name the file:
// the caller does, once ("import x.json: cannot open the file: ...").
func ReadFile(path string) (*Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // it names the path; keep only why (errors.Is still finds fs.ErrNotExist)
		}
		return nil, fmt.Errorf("cannot open the file: %w", err)
	}
	defer f.Close()
	return Read(f)
}

// Read imports a plan from r. It never holds more than MaxFileSize+1 bytes
// of r, so a huge file or an endless stream (/dev/zero) is refused with
// ErrTooLarge after at most that much; a regular file's size is known
// beforehand, so one that is too large is refused without reading it.
func Read(r io.Reader) (*Plan, error) {
	var buf bytes.Buffer
	if size, known := regularFileSize(r); known {
		if size > MaxFileSize {
			return nil, tooLarge(sizeText(size))
		}
		buf.Grow(int(size) + bytes.MinRead) // one allocation, not a doubling series
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1)); err != nil {
		return nil, fmt.Errorf("read plan file: %w", err)
	}
	if buf.Len() > MaxFileSize {
		return nil, tooLarge("more than 16 MiB") // a pipe or device: its size is unknown
	}
	return Decode(buf.Bytes())
}

// regularFileSize returns the size of r if r is a regular file.
func regularFileSize(r io.Reader) (int64, bool) {
	f, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return 0, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return 0, false
	}
	return info.Size(), true
}

func tooLarge(size string) error {
	return &ImportError{Problem: "the file is " + size + ", larger than the 16 MiB a plan file may be", Kind: ErrTooLarge}
}

// Decode imports a plan from the bytes of an `ehcplan/1` file. It is strict:
// it refuses anything that is not JSON, a wrong format, a plan id that is
// not a UUID, unknown keys (except under "extra"), a key twice in one
// object (anywhere, "extra" too), wrong types, bad dates, bad enum values,
// duplicate IDs and files over MaxFileSize, each with an *ImportError
// naming the place.
func Decode(data []byte) (*Plan, error) {
	if len(data) > MaxFileSize {
		return nil, tooLarge(sizeText(int64(len(data))))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // Windows editors add a BOM
	p, ok := decodeFast(data)
	if !ok {
		// Something is wrong: walk the file again slowly to say where.
		var err error
		if p, err = decodeExplained(data); err != nil {
			return nil, err
		}
	}
	if err := p.normalise(); err != nil {
		return nil, err
	}
	for _, check := range []func(*Plan) error{checkRequired, checkEnumsPresent, checkIDs, checkCategories} {
		if err := check(p); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// decodeExplained is the slow, careful path: it parses the file into a
// generic tree and checks it against the Go types, so that any refusal
// names its JSON path.
func decodeExplained(data []byte) (*Plan, error) {
	tree, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	root, ok := tree.(map[string]any)
	if !ok {
		return nil, &ImportError{Problem: "not a plan: the file must hold one JSON object {...}, not " + jsonKind(tree)}
	}
	if f, _ := root["format"].(string); f != FormatID {
		return nil, &ImportError{Path: "format", Problem: formatProblem(root["format"])}
	}
	if err := checkValue("", tree, reflect.TypeOf(Plan{})); err != nil {
		return nil, err
	}
	var p Plan
	if err := json.Unmarshal(data, &p); err != nil {
		// checkValue accepts only what Unmarshal can store, so this is a bug.
		return nil, &ImportError{Problem: "cannot read the plan: " + err.Error()}
	}
	return &p, nil
}

// checkRequired refuses a plan without the keys every plan must have, and
// reads an absent version as 1.
func checkRequired(p *Plan) error {
	switch {
	case strings.TrimSpace(p.ID) == "":
		return &ImportError{Path: "id", Problem: "missing: every plan needs an ID (a UUID, the same for every version)"}
	case !IsUUID(p.ID):
		return &ImportError{Path: "id", Problem: fmt.Sprintf("%s is not a plan ID: want a UUID, 32 hexadecimal digits grouped 8-4-4-4-12, such as 9a1e7c44-2b6d-4f0a-8e3b-5d6c7e8f9a01", short(p.ID))}
	case p.Version < 0:
		return &ImportError{Path: "version", Problem: fmt.Sprintf("%d is not a version number (want 1 or more)", p.Version)}
	case p.Version == 0:
		p.Version = 1
	}
	return nil
}

// IsUUID reports whether s is a UUID in its canonical text form: 32
// hexadecimal digits (either case) grouped 8-4-4-4-12 by hyphens. The store
// and the file names made from it rely on a plan ID being exactly this.
func IsUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := range len(s) {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// Encode exports a plan as indented `ehcplan/1` JSON ending in a newline.
func Encode(p *Plan) ([]byte, error) {
	out := *p
	out.Format = FormatID
	if len(out.Extra) == 0 {
		out.Extra = json.RawMessage("{}")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&out); err != nil {
		return nil, fmt.Errorf("export plan %s: %w", p.ID, err)
	}
	return buf.Bytes(), nil
}

// normalise fills what an import may leave out, so that every plan in the
// program has the same shape whatever file it came from.
func (p *Plan) normalise() error {
	if p.SectionNotes == nil {
		p.SectionNotes = map[string]string{}
	}
	if p.PersonalBudget.Arrangement == "" {
		p.PersonalBudget.Arrangement = ArrangementNone
	}
	if len(p.Extra) == 0 || string(p.Extra) == "null" {
		p.Extra = json.RawMessage("{}")
		return nil
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, p.Extra); err != nil {
		return &ImportError{Path: "extra", Problem: err.Error()}
	}
	p.Extra = buf.Bytes()
	return nil
}

func parseTree(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return nil, &ImportError{Problem: "not JSON: " + syntaxProblem(data, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &ImportError{Problem: fmt.Sprintf("not JSON: %s: more text after the plan's closing }", lineCol(data, int(dec.InputOffset())))}
	}
	// The tree keeps only the last of two equal keys, and json.Unmarshal
	// merges two equal objects, so the checks would see a different plan
	// from the one stored: refuse duplicates, at any depth.
	keys := json.NewDecoder(bytes.NewReader(data))
	keys.UseNumber() // a number too large for a float64 is checkValue's to refuse, with its path
	if err := refuseDuplicateKeys(keys, ""); err != nil {
		return nil, err
	}
	return tree, nil
}

// refuseDuplicateKeys reads one JSON value (known to be valid) from dec and
// refuses the first key that appears twice in one object, naming its path.
func refuseDuplicateKeys(dec *json.Decoder, path string) error {
	tok, err := dec.Token()
	if err != nil {
		return &ImportError{Problem: "not JSON: " + err.Error()}
	}
	switch tok {
	case json.Delim('{'):
		seen := map[string]bool{}
		for dec.More() {
			keyTok, err := dec.Token()
			if err != nil {
				return &ImportError{Problem: "not JSON: " + err.Error()}
			}
			key, _ := keyTok.(string)
			if seen[key] {
				return &ImportError{Path: join(path, shortKey(key)), Problem: fmt.Sprintf("the key %s appears twice in the same {...} (keep only one)", short(key))}
			}
			seen[key] = true
			if err := refuseDuplicateKeys(dec, join(path, key)); err != nil {
				return err
			}
		}
		_, err = dec.Token() // the closing }
	case json.Delim('['):
		for i := 0; dec.More(); i++ {
			if err := refuseDuplicateKeys(dec, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		_, err = dec.Token() // the closing ]
	}
	if err != nil {
		return &ImportError{Problem: "not JSON: " + err.Error()}
	}
	return nil
}

func syntaxProblem(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return lineCol(data, int(se.Offset)) + ": " + se.Error()
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file is empty or ends too early"
	}
	return err.Error()
}

func lineCol(data []byte, offset int) string {
	offset = min(offset, len(data))
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := offset - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

func formatProblem(v any) string {
	if v == nil {
		return fmt.Sprintf("missing: this is not an %s plan file", FormatID)
	}
	return fmt.Sprintf("%s is not a format this program reads (want %q)", short(v), FormatID)
}

var (
	enumType        = reflect.TypeOf((*enum)(nil)).Elem()
	dateType        = reflect.TypeOf(Date{})
	rawMessageType  = reflect.TypeOf(json.RawMessage{})
	sectionNoteKeys = []string{"B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}
)

// checkValue walks the generic JSON tree beside the Go type it will be
// stored in, so every refusal can name its JSON path.
func checkValue(path string, v any, t reflect.Type) error {
	if v == nil {
		return nil // null means absent, for every field
	}
	switch {
	case t == dateType:
		s, ok := v.(string)
		if !ok {
			return wrongType(path, "a date \"YYYY-MM-DD\" in quotes", v)
		}
		if _, err := ParseDate(s); err != nil && s != "" {
			return &ImportError{Path: path, Problem: err.Error()}
		}
		return nil
	case t == rawMessageType:
		if _, ok := v.(map[string]any); !ok {
			return &ImportError{Path: path, Problem: "must be an object {...}, not " + jsonKind(v)}
		}
		return nil
	case t.Implements(enumType):
		return checkEnum(path, v, reflect.Zero(t).Interface().(enum))
	}
	switch t.Kind() {
	case reflect.Pointer:
		return checkValue(path, v, t.Elem())
	case reflect.Struct:
		return checkObject(path, v, t)
	case reflect.Slice:
		return checkArray(path, v, t)
	case reflect.Map:
		return checkNotes(path, v)
	case reflect.String:
		if _, ok := v.(string); !ok {
			return wrongType(path, "text in quotes", v)
		}
	case reflect.Int:
		n, ok := v.(json.Number)
		if !ok {
			return wrongType(path, "a whole number", v)
		}
		i, err := strconv.ParseInt(string(n), 10, 64)
		if err != nil {
			return &ImportError{Path: path, Problem: fmt.Sprintf("%s is not a whole number", short(n))}
		}
		if path == "person.year_group" && (i < 0 || i > 14) {
			return &ImportError{Path: path, Problem: fmt.Sprintf("%d is not a year group (want 0 for Reception up to 14)", i)}
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			return wrongType(path, "true or false", v)
		}
	case reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			return wrongType(path, "a number", v)
		}
		if _, err := strconv.ParseFloat(string(n), 64); err != nil {
			return &ImportError{Path: path, Problem: fmt.Sprintf("%s is not a number", short(n))}
		}
	}
	return nil
}

func checkObject(path string, v any, t reflect.Type) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return wrongType(path, "an object {...}", v)
	}
	fields := jsonFields(t)
	for _, key := range sortedKeys(obj) {
		f, known := fields[key]
		if !known {
			return &ImportError{Path: join(path, shortKey(key)), Problem: fmt.Sprintf("unknown key %s (check its spelling; keys of your own go under \"extra\")", short(key))}
		}
		if err := checkValue(join(path, key), obj[key], f.Type); err != nil {
			return err
		}
	}
	return nil
}

func checkArray(path string, v any, t reflect.Type) error {
	arr, ok := v.([]any)
	if !ok {
		return wrongType(path, "a list [...]", v)
	}
	for i, item := range arr {
		if err := checkValue(fmt.Sprintf("%s[%d]", path, i), item, t.Elem()); err != nil {
			return err
		}
	}
	return nil
}

func checkNotes(path string, v any) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return wrongType(path, "an object {...}", v)
	}
	for _, key := range sortedKeys(obj) {
		if !slices.Contains(sectionNoteKeys, key) {
			return &ImportError{Path: join(path, shortKey(key)), Problem: fmt.Sprintf("%s is not a section letter (want one of %s)", short(key), strings.Join(sectionNoteKeys, ", "))}
		}
		if _, ok := obj[key].(string); !ok && obj[key] != nil {
			return wrongType(join(path, key), "text in quotes", obj[key])
		}
	}
	return nil
}

func checkEnum(path string, v any, e enum) error {
	s, ok := v.(string)
	if !ok {
		return wrongType(path, "text in quotes", v)
	}
	allowed := e.allowed()
	if slices.Contains(allowed, s) {
		return nil
	}
	var shown []string
	for _, a := range allowed {
		if a != "" {
			shown = append(shown, a)
		}
	}
	return &ImportError{Path: path, Problem: fmt.Sprintf("%s is not allowed here (want one of: %s)", short(s), strings.Join(shown, ", "))}
}

func jsonFields(t reflect.Type) map[string]reflect.StructField {
	fields := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			fields[name] = f
		}
	}
	return fields
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func wrongType(path, want string, got any) error {
	return &ImportError{Path: path, Problem: fmt.Sprintf("must be %s, not %s", want, jsonKind(got))}
}

func jsonKind(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return "the text " + short(x)
	case json.Number:
		return "the number " + short(x)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// short shows a value in a message: quoted if it is text, and cut to about
// 60 characters, so a 10 MB field makes a message of one line. It looks at
// no more of a long value than it shows.
func short(v any) string {
	s, ok := v.(string)
	if !ok {
		s = fmt.Sprint(v)
	}
	if len(s) > 240 {
		s = s[:240] // enough for 60 characters of any script; cut runes are mended below
	}
	if ok {
		s = strconv.Quote(strings.ToValidUTF8(s, ""))
	}
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return s
}

// shortKey is a key as it is shown in an error's path: itself, or its
// first 57 characters and "..." when it is longer than 60.
func shortKey(key string) string {
	if len(key) <= 60 {
		return key
	}
	if r := []rune(key[:min(len(key), 240)]); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return key
}

func sizeText(n int64) string {
	switch {
	case n < 17<<20: // near the limit, "16.0 MiB" would not say why
		return fmt.Sprintf("%d bytes", n)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// checkCategories refuses a Section B need whose category is not one of the
// four in the Code of Practice (C and D needs may use any words). An empty
// category is allowed: the plan is still being written, and the checker's
// S8 says so; the editor saves such plans, so their exports must import.
func checkCategories(p *Plan) error {
	for ai, a := range p.Areas {
		for ni, n := range a.Needs {
			if n.Section == SectionB && n.Category != "" && !slices.Contains(Categories, n.Category) {
				return &ImportError{
					Path:    fmt.Sprintf("areas[%d].needs[%d].category", ai, ni),
					Problem: fmt.Sprintf("%s is not a Section B category (want one of: %s; or leave it empty until it is known)", short(n.Category), strings.Join(Categories, ", ")),
				}
			}
		}
	}
	return nil
}
