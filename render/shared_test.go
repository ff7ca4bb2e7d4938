package render

import (
	"bytes"
	"sync"
	"testing"

	"ehcplan/plan"
)

// The fonts are parsed once per process and shared: documents rendered
// one after another or at the same time (as render --all does) must not
// see each other's glyph subsets. Run with -race too.
func TestRendersShareFontsWithoutInterfering(t *testing.T) {
	latin := genPlan(8)
	greek := genPlan(8)
	greek.Person.Name = "Ελένη Алексей Zoë Łukasz-Nowak"
	greek.SectionA.FamilyViews = "Ωραία! Хорошо. Ça va très bien, ŵŷ ŉ ǆ."
	render := func(t *testing.T, p *plan.Plan) []byte {
		var buf bytes.Buffer
		if _, err := PDF(&buf, p, Options{Today: today}); err != nil {
			t.Error(err)
		}
		return buf.Bytes()
	}
	want := map[*plan.Plan][]byte{latin: render(t, latin), greek: render(t, greek)}
	if bytes.Equal(want[latin], want[greek]) {
		t.Fatal("two different plans printed the same")
	}
	var wg sync.WaitGroup
	for i := range 6 {
		p := latin
		if i%2 == 1 {
			p = greek
		}
		wg.Go(func() {
			if got := render(t, p); !bytes.Equal(got, want[p]) {
				t.Errorf("render %d of %s differs from the first (%d bytes, want %d)", i, p.Person.Name, len(got), len(want[p]))
			}
		})
	}
	wg.Wait()
}
