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

// listingFields: the twelve of the first layout, then the last review and
// the review records' cycle dates (migration 4), so the caseload can put
// every plan's next statutory step (plan.NextStep) without its body.
const listingFields = 14

// In the reviews field, each dated review is its cycle dates joined by
// reviewSep (date, invited, report sent, decision, decision date,
// amendment sent), and reviews are joined by reviewsSep.
const (
	reviewSep  = ","
	reviewsSep = ";"
)

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
		p.Dates.LastReview.String(), packReviews(p.Reviews),
	}
	for i, f := range fields {
		fields[i] = strings.ReplaceAll(f, sep, " ")
	}
	return strings.Join(fields[:], sep)
}

// packReviews keeps what plan.NextStep reads of each review. A review
// without a date is left out: the cycle counts from none.
func packReviews(rs []plan.Review) string {
	var b strings.Builder
	for _, r := range rs {
		if r.Date.IsZero() {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(reviewsSep)
		}
		decision := strings.NewReplacer(reviewSep, " ", reviewsSep, " ").Replace(string(r.Decision))
		for i, f := range []string{r.Date.String(), r.Invited.String(), r.ReportSent.String(),
			decision, r.DecisionDate.String(), r.AmendmentSent.String()} {
			if i > 0 {
				b.WriteString(reviewSep)
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

var errListing = errors.New("a stored caseload line is damaged")

// listDate is parseDate, with an absent date ("") read without the error
// parseDate makes and drops (an allocation per empty field, and most
// plans have several).
func listDate(s string) plan.Date {
	if s == "" {
		return plan.Date{}
	}
	return parseDate(s)
}

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
		ID: f[0], Name: f[1], PreferredName: f[2], DateOfBirth: listDate(f[3]),
		Setting: f[5], Status: plan.Status(f[6]), Version: version, Request: listDate(f[8]),
		Issued: listDate(f[9]), NextReview: listDate(f[10]), Updated: time.Unix(0, updated),
		LastReview: listDate(f[12]), reviews: f[13],
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

// NextStep is plan.NextStep for the summarised plan: the same step, from
// only the fields the cycle reads (the reviews are unpacked here, not in
// List, so a list that shows a screenful pays for a screenful).
func (s Summary) NextStep(today plan.Date) (plan.Step, bool) {
	var buf [4]plan.Review
	p := s.cyclePlan(unpackReviews(s.reviews, buf[:0]))
	return plan.NextStep(&p, today)
}

// Steps is plan.Steps for the summarised plan: every open step.
func (s Summary) Steps(today plan.Date) []plan.Step {
	var buf [4]plan.Review
	p := s.cyclePlan(unpackReviews(s.reviews, buf[:0]))
	return plan.Steps(&p, today)
}

// cyclePlan is the plan as far as the review cycle reads it.
func (s Summary) cyclePlan(reviews []plan.Review) plan.Plan {
	return plan.Plan{
		ID:     s.ID,
		Status: s.Status,
		Person: plan.Person{DateOfBirth: s.DateOfBirth, YearGroup: s.YearGroup, Setting: s.Setting},
		Dates: plan.Dates{Request: s.Request, Issued: s.Issued, LastReview: s.LastReview,
			NextReview: s.NextReview},
		Reviews: reviews,
	}
}

// unpackReviews appends the reviews packed by packReviews to buf. A
// damaged entry is skipped: the step is then counted from what is left,
// as from a plan without that record.
func unpackReviews(s string, buf []plan.Review) []plan.Review {
	for s != "" {
		var one string
		one, s, _ = strings.Cut(s, reviewsSep)
		var f [6]string
		ok := true
		for i := range 5 {
			if f[i], one, ok = strings.Cut(one, reviewSep); !ok {
				break
			}
		}
		if !ok {
			continue
		}
		f[5] = one
		buf = append(buf, plan.Review{
			Date: listDate(f[0]), Invited: listDate(f[1]), ReportSent: listDate(f[2]),
			Decision: plan.Recommendation(f[3]), DecisionDate: listDate(f[4]), AmendmentSent: listDate(f[5]),
		})
	}
	return buf
}

// repackListings writes every plan's listing again from its body, for
// files saved before the listing carried the review cycle (migration 4).
// A body that cannot be read keeps its old line, with no cycle dates: the
// plan itself reports the damage when it is opened.
func repackListings(tx *txn) error {
	type row struct {
		id      string
		listing string
	}
	rows, err := tx.Query(`SELECT p.id, p.updated, p.listing, b.body, b.sha256 FROM plans p JOIN bodies b ON b.id = p.id`)
	if err != nil {
		return err
	}
	var out []row
	for rows.Next() {
		var id, old string
		var updated int64
		var body, sum []byte
		if err := rows.Scan(&id, &updated, &old, &body, &sum); err != nil {
			rows.Close()
			return err
		}
		listing := old + strings.Repeat(sep, listingFields-12)
		if p, err := decodeStored(id, 0, body, sum); err == nil {
			listing = packListing(p, time.Unix(0, updated))
		}
		out = append(out, row{id, listing})
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range out {
		if _, err := tx.Exec(`UPDATE plans SET listing = ? WHERE id = ?`, r.listing, r.id); err != nil {
			return err
		}
	}
	return nil
}
