package render

import (
	"strings"
	"testing"

	"ehcplan/plan"
)

// sectionsText renders the sections view of p and returns its text after
// the front page and the index, squashed.
func sectionsText(t *testing.T, p *plan.Plan) string {
	t.Helper()
	r := renderText(t, p, Options{Today: today, Kind: KindSections})
	if len(r.pages) < 3 {
		t.Fatalf("only %d pages", len(r.pages))
	}
	return squash(strings.Join(r.pages[2:], ""))
}

// The sections view prints A to K in statutory order, and every need,
// aim, outcome and piece of provision once, under its own section, with
// its area of life.
func TestSectionsViewInStatutoryOrder(t *testing.T) {
	plans := map[string]*plan.Plan{"generated-12": genPlan(12)}
	for _, name := range fixtures {
		plans[name] = loadFixture(t, name)
	}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			text := sectionsText(t, p)
			starts := map[string]int{}
			at := 0
			for _, l := range plan.StatutorySections {
				head := squash("Section " + l + " –")
				i := strings.Index(text[at:], head)
				if i < 0 {
					t.Fatalf("section %s is missing or out of order", l)
				}
				at += i
				starts[l] = at
				at += len(head)
			}
			end := func(l string) int {
				for i, s := range plan.StatutorySections {
					if s == l && i+1 < len(plan.StatutorySections) {
						return starts[plan.StatutorySections[i+1]]
					}
				}
				return len(text)
			}
			d, _ := newDoc(p, Options{})
			check := func(letter, kind, id, itemText, area string) {
				t.Helper()
				want := squash(kind + " · " + d.clean(area) + d.clean(id) + d.clean(itemText))
				if n := strings.Count(text, want); n != 1 {
					t.Errorf("%s with its area %q appears %d times, want once", id, area, n)
					return
				}
				i := strings.Index(text, want)
				if i < starts[letter] || i >= end(letter) {
					t.Errorf("%s is not under Section %s", id, letter)
				}
			}
			for _, a := range p.Areas {
				area := orDash(a.Title, p.AreaTitle(a.Key))
				for _, n := range a.Needs {
					check(string(n.Section), "Need", n.ID, n.Text, area)
				}
				for _, aim := range a.Aims {
					check("E", "Long-term aim", aim.ID, aim.Text, area)
				}
				for _, o := range a.Outcomes {
					check("E", "Outcome", o.ID, o.Text, area)
				}
				for _, pr := range a.Provision {
					check(string(pr.Section), "Provision", pr.ID, pr.Text, area)
				}
			}
		})
	}
}

// Each item of the sections view shows the IDs it is linked to.
func TestSectionsViewShowsLinksAsIDs(t *testing.T) {
	p := loadFixture(t, "jordan-y10-final")
	text := sectionsText(t, p)
	for _, a := range p.Areas {
		for _, pr := range a.Provision {
			if len(pr.Outcomes) > 0 && !strings.Contains(text, squash("For outcomes: "+ids(pr.Outcomes))) {
				t.Errorf("%s does not list its outcomes %s", pr.ID, ids(pr.Outcomes))
			}
		}
		for _, o := range a.Outcomes {
			if len(o.Needs) > 0 && !strings.Contains(text, squash("Needs: "+ids(o.Needs))) {
				t.Errorf("%s does not list its needs %s", o.ID, ids(o.Needs))
			}
		}
	}
}
