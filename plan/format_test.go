package plan

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func fixturePaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*.json")
	if err != nil || len(paths) < 3 {
		t.Fatalf("fixtures missing: %v %v", paths, err)
	}
	return paths
}

func readFixture(t testing.TB, path string) *Plan {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(data)
	if err != nil {
		t.Fatalf("import %s: %v", path, err)
	}
	return p
}

func TestFixturesRoundTrip(t *testing.T) {
	for _, path := range fixturePaths(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			first := readFixture(t, path)
			out, err := Encode(first)
			if err != nil {
				t.Fatal(err)
			}
			second, err := Decode(out)
			if err != nil {
				t.Fatalf("re-import: %v\n%s", err, out)
			}
			if !reflect.DeepEqual(first, second) {
				t.Errorf("import -> export -> import changed the plan")
			}
			again, _ := Encode(second)
			if !bytes.Equal(out, again) {
				t.Errorf("export is not stable")
			}
		})
	}
}

func TestFixtureValuesSurvive(t *testing.T) {
	p := readFixture(t, "../testdata/jordan-y10-final.json")
	checks := []struct{ got, want any }{
		{p.Person.Name, "Jordan Ellis"},
		{p.Dates.NextReview, MustDate("2026-06-09")},
		{*p.Person.YearGroup, 10},
		{p.Areas[0].Outcomes[1].Needs, []string{"N2"}},
		{p.Areas[1].Provision[0].Section, SectionF},
		{p.Reviews[0].Progress[0].Status, ProgressStatus("progressing")},
		{p.SectionNotes["H1"], "No social care provision is needed."},
		{string(p.Extra), "{}"},
	}
	for i, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("check %d: got %v, want %v", i, c.got, c.want)
		}
	}
	leo := readFixture(t, "../testdata/leo-y5-draft.json")
	if leo.Person.YearGroup != nil || !leo.Dates.Issued.IsZero() {
		t.Errorf("Leo: absent year group and null dates should stay absent")
	}
}

// base is a small valid plan that the refusal cases below break one way each.
const base = `{"format":"ehcplan/1","id":"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97","version":1,"status":"draft",
"dates":{"request":"2025-01-02"},
"person":{"name":"Test Child","date_of_birth":"2015-03-04"},
"section_a":{"aspirations":[{"id":"A1","area":"employment","text":"t"}]},
"areas":[{"key":"employment","title":"Employment","needs":[{"id":"N1","section":"B","category":"semh","text":"t"}],
 "outcomes":[{"id":"O1","text":"t","by":"2026-07-31","aspirations":["A1"]}],
 "provision":[{"id":"P1","section":"F","text":"t","outcomes":["O1"]}]}],
"extra":{"local":{"x":[1,2]}}}`

func TestImportRefusals(t *testing.T) {
	cases := []struct {
		name, from, to, wantPath, wantText string
	}{
		{"not JSON", `"version":1,`, `"version":1,,`, "", "not JSON: line 1"},
		{"wrong format", `"ehcplan/1"`, `"ehcplan/2"`, "format", `"ehcplan/2" is not a format`},
		{"unknown key", `"version":1,`, `"version":1,"verison":2,`, "verison", "unknown key"},
		{"unknown nested key", `"by":"2026-07-31"`, `"by":"2026-07-31","mesure":"x"`, "areas[0].outcomes[0].mesure", "unknown key"},
		{"wrong type", `"version":1`, `"version":"1"`, "version", "must be a whole number"},
		{"wrong type list", `"aspirations":["A1"]`, `"aspirations":"A1"`, "areas[0].outcomes[0].aspirations", "must be a list"},
		{"bad date", `"request":"2025-01-02"`, `"request":"02/01/2025"`, "dates.request", `"02/01/2025" is not a date (want YYYY-MM-DD)`},
		{"impossible date", `"date_of_birth":"2015-03-04"`, `"date_of_birth":"2015-02-30"`, "person.date_of_birth", "is not a date"},
		{"bad enum", `"status":"draft"`, `"status":"Draft"`, "status", `"Draft" is not allowed here`},
		{"bad section", `"section":"F"`, `"section":"E"`, "areas[0].provision[0].section", "want one of: F, G, H1, H2"},
		{"duplicate ID", `{"id":"P1"`, `{"id":"O1"`, "areas[0].provision[0].id", `duplicate ID "O1"`},
		{"bad year group", `"date_of_birth":"2015-03-04"`, `"date_of_birth":"2015-03-04","year_group":15`, "person.year_group", "not a year group"},
		{"bad note key", `"extra":`, `"section_notes":{"Z":"x"},"extra":`, "section_notes.Z", "not a section letter"},
		{"extra not object", `"extra":{"local":{"x":[1,2]}}`, `"extra":[1]`, "extra", "must be an object"},
		{"trailing text", `[1,2]}}}`, `[1,2]}}} {}`, "", "more text after"},
		{"not an object", base, `[1]`, "", "must hold one JSON object"},
		{"bad category", `"category":"semh"`, `"category":"behaviour"`, "areas[0].needs[0].category", "not a Section B category"},
		{"number beyond float64", `"version":1`, `"version":1e400`, "version", "1e400 is not a whole number"},
		{"date not text", `"request":"2025-01-02"`, `"request":20250102`, "dates.request", "must be a date"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := strings.Replace(base, c.from, c.to, 1)
			if doc == base {
				t.Fatalf("case does not change the document")
			}
			_, err := Decode([]byte(doc))
			ie, ok := err.(*ImportError)
			if !ok {
				t.Fatalf("want *ImportError, got %v", err)
			}
			if ie.Path != c.wantPath || !strings.Contains(ie.Problem, c.wantText) {
				t.Errorf("got %q, want path %q and %q", ie.Error(), c.wantPath, c.wantText)
			}
		})
	}
}

