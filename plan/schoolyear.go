package plan

import (
	"fmt"
	"time"
)

// SchoolYearStart returns 1 September of the English school year that
// contains day (a school year runs 1 September to 31 August).
func SchoolYearStart(day Date) Date {
	y := day.Year
	if day.Month < time.September {
		y--
	}
	return Date{y, time.September, 1}
}

// AgeOn returns a person's age in whole years on a day. Someone born on
// 29 February has their birthday on 1 March in other years (as in English
// law), so is a year older from 1 March.
func AgeOn(dob, day Date) int {
	age := day.Year - dob.Year
	m, d := dob.Month, dob.Day
	if m == time.February && d == 29 && !isLeap(day.Year) {
		m, d = time.March, 1
	}
	if day.Month < m || (day.Month == m && day.Day < d) {
		age--
	}
	return age
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// YearGroupOn returns the National Curriculum year group (Reception = 0)
// of a child born on dob, in the school year that contains day: the
// child's age on the 31 August before that school year, minus 4. It may be
// negative (not yet of school age) or above 14 (a young person past school).
func YearGroupOn(dob, day Date) int {
	start := SchoolYearStart(day)
	return AgeOn(dob, start.AddDays(-1)) - 4
}

// YearGroup returns the plan's year group on a day: the recorded one, or
// the one derived from the date of birth. ok is false when neither is known.
func (p *Plan) YearGroup(day Date) (year int, ok bool) {
	if p.Person.YearGroup != nil {
		return *p.Person.YearGroup, true
	}
	if p.Person.DateOfBirth.IsZero() {
		return 0, false
	}
	return YearGroupOn(p.Person.DateOfBirth, day), true
}

// YearGroupName returns "Reception", "Year 7" and so on; "Post-19" for a
// young person past Year 14 (plans can run to age 25).
func YearGroupName(year int) string {
	switch {
	case year == 0:
		return "Reception"
	case year < 0:
		return "Nursery"
	case year > 14:
		return "Post-19"
	}
	return fmt.Sprintf("Year %d", year)
}
