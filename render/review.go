package render

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// ErrNoReview is returned for a review report of a plan with no review
// meeting held (on or before Options.Today).
var ErrNoReview = errors.New("this plan has no review meeting recorded")

// latestReview is the review meeting held last: the latest dated on or
// before today (any date when today is not given), or nil for none. A
// meeting only planned (dated after today) has no report yet.
func latestReview(p *plan.Plan, today plan.Date) *plan.Review {
	var last *plan.Review
	for i := range p.Reviews {
		r := &p.Reviews[i]
		if r.Date.IsZero() || (!today.IsZero() && today.Before(r.Date)) {
			continue
		}
		if last == nil || !r.Date.Before(last.Date) {
			last = r
		}
	}
	return last
}

// buildReview lays out the report of the latest review meeting: who was
// invited and who came, the views from each perspective, progress on each
// outcome, the recommendation and the dates the law sets from the meeting.
func (d *doc) buildReview() {
	r := latestReview(d.p, d.opt.Today)
	if r == nil { // PDF refuses first (kindNeeds); never print an empty report
		panic(ErrNoReview)
	}
	const title = "Report of the annual review meeting"
	d.chapter(title, "")
	d.reviewFacts(r)
	d.reviewViews(r)
	d.reviewProgress(r)
	d.reviewOutcome(r)
	d.reviewProposed(r)
	d.finish()
}

// reviewFacts says whose plan was reviewed, when, who was invited and who
// came.
func (d *doc) reviewFacts(r *plan.Review) {
	p, reviewed := d.p, d.reviewedPlan()
	facts := [][2]string{
		{"Young person", d.who.name + d.who.born},
		{"Plan reviewed", fmt.Sprintf("version %d, issued %s", reviewed.Version, longDate(reviewed.Dates.Issued, "on a date not recorded"))},
		{"Local authority", orDash(p.LocalAuthority, "Not recorded")},
		{"Caseworker", orDash(p.Caseworker, "Not recorded")},
		{"Date of the meeting", longDate(r.Date, "Not recorded")},
		{"Invitations sent", longDate(r.Invited, "Not recorded")},
		{"Who came", orDash(strings.Join(r.Attendees, ", "), "Not recorded")},
	}
	var rows []row
	for _, f := range facts {
		rows = append(rows, row{cells: [][]span{{{stCellB, f[0]}}, {{stCell, d.clean(f[1])}}}})
	}
	d.drawTable([]column{{"About this review", 55}, {"", contentW - 55}}, rows)
}

// viewKinds is the order a speaker's views print in.
var viewKinds = []plan.ViewKind{"working", "not_working", "future"}

// reviewViews prints the views from each perspective, in the order forms
// offer the speakers, then what the meeting said with no speaker recorded.
func (d *doc) reviewViews(r *plan.Review) {
	d.heading(stH2, "What people said: views from each perspective", "", 20)
	d.headBookmark("Views from each perspective", 1)
	if len(r.Views) == 0 && len(r.Working)+len(r.NotWorking)+len(r.Future) == 0 {
		d.para(span{stNote, "No views were recorded at this meeting."})
		return
	}
	for _, who := range speakersOf(r.Views) {
		var rows []row
		for _, k := range viewKindsOf(r.Views) {
			for _, v := range r.Views {
				if v.Who != who || v.Kind != k {
					continue
				}
				top := []span{{stCell, ""}}
				if v.Top {
					top = []span{{stCellB, "Top two"}}
				}
				rows = append(rows, row{cells: [][]span{
					{{stCellB, plan.ViewKindWord(k)}}, {{stCell, d.clean(v.Text)}}, top,
				}})
			}
		}
		d.headedTable(stH3, d.clean(plan.SpeakerWord(who)), -1,
			[]column{{"About", 45}, {"What was said", contentW - 45 - 22}, {"Priority", 22}}, rows)
	}
	if len(r.Working)+len(r.NotWorking)+len(r.Future) > 0 {
		d.heading(stH3, "Also said at the meeting", "", 12)
		d.list("What is working", r.Working)
		d.list("What is not working", r.NotWorking)
		d.list("What is important for the future", r.Future)
	}
}

// speakersOf lists who gave views, in the order forms offer speakers,
// then any speaker not on that list, in the order they first spoke.
func speakersOf(vs []plan.View) []plan.Speaker {
	var out []plan.Speaker
	for _, s := range plan.Speakers {
		if slices.ContainsFunc(vs, func(v plan.View) bool { return string(v.Who) == s }) {
			out = append(out, plan.Speaker(s))
		}
	}
	for _, v := range vs {
		if !slices.Contains(out, v.Who) {
			out = append(out, v.Who)
		}
	}
	return out
}

// viewKindsOf is viewKinds, then any other kind in the views.
func viewKindsOf(vs []plan.View) []plan.ViewKind {
	out := slices.Clone(viewKinds)
	for _, v := range vs {
		if !slices.Contains(out, v.Kind) {
			out = append(out, v.Kind)
		}
	}
	return out
}

