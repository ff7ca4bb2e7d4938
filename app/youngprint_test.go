package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"ehcplan/render"
)

// The Print page prints the young person's papers: the one-page profile
// and the plan in easy words, each named for what it is, with no notice to
// the family (they are not the plan).
func TestThePrintPagePrintsTheYoungPersonsPapers(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	h.a.openPlan(h.idOf("Leo"))
	h.a.ShowPage("Print")
	page := allText(h.a.plan.content)
	tests := []struct {
		button, said, name string
		kind               render.Kind
		pages              string
	}{
		{"Print the one-page profile…", "one-page profile was saved as", "one-page profile", render.KindProfile, "(1 page)"},
		{"Print the plan in easy words…", "plan in easy words was saved as", "easy read", render.KindEasyRead, "pages)"},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			if !strings.Contains(page, tt.button) {
				t.Fatalf("the Print page has no %q button", tt.button)
			}
			job := printJob{kind: tt.kind}
			if printNames[job] != tt.name {
				t.Errorf("the PDF's name says %q, want %q", printNames[job], tt.name)
			}
			opt, err := h.a.printOptions(h.a.plan.plan(), h.a.today(), job)
			if err != nil || opt.Kind != tt.kind || opt.Notice != nil {
				t.Errorf("options %+v (%v): want kind %s and no notice", opt, err, tt.kind)
			}
			path := filepath.Join(t.TempDir(), "paper.pdf")
			w, err := storage.Writer(storage.NewFileURI(path))
			if err != nil {
				t.Fatal(err)
			}
			h.a.writePDF(h.a.plan.plan().Clone(), job, w, h.a.plan.printed)
			h.wait()
			if got := h.a.plan.printed.Text; !strings.Contains(got, tt.said) || !strings.Contains(got, tt.pages) {
				t.Errorf("the Print page says %q, want %q and %q", got, tt.said, tt.pages)
			}
			if data, err := os.ReadFile(path); err != nil || !strings.HasPrefix(string(data), "%PDF") {
				t.Errorf("%s is not a PDF (%v)", path, err)
			}
		})
	}
}
