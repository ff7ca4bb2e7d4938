package render

import (
	"fmt"

	"ehcplan/plan/check"
)

// checkerAppendix prints the checker's summary on drafts only.
func (d *doc) checkerAppendix() {
	if !d.draft {
		return
	}
	rep := d.opt.Report
	if rep == nil {
		r := checkPlan(d.p, d.opt.Today)
		rep = &r
	}
	d.chapter("Appendix: plan checker summary", "")
	d.para(span{stNote, "This page is printed on drafts only. It lists what the plan checker found on " +
		longDate(d.opt.Today, "the day of printing") + ", so the plan can be put right before it is issued."})
	ready := span{style{bold: true, size: 12, color: orange}, "Not ready to issue: the errors below must be fixed first."}
	if rep.Ready {
		ready = span{style{bold: true, size: 12, color: rgb{30, 120, 50}}, "Ready to issue: the checker found no errors."}
	}
	d.para(ready)
	if check.PlacementAskedAtIssue(d.p) {
		d.para(span{stBody, check.PlacementAtIssue})
	}
	d.para(span{stBody, fmt.Sprintf("%s, %s and %s.",
		count(rep.Errors, "error"), count(rep.Warnings, "warning"), count(rep.Tips, "tip"))})
	d.areaSummaries(rep.Areas)
	d.findings(rep.Findings)
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
	d.headedTable(stH2, "The golden thread in each area", -1, []column{{"Area", 50}, {"Aspirations served", 30},
		{"Needs with provision", 30}, {"SMART outcomes", 30}, {"Specific provision", 30}}, rows)
}

var severityStyles = map[check.Severity]style{
	check.Error:   {bold: true, size: 10, color: rgb{180, 30, 30}},
	check.Warning: {bold: true, size: 10, color: orange},
	check.Tip:     {bold: true, size: 10, color: accent},
}

func (d *doc) findings(fs []check.Finding) {
	if len(fs) == 0 {
		d.heading(stH2, "What the checker found", "", 12)
		d.para(span{stNote, "Nothing."})
		return
	}
	var rows []row
	for _, f := range fs {
		place, detail := findingPlace(d.p, f)
		where := []span{{stCell, d.clean(place)}}
		if detail != "" {
			where = append(where, span{stSmall, "\n" + d.clean(detail)})
		}
		rows = append(rows, row{cells: [][]span{
			{{severityStyles[f.Severity], f.Severity.String()}, {stSmall, "\nrule " + d.clean(f.Rule)}},
			where,
			{{stCell, d.clean(f.Message)}, {stCellB, "\nFix: "}, {stCell, d.clean(f.Fix)}},
		}})
	}
	d.headedTable(stH2, "What the checker found", -1,
		[]column{{"Kind", 25}, {"Where", 35}, {"What and how to fix it", contentW - 60}}, rows)
}
