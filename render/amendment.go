package render

import (
	"errors"
	"fmt"

	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// ErrNoBase is returned for an amendment notice without the last issued
// version of the plan to list the changes against.
var ErrNoBase = errors.New("an amendment notice needs the last issued version of the plan")

// buildAmendment lays out the notice of proposed amendments: the changes
// against the last issued plan (Options.Base) by statutory section, the
// date they are sent (Options.Today), the last day the family may comment
// and the date the amended plan must be issued by.
func (d *doc) buildAmendment() {
	const title = "Notice of proposed amendments to the EHC plan"
	d.chapter(title, "")
	d.amendmentFacts()
	d.amendmentRights()
	d.amendmentChanges(diff.Compare(d.opt.Base, d.p))
	d.finish()
}

// amendmentFacts says whose plan, which issued version, and the dates.
func (d *doc) amendmentFacts() {
	base, sent := d.opt.Base, d.opt.Today
	facts := [][2]string{
		{"Young person", d.who.name + d.who.born},
		{"Plan to be amended", fmt.Sprintf("version %d, issued %s", base.Version, longDate(base.Dates.Issued, "on a date not recorded"))},
		{"Local authority", orDash(d.p.LocalAuthority, "Not recorded")},
		{"Caseworker", orDash(d.p.Caseworker, "Not recorded")},
		{"Proposed amendments sent", longDate(sent, "Not recorded")},
	}
	if r := latestReview(d.p, sent); r != nil {
		facts = append(facts, [2]string{"Review meeting", r.Date.Long()})
	}
	if !sent.IsZero() {
		facts = append(facts,
			[2]string{"Comments by", plan.CommentBy(sent).Long()},
			[2]string{"Amended plan issued by", plan.RuleFor("amended_plan").Due(sent).Long()})
	}
	var rows []row
	for _, f := range facts {
		rows = append(rows, row{cells: [][]span{{{stCellB, f[0]}}, {{stCell, d.clean(f[1])}}}})
	}
	d.drawTable([]column{{"About this notice", 55}, {"", contentW - 55}}, rows)
}

// amendmentRights says what the family may do, and by when.
func (d *doc) amendmentRights() {
	comments, amended := plan.RuleFor("amendment_comments"), plan.RuleFor("amended_plan")
	d.para(span{stBody, "The local authority proposes to change (amend) the plan. The changes are set out below, " +
		"section by section, against the plan last issued. Nothing changes until the amended plan is issued."})
	if d.opt.Today.IsZero() {
		d.para(span{stBody, fmt.Sprintf("You may comment on the proposed changes, and ask for a particular school or college "+
			"to be named, for at least 15 days after they are sent (%s). The amended plan must be issued within 8 weeks "+
			"of the proposed changes being sent (%s).", comments.Law, amended.Law)})
		return
	}
	d.para(span{stBody, fmt.Sprintf("You may comment on the proposed changes, and ask for a particular school or college "+
		"to be named, until %s: at least 15 days after they were sent (%s).", plan.CommentBy(d.opt.Today).Long(), comments.Law)})
	d.para(span{stBody, fmt.Sprintf("The amended plan must be issued within 8 weeks of the proposed changes being sent: "+
		"by %s (%s).", amended.Due(d.opt.Today).Long(), amended.Law)})
}

// changeWords are the words for each kind of change.
var changeWords = map[string]string{diff.Added: "Added", diff.Removed: "Removed", diff.Changed: "Changed"}

// amendmentChanges prints the changes under their heading, or says there
// are none.
func (d *doc) amendmentChanges(changes []diff.Change) {
	d.heading(stH2, "The proposed changes", "", 20)
	d.headBookmark("The proposed changes", 1)
	if len(changes) == 0 {
		d.para(span{stNote, "No changes are proposed against the plan last issued."})
		return
	}
	d.changeTables(changes)
}

// changeTables prints changes, one table per section in statutory order
// (diff.Compare sorts them so): the item, the kind of change, what the
// plan says now and what is proposed. The amendment notice and the review
// report both list proposed changes with it.
func (d *doc) changeTables(changes []diff.Change) {
	for start := 0; start < len(changes); {
		end := start
		for end < len(changes) && changes[end].Section == changes[start].Section {
			end++
		}
		var rows []row
		for _, c := range changes[start:end] {
			rows = append(rows, row{cells: [][]span{
				{{stCellB, d.clean(c.Item)}},
				{{stCellB, orDash(changeWords[c.Change], c.Change)}},
				{{stCell, d.clean(orDash(c.Old, "–"))}},
				{{stCell, d.clean(orDash(c.New, "–"))}},
			}})
		}
		d.headedTable(stH3, d.clean(changeSectionTitle(changes[start].Section)), -1,
			[]column{{"Item", 26}, {"Change", 25}, {"The plan says now", (contentW - 51) / 2}, {"Proposed", (contentW - 51) / 2}}, rows)
		start = end
	}
}

// changeSectionTitle is "Section B – Special educational needs", or the
// front-page details.
func changeSectionTitle(section string) string {
	if section == diff.SectionDetails {
		return "Details about the young person and the plan"
	}
	return "Section " + sectionTitle(section)
}
