package main

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"ehcplan/plan"
)

func init() {
	register("calendar", "write the plans' due dates as an iCalendar file (for Outlook)", runCalendar)
}

// runCalendar: "calendar [--db DB] [--today D] [--initials] -o FILE.ics":
// one all-day event per plan's next step, on its due date. The file names
// young people (a calendar may be synced to phones: --initials keeps only
// their initials), so it is written 0600 and atomically, like every file
// about a child. Exit 0 written, 1 written without the plans that could not
// be read, 2 bad usage or nothing written.
func runCalendar(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("calendar", "[--db DB] [--today YYYY-MM-DD] [--initials] -o FILE.ics", stderr)
	db := fs.String("db", "", "the store: a plans file or a postgres:// URL (default: the one the app uses)")
	today := plan.DateOf(time.Now())
	fs.Var(dateFlag{&today}, "today", "the date due dates are counted to, and the events' stamp (default: today)")
	out := fs.String("o", "", "the .ics file to write (- for standard output)")
	initials := fs.Bool("initials", false, "name each young person by their initials only")
	rest, err := parseInterspersed(fs, args)
	if err != nil || len(rest) > 0 || *out == "" {
		fs.Usage()
		return exitUsage
	}
	entries, code, ok := loadDue(*db, today, "calendar", stderr)
	if !ok {
		return exitUsage
	}
	name := func(e dueEntry) string { return e.Name }
	if *initials {
		name = func(e dueEntry) string { return initialsOf(e.Name) }
	}
	if err := writeOutput(*out, icsCalendar(entries, today, name), stdout); err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: calendar: %s\nNothing was written.\n", termSafe(err.Error()))
		return exitUsage
	}
	if *out != "-" {
		fmt.Fprintf(stdout, "wrote %s to %s\n", plural(len(entries), "due date"), termSafe(*out))
	}
	return code
}

// icsCalendar is the entries as an RFC 5545 calendar: CRLF line ends,
// lines folded at 75 octets, text escaped.
func icsCalendar(entries []dueEntry, today plan.Date, name func(dueEntry) string) []byte {
	var b icsWriter
	b.line("BEGIN:VCALENDAR")
	b.line("VERSION:2.0")
	b.line("PRODID:-//EHC Plan Writer//ehcplanctl//EN")
	b.line("CALSCALE:GREGORIAN")
	b.line("METHOD:PUBLISH")
	b.line("X-WR-CALNAME:EHC plan due dates")
	stamp := icsDate(today) + "T000000Z"
	for _, e := range entries {
		rule := plan.RuleFor(e.RuleKey)
		// The words without "(3 days late)": a calendar outlives the day it
		// was written.
		summary := fmt.Sprintf(rule.Words, e.Due.Long()) + " – " + name(e)
		description := rule.Law + "."
		if e.Overdue {
			description = "Overdue on " + today.Long() + ". " + description
		}
		b.line("BEGIN:VEVENT")
		b.line("UID:" + icsText(e.ID+"-"+string(e.Step)) + "@ehcplan")
		b.line("DTSTAMP:" + stamp)
		b.line("DTSTART;VALUE=DATE:" + icsDate(e.Due))
		b.line("DTEND;VALUE=DATE:" + icsDate(e.Due.AddDays(1)))
		b.line("SUMMARY:" + icsText(summary))
		b.line("DESCRIPTION:" + icsText(description))
		b.line("TRANSP:TRANSPARENT")
		b.line("END:VEVENT")
	}
	b.line("END:VCALENDAR")
	return []byte(b.String())
}

func icsDate(d plan.Date) string { return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day) }

// icsWriter writes content lines ending in CRLF, folded so that no line is
// longer than 75 octets (RFC 5545 3.1): a fold is CRLF and one space, and
// never splits a UTF-8 character.
type icsWriter struct{ strings.Builder }

const icsLineOctets = 75

func (w *icsWriter) line(s string) {
	limit := icsLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineOctets - 1 // the leading space counts
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and
// comma escaped, a line break written \n. Other control characters are not
// allowed in TEXT: they, and the format characters that can reorder what
// a calendar shows, appear as visible escapes, as in the terminal.
func icsText(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	var b strings.Builder
	for _, part := range strings.SplitAfter(s, "\n") {
		line := strings.TrimSuffix(part, "\n")
		for _, r := range termSafe(line) {
			switch r {
			case '\\', ';', ',':
				b.WriteRune('\\')
			}
			b.WriteRune(r)
		}
		if len(line) < len(part) {
			b.WriteString(`\n`)
		}
	}
	return b.String()
}

// initialsOf is "A.H." for "Amira Haddad": one initial for each word of
// the name (a hyphen starts a word too, "Ann-Marie" gives "A.M.").
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			b.WriteRune('.')
		}
	}
	if b.Len() == 0 {
		return "?"
	}
	return b.String()
}
