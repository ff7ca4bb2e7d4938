package editor

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// The date errors are short enough to read back on the one line kept
// under a date box (see dateNote); the box's placeholder shows the shape.
var (
	errDateShape  = errors.New("not a date yet (day/month/year)")
	errYearDigits = errors.New("write the year with four digits")
)

// parseDateInput reads a date as people type it: DD/MM/YYYY (or with
// dots or dashes, one-digit day and month allowed) or YYYY-MM-DD. Empty
// input is the absent date.
func parseDateInput(s string) (plan.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return plan.Date{}, nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' || r == ' ' })
	if len(parts) != 3 {
		return plan.Date{}, errDateShape
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return plan.Date{}, errDateShape
		}
		nums[i] = n
	}
	day, month, year := nums[0], nums[1], nums[2]
	if len(parts[0]) == 4 { // YYYY-MM-DD
		year, month, day = nums[0], nums[1], nums[2]
	} else if len(parts[2]) != 4 {
		return plan.Date{}, errYearDigits
	}
	return realDate(year, month, day)
}

// realDate refuses days that do not exist, such as 30 February.
func realDate(year, month, day int) (plan.Date, error) {
	if month < 1 || month > 12 {
		return plan.Date{}, fmt.Errorf("there is no month %d", month)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if day < 1 || t.Day() != day {
		return plan.Date{}, fmt.Errorf("%s has no day %d", time.Month(month), day)
	}
	return plan.DateOf(t), nil
}

// showDate writes a date the way it is typed here: 14/05/2011.
func showDate(d plan.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// dateEntry edits the date at get(); under it a quiet line reads the date
// back in words, or says gently what is wrong. after runs after a good date.
func (e *Editor) dateEntry(get func() *plan.Date, after func(), paths ...string) (*textBox, fyne.CanvasObject) {
	en := e.newTextBox("", 0)
	en.SetPlaceHolder("DD/MM/YYYY")
	en.SetText(showDate(*get()))
	note := hint(get().Long())
	en.OnChanged = func(s string) {
		d, err := parseDateInput(s)
		if err != nil {
			setNote(note, widget.WarningImportance, sentence(err.Error()))
			return
		}
		setNote(note, widget.LowImportance, d.Long())
		if *get() != d {
			*get() = d
			if after != nil {
				after()
			}
			e.changed(textChange)
		}
	}
	e.register(en, paths...)
	return en, container.NewVBox(en, note)
}

// byText converts what was typed in a "by when" box to what is stored: a
// date typed DD/MM/YYYY is kept as YYYY-MM-DD; anything else as typed.
func byText(s string) (stored string, d plan.Date, isDate bool) {
	t := strings.TrimSpace(s)
	if t == "" || t[0] < '0' || t[0] > '9' {
		return s, plan.Date{}, false
	}
	d, err := parseDateInput(t)
	if err != nil || d.IsZero() {
		return s, plan.Date{}, false
	}
	return d.String(), d, true
}

// showBy shows a stored "by" value: a date as DD/MM/YYYY, a phrase as is.
func showBy(s string) string {
	if d, err := plan.ParseDate(s); err == nil {
		return showDate(d)
	}
	return s
}

// byEntry edits an outcome's or aim's "by": a date or a phrase.
func (e *Editor) byEntry(get func() *string, paths ...string) fyne.CanvasObject {
	en := e.newTextBox("", 0)
	en.SetPlaceHolder("a date (31/07/2027) or a phrase (by the end of Year 11)")
	en.SetText(showBy(*get()))
	note := hint("")
	readBack := func(s string) {
		_, d, ok := byText(s)
		switch {
		case ok:
			setNote(note, widget.LowImportance, d.Long())
		case looksLikeDate(s):
			setNote(note, widget.WarningImportance, sentence(errDateShape.Error()))
		default:
			setNote(note, widget.LowImportance, "")
		}
	}
	readBack(en.Text)
	en.OnChanged = func(s string) {
		stored, _, _ := byText(s)
		*get() = stored
		readBack(s)
		e.changed(textChange)
	}
	e.register(en, paths...)
	return container.NewVBox(en, note)
}

// looksLikeDate is true for text that starts like a typed date.
func looksLikeDate(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 6 && t[0] >= '0' && t[0] <= '9' && strings.ContainsAny(t, "/.-")
}

// setNote writes the line under a date box. The line is never hidden, and
// an empty one keeps the height of a line of text, so nothing below moves
// while a date is typed.
func setNote(l *widget.Label, imp widget.Importance, text string) {
	l.Importance = imp
	l.SetText(text)
}

// sentence starts s with a capital letter.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
