package insight

import (
	"slices"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	for _, tc := range []struct{ words, want string }{
		{"travel travels travelled travelling", "travel"},
		{"friend friends", "friend"},
		{"independent independently independence", "independ"},
		{"experience experiences", "experi"},
		{"employment employed employ", "employ"},
		{"swimming swim", "swim"},
		{"settled settle", "settl"},
		{"stress stressed", "stress"},
		{"classes class", "class"},
		{"bus", "bus"},
		{"cities city", "city"},
	} {
		for _, w := range strings.Fields(tc.words) {
			if got := stem(w); got != tc.want {
				t.Errorf("stem(%q) = %q, want %q", w, got, tc.want)
			}
		}
	}
}

func TestMeaningfulFoldsStopsStemsAndSynonyms(t *testing.T) {
	names := map[string]bool{"zoe": true}
	for _, tc := range []struct{ text, want string }{
		{"Zoë wants to travel to college on her own", "travel"},
		{"I’d like to take the bus by myself", "travel"},
		{"Lunchtimes are still hard: no friends to sit with", "lunch friend sit"},
		{"MORE work experience, please!", "work experi"},
		{"Getting a job in a café", "work cafe"},
	} {
		got, _ := meaningful(foldWords(tc.text), func(w string) bool { return names[w] }, map[string]string{})
		if strings.Join(got, " ") != tc.want {
			t.Errorf("meaningful(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestReplaceNames(t *testing.T) {
	names := map[string]bool{"zoe": true, "okafor": true, "will": true, "sam": true}
	for _, tc := range []struct{ text, want string }{
		{"Zoë Okafor travels with Sam", "[name] [name] travels with [name]"},
		{"Sam's mum says he will try", "[name] mum says he will try"},
		{"Will wants a job", "[name] wants a job"},
		{"No names here.", "No names here."},
	} {
		if got := replaceNames(tc.text, names); got != tc.want {
			t.Errorf("replaceNames(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestProviderKind(t *testing.T) {
	for _, tc := range []struct{ who, want string }{
		{"Speech and language therapist", "Speech and language therapy"},
		{"Mrs Patel, teaching assistant", "Teaching or learning support assistant"},
		{"SENCO", "Teacher or SENCO"},
		{"", providerNone},
		{"Someone", providerOther},
	} {
		if got := providerKind(tc.who); got != tc.want {
			t.Errorf("providerKind(%q) = %q, want %q", tc.who, got, tc.want)
		}
	}
	if !slices.Contains(providerKinds, providerOther) {
		t.Error("providerKinds lacks the other kind")
	}
}