// reviewProgress prints the meeting's view of each outcome, with the
// outcome's words from the plan.
func (d *doc) reviewProgress(r *plan.Review) {
	d.heading(stH2, "Progress towards the outcomes", "", 20)
	d.headBookmark("Progress towards the outcomes", 1)
	if len(r.Progress) == 0 {
		d.para(span{stNote, "No progress was recorded at this meeting."})
		return
	}
	var rows []row
	for _, pr := range r.Progress {
		rows = append(rows, row{cells: [][]span{
			{{stCell, d.reviewedOutcome(pr.Outcome)}},
			{{stCellB, d.clean(plan.ProgressWord(pr.Status))}},
			{{stCell, d.clean(pr.Note)}},
		}})
	}
	d.drawTable([]column{{"Outcome", 80}, {"Progress", 30}, {"Notes", contentW - 110}}, rows)
}

// reviewedOutcome is an outcome's ID and words as the plan reviewed says
// them: in an amendment's draft the outcome may since have been reworded
// or taken out, but the meeting judged the issued words.
func (d *doc) reviewedOutcome(id string) string {
	if !d.amendmentDraft() {
		return d.refs([]string{id})
	}
	id = trimmed(id)
	for _, a := range d.opt.Base.Areas {
		for _, o := range a.Outcomes {
			if o.ID == id {
				return d.clean(id + " – " + strings.Join(strings.Fields(o.Text), " "))
			}
		}
	}
	return d.clean(id + " (not found in this plan)")
}

// reviewOutcome prints the recommendation and what happens next, with
// the dates the law counts from the meeting.
func (d *doc) reviewOutcome(r *plan.Review) {
	d.heading(stH2, "The meeting's recommendation and what happens next", "", 20)
	d.headBookmark("Recommendation and what happens next", 1)
	d.labelled("The meeting recommends", plan.RecommendationWord(r.Recommendation), "")
	report, decision := plan.RuleFor("review_report"), plan.RuleFor("review_decision")
	d.para(span{stBody, fmt.Sprintf("This report must be sent to everyone invited within 2 weeks of the meeting: by %s (%s).",
		report.Due(r.Date).Long(), report.Law)})
	d.para(span{stBody, fmt.Sprintf("The local authority must tell the family whether it will keep, change or stop the plan "+
		"within 4 weeks of the meeting: by %s (%s).", decision.Due(r.Date).Long(), decision.Law)})
	if !r.ReportSent.IsZero() {
		d.labelled("Report sent", r.ReportSent.Long(), "")
	}
	if r.Decision != "" {
		d.labelled("The local authority's decision",
			plan.RecommendationWord(r.Decision)+", on "+longDate(r.DecisionDate, "a date not recorded"), "")
	}
	if !r.AmendmentSent.IsZero() {
		d.labelled("Proposed amendments sent", r.AmendmentSent.Long(), "")
	}
}

// amendmentDraft is true when the plan printed is the working draft of an
// amendment and the last issued version (Options.Base) is there to
// compare it with.
func (d *doc) amendmentDraft() bool {
	return d.opt.Base != nil && d.p.Status == plan.StatusDraft
}

// reviewedPlan is the plan the meeting reviewed: the last issued version
// when the plan printed is an amendment's draft, else the plan itself.
func (d *doc) reviewedPlan() *plan.Plan {
	if d.amendmentDraft() {
		return d.opt.Base
	}
	return d.p
}

// reviewProposed says what changes are proposed when the meeting
// recommended, or the local authority decided, to amend the plan: the
// amendment draft's changes against the last issued plan by section (the
// amendment notice's tables), or that none are drafted yet.
func (d *doc) reviewProposed(r *plan.Review) {
	if r.Recommendation != "amend" && r.Decision != "amend" {
		return
	}
	d.heading(stH2, "What changes are proposed", "", 20)
	d.headBookmark("What changes are proposed", 1)
	if !d.amendmentDraft() {
		d.para(span{stBody, "The changes have not been drafted yet. They will be sent to the family with a notice of " +
			"proposed amendments, and the family will have at least 15 days to comment on them."})
		return
	}
	changes := diff.Compare(d.opt.Base, d.p)
	if len(changes) == 0 {
		d.para(span{stNote, fmt.Sprintf("An amendment (version %d) has been started, but it does not change anything "+
			"in the plan last issued yet.", d.p.Version)})
		return
	}
	d.para(span{stBody, fmt.Sprintf("The proposed changes are set out below, section by section, against the plan "+
		"last issued (version %d). They are a draft: they will be sent to the family with a notice of proposed "+
		"amendments, and nothing changes until the amended plan is issued.", d.opt.Base.Version)})
	d.changeTables(changes)
}

// kindNeeds says what the kind of document needs that the plan or the
// options lack: a review report needs a meeting held, an amendment notice
// the last issued version.
func kindNeeds(p *plan.Plan, opt Options) error {
	switch opt.Kind {
	case KindReview:
		if latestReview(p, opt.Today) == nil {
			return ErrNoReview
		}
	case KindAmendment:
		if opt.Base == nil {
			return ErrNoBase
		}
	}
	return nil
}
