package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
)

func TestPrintWritesA0600PDF(t *testing.T) {
	withUmask(t, 0o022)
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
	info, err := os.Stat(path)
	if err != nil || info.Mode() != 0o600 {
		t.Fatalf("%s: mode %v (%v), want -rw-------", path, info.Mode(), err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files beside the PDF, want none", len(entries)-1)
	}
}

func TestExportWritesA0600File(t *testing.T) {
	withUmask(t, 0o022)
	h := newHarness(t, setup{fixtures: true})
	h.settle()
	p, err := h.st.Load(h.idOf("Leo"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), exportName(p))
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	h.a.exportTo(w, p, data)
	got, err := os.ReadFile(path)
	if err != nil || string(got) != string(data) {
		t.Fatalf("the export does not hold the plan (%v)", err)
	}
	if info, _ := os.Stat(path); info.Mode() != 0o600 {
		t.Errorf("export mode %v, want -rw-------", info.Mode())
	}
	if !strings.Contains(allText(h.overlay()), path) {
		t.Errorf("the message does not say where the plan went")
	}
}

// TestSaveDialogWritesLeaveTheOldFileUntilComplete writes through the
// writer a save dialog gets (storage.Writer once openFilesLazily has run):
// a failure must leave the old file whole, a success replace it at 0600.
func TestSaveDialogWritesLeaveTheOldFileUntilComplete(t *testing.T) {
	test.NewTempApp(t)
	openFilesLazily()
	openFilesLazily() // twice is once
	path := filepath.Join(t.TempDir(), "Nowak-Leo-EHC-plan-v1.json")
	if err := os.WriteFile(path, []byte("the old export"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("the disk is full")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := saveTo(w, func(out io.Writer) error { out.Write([]byte("half")); return boom }); !errors.Is(err, boom) {
		t.Errorf("saveTo: %v, want the write's error", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "the old export" {
		t.Errorf("a failed save left %q, want the old file", data)
	}
	w, _ = storage.Writer(storage.NewFileURI(path))
	if err := saveTo(w, func(out io.Writer) error { _, err := out.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "new" {
		t.Errorf("after a save the file holds %q", data)
	}
	if info, _ := os.Stat(path); info.Mode() != 0o600 {
		t.Errorf("after a save the mode is %v, want -rw-------", info.Mode())
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files left beside the export", len(entries)-1)
	}
	// other writers through fyne's storage still work, opening at the first write
	other := filepath.Join(t.TempDir(), "cache.bin")
	w, _ = storage.Writer(storage.NewFileURI(other))
	if _, err := w.Write([]byte("cached")); err != nil || w.Close() != nil {
		t.Fatalf("a plain write through storage failed: %v", err)
	}
	if data, _ := os.ReadFile(other); string(data) != "cached" {
		t.Errorf("a plain write holds %q", data)
	}
}

// TestOpenLazilyKeepsEverythingElseTheFileRepositoryDoes: the file dialog
// lists folders, checks names and so on through the same repository.
func TestOpenLazilyKeepsEverythingElseTheFileRepositoryDoes(t *testing.T) {
	test.NewTempApp(t)
	before, _ := repository.ForScheme("file")
	openFilesLazily()
	after, _ := repository.ForScheme("file")
	if _, ok := after.(openLazily); !ok {
		t.Fatalf("fyne's file repository (%T) was not wrapped", before)
	}
	kinds := []reflect.Type{
		reflect.TypeFor[repository.WritableRepository](),
		reflect.TypeFor[repository.AppendableRepository](),
		reflect.TypeFor[repository.HierarchicalRepository](),
		reflect.TypeFor[repository.ListableRepository](),
		reflect.TypeFor[repository.CopyableRepository](),
		reflect.TypeFor[repository.MovableRepository](),
		reflect.TypeFor[repository.DeleteAllRepository](),
		reflect.TypeFor[repository.CustomURIRepository](),
	}
	for _, k := range kinds {
		if had, has := reflect.TypeOf(before).Implements(k), reflect.TypeOf(after).Implements(k); had != has {
			t.Errorf("%v: fyne's repository %v, wrapped %v", k, had, has)
		}
	}
	dir := t.TempDir()
	if ok, err := storage.CanList(storage.NewFileURI(dir)); !ok || err != nil {
		t.Errorf("a folder cannot be listed through the wrapped repository: %v", err)
	}
}

// fakeURI is a location that is not a local file.
type fakeURI struct{ fyne.URI }

func (fakeURI) Scheme() string { return "content" }
func (fakeURI) Path() string   { return "/documents/1" }

type memWriter struct {
	bytes.Buffer
	closed bool
}

func (m *memWriter) Close() error { m.closed = true; return nil }
func (*memWriter) URI() fyne.URI  { return fakeURI{} }

func TestSaveToWritesThroughForOtherLocations(t *testing.T) {
	w := &memWriter{}
	if err := saveTo(w, func(out io.Writer) error { _, err := out.Write([]byte("plan")); return err }); err != nil {
		t.Fatal(err)
	}
	if w.String() != "plan" || !w.closed {
		t.Errorf("wrote %q, closed %v", w.String(), w.closed)
	}
}
