package render

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// reviewedPlan is Jordan's plan with a full review recorded on 1 December
// 2025 (after his older one), and a meeting planned after today that has
// no report yet.
func reviewedPlan(t testing.TB) *plan.Plan {
	p := loadFixture(t, "jordan-y10-final")
	p.Reviews = append(p.Reviews, plan.Review{
		Date:      plan.MustDate("2025-12-01"),
		Invited:   plan.MustDate("2025-11-10"),
		Attendees: []string{"Jordan Ellis", "Sam Ellis (Mum)", "Ms Okafor (tutor)", "Dr Patel (paediatrician)"},
		Views: []plan.View{
			{Who: "young_person", Kind: "working", Text: "Feeding the goats at the farm park on Tuesdays.", Top: true},
			{Who: "young_person", Kind: "not_working", Text: "The corridor at lunch is too loud for me."},
			{Who: "family", Kind: "future", Text: "Jordan travelling to college on the bus by himself.", Top: true},
			{Who: "education", Kind: "working", Text: "Visual timetables are used in every lesson now."},
			{Who: "health", Kind: "not_working", Text: "Sleep is still broken most weeknights."},
		},
		Working:    []string{"Saturday football club."},
		NotWorking: []string{"Homework is not handed in."},
		Future:     []string{"A work placement with animals in Year 11."},
		Progress: []plan.Progress{
			{Outcome: "O1", Status: "achieved", Note: "Completed the farm park taster week."},
			{Outcome: "O2", Status: "not_yet", Note: "The travel plan has not started."},
			{Outcome: "O3", Status: "no_longer_relevant", Note: "He left the swimming club."},
		},
		Recommendation: "amend",
	}, plan.Review{Date: plan.MustDate("2026-11-30")})
	return p
}

// The review report prints the latest meeting held: every attendee, every
// view with its speaker, progress on each outcome with the outcome's own
// words, the recommendation and the dates the law counts from the meeting.
func TestReviewReportPrintsTheLatestMeeting(t *testing.T) {
	p := reviewedPlan(t)
	r := renderText(t, p, Options{Today: today, Kind: KindReview})
	all := r.all()
	rev := p.Reviews[1]
	want := []string{"Report of the annual review meeting", p.Person.Name,
		"1 December 2025", "10 November 2025", // the meeting, the invitations
		"15 December 2025", "29 December 2025", // report and decision due (2 and 4 weeks)
		plan.RuleFor("review_report").Law, plan.RuleFor("review_decision").Law,
		plan.RecommendationWord(rev.Recommendation), "Top two"}
	want = append(want, rev.Attendees...)
	want = append(want, rev.Working...)
	want = append(want, rev.NotWorking...)
	want = append(want, rev.Future...)
	for _, v := range rev.Views {
		want = append(want, v.Text, plan.SpeakerWord(v.Who), plan.ViewKindWord(v.Kind))
	}
	for _, pr := range rev.Progress {
		want = append(want, pr.Outcome, plan.ProgressWord(pr.Status), pr.Note, outcomeText(p, pr.Outcome))
	}
	for _, w := range want {
		if !strings.Contains(all, squash(w)) {
			t.Errorf("the review report does not say %q", w)
		}
	}
	for _, old := range []string{"10 June 2025", "Visited the farm park twice.", "30 November 2026"} {
		if strings.Contains(all, squash(old)) {
			t.Errorf("the review report prints %q from another meeting", old)
		}
	}
}

func TestReviewReportNeedsAMeeting(t *testing.T) {
	planned := loadFixture(t, "leo-y5-draft")
	planned.Reviews = []plan.Review{{Date: plan.MustDate("2026-03-01")}} // after today: not held yet
	tests := map[string]*plan.Plan{"no review": loadFixture(t, "leo-y5-draft"), "only planned": planned, "empty": {}}
	for name, p := range tests {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := PDF(&buf, p, Options{Today: today, Kind: KindReview})
			if !errors.Is(err, ErrNoReview) {
				t.Errorf("err = %v, want ErrNoReview", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes", buf.Len())
			}
		})
	}
}

