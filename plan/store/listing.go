package store

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"ehcplan/plan"
)

// A plan's caseload line is also kept packed in one column, so List reads
// one value per plan instead of a dozen: fields joined by sep, in this order.
const sep = "\x1f" // ASCII unit separator

const listingFields = 12

// packListing is the listing column of a plan saved at updated.
func packListing(p *plan.Plan, updated time.Time) string {
	year := ""
	if p.Person.YearGroup != nil {
		year = strconv.Itoa(*p.Person.YearGroup)
	}
	fields := [listingFields]string{
		p.ID, p.Person.Name, p.Person.PreferredName, p.Person.DateOfBirth.String(), year,
		p.Person.Setting, string(p.Status), strconv.Itoa(p.Version), p.Dates.Request.String(),
		p.Dates.Issued.String(), p.Dates.NextReview.String(), strconv.FormatInt(updated.UnixNano(), 10),
	}
	for i, f := range fields {
		fields[i] = strings.ReplaceAll(f, sep, " ")
	}
	return strings.Join(fields[:], sep)
}

var errListing = errors.New("a stored caseload line is damaged")

// unpackListing reads a listing column; the strings in the Summary share
// its memory.
func unpackListing(s string) (Summary, error) {
	var f [listingFields]string
	for i := range listingFields - 1 {
		var ok bool
		if f[i], s, ok = strings.Cut(s, sep); !ok {
			return Summary{}, errListing
		}
	}
	f[listingFields-1] = s
	version, err1 := strconv.Atoi(f[7])
	updated, err2 := strconv.ParseInt(f[11], 10, 64)
	if err1 != nil || err2 != nil {
		return Summary{}, errListing
	}
	sum := Summary{
		ID: f[0], Name: f[1], PreferredName: f[2], DateOfBirth: parseDate(f[3]),
		Setting: f[5], Status: plan.Status(f[6]), Version: version, Request: parseDate(f[8]),
		Issued: parseDate(f[9]), NextReview: parseDate(f[10]), Updated: time.Unix(0, updated),
	}
	if f[4] != "" {
		year, err := strconv.Atoi(f[4])
		if err != nil {
			return Summary{}, errListing
		}
		sum.YearGroup = &year
	}
	return sum, nil
}