func TestImportAcceptsBaseAndKeepsExtra(t *testing.T) {
	p, err := Decode([]byte(base))
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Extra) != `{"local":{"x":[1,2]}}` {
		t.Errorf("extra = %s", p.Extra)
	}
	out, _ := Encode(p)
	if !strings.Contains(string(out), `"local": {`) {
		t.Errorf("extra not written back:\n%s", out)
	}
}

func TestImportRefusesHugeFile(t *testing.T) {
	huge := strings.Replace(base, `"text":"t"`, `"text":"`+strings.Repeat("x", MaxFileSize)+`"`, 1)
	_, err := Read(strings.NewReader(huge))
	if err == nil || !strings.Contains(err.Error(), "larger than the 16 MiB") {
		t.Fatalf("got %v", err)
	}
}

func TestImportRefusesMissingRequired(t *testing.T) {
	cases := []struct{ from, to, wantPath, wantText string }{
		{`"status":"draft",`, ``, "status", "missing"},
		{`"id":"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97",`, ``, "id", "missing"},
		{`"section":"B",`, ``, "areas[0].needs[0].section", "missing: want one of B, C, D"},
		{`"section":"F",`, `"section":"",`, "areas[0].provision[0].section", `"" is not allowed`},
		{`"version":1`, `"version":-2`, "version", "not a version number"},
	}
	for _, c := range cases {
		doc := strings.Replace(base, c.from, c.to, 1)
		_, err := Decode([]byte(doc))
		ie, ok := err.(*ImportError)
		if !ok || ie.Path != c.wantPath || !strings.Contains(ie.Problem, c.wantText) {
			t.Errorf("changing %s: got %v, want %q at %s", c.from, err, c.wantText, c.wantPath)
		}
	}
}

// TestImportRefusesDuplicateKeys: a key twice in one object means one thing
// to the checks (the last value) and another to the stored plan (merged
// objects), so import refuses it with the second key's path, on the fast
// path (no extra keys) and the slow path (extra keys) alike.
func TestImportRefusesDuplicateKeys(t *testing.T) {
	fast := strings.Replace(base, `"extra":{"local":{"x":[1,2]}}`, `"extra":{}`, 1)
	cases := []struct {
		name, from, to, wantPath string
	}{
		{"top-level key", `"version":1,`, `"version":1,"version":2,`, "version"},
		{"enum last wins", `"status":"draft",`, `"status":"Draft","status":"draft",`, "status"},
		{"merged objects", `"person":{`, `"person":{"year_group":99},"person":{`, "person"},
		{"nested key", `"by":"2026-07-31"`, `"by":"2026-07-31","by":"x"`, "areas[0].outcomes[0].by"},
		{"escaped spelling", `"version":1,`, `"version":1,"\u0076ersion":1,`, "version"},
		{"list item", `{"id":"P1",`, `{"id":"P1","id":"P1",`, "areas[0].provision[0].id"},
	}
	for _, doc := range []struct{ name, text string }{{"fast path", fast}, {"slow path", base}} {
		for _, c := range cases {
			t.Run(doc.name+"/"+c.name, func(t *testing.T) {
				text := strings.Replace(doc.text, c.from, c.to, 1)
				if text == doc.text {
					t.Fatalf("case does not change the document")
				}
				_, err := Decode([]byte(text))
				var ie *ImportError
				if !errors.As(err, &ie) || ie.Path != c.wantPath || !strings.Contains(ie.Problem, "appears twice") {
					t.Errorf("got %v, want a duplicate key at %s", err, c.wantPath)
				}
			})
		}
	}
	t.Run("inside extra", func(t *testing.T) {
		text := strings.Replace(base, `"extra":{"local":{"x":[1,2]}}`, `"extra":{"local":{"x":[1,2],"x":3}}`, 1)
		_, err := Decode([]byte(text))
		var ie *ImportError
		if !errors.As(err, &ie) || ie.Path != "extra.local.x" {
			t.Errorf("got %v, want a duplicate key at extra.local.x", err)
		}
	})
}

