package render

import (
	"strings"

	"ehcplan/plan"
)

// reviews prints the record of each review and the young person's
// current and planned next step.
func (d *doc) reviews() {
	dest := d.p.Destination
	if len(d.p.Reviews) == 0 && dest.Current == "" && dest.Planned == "" {
		return
	}
	d.chapter("Reviews and next steps", "")
	if dest.Current != "" || dest.Planned != "" {
		d.heading(stH2, "Where I am now and where I am going next", "", 12)
		d.labelled("Now", destinationWord(dest.Current), "Not recorded")
		d.labelled("Planned next step", destinationWord(dest.Planned), "Not decided yet")
	}
	for i, r := range d.p.Reviews {
		title := "Review held on " + longDate(r.Date, "an unrecorded date")
		d.heading(stH2, title, "", 20)
		if i == 0 {
			d.headBookmark("Reviews", 1)
		}
		d.review(r)
	}
}

func (d *doc) review(r plan.Review) {
	d.labelled("Who came", strings.Join(r.Attendees, ", "), "Not recorded")
	d.list("What is working", r.Working)
	d.list("What is not working", r.NotWorking)
	d.list("What we want to happen next", r.Future)
	if len(r.Progress) > 0 {
		var rows []row
		for _, pr := range r.Progress {
			status := progressNames[pr.Status]
			if status == "" {
				status = string(pr.Status)
			}
			rows = append(rows, row{cells: [][]span{
				{{stCell, d.refs([]string{pr.Outcome})}},
				{{stCellB, status}},
				{{stCell, d.clean(pr.Note)}},
			}})
		}
		d.para(span{stBold, "Progress towards the outcomes"})
		d.drawTable([]column{{"Outcome", 80}, {"Progress", 30}, {"Notes", contentW - 110}}, rows)
	}
	if rec := recommendationNames[r.Recommendation]; rec != "" {
		d.labelled("Recommendation", rec, "")
	}
}

// list prints a titled list of points, one paragraph each.
func (d *doc) list(title string, items []string) {
	d.para(span{stBold, title})
	if len(items) == 0 {
		d.para(span{stNote, "Nothing recorded."})
		return
	}
	for _, it := range items {
		d.bullet(marginX, 6, contentW, span{stBody, d.clean(it)})
	}
	d.y += 1
}

// bullet prints spans as a point of a list in a column w wide at x, the
// text indent millimetres in from the bullet, kept at least two lines
// together.
func (d *doc) bullet(x, indent, w float64, spans ...span) {
	lines := d.wrap(w-indent, spans...)
	st := spans[0].st
	d.need(min(height(lines), 2*st.lineHeight()))
	d.write(x+1, d.y, st, "•")
	d.flow(x+indent, lines)
	d.y += 1
}
