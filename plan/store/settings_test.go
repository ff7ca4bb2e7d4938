package store

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestSettingsAreKeptAndReplaced(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plans.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.Setting("insight.themes"); ok || err != nil {
		t.Fatalf("unset key: ok %v, err %v", ok, err)
	}
	for _, v := range []string{`{"a":1}`, `{"a":2}`} {
		if err := s.PutSetting("insight.themes", []byte(v), "Test Worker"); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if s, err = OpenReadOnly(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, ok, err := s.Setting("insight.themes")
	if err != nil || !ok || !bytes.Equal(got, []byte(`{"a":2}`)) {
		t.Fatalf("got %q ok %v err %v", got, ok, err)
	}
	if err := s.PutSetting("k", nil, "x"); err == nil {
		t.Fatal("a read-only store took a setting")
	}
	changes, err := s.Changes("", 0)
	if err != nil || len(changes) != 2 || !strings.Contains(changes[0].What, "insight.themes") || changes[0].By != "Test Worker" {
		t.Fatalf("change log: %+v %v", changes, err)
	}
}
