package insight

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/demo"
	"ehcplan/plan/insight"
)

var today = plan.Date{Year: 2026, Month: 12, Day: 10}

// settings is the store's settings, in memory.
type settings struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *settings) Setting(key string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	return v, ok, nil
}

func (s *settings) PutSetting(key string, value []byte, by string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = value
	return nil
}

// harness is a page over the 30 demo plans a fresh install offers, on a
// headless app. Work for the UI goroutine and background work are
// queued and run by drain, in order, as the real goroutines would.
type harness struct {
	t        *testing.T
	p        *Page
	st       *settings
	queue    []func()
	progress []string
	pdf, dir string
}

func newHarness(t *testing.T) *harness { return newHarnessWith(t, nil) }

// newHarnessWith is newHarness with saved settings put first.
func newHarnessWith(t *testing.T, saved map[string][]byte) *harness {
	t.Helper()
	fa := test.NewTempApp(t)
	h := &harness{t: t, st: &settings{m: map[string][]byte{}}}
	maps.Copy(h.st.m, saved)
	tmp := t.TempDir()
	h.pdf, h.dir = filepath.Join(tmp, "insight.pdf"), filepath.Join(tmp, "shared")
	plans := demo.Plans(30, 2026, today)
	w := fa.NewWindow("test")
	w.Resize(fyne.NewSize(1366, 768))
	h.p = New(Deps{
		Plans: func(progress func(done, total int)) (*insight.Caseload, error) {
			var c insight.Caseload
			for i, p := range plans {
				if c.Add(p); (i+1)%10 == 0 {
					progress(i+1, len(plans))
				}
			}
			return &c, nil
		},
		Settings: h.st, Today: func() plan.Date { return today }, By: func() string { return "test" },
		Do:         func(f func()) { h.queue = append(h.queue, f) },
		Background: func(f func()) { h.queue = append(h.queue, f) },
		Window:     w, Back: func() {},
		AskPDF:    func(name string, done func(string)) { done(h.pdf) },
		AskFolder: func(done func(string)) { done(h.dir) },
	})
	w.SetContent(h.p.Content)
	h.drain()
	return h
}

func (h *harness) drain() {
	for len(h.queue) > 0 {
		f := h.queue[0]
		h.queue = h.queue[1:]
		f()
		if s := h.p.status.Text; strings.HasPrefix(s, "Reading the plans…") {
			h.progress = append(h.progress, s)
		}
	}
}

// texts are the words of every label under o.
func texts(o fyne.CanvasObject) string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Card:
			walk(w.Content)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
		if sc, ok := o.(*container.Scroll); ok {
			walk(sc.Content)
		}
	}
	walk(o)
	return strings.Join(out, "\n")
}

func (h *harness) tab(title string) string {
	for _, it := range h.p.tabs.Items {
		if it.Text == title {
			return texts(scrolled(it.Content))
		}
	}
	h.t.Fatalf("no tab %q", title)
	return ""
}

// scrolled is what a scroll container holds.
func scrolled(o fyne.CanvasObject) fyne.CanvasObject {
	if sc, ok := o.(*container.Scroll); ok {
		return sc.Content
	}
	return o
}

func TestPageShowsEveryPartWithProgress(t *testing.T) {
	h := newHarness(t)
	if got := h.p.status.Text; !strings.Contains(got, "27 young people in this choice") {
		t.Errorf("status %q", got)
	}
	if len(h.progress) < 3 {
		t.Errorf("progress shown %q, want a line per 10 plans", h.progress)
	}
	for title, want := range map[string]string{
		"Aspirations":  "Aspirations by Preparing for Adulthood area and year group",
		"Themes":       "lunch, friends, eat",
		"Destinations": "Supported internship",
		"Provision":    "Needs with no provision, by setting",
		"Progress":     "Progress at the last review, by area",
		"Baseline":     "Save them as the baseline",
	} {
		if got := h.tab(title); !strings.Contains(got, want) {
			t.Errorf("tab %s lacks %q:\n%s", title, want, got)
		}
	}
}

func TestThemeChoicesAreSavedAndShown(t *testing.T) {
	h := newHarness(t)
	var lunch, homework insight.Theme
	for _, th := range h.p.report.Themes {
		switch th.Label {
		case "lunch, friends, eat":
			lunch = th
		case "homework, cross, causes":
			homework = th
		}
	}
	h.p.themes.rename(lunch.Key, "I want friends to sit with at lunch")
	h.drain()
	if err := h.p.themes.merge(homework.Key, lunch.Key); err != nil {
		t.Fatal(err)
	}
	h.drain()
	saved, err := insight.ParseChoices(h.st.m[insight.ChoicesKey])
	if err != nil || saved.Labels[lunch.Key] != "I want friends to sit with at lunch" || saved.Merges[homework.Key] != lunch.Key {
		t.Fatalf("saved choices %+v, %v", saved, err)
	}
	got := h.tab("Themes")
	if !strings.Contains(got, "I want friends to sit with at lunch") || strings.Contains(got, "homework, cross, causes") {
		t.Errorf("themes after rename and merge:\n%s", got)
	}
}

func TestScopeAndExport(t *testing.T) {
	h := newHarness(t)
	h.p.fromYear.SetSelectedIndex(10) // Year 9
	h.drain()
	if got := h.p.status.Text; !strings.Contains(got, "Year 9 and up") {
		t.Errorf("status %q", got)
	}
	h.p.reviewsFrom.SetText("next week")
	h.p.recompute()
	if got := h.p.status.Text; !strings.Contains(got, "is not a date") {
		t.Errorf("a bad date: status %q", got)
	}
	h.p.reviewsFrom.SetText("")
	h.p.recompute()
	h.drain()
	h.p.exportPDF()
	h.drain()
	h.p.exportCSV()
	h.drain()
	if !strings.Contains(h.p.status.Text, "They hold no names") {
		t.Errorf("status after export %q", h.p.status.Text)
	}
	for _, f := range []string{h.pdf, filepath.Join(h.dir, "README.txt"), filepath.Join(h.dir, "themes_future.csv")} {
		info, err := os.Stat(f)
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", f, info, err)
		}
	}
	h.p.saveBaseline()
	h.drain()
	if _, ok := h.st.m[insight.BaselinesKey]; !ok || !strings.Contains(h.tab("Baseline"), "Indicators against the baseline of 10 December 2026") {
		t.Errorf("baseline not saved and shown:\n%s", h.tab("Baseline"))
	}
}

// TestUnreadChoicesAreStillSaid: theme choices that cannot be read are
// said beside the view's summary, not replaced by it at once.
func TestUnreadChoicesAreStillSaid(t *testing.T) {
	h := newHarnessWith(t, map[string][]byte{insight.ChoicesKey: []byte("{not json")})
	got := h.p.status.Text
	for _, want := range []string{"27 young people in this choice", "Your theme choices could not be read"} {
		if !strings.Contains(got, want) {
			t.Errorf("status %q does not say %q", got, want)
		}
	}
}
