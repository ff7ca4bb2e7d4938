package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// showCorrupt explains that the plans file is damaged and was not
// changed, and offers to restore the newest backup or to quit.
func (s *session) showCorrupt(e *store.CorruptError) {
	w := s.fa.NewWindow("EHC Plan Writer – the plans file is damaged")
	text := fmt.Sprintf("The plans file cannot be used because it is damaged:\n%s\n\n"+
		"It has not been changed.", e.Path)
	buttons := container.NewHBox()
	if len(e.Backups) == 0 {
		text += "\n\nThere is no backup to restore. Keep the file as it is and ask IT for help: " +
			"they may be able to recover it."
	} else {
		newest := e.Backups[0]
		text += "\n\nThe app can put back the newest backup, from " + backupDate(newest) +
			". Changes made since then will not be in it. The damaged file is kept beside it, not deleted."
		restore := widget.NewButtonWithIcon("Restore the newest backup ("+backupDate(newest)+")",
			theme.HistoryIcon(), func() { s.restore(w, newest) })
		restore.Importance = widget.HighImportance
		buttons.Add(restore)
	}
	buttons.Add(widget.NewButton("Quit", w.Close))
	s.showStartupWindow(w, "The plans file is damaged", text, buttons)
}

// restore puts the backup in place and opens the app on it.
func (s *session) restore(w fyne.Window, backup string) {
	if err := store.Restore(s.path, backup); err != nil {
		dialog.ShowError(fmt.Errorf("the backup could not be restored: %w", err), w)
		return
	}
	s.start()
	w.Close()
}

// showFatal explains a problem that stops the app from starting.
func (s *session) showFatal(title, text string) {
	w := s.fa.NewWindow("EHC Plan Writer – " + strings.ToLower(title[:1]) + title[1:])
	s.showStartupWindow(w, title, text, container.NewHBox(widget.NewButton("Quit", w.Close)))
}

func (s *session) showStartupWindow(w fyne.Window, title, text string, buttons fyne.CanvasObject) {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	body := widget.NewLabel(text)
	body.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewPadded(container.NewBorder(heading, buttons, nil, nil, body)))
	w.Resize(fyne.NewSize(680, 380))
	w.CenterOnScreen()
	w.Show()
}

// backupDate reads the date from a backup's name (plans-YYYY-MM-DD.db).
func backupDate(path string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "plans-"), ".db")
	if d, err := plan.ParseDate(name); err == nil {
		return d.Long()
	}
	return filepath.Base(path)
}
