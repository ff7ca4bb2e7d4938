package plan

import "testing"

func TestFoldLetter(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want string
		ok   bool
	}{
		{'ł', "l", true}, {'Ł', "l", true}, {'ø', "o", true}, {'ß', "ss", true},
		{'æ', "ae", true}, {'ı', "i", true}, {'ɓ', "b", true},
		{'é', "", false}, {'a', "", false}, {'σ', "", false},
	} {
		if got, ok := FoldLetter(c.r); got != c.want || ok != c.ok {
			t.Errorf("FoldLetter(%q) = %q, %v; want %q, %v", c.r, got, ok, c.want, c.ok)
		}
	}
	for _, r := range "'’ʼ‘`" {
		if !IsApostrophe(r) {
			t.Errorf("IsApostrophe(%q) = false", r)
		}
	}
	if IsApostrophe('-') || IsApostrophe('"') {
		t.Error("a hyphen or a quote mark counted as an apostrophe")
	}
}