// TestImportRefusesIDThatIsNotAUUID: the format says a plan's id is a UUID;
// anything else (a path, a short code, a UUID with spaces or braces) is
// refused at "id", and the canonical form is accepted in either case.
func TestImportRefusesIDThatIsNotAUUID(t *testing.T) {
	const good = "0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97"
	cases := []struct {
		id     string
		accept bool
	}{
		{good, true},
		{strings.ToUpper(good), true},
		{"00000000-0000-0000-0000-000000000000", true},
		{"/../../a", false},
		{"abcdefgh-1111", false},
		{"x", false},
		{" " + good, false},
		{good + "\n", false},
		{"{" + good + "}", false},
		{strings.ReplaceAll(good, "-", ""), false},
		{"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e9g", false},
		{"0b6e3c1a+7d2f-4e8a-9c41-5f3a2b1d0e97", false},
		{"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0e97a", false},
		{"../" + good[3:], false},
		{"0b6e3c1a-7d2f-4e8a-9c41-5f3a2b1d0é7", false},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			doc := strings.Replace(base, good, strings.ReplaceAll(strings.ReplaceAll(c.id, `\`, `\\`), "\n", `\n`), 1)
			p, err := Decode([]byte(doc))
			if c.accept {
				if err != nil || p.ID != c.id {
					t.Fatalf("refused %q: %v", c.id, err)
				}
				return
			}
			var ie *ImportError
			if !errors.As(err, &ie) || ie.Path != "id" || !strings.Contains(ie.Problem, "not a plan ID: want a UUID") {
				t.Errorf("got %v, want a refusal at id", err)
			}
		})
	}
}

// TestImportAcceptsEmptyCategoryForB: a Section B need without its broad
// area of need yet (absent or "") imports, so the editor's saves export to
// files that import again; the checker's S8 flags it.
func TestImportAcceptsEmptyCategoryForB(t *testing.T) {
	for _, to := range []string{`"section":"B","category":""`, `"section":"B"`, `"section":"B","category":null`} {
		doc := strings.Replace(base, `"section":"B","category":"semh"`, to, 1)
		p, err := Decode([]byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", to, err)
		}
		if n := p.Areas[0].Needs[0]; n.Section != SectionB || n.Category != "" {
			t.Errorf("%s: got %+v", to, n)
		}
		if _, err := Decode(mustEncode(t, p)); err != nil {
			t.Errorf("%s: export does not import again: %v", to, err)
		}
	}
}

func TestSetSectionKeepsTheCategoryImportable(t *testing.T) {
	cases := []struct {
		from     Need
		to       NeedSection
		category string
	}{
		{Need{Section: SectionC, Category: "hearing"}, SectionB, ""},
		{Need{Section: SectionC, Category: CategorySEMH}, SectionB, CategorySEMH},
		{Need{Section: SectionB, Category: CategorySensory}, SectionD, CategorySensory},
		{Need{Section: SectionD, Category: "my words"}, SectionC, "my words"},
	}
	for _, c := range cases {
		n := c.from
		n.SetSection(c.to)
		if n.Section != c.to || n.Category != c.category {
			t.Errorf("%+v moved to %s: got %+v, want category %q", c.from, c.to, n, c.category)
		}
	}
}
