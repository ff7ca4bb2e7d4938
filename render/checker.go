package render

import (
	"fmt"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// buildCheck lays out the caseworker's check report: what the plan
// checker found, grouped by where in the plan, with the rule behind each
// finding. It is never part of what the family receives.
func (d *doc) buildCheck() {
	rep := d.checkReport()
	d.chapter("Check report", "")
	d.para(span{stNote, "For the caseworker, not for the family: what the plan checker found, " +
		"so the plan can be put right before it is issued or sent."})
	d.checkFacts()
	d.readiness(rep)
	d.areaSummaries(rep.Areas)
	d.findings(rep.Findings)
	d.finish()
}

// checkReport is the report given in the options, or the checker's
// report judged for issue today.
func (d *doc) checkReport() check.Report {
	if d.opt.Report != nil {
		return *d.opt.Report
	}
	return checkPlan(d.p, d.opt.Today)
}

// checkFacts says which plan was checked, and when.
func (d *doc) checkFacts() {
	p := d.p
	facts := [][2]string{
		{"Plan for", d.who.name + d.who.born},
		{"Plan", fmt.Sprintf("version %d, %s", p.Version, statusName(p.Status))},
		{"Local authority", orDash(p.LocalAuthority, "Not recorded")},
		{"Caseworker", orDash(p.Caseworker, "Not recorded")},
		{"Date checked", longDate(d.opt.Today, "Not recorded")},
	}
	var rows []row
	for _, f := range facts {
		rows = append(rows, row{cells: [][]span{{{stCellB, f[0]}}, {{stCell, d.clean(f[1])}}}})
	}
	d.drawTable([]column{{"About this check", 55}, {"", contentW - 55}}, rows)
}

// readiness says whether the plan can be issued (or, for a final, stands
// as the law requires), and the counts.
func (d *doc) readiness(rep check.Report) {
	ready := span{style{bold: true, size: 12, color: rgb{180, 30, 30}}, readyWords(d.p, false)}
	if rep.Ready {
		ready = span{style{bold: true, size: 12, color: rgb{30, 120, 50}}, readyWords(d.p, true)}
	}
	d.para(ready)
	if check.PlacementAskedAtIssue(d.p) {
		d.para(span{stBody, check.PlacementAtIssue})
	}
	d.para(span{stBody, fmt.Sprintf("%s, %s and %s.",
		count(rep.Errors, "error"), count(rep.Warnings, "warning"), count(rep.Tips, "tip"))})
}

func readyWords(p *plan.Plan, ready bool) string {
	switch {
	case p.Status == plan.StatusDraft && ready:
		return "Ready to issue: the checker found no errors."
	case p.Status == plan.StatusDraft:
		return "Not ready to issue: the errors below must be fixed first."
	case ready:
		return "The checker found no errors in this plan."
	}
	return "This plan has errors the checker found: they must be put right."
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (d *doc) areaSummaries(areas []check.AreaSummary) {
	if len(areas) == 0 {
		return
	}
	var rows []row
	for _, a := range areas {
		of := func(n, total int) []span { return []span{{stCell, fmt.Sprintf("%d of %d", n, total)}} }
		rows = append(rows, row{cells: [][]span{
			{{stCellB, d.clean(orDash(a.Title, a.Key))}},
			of(a.AspirationsServed, a.Aspirations), of(a.NeedsProvided, a.Needs),
			of(a.OutcomesSMART, a.Outcomes), of(a.ProvisionSpecific, a.Provision),
		}})
	}
	d.headedTable(stH2, "The golden thread in each area", 1, []column{{"Area", 50}, {"Aspirations served", 30},
		{"Needs with provision", 30}, {"SMART outcomes", 30}, {"Specific provision", 30}}, rows)
}

var severityStyles = map[check.Severity]style{
	check.Error:   {bold: true, size: 10, color: rgb{180, 30, 30}},
	check.Warning: {bold: true, size: 10, color: orange},
	check.Tip:     {bold: true, size: 10, color: accent},
}

// findingGroup is the findings at one place in the plan.
type findingGroup struct {
	place, detail string
	findings      []check.Finding
}

// groupFindings groups findings by place, places in the order the
// checker first names them (it lists the plan as a whole first, then
// the plan in order).
func groupFindings(p *plan.Plan, fs []check.Finding) []findingGroup {
	var groups []findingGroup
	at := map[string]int{}
	for _, f := range fs {
		place, detail := findingPlace(p, f)
		key := place + "\x00" + detail
		i, ok := at[key]
		if !ok {
			i = len(groups)
			at[key] = i
			groups = append(groups, findingGroup{place: place, detail: detail})
		}
		groups[i].findings = append(groups[i].findings, f)
	}
	return groups
}

func (d *doc) findings(fs []check.Finding) {
	d.heading(stH2, "What the checker found", "", 20)
	d.headBookmark("What the checker found", 1)
	if len(fs) == 0 {
		d.para(span{stNote, "Nothing."})
		return
	}
	for _, g := range groupFindings(d.p, fs) {
		var rows []row
		for _, f := range g.findings {
			rows = append(rows, row{cells: [][]span{
				{{severityStyles[f.Severity], f.Severity.String()}},
				{{stCellB, d.clean(f.Rule)}},
				{{stCell, d.clean(f.Message)}, {stCellB, "\nFix: "}, {stCell, d.clean(f.Fix)}},
			}})
		}
		title := g.place
		if g.detail != "" {
			title += " (" + g.detail + ")"
		}
		d.headedTable(stH3, d.clean(title), -1,
			[]column{{"Severity", 22}, {"Rule", 15}, {"What was found and how to fix it", contentW - 37}}, rows)
	}
}
