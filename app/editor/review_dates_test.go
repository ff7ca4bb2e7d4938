package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// After an annual review the caseworker records its date and the next one;
// the overdue-review error (D1) then goes, and a finding about the last
// review lands on its field.
func TestRecordingAReviewClearsD1(t *testing.T) {
	p := plan.New("Rhys Review")
	p.Status = plan.StatusFinal
	p.Dates.Issued = plan.MustDate("2024-09-01")
	p.Dates.NextReview = plan.MustDate("2025-08-31")
	h := newHarness(t, p, Options{})
	if !h.has("D1", "") {
		t.Fatal("a final plan whose review was due in 2025 should have D1")
	}
	h.e.GoTo(check.Finding{Where: plan.MustLoc("dates.last_review")})
	last := h.entry("dates.last_review")
	if h.w.Canvas().Focused() != last {
		t.Fatal("GoTo(dates.last_review) should focus the last review date")
	}
	test.Type(last, "20/02/2026")
	if p.Dates.LastReview != plan.MustDate("2026-02-20") {
		t.Fatalf("last review = %s, want 2026-02-20", p.Dates.LastReview)
	}
	next := h.entry("dates.next_review")
	next.SetText("")
	test.Type(next, "2027-02-19")
	if p.Dates.NextReview != plan.MustDate("2027-02-19") {
		t.Fatalf("next review = %s", p.Dates.NextReview)
	}
	if h.has("D1", "") {
		t.Error("D1 should go once the review is recorded and the next one set within 12 months")
	}
}
