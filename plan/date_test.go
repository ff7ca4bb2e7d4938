package plan

import (
	"math/rand/v2"
	"testing"
)

// TestDateArithmeticAtTheExtremes: day counts are exact for every date the
// format can hold (years 0001 to 9999), not only within the ±292 years a
// time.Duration spans (DaysUntil used to overflow past 106,751 days).
func TestDateArithmeticAtTheExtremes(t *testing.T) {
	cases := []struct {
		from, to string
		days     int
	}{
		{"2026-01-01", "2026-03-01", 59},
		{"2026-03-01", "2026-01-01", -59},
		{"1600-02-28", "1600-03-01", 2}, // a leap century
		{"1900-02-28", "1900-03-01", 1}, // not a leap year
		{"2000-01-01", "2292-04-10", 106751},
		{"2000-01-01", "2292-04-11", 106752}, // the first day past a Duration
		{"1970-01-01", "9999-12-31", 2932896},
		{"0001-01-01", "9999-12-31", 3652058},
		{"9999-12-31", "0001-01-01", -3652058},
		{"0001-01-01", "0001-01-01", 0},
		{"0000-02-28", "0000-03-01", 2}, // year 0 is a leap year (proleptic Gregorian)
	}
	for _, c := range cases {
		from, to := MustDate(c.from), MustDate(c.to)
		if got := from.DaysUntil(to); got != c.days {
			t.Errorf("%s to %s: %d days, want %d", c.from, c.to, got, c.days)
		}
		if got := from.AddDays(c.days); got != to {
			t.Errorf("%s + %d days = %s, want %s", c.from, c.days, got, c.to)
		}
	}
}

func TestAddMonthsAtTheExtremes(t *testing.T) {
	cases := []struct {
		from   string
		months int
		want   string
	}{
		{"0001-01-31", 1, "0001-02-28"},
		{"9999-01-31", 11, "9999-12-31"},
		{"9999-12-31", -119987, "0001-01-31"},
		{"0001-03-31", 119985, "9999-12-31"},
		{"2024-02-29", 12, "2025-02-28"},
	}
	for _, c := range cases {
		if got := MustDate(c.from).AddMonths(c.months); got != MustDate(c.want) {
			t.Errorf("%s + %d months = %s, want %s", c.from, c.months, got, c.want)
		}
	}
}

// TestDaysUntilUndoesAddDays: for any date in range and any count that
// stays in range, adding n days and counting back gives n.
func TestDaysUntilUndoesAddDays(t *testing.T) {
	first, last := MustDate("0001-01-01"), MustDate("9999-12-31")
	span := first.DaysUntil(last)
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		d := first.AddDays(r.IntN(span + 1))
		n := r.IntN(span+1) - first.DaysUntil(d) // lands anywhere in range
		e := d.AddDays(n)
		if e.Before(first) || e.After(last) {
			t.Fatalf("%s + %d left the range: %s", d, n, e)
		}
		if got := d.DaysUntil(e); got != n {
			t.Fatalf("%s to %s: %d days, want %d", d, e, got, n)
		}
	}
}
