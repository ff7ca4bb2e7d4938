package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"ehcplan/plan/safefile"
)

// saveTo writes what fill writes to the file a save dialog chose (w), the
// way every file about a child is written: through safefile.Write, so it
// is mode 0600, goes to a temporary file beside it first, and replaces the
// old file only when complete. w itself is only closed. A location that is
// not a local file (a phone's document provider) is written through w,
// as fyne offers nothing better there.
func saveTo(w fyne.URIWriteCloser, fill func(io.Writer) error) error {
	u := w.URI()
	if u.Scheme() != "file" {
		err := fill(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write %s: %w", u.Path(), err)
	}
	return safefile.Write(u.Path(), fill)
}

// fileRepository is everything fyne's repository for file: URIs does.
type fileRepository interface {
	repository.Repository
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// openLazily is fyne's file: repository, except that Writer opens the file
// only when something is first written to it.
//
// Fyne's save dialog opens the chosen file for writing (creating it, or
// emptying the old one, with mode 0644) before it calls back. With this
// repository that open waits for the first Write, which saveTo never
// makes: so an old file stays whole until safefile.Write replaces it, and
// a failed export or print leaves it unchanged. Other writers through
// fyne's storage see no difference but the later open.
type openLazily struct{ fileRepository }

func (r openLazily) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{repo: r.fileRepository, uri: u}, nil
}

// lazyWriter opens its file through repo at the first Write.
type lazyWriter struct {
	repo fileRepository
	uri  fyne.URI
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.repo.Writer(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

// openFilesLazily installs openLazily over the file: repository the fyne
// app registered, once per repository. It is called on the UI goroutine
// before each save dialog is shown (fyne's table of repositories has no
// lock). A repository of another kind is left alone: saveTo still writes
// atomically, after fyne has opened the file.
func openFilesLazily() {
	repo, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := repo.(openLazily); done {
		return
	}
	if files, ok := repo.(fileRepository); ok {
		repository.Register("file", openLazily{files})
	}
}
