package main

import (
	"errors"
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

// showOpenProblem explains why the plans file could not be opened. Only a
// damaged file is offered a backup: a file this user may not use, one
// locked by another program or a full disk would not be helped by one,
// and the message says which path and what to do instead.
func (s *session) showOpenProblem(path string, err error) {
	if corrupt, ok := offersBackup(err); ok {
		s.showCorrupt(corrupt)
		return
	}
	title, advice := openAdvice(path, err)
	s.showFatal(title, fmt.Sprintf("%s\n\nNothing has been changed.\n\nDetails: %v", advice, err))
}

// offersBackup reports whether restoring a backup may help: only when the
// file itself is damaged (store.ErrDamaged, as a *store.CorruptError).
func offersBackup(err error) (*store.CorruptError, bool) {
	var corrupt *store.CorruptError
	if errors.As(err, &corrupt) && errors.Is(err, store.ErrDamaged) {
		return corrupt, true
	}
	return nil, false
}

// openAdvice is the title and the plain advice for a plans file that could
// not be opened, by the kind of problem.
func openAdvice(path string, err error) (title, advice string) {
	if store.IsServer(path) {
		return teamAdvice(err)
	}
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, store.ErrNotAllowed):
		return "You are not allowed to use the plans file", fmt.Sprintf(
			"This computer account may not read or change the plans file:\n%s\n\n"+
				"It needs permission to read and change both the file and its folder (%s), "+
				"on a disk that is not read-only. Ask IT to give your account that permission, "+
				"then open the app again. This is not a sign that the file is damaged.", path, dir)
	case errors.Is(err, store.ErrLocked):
		return "The plans file is in use by another program", fmt.Sprintf(
			"Another program is keeping the plans file locked:\n%s\n\n"+
				"Close any other program that may be using it (another copy of EHC Plan Writer, "+
				"a backup or file-sync tool), then open the app again. This is not a sign that the file is damaged.", path)
	case errors.Is(err, store.ErrNewerSchema):
		return "The plans file is from a newer version of the app", fmt.Sprintf(
			"The plans file was made by a newer version of EHC Plan Writer:\n%s\n\n"+
				"This version cannot use it. Install the newer version (ask IT), "+
				"then open the app again. This is not a sign that the file is damaged.", path)
	case errors.Is(err, store.ErrDiskFull):
		return "The disk is full", fmt.Sprintf(
			"There is no room left on the disk that holds the plans file:\n%s\n\n"+
				"Free some space on that disk (empty the recycle bin, move large files elsewhere), "+
				"then open the app again. This is not a sign that the file is damaged.", path)
	}
	return "The plans file cannot be opened", fmt.Sprintf(
		"The plans file cannot be opened:\n%s\n\n"+
			"Check that the folder %s exists and that you may use it, or ask IT for help.", path, dir)
}

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

// teamAdvice is openAdvice for a team server (the details name it, never
// the password).
func teamAdvice(err error) (title, advice string) {
	const title0 = "The team caseload could not be opened"
	switch {
	case errors.Is(err, store.ErrUnreachable):
		return "The app cannot reach the team server", "Check your network connection (and VPN, if you use one), " +
			"then open the app again. If other people cannot reach it either, tell IT."
	case errors.Is(err, store.ErrNotAllowed):
		return title0, "The team server did not let you in. Check with IT that your user name is right and that " +
			"your PostgreSQL password file is set up; EHC Plan Writer never stores a password itself."
	case errors.Is(err, store.ErrNewerSchema):
		return "The team caseload is from a newer version of the app", "The team's plans were set up by a newer " +
			"version of EHC Plan Writer than this one, which cannot use them. Ask IT to install the version the team " +
			"uses on this computer, then open the app again."
	case errors.Is(err, store.ErrNeedsOwner):
		return "The team caseload needs updating first", "This version of EHC Plan Writer changes how the team's " +
			"plans are kept, and only the team database's owner can make that change. Ask IT to open it once as its " +
			"owner (the README's \"Sharing a caseload with your team\" says how), then open the app again."
	case errors.Is(err, store.ErrUnsupportedServer):
		return title0, "The team server runs a version of PostgreSQL that is too old for this app. Tell IT."
	case errors.Is(err, store.ErrBadAddress):
		return title0, "The team server's address cannot be used. Check it in Settings › Team server against what IT gave you."
	}
	return title0, "Tell IT what the details below say."
}
