package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"ehcplan/plan"
)

func TestIssuedPlanTakesOnlyReviews(t *testing.T) {
	cases := []struct {
		name   string
		change func(p *plan.Plan)
		refuse bool
	}{
		{"a need's text", func(p *plan.Plan) {
			p.Areas[0].Needs[0].Text += " They also find noisy rooms hard."
		}, true},
		{"the status, without an amendment", func(p *plan.Plan) { p.Status = plan.StatusDraft }, true},
		{"the issue date", func(p *plan.Plan) { p.Dates.Issued = plan.MustDate("2025-01-01") }, true},
		{"a review and the review dates", func(p *plan.Plan) {
			p.Reviews = append(p.Reviews, plan.Review{
				Date:      plan.MustDate("2026-05-12"),
				Attendees: []string{"Priya Shah (caseworker)", "Dana Ellis (parent)"},
				Working:   []string{"Jordan now reads a visual timetable on his own."},
			})
			p.Dates.LastReview = plan.MustDate("2026-05-12")
			p.Dates.NextReview = plan.MustDate("2027-05-11")
		}, false},
		{"nothing (the same plan saved again)", func(p *plan.Plan) {}, false},
		{"empty lists where there were none", func(p *plan.Plan) {
			if p.Advice == nil {
				p.Advice = []plan.Advice{}
			}
			if p.SectionNotes == nil {
				p.SectionNotes = map[string]string{}
			}
		}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			issued := issuedPlan(t, s)
			p := mustLoad(t, s, issued.ID)
			tc.change(p)
			err := s.Save(p, "Priya Shah")
			if !tc.refuse {
				if err != nil {
					t.Fatalf("Save: %v, want it accepted", err)
				}
				if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got.Reviews, p.Reviews) || got.Dates != p.Dates {
					t.Error("the accepted change was not saved")
				}
				return
			}
			if !errors.Is(err, ErrIssuedPlan) {
				t.Fatalf("Save: %v, want ErrIssuedPlan", err)
			}
			if !strings.Contains(err.Error(), "This plan is issued. Start an amendment to change it.") {
				t.Errorf("message %q", err)
			}
			if got := mustLoad(t, s, p.ID); !reflect.DeepEqual(got, issued) {
				t.Error("the refused change reached the working copy")
			}
		})
	}
}

func TestAmendmentAndDraftsSaveAsBefore(t *testing.T) {
	s := openTemp(t)
	issued := issuedPlan(t, s)
	draft, err := s.StartAmendment(issued.ID, "Priya Shah")
	if err != nil {
		t.Fatal(err)
	}
	draft.Areas[0].Needs[0].Text += " They also find noisy rooms hard."
	mustSave(t, s, draft, "Priya Shah")
	if got := mustLoad(t, s, issued.ID); got.Areas[0].Needs[0].Text != draft.Areas[0].Needs[0].Text {
		t.Error("the amendment's change was not saved")
	}

	ceased := person("Rosa Delgado", "")
	ceased.Status = plan.StatusCeased
	if err := s.IssueVersion(ceased, "Priya Shah"); err != nil {
		t.Fatal(err)
	}
	ceased.Person.Setting = "Another school"
	if err := s.Save(ceased, "Priya Shah"); !errors.Is(err, ErrIssuedPlan) {
		t.Errorf("changing a ceased plan: %v, want ErrIssuedPlan", err)
	}
}