// amendedPlan is reviewedPlan as the working copy of an amendment: O1
// reworded, O3 removed and a new need added.
func amendedPlan(t testing.TB) (base, p *plan.Plan) {
	base, p = reviewedPlan(t), reviewedPlan(t)
	for i := range p.Areas {
		a := &p.Areas[i]
		for j := range a.Outcomes {
			if a.Outcomes[j].ID == "O1" {
				a.Outcomes[j].Text = "By July 2026 Jordan will spend one day a week on a work placement at the farm park."
			}
		}
		a.Outcomes = removeOutcome(a.Outcomes, "O3")
	}
	p.Areas[0].Needs = append(p.Areas[0].Needs, plan.Need{ID: "N90", Text: "Jordan needs help to plan a bus journey he has not made before.", Section: "B", Category: "cognition_learning"})
	return base, p
}

func removeOutcome(os []plan.Outcome, id string) []plan.Outcome {
	var out []plan.Outcome
	for _, o := range os {
		if o.ID != id {
			out = append(out, o)
		}
	}
	return out
}

// The amendment notice lists every change against the last issued plan by
// section, with the old and new words, the day the family may comment
// until (15 days after it is sent) and the date the amended plan is due.
func TestAmendmentNoticeListsTheChanges(t *testing.T) {
	base, p := amendedPlan(t)
	changes := diff.Compare(base, p)
	if len(changes) < 3 {
		t.Fatalf("%d changes: the test proves nothing", len(changes))
	}
	sent := plan.MustDate("2026-01-05")
	r := renderText(t, p, Options{Today: sent, Kind: KindAmendment, Base: base})
	all := r.all()
	want := []string{"Notice of proposed amendments", p.Person.Name, "5 January 2026",
		"20 January 2026", // 15 days: the last day to comment
		"2 March 2026",    // 8 weeks: the amended plan
		plan.RuleFor("amendment_comments").Law, plan.RuleFor("amended_plan").Law}
	for _, c := range changes {
		want = append(want, c.Item, changeWords[c.Change], changeSectionTitle(c.Section), c.Old, c.New)
	}
	for _, w := range want {
		if !strings.Contains(all, squash(w)) {
			t.Errorf("the amendment notice does not say %q", w)
		}
	}
}

func TestAmendmentNoticeNeedsTheIssuedVersion(t *testing.T) {
	_, err := PDF(&bytes.Buffer{}, reviewedPlan(t), Options{Today: today, Kind: KindAmendment})
	if !errors.Is(err, ErrNoBase) {
		t.Errorf("err = %v, want ErrNoBase", err)
	}
	r := renderText(t, reviewedPlan(t), Options{Today: today, Kind: KindAmendment, Base: reviewedPlan(t)})
	if !strings.Contains(r.all(), squash("No changes are proposed")) {
		t.Errorf("an unchanged plan's notice does not say no changes are proposed")
	}
}

