package meeting

import (
	"slices"

	"ehcplan/plan"
	"ehcplan/plan/prompts"
)

// Kind is which meeting is being held.
type Kind string

const (
	// Planning is the planning conversation: Section A, aspirations, profile.
	Planning Kind = "planning"
	// ReviewMeeting is the annual review: views, then progress on each outcome.
	ReviewMeeting Kind = "review"
)

// question is one screen of a meeting.
type question struct {
	title  string         // the heading on screen, and in the list of questions
	part   string         // which part of the meeting ("About me", "My future")
	prompt prompts.Prompt // what to ask, and examples; empty for progress
	// answers lists the answers already in the plan; fresh makes a new one.
	answers func() []answer
	fresh   func(who plan.Speaker) answer
	// locked: the plan is issued, so these words cannot change here.
	locked bool
	// kind is set on a review's views; outcome on a progress question.
	kind    plan.ViewKind
	outcome string
	area    string // the outcome's area title
}

// planningQuestions: the plan's own Section A headings, then what the
// young person wants in each Preparing for Adulthood area, then the
// three parts of the one-page profile.
func (m *Meeting) planningQuestions() []*question {
	p, st, locked := m.p, m.stage, m.opt.ReadOnly
	var qs []*question
	for _, h := range p.SectionA.Headings {
		key := h.Key
		target := func() *string {
			if i := slices.IndexFunc(p.SectionA.Headings, func(h plan.Heading) bool { return h.Key == key }); i >= 0 {
				return &p.SectionA.Headings[i].Text
			}
			return new(string)
		}
		qs = append(qs, &question{
			title: h.Title, part: "About me", prompt: st.Heading(key), locked: locked,
			answers: func() []answer { return saidAnswers(p, key, target) },
			fresh: func(w plan.Speaker) answer {
				return &saidAnswer{p: p, key: key, target: target, index: -1, pendingWho: w}
			},
		})
	}
	for _, ar := range p.Areas {
		key := ar.Key
		qs = append(qs, &question{
			title: ar.Title, part: "What I want for my life", prompt: st.Area(key), locked: locked,
			answers: func() []answer { return aspirationAnswers(p, key) },
			fresh:   func(w plan.Speaker) answer { return &aspirationAnswer{p: p, area: key, pendingWho: w} },
		})
	}
	for _, pr := range []struct {
		key, said, title string
		field            func() *string
	}{
		{"admire", SaidAdmire, "What people like and admire about me", func() *string { return &p.SectionA.Profile.Admire }},
		{"important", SaidImportant, "What is important to me", func() *string { return &p.SectionA.Profile.Important }},
		{"support", SaidSupport, "How best to support me", func() *string { return &p.SectionA.Profile.Support }},
	} {
		qs = append(qs, &question{
			title: pr.title, part: "My one-page profile", prompt: st.Profile[pr.key], locked: locked,
			answers: func() []answer { return saidAnswers(p, pr.said, pr.field) },
			fresh: func(w plan.Speaker) answer {
				return &saidAnswer{p: p, key: pr.said, target: pr.field, index: -1, pendingWho: w}
			},
		})
	}
	return qs
}

// reviewPrompts are the review meeting's three questions.
var reviewPrompts = []struct {
	kind  plan.ViewKind
	title string
	p     prompts.Prompt
}{
	{"working", "What is working well?", prompts.Prompt{Ask: "What is going well at home, at school or college, and in your free time?",
		Examples: []string{"I like my new teaching assistant.", "He is sleeping better since the new routine."}}},
	{"not_working", "What is not working?", prompts.Prompt{Ask: "What is hard, or not going the way you want?",
		Examples: []string{"Lunchtimes are too noisy.", "The taxi is often late."}}},
	{"future", "What is important for the future?", prompts.Prompt{Ask: "What do you want to happen next? What matters most for the coming year?",
		Examples: []string{"Trying a college taster day.", "Getting the bus with a friend."}}},
}

// reviewQuestions: for each kind of view, what each person says; then
// each outcome's progress.
func (m *Meeting) reviewQuestions() []*question {
	var qs []*question
	for _, rp := range reviewPrompts {
		kind := rp.kind
		qs = append(qs, &question{
			title: rp.title, part: "What people think", prompt: rp.p, kind: kind,
			answers: func() []answer { return viewAnswers(m.review, kind) },
			fresh: func(w plan.Speaker) answer {
				return &viewAnswer{review: m.review, kind: kind, index: -1, pendingWho: w}
			},
		})
	}
	for _, ar := range m.p.Areas {
		for _, o := range ar.Outcomes {
			qs = append(qs, &question{title: o.Text, part: "How are things going?", outcome: o.ID, area: ar.Title})
		}
	}
	return qs
}

// review is the review record the meeting fills: the newest one, if it is
// dated today or later (or not yet dated); otherwise, when create is set,
// a new one dated today. It is nil when there is none and create is not set.
func (m *Meeting) review(create bool) *plan.Review {
	rs := m.p.Reviews
	if n := len(rs); n > 0 && (rs[n-1].Date.IsZero() || !rs[n-1].Date.Before(m.today)) {
		return &m.p.Reviews[n-1]
	}
	if !create {
		return nil
	}
	m.p.Reviews = append(m.p.Reviews, plan.Review{Date: m.today})
	return &m.p.Reviews[len(m.p.Reviews)-1]
}

// progress is the review's entry for an outcome (made when create is set).
func (m *Meeting) progress(outcome string, create bool) *plan.Progress {
	r := m.review(create)
	if r == nil {
		return nil
	}
	if i := slices.IndexFunc(r.Progress, func(g plan.Progress) bool { return g.Outcome == outcome }); i >= 0 {
		return &r.Progress[i]
	}
	if !create {
		return nil
	}
	r.Progress = append(r.Progress, plan.Progress{Outcome: outcome, Status: "progressing"})
	return &r.Progress[len(r.Progress)-1]
}
