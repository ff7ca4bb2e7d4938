package app

import (
	"errors"
	"strings"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan/store"
)

// explainSaveError turns a store error into what happened and what to do,
// in words a caseworker (or a family) understands.
func explainSaveError(err error) (what, todo string) {
	msg := strings.ToLower(err.Error())
	switch {
	case errors.Is(err, store.ErrConflict):
		return "Someone else saved this plan while you had it open, so your latest changes were not saved over theirs.",
			"Nothing has been lost: choose what to keep from each version. Your changes are kept while the app stays open."
	case errors.Is(err, store.ErrUnreachable):
		return "The app cannot reach the team server, so the plan could not be saved.",
			"Check your network connection (and VPN, if you use one). Your changes are kept while the app stays open, " +
				"and saving is tried again every 10 seconds. If this goes on, tell IT."
	case errors.Is(err, store.ErrIssuedPlan):
		return "This plan is issued. Start an amendment to change it.",
			"The change was not saved: the issued plan stays as it was sent out. " +
				"Use “Start amendment” to make a new version you can change."
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(msg, "disk is full") ||
		strings.Contains(msg, "no space left"):
		return "The computer's disk is full, so the plan could not be saved.",
			"Free some space (empty the recycle bin, or delete large files you no longer need). " +
				"Your changes are kept while the app stays open and saving is tried again."
	case strings.Contains(msg, "locked") || strings.Contains(msg, "busy"):
		return "The plans file is being used by another program, perhaps a second copy of EHC Plan Writer, so the plan could not be saved.",
			"Close the other copy of the app. Your changes are kept while this one stays open and saving is tried again."
	case errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EROFS) ||
		strings.Contains(msg, "readonly") || strings.Contains(msg, "read-only") ||
		strings.Contains(msg, "permission denied"):
		return "The plans file cannot be written to (it is read-only, or you do not have permission).",
			"Ask IT to check the folder the plans are kept in. Your changes are kept while the app stays open."
	}
	return "The plan could not be saved: " + err.Error(),
		"Your changes are kept while the app stays open and saving is tried again. If this keeps happening, export the plan to a file."
}

// shortSaveReason is the few words shown beside "Not saved:".
func shortSaveReason(err error) string {
	what, _ := explainSaveError(err)
	switch {
	case errors.Is(err, store.ErrConflict):
		return "someone else saved this plan"
	case errors.Is(err, store.ErrUnreachable):
		return "cannot reach the team server"
	case errors.Is(err, store.ErrIssuedPlan):
		return "the plan is issued"
	case strings.HasPrefix(what, "The computer's disk is full"):
		return "the disk is full"
	case strings.HasPrefix(what, "The plans file is being used"):
		return "the plans file is in use by another program"
	case strings.HasPrefix(what, "The plans file cannot be written"):
		return "the plans file is read-only"
	}
	return err.Error()
}

// showSaveProblem tells the user a save failed, and what to do.
func (a *App) showSaveProblem(err error) {
	what, todo := explainSaveError(err)
	keydialog.ShowCustom("Your changes are not saved yet", "OK", messageLabel(what+"\n\n"+todo), a.win)
}

// showProblem shows a titled message with an error's text.
func (a *App) showProblem(title string, err error) {
	keydialog.ShowCustom(title, "OK", messageLabel(err.Error()), a.win)
}

// showMessage shows a titled message.
func (a *App) showMessage(title, text string) {
	keydialog.ShowCustom(title, "OK", messageLabel(text), a.win)
}

// messageLabel is wrapped text of a readable width for dialogs.
func messageLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return minWidth(480, l)
}
