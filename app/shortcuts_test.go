package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// menuAction finds the main-menu item with this shortcut.
func (h *harness) menuAction(s fyne.Shortcut) *fyne.MenuItem {
	h.t.Helper()
	for _, m := range h.a.menu.main.Items {
		for _, item := range m.Items {
			if item.Shortcut != nil && item.Shortcut.ShortcutName() == s.ShortcutName() {
				return item
			}
		}
	}
	h.t.Fatalf("no menu item for %s", s.ShortcutName())
	return nil
}

func TestKeyboardShortcuts(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()

	h.menuAction(shortcutFind).Action()
	if h.a.Window().Canvas().Focused() != h.a.caseload.search {
		t.Error("Ctrl+F did not go to the search box")
	}
	if !h.menuAction(shortcutPrint).Disabled {
		t.Error("Print is offered with no plan open")
	}

	h.menuAction(shortcutNew).Action()
	if !strings.Contains(allText(h.overlay()), "Create plan") {
		t.Error("Ctrl+N did not ask for a new plan")
	}
	h.tapButton(h.overlay(), "Cancel")

	h.a.openPlan(h.idOf("Leo"))
	if h.menuAction(shortcutPrint).Disabled {
		t.Error("Print is not offered with a plan open")
	}
	h.menuAction(shortcutFind).Action()
	if h.a.plan != nil || h.a.Window().Canvas().Focused() != h.a.caseload.search {
		t.Error("Ctrl+F on a plan did not go back to the caseload's search box")
	}
}

func TestPrintWritesAPDFAndSaysWhere(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	h.a.openPlan(h.idOf("Leo"))
	h.a.ShowPage("Print")
	path := filepath.Join(t.TempDir(), "leo.pdf")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	h.a.writePDF(h.a.plan.plan().Clone(), printJob{}, w, h.a.plan.printed)
	h.wait()
	if !strings.Contains(h.a.plan.printed.Text, path) {
		t.Fatalf("after the PDF was made the Print page says %q", h.a.plan.printed.Text)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(data), "%PDF") {
		t.Fatalf("%s is not a PDF (%v)", path, err)
	}
	if !strings.Contains(h.a.plan.printed.Text, "page") {
		t.Errorf("the Print page says %q, want the number of pages", h.a.plan.printed.Text)
	}
}

func TestFileDialogsOpen(t *testing.T) {
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	id := h.idOf("Leo")
	tests := []struct {
		name string
		open func()
	}{
		{"import", h.a.askImport},
		{"export", func() { h.a.askExport(id) }},
		{"print", func() { h.a.openPlan(id); h.menuAction(shortcutPrint).Action() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.open()
			h.drain()
			if h.a.Window().Canvas().Overlays().Top() == nil {
				t.Fatal("no file dialog showed")
			}
			h.a.Window().Canvas().Overlays().Top().Hide()
			h.a.Window().Canvas().Overlays().Remove(h.a.Window().Canvas().Overlays().Top())
		})
	}
}
