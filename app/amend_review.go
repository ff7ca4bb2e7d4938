package app

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// startAmendmentFrom is the Reviews page's Start amendment: it starts the
// amendment and makes in the new draft the changes the caseworker ticked
// in its dialog (apply), then opens the draft on the Reviews page and
// says what was carried forward.
func (v *planView) startAmendmentFrom(apply func(*plan.Plan) []string) {
	p, did, ok := v.amend(apply, "reviews")
	if !ok || apply == nil {
		return
	}
	what := "Nothing was carried forward: the draft is a copy of the final plan."
	if len(did) > 0 {
		what = "Carried forward from the review: " + andList(did) + "."
	}
	v.a.showMessage("Amendment started", fmt.Sprintf("Version %d of %s’s plan is a draft to amend. %s", p.Version, p.Person.Name, what))
}

// amend starts an amendment as startAmendment does: the next version as a
// new working copy, the issued version untouched. apply, if not nil, makes
// the changes a review carried forward. The draft is saved and opened on
// page.
func (v *planView) amend(apply func(*plan.Plan) []string, page string) (*plan.Plan, []string, bool) {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return nil, nil, false
	}
	p, err := v.a.st.StartAmendment(v.plan().ID, v.a.by())
	if err != nil {
		v.a.showProblem("The amendment could not be started", err)
		return nil, nil, false
	}
	if apply == nil {
		v.reload(p, page)
		return p, nil, true
	}
	did := apply(p)
	saveErr := v.a.st.Save(p, v.a.by())
	v.reload(p, page)
	if saveErr != nil {
		v.a.plan.changed() // autosave tries again
		v.a.showSaveProblem(saveErr)
		return nil, nil, false
	}
	return p, did, true
}

// andList joins words as a sentence does: "a, b and c".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
