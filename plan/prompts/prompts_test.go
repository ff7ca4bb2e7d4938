package prompts

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEveryStageHasEveryQuestion: the built-in file has, for each stage,
// a question in plain words, with one or two examples, for every Section A
// heading, Preparing for Adulthood area and profile question.
func TestEveryStageHasEveryQuestion(t *testing.T) {
	s := Default()
	if len(s.Stages) != len(Stages) {
		t.Fatalf("%d stages, want %d", len(s.Stages), len(Stages))
	}
	for _, key := range Stages {
		st := s.Stage(key)
		if st.Key != key {
			t.Fatalf("stage %s missing (got %s)", key, st.Key)
		}
		for _, part := range []struct {
			name string
			m    map[string]Prompt
			keys []string
		}{{"headings", st.Headings, HeadingKeys}, {"areas", st.Areas, AreaKeys}, {"profile", st.Profile, ProfileKeys}} {
			for _, k := range part.keys {
				p, ok := part.m[k]
				where := key + "." + part.name + "." + k
				switch {
				case !ok:
					t.Errorf("%s: no prompt", where)
				case !strings.HasSuffix(strings.TrimSpace(p.Ask), "?") && !strings.HasSuffix(p.Ask, "."):
					t.Errorf("%s: the question %q does not end as a sentence", where, p.Ask)
				case len(p.Examples) < 1 || len(p.Examples) > 2:
					t.Errorf("%s: %d examples, want one or two", where, len(p.Examples))
				case utf8.RuneCountInString(p.Ask) > 140:
					t.Errorf("%s: the question is too long for a child (%d characters)", where, utf8.RuneCountInString(p.Ask))
				}
			}
		}
	}
}

func TestStageFor(t *testing.T) {
	for _, c := range []struct {
		year  int
		known bool
		want  string
	}{
		{-1, true, EarlyYears}, {0, true, EarlyYears}, {1, true, Primary}, {6, true, Primary},
		{7, true, Years7to8}, {8, true, Years7to8}, {9, true, Years9to11}, {11, true, Years9to11},
		{12, true, Post16}, {14, true, Post16}, {15, true, Post19}, {20, true, Post19},
		{3, false, Years9to11},
	} {
		if got := StageFor(c.year, c.known); got != c.want {
			t.Errorf("StageFor(%d, %v) = %s, want %s", c.year, c.known, got, c.want)
		}
	}
}

// TestLocalKeysUseOther: a heading or area the plan names locally gets the
// stage's "other" question.
func TestLocalKeysUseOther(t *testing.T) {
	st := Default().Stage(Primary)
	if got, want := st.Area("local_arts").Ask, st.Areas[Other].Ask; got != want {
		t.Errorf("local area: %q, want %q", got, want)
	}
	if got, want := st.Heading("my_heading").Ask, st.Headings[Other].Ask; got != want {
		t.Errorf("local heading: %q, want %q", got, want)
	}
}

func TestLoadMissingFileGivesBuiltIn(t *testing.T) {
	s, err := Load(filepath.Join(t.TempDir(), FileName))
	if err != nil {
		t.Fatal(err)
	}
	if s.Stage(Post19).Areas["employment"].Ask != Default().Stage(Post19).Areas["employment"].Ask {
		t.Error("a missing file did not give the built-in prompts")
	}
}

// TestLoadLocalFile: a local authority's own file replaces the built-in one.
func TestLoadLocalFile(t *testing.T) {
	path := Beside(filepath.Join(t.TempDir(), "plans.db"))
	data := strings.Replace(string(defaultJSON), "What do you like playing with?", "Which toys do you love?", 1)
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Stage(EarlyYears).Heading("interests").Ask; got != "Which toys do you love?" {
		t.Errorf("got %q", got)
	}
}

// TestLoadRefusesMalformed: each fault is refused with the file, and the
// line or key, named.
func TestLoadRefusesMalformed(t *testing.T) {
	base := string(defaultJSON)
	for _, c := range []struct {
		name, data, want string
	}{
		{"not JSON", base[:200], "ends too soon"},
		{"syntax", strings.Replace(base, `"stages": [`, `"stages": [,`, 1), "line 3"},
		{"wrong format", strings.Replace(base, FormatID, "ehcplan-prompts/9", 1), "format"},
		{"unknown key", strings.Replace(base, `"name": "Primary school",`, `"name": "Primary school", "colour": "red",`, 1), `unknown field "colour"`},
		{"wrong type", strings.Replace(base, `"ask": "What makes you happy? What do you want to do when you are bigger?"`, `"ask": 3`, 1), "text in quotes"},
		{"missing area", strings.Replace(base, `"health": {"ask": "What helps you feel well, sleep and eat?"`, `"healthy": {"ask": "x"`, 1), "stages[0].areas.health"},
		{"empty question", strings.Replace(base, `"ask": "What do people like about you?"`, `"ask": " "`, 1), "stages[0].profile.admire.ask"},
		{"missing stage", strings.Replace(base, `"key": "post_19"`, `"key": "post_16"`, 1), "given twice"},
		{"unknown stage", strings.Replace(base, `"key": "post_19"`, `"key": "adult"`, 1), "unknown stage"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, []byte(c.data), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %q, want the path and %q", err, c.want)
			}
		})
	}
}
