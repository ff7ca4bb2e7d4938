package plan

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date with no time or zone. The zero Date means "absent".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

const dateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date, refusing impossible ones (2026-02-30).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil || len(s) != len(dateLayout) {
		return Date{}, fmt.Errorf("%s is not a date (want YYYY-MM-DD)", short(s))
	}
	return DateOf(t), nil
}

// MustDate is ParseDate for literals in tests and tables; it panics on error.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether the date is absent.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC on d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(dateLayout)
}

// Long returns the date as people write it: "9 June 2026" ("" when absent).
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2 January 2006")
}

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// AddMonths returns d plus n calendar months, clamped to the month's last
// day (31 January + 1 month = 28 or 29 February, never 2 or 3 March).
func (d Date) AddMonths(n int) Date {
	first := time.Date(d.Year, d.Month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	day := d.Day
	if day > last {
		day = last
	}
	return Date{first.Year(), first.Month(), day}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

// DaysUntil returns the number of days from d to e (negative if e is earlier).
// It counts in whole days of Unix time, not with time.Sub, whose Duration
// overflows after about 292 years (106,751 days); both are midnight UTC, so
// the seconds between them are an exact multiple of a day.
func (d Date) DaysUntil(e Date) int {
	return int((e.Time().Unix() - d.Time().Unix()) / secondsPerDay)
}

const secondsPerDay = 24 * 60 * 60

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// MarshalJSON writes "YYYY-MM-DD", or null when absent.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD"; null and "" are read as absent.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%s is not a date (want a string YYYY-MM-DD)", short(json.Number(b))) // unquoted, cut short
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	parsed, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}
