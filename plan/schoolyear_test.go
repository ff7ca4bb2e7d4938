package plan

import "testing"

func TestYearGroupOn(t *testing.T) {
	cases := []struct {
		dob, day string
		want     int
	}{
		{"2010-11-02", "2026-01-12", 10}, // Jordan in the fixture
		{"2010-09-01", "2025-09-01", 10}, // oldest in the year: born 1 September
		{"2011-08-31", "2025-09-01", 10}, // youngest in the same year: born 31 August
		{"2011-09-01", "2025-09-01", 9},  // one day younger: the year below
		{"2011-08-31", "2025-08-31", 9},  // 31 August is still the old school year
		{"2016-01-09", "2026-01-12", 5},  // Leo
		{"2020-09-01", "2025-09-01", 0},  // Reception
		{"2021-03-01", "2025-10-01", 0},  // turned 4 before September: Reception
		{"2021-09-01", "2025-10-01", -1}, // not yet of school age
		{"2008-02-29", "2025-09-01", 13}, // leap-day birthday
		{"2008-02-29", "2026-02-28", 13}, // not a year older on 28 February
		{"2008-02-29", "2026-03-01", 13}, // year group only changes on 1 September
	}
	for _, c := range cases {
		if got := YearGroupOn(MustDate(c.dob), MustDate(c.day)); got != c.want {
			t.Errorf("YearGroupOn(%s, %s) = %d, want %d", c.dob, c.day, got, c.want)
		}
	}
}

func TestAgeOnLeapDay(t *testing.T) {
	cases := []struct {
		dob, day string
		want     int
	}{
		{"2008-02-29", "2026-02-28", 17},
		{"2008-02-29", "2026-03-01", 18}, // birthday taken as 1 March in a common year
		{"2008-02-29", "2028-02-28", 19},
		{"2008-02-29", "2028-02-29", 20}, // leap year: the real birthday
		{"2010-11-02", "2026-11-01", 15},
		{"2010-11-02", "2026-11-02", 16},
	}
	for _, c := range cases {
		if got := AgeOn(MustDate(c.dob), MustDate(c.day)); got != c.want {
			t.Errorf("AgeOn(%s, %s) = %d, want %d", c.dob, c.day, got, c.want)
		}
	}
}

func TestSchoolYearStart(t *testing.T) {
	cases := map[string]string{
		"2026-08-31": "2025-09-01",
		"2026-09-01": "2026-09-01",
		"2026-01-12": "2025-09-01",
		"2026-12-31": "2026-09-01",
	}
	for day, want := range cases {
		if got := SchoolYearStart(MustDate(day)); got != MustDate(want) {
			t.Errorf("SchoolYearStart(%s) = %s, want %s", day, got, want)
		}
	}
}

func TestPlanYearGroupPrefersRecorded(t *testing.T) {
	p := New("Test Child")
	if _, ok := p.YearGroup(MustDate("2026-01-01")); ok {
		t.Fatal("no year group and no date of birth should be unknown")
	}
	p.Person.DateOfBirth = MustDate("2016-01-09")
	if y, _ := p.YearGroup(MustDate("2026-01-12")); y != 5 {
		t.Errorf("derived year group = %d, want 5", y)
	}
	twelve := 12
	p.Person.YearGroup = &twelve
	if y, _ := p.YearGroup(MustDate("2026-01-12")); y != 12 {
		t.Errorf("recorded year group = %d, want 12", y)
	}
}

func TestDateArithmetic(t *testing.T) {
	cases := []struct {
		name      string
		got, want Date
	}{
		{"31 Jan + 1 month clamps", MustDate("2026-01-31").AddMonths(1), MustDate("2026-02-28")},
		{"31 Jan + 1 month in leap year", MustDate("2028-01-31").AddMonths(1), MustDate("2028-02-29")},
		{"29 Feb + 12 months", MustDate("2028-02-29").AddMonths(12), MustDate("2029-02-28")},
		{"December + 1 month", MustDate("2025-12-15").AddMonths(1), MustDate("2026-01-15")},
		{"20 weeks", MustDate("2025-08-04").AddDays(140), MustDate("2025-12-22")},
		{"back a day over a year", MustDate("2026-01-01").AddDays(-1), MustDate("2025-12-31")},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, c.got, c.want)
		}
	}
	if d := MustDate("2026-01-01").DaysUntil(MustDate("2026-03-01")); d != 59 {
		t.Errorf("DaysUntil = %d, want 59", d)
	}
	if !MustDate("2026-01-01").Before(MustDate("2026-01-02")) || MustDate("2026-01-02").Before(MustDate("2026-01-02")) {
		t.Error("Before is wrong")
	}
	if MustDate("2026-06-09").Long() != "9 June 2026" || (Date{}).Long() != "" {
		t.Error("Long is wrong")
	}
}

func TestYearGroupName(t *testing.T) {
	cases := map[int]string{-1: "Nursery", 0: "Reception", 1: "Year 1", 14: "Year 14", 15: "Post-19", 21: "Post-19"}
	for year, want := range cases {
		if got := YearGroupName(year); got != want {
			t.Errorf("YearGroupName(%d) = %q, want %q", year, got, want)
		}
	}
}
