package demo

import (
	"fmt"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// Every made-up plan agrees with itself, over many seeds and days: a last
// review only where a review is recorded, an issued plan with its
// placement, issue date and a next review within 12 months, a draft with
// none of those.
func TestPlansAreConsistent(t *testing.T) {
	for _, day := range []plan.Date{today, plan.MustDate("2026-03-02"), plan.MustDate("2027-09-01")} {
		for seed := int64(1); seed <= 60; seed++ {
			for _, p := range Plans(30, seed, day) {
				for _, problem := range inconsistencies(p, day) {
					t.Errorf("seed %d, %s, %s (%s): %s", seed, day, p.Person.Name, p.Status, problem)
				}
			}
		}
	}
}

func inconsistencies(p *plan.Plan, today plan.Date) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	d := p.Dates
	latest := plan.Date{}
	for _, r := range p.Reviews {
		if r.Date.After(latest) {
			latest = r.Date
		}
		// A review before the issue date is the one whose amendments this
		// version was issued from.
		amendedFrom := !r.AmendmentSent.IsZero() && !r.AmendmentSent.After(d.Issued)
		if r.Date.After(today) || (r.Date.Before(d.Issued) && !amendedFrom) {
			bad("a review on %s, outside the plan's life (issued %s, today %s)", r.Date, d.Issued, today)
		}
		if len(r.Attendees) == 0 || r.Recommendation == "" {
			bad("the review on %s records no one there, or no recommendation", r.Date)
		}
	}
	if d.LastReview != latest {
		bad("last reviewed %s, but the latest recorded review is on %s", orNone(d.LastReview), orNone(latest))
	}
	issued := p.Status == plan.StatusFinal || p.Status == plan.StatusCeased
	named := strings.TrimSpace(p.Placement.Name) != "" && strings.TrimSpace(p.Placement.Type) != ""
	switch {
	case !issued:
		if !d.Issued.IsZero() || !d.NextReview.IsZero() || len(p.Reviews) > 0 || p.Placement != (plan.Placement{}) {
			bad("a draft with an issue date %s, next review %s, %d reviews or a placement %+v",
				orNone(d.Issued), orNone(d.NextReview), len(p.Reviews), p.Placement)
		}
	case !named:
		bad("issued, but Section I is %+v", p.Placement)
	case d.Issued.IsZero() || d.Issued.After(today) || d.Issued.Before(d.Request):
		bad("issued on %s (requested %s, today %s)", orNone(d.Issued), d.Request, today)
	}
	if p.Status == plan.StatusFinal {
		base := d.Issued
		if !d.LastReview.IsZero() {
			base = d.LastReview
		}
		if d.NextReview.IsZero() || !d.NextReview.After(base) || d.NextReview.After(check.NextReviewDue(base)) {
			bad("next review %s is not within 12 months of %s", orNone(d.NextReview), base)
		}
	}
	if p.Status == plan.StatusCeased && !d.NextReview.IsZero() {
		bad("a ceased plan still has a review due on %s", d.NextReview)
	}
	for _, a := range p.Advice {
		if a.Date.After(today) || issued && a.Date.After(d.Issued) {
			bad("advice dated %s, after the plan was issued (%s) or today", a.Date, orNone(d.Issued))
		}
	}
	return out
}

func orNone(d plan.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}
