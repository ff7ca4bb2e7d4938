package render

import "testing"

// TestSaidHeading: words said in meeting mode under the one-page profile's
// parts print under that part's title, not its key.
func TestSaidHeading(t *testing.T) {
	for key, want := range map[string]string{
		"aspiration":        "What I want for my life",
		"profile.admire":    "What people like and admire about me",
		"profile.important": "What is important to me",
		"profile.support":   "How best to support me",
		"my_pets":           "My pets",
	} {
		if got := saidHeading(key); got != want {
			t.Errorf("saidHeading(%q) = %q, want %q", key, got, want)
		}
	}
}
