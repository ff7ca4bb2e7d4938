package render

import "ehcplan/plan"

// planDate is the date the plan speaks as of: the issue date of an issued
// (final or ceased) version, otherwise the day of printing. issued says
// which it is.
func (d *doc) planDate() (day plan.Date, issued bool) {
	if !d.draft && !d.p.Dates.Issued.IsZero() {
		return d.p.Dates.Issued, true
	}
	return d.opt.Today, false
}

// yearGroupAt is the young person's year group on day. A recorded year
// group is the one they are in now (the checker compares it with the date
// of birth as of today), so on another day it moves by the school years
// between: a child taught out of their year group stays out of it.
func yearGroupAt(p *plan.Plan, day, today plan.Date) (int, bool) {
	if p.Person.YearGroup == nil || today.IsZero() || day.IsZero() {
		return p.YearGroup(day)
	}
	shift := plan.SchoolYearStart(day).Year - plan.SchoolYearStart(today).Year
	return *p.Person.YearGroup + shift, true
}

// yearGroupText is the year group printed on the plan, at the plan's
// date: "Year 10 (on 12 January 2026, when the plan was issued)" for an
// issued version, "Year 5" for a draft; "" when it cannot be known.
func (d *doc) yearGroupText() string {
	day, issued := d.planDate()
	y, ok := yearGroupAt(d.p, day, d.opt.Today)
	if !ok {
		return ""
	}
	if issued {
		return plan.YearGroupName(y) + " (on " + day.Long() + ", when the plan was issued)"
	}
	return plan.YearGroupName(y)
}