// Both papers pass pdfcpu's strict validation, long and short.
func TestStrictValidationOfReviewPapers(t *testing.T) {
	api.DisableConfigDir()
	base, amended := amendedPlan(t)
	big := genPlan(40)
	big.Reviews = reviewedPlan(t).Reviews
	tests := map[string]Options{
		"review":                        {Kind: KindReview},
		"review redacted":               {Kind: KindReview, Redact: true},
		"amendment":                     {Kind: KindAmendment, Base: base},
		"amendment no date":             {Kind: KindAmendment, Base: base},
		"generated review":              {Kind: KindReview},
		"generated amendment":           {Kind: KindAmendment, Base: genPlan(30)},
		"review with changes":           {Kind: KindReview, Base: base},
		"generated review with changes": {Kind: KindReview, Base: genPlan(30)},
	}
	for name, opt := range tests {
		t.Run(name, func(t *testing.T) {
			p := amended
			if strings.HasPrefix(name, "generated") {
				p = big
			}
			if strings.HasSuffix(name, "with changes") {
				p = p.Clone()
				p.Status = plan.StatusDraft
			}
			if !strings.HasSuffix(name, "no date") {
				opt.Today = today
			}
			var buf bytes.Buffer
			if _, err := PDF(&buf, p, opt); err != nil {
				t.Fatal(err)
			}
			conf := model.NewDefaultConfiguration()
			conf.ValidationMode = model.ValidationStrict
			if err := api.Validate(bytes.NewReader(buf.Bytes()), conf); err != nil {
				t.Errorf("pdfcpu validate -m strict: %v", err)
			}
		})
	}
}

func outcomeText(p *plan.Plan, id string) string {
	for _, a := range p.Areas {
		for _, o := range a.Outcomes {
			if o.ID == id {
				return o.Text
			}
		}
	}
	return "no outcome " + id
}

// The review report says what changes are proposed when the meeting or
// the local authority said amend: the working draft's changes against
// the last issued plan, by section, with the amendment notice's words; a
// note when nothing is drafted yet; nothing when the plan is kept as it is.
func TestReviewReportSaysWhatChangesAreProposed(t *testing.T) {
	const heading = "What changes are proposed"
	tests := []struct {
		name                     string
		recommendation, decision plan.Recommendation
		draft, withBase, edited  bool
		wantChanges              bool
		want, notWant            []string
	}{
		{name: "amend recommended, draft differs", recommendation: "amend", draft: true, withBase: true, edited: true,
			wantChanges: true, want: []string{heading, "The proposed changes are set out below"}},
		{name: "decided amend after maintain was recommended", recommendation: "maintain", decision: "amend", draft: true, withBase: true, edited: true,
			wantChanges: true, want: []string{heading}},
		{name: "amend, nothing drafted yet", recommendation: "amend", withBase: false,
			want: []string{heading, "The changes have not been drafted yet"}},
		{name: "amend, draft started but unchanged", recommendation: "amend", draft: true, withBase: true,
			want: []string{heading, "does not change anything in the plan last issued yet"}},
		{name: "maintain", recommendation: "maintain", draft: true, withBase: true, edited: true,
			notWant: []string{heading}},
		{name: "amend, final plan is the last issued", recommendation: "amend", withBase: true,
			want: []string{heading, "The changes have not been drafted yet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, p := amendedPlan(t)
			if !tt.edited {
				p = reviewedPlan(t)
			}
			for _, q := range []*plan.Plan{base, p} {
				q.Reviews[1].Recommendation, q.Reviews[1].Decision = tt.recommendation, tt.decision
			}
			if tt.draft {
				p.Status, p.Version = plan.StatusDraft, base.Version+1
			}
			opt := Options{Today: today, Kind: KindReview}
			if tt.withBase {
				opt.Base = base
			}
			all := renderText(t, p, opt).all()
			want := tt.want
			if tt.wantChanges {
				changes := diff.Compare(base, p)
				for _, c := range changes {
					want = append(want, c.Item, changeWords[c.Change], changeSectionTitle(c.Section), c.Old, c.New)
				}
				// The report is of the plan reviewed, the issued one, not the
				// draft: its version, and the words of an outcome the draft
				// has since taken out.
				want = append(want, fmt.Sprintf("version %d, issued %s", base.Version, base.Dates.Issued.Long()),
					"O3 – "+outcomeText(base, "O3"))
				tt.notWant = append(tt.notWant, "not found in this plan")
			}
			for _, w := range want {
				if !strings.Contains(all, squash(w)) {
					t.Errorf("the review report does not say %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(all, squash(w)) {
					t.Errorf("the review report says %q", w)
				}
			}
		})
	}
}
