package app

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// startAmendmentFrom starts an amendment as startAmendment does, then
// makes in the new draft the changes the caseworker ticked in the Reviews
// page's Start amendment dialog (apply), saves it and opens it on the
// Reviews page. The issued version is untouched: the changes are only in
// the new working copy.
func (v *planView) startAmendmentFrom(apply func(*plan.Plan) []string) {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	p, err := v.a.st.StartAmendment(v.plan().ID, v.a.by())
	if err != nil {
		v.a.showProblem("The amendment could not be started", err)
		return
	}
	did := apply(p)
	saveErr := v.a.st.Save(p, v.a.by())
	v.reload(p, "reviews")
	if saveErr != nil {
		v.a.plan.changed() // autosave tries again
		v.a.showSaveProblem(saveErr)
		return
	}
	what := "Nothing was carried forward: the draft is a copy of the final plan."
	if len(did) > 0 {
		what = "From the review it " + strings.Join(did, ", ") + "."
	}
	v.a.showMessage("Amendment started", fmt.Sprintf("Version %d of %s’s plan is a draft to amend. %s", p.Version, p.Person.Name, what))
}
