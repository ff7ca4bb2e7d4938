package render

import (
	"strings"
	"testing"
)

// A heading never stands alone at the foot of a page: on every page,
// something of the body follows the last heading printed there.
func TestNoHeadingEndsAPage(t *testing.T) {
	headings := []string{
		"Needs (Sections B, C and D)", "Long-term aims (Section E)",
		"Outcomes (Section E)", "Provision (Sections F, G, H1 and H2)",
	}
	for _, name := range []string{"amira-y12-final", "jordan-y10-final", "leo-y5-draft"} {
		r := renderText(t, loadFixture(t, name), Options{Today: today})
		for i, page := range r.pages {
			body := bodyLines(page)
			if len(body) == 0 {
				continue
			}
			for _, h := range headings {
				if body[len(body)-1] == h {
					t.Errorf("%s page %d ends with the heading %q", name, i+1, h)
				}
			}
		}
	}
}

// bodyLines are a page's non-empty lines without the running footer.
func bodyLines(page string) []string {
	var lines []string
	for _, l := range strings.Split(page, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "Page ") || strings.Contains(l, "· printed ") {
			continue
		}
		lines = append(lines, l)
	}
	return lines
}
