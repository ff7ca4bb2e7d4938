package plan

import "testing"

func TestCategoryName(t *testing.T) {
	cases := map[string]string{
		CategoryCommunication: "Communication and interaction",
		CategoryCognition:     "Cognition and learning",
		CategorySEMH:          "Social, emotional and mental health",
		CategorySensory:       "Sensory and/or physical",
		"Epilepsy":            "Epilepsy", // C and D needs keep their own words
		"":                    "",
	}
	for c, want := range cases {
		if got := CategoryName(c); got != want {
			t.Errorf("CategoryName(%q) = %q, want %q", c, got, want)
		}
	}
	for _, c := range Categories {
		if CategoryName(c) == c {
			t.Errorf("category %q has no name", c)
		}
	}
}
