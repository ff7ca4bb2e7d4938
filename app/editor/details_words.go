package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// adviceKindWords are the kinds of Section K advice (SEND Regulations 2014
// reg 6(1)) in plain words, in the order plan.AdviceKinds offers them.
var adviceKindWords = map[plan.AdviceKind]string{
	"parent":        "Parent's views",
	"young_person":  "Young person's views",
	"educational":   "Educational",
	"medical":       "Medical/health",
	"psychological": "Psychological (educational psychologist)",
	"social_care":   "Social care",
	"adulthood":     "Preparing for adulthood (from Year 9)",
	"sensory":       "Sensory (qualified teacher of the deaf/vision)",
	"other":         "Other",
}

// adviceKinds offers every kind of advice with its words.
var adviceKinds = adviceKindOptions()

func adviceKindOptions() []option[plan.AdviceKind] {
	opts := make([]option[plan.AdviceKind], len(plan.AdviceKinds))
	for i, k := range plan.AdviceKinds {
		kind := plan.AdviceKind(k)
		word := adviceKindWords[kind]
		if word == "" {
			word = k
		}
		opts[i] = option[plan.AdviceKind]{kind, word}
	}
	return opts
}

// adviceKindSelect chooses the kind of advice i.
func (e *Editor) adviceKindSelect(i int) *widget.Select {
	path := itemPath("advice", i)
	s := choose(e, adviceKinds, func() *plan.AdviceKind { return &e.p.Advice[i].Kind }, textChange, nil, path+".kind")
	s.PlaceHolder = "Choose the kind of advice"
	return s
}

// commissionerBox is "Agreed and funded by" for provision in G, H1 or H2
// (health and social care); it is hidden while the provision is in F.
func (e *Editor) commissionerBox(ai, pi int) fyne.CanvasObject {
	pr := &e.p.Areas[ai].Provision[pi]
	path := itemPath(areaPath(ai, "provision"), pi)
	en := e.textEntry(func() *string { return &e.p.Areas[ai].Provision[pi].Commissioner }, 0, path+".commissioner")
	en.SetPlaceHolder("e.g. Northbridge Integrated Care Board")
	box := labelled("Agreed and funded by", "The body that agreed to this health or social care provision and pays for it.", en)
	if !funded(pr) {
		box.Hide()
	}
	return box
}

// funded says whether a provision shows "Agreed and funded by": in G, H1
// and H2, or whenever one is written (so nothing recorded is hidden).
func funded(pr *plan.Provision) bool {
	return pr.Section != plan.SectionF || pr.Commissioner != ""
}

// showWhenFunded wraps a section select's OnChanged so the commissioner
// box shows for G, H1 and H2 and hides for F.
func (e *Editor) showWhenFunded(next func(string), box fyne.CanvasObject, pr func() *plan.Provision) func(string) {
	return func(label string) {
		next(label)
		if funded(pr()) == box.Visible() {
			return
		}
		if funded(pr()) {
			box.Show()
		} else {
			box.Hide()
		}
		if c := e.formScroll.Content; c != nil {
			c.Refresh() // lay the page out again around the box
		}
	}
}
