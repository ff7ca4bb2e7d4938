package app

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestImportRefusalNamesFileAndPlace(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	good, err := os.ReadFile("../testdata/leo-y5-draft.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(good), `"format": "ehcplan/1",`, `"format": "ehcplan/1", "colour": "blue",`, 1)
	if bad == string(good) {
		t.Fatal("could not break the fixture")
	}
	h.a.importFrom("leo-broken.json", strings.NewReader(bad))
	text := allText(h.overlay())
	for _, want := range []string{"leo-broken.json", "colour", "Nothing was added"} {
		if !strings.Contains(text, want) {
			t.Errorf("refusal lacks %q:\n%s", want, text)
		}
	}
	if n, _ := h.st.Count(); n != 3 {
		t.Errorf("store has %d plans after a refused import", n)
	}
}

func TestImportAddsAPlan(t *testing.T) {
	h := newHarness(t, setup{})
	f, err := os.Open("../testdata/amira-y12-final.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h.a.importFrom("amira-y12-final.json", f)
	h.settle()
	if got := h.rowNames(); len(got) != 1 || got[0] != "Amira Haddad" {
		t.Errorf("rows after import = %q", got)
	}
}

func TestSaveErrorsAreExplained(t *testing.T) {
	tests := []struct {
		err   error
		short string
	}{
		{errors.New("save plan for Leo to /x/plans.db: the disk is full: free some space, then try again"), "the disk is full"},
		{syscall.ENOSPC, "the disk is full"},
		{errors.New("save plan: the plans file stayed locked by another program for too long"), "the plans file is in use by another program"},
		{errors.New("save plan: the plans file is read-only: check"), "the plans file is read-only"},
		{errors.New("something odd"), "something odd"},
	}
	for _, tt := range tests {
		if got := shortSaveReason(tt.err); got != tt.short {
			t.Errorf("shortSaveReason(%v) = %q, want %q", tt.err, got, tt.short)
		}
		if what, todo := explainSaveError(tt.err); what == "" || todo == "" {
			t.Errorf("explainSaveError(%v) leaves something unsaid", tt.err)
		}
	}
}
