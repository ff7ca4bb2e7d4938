package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
)

// Amend from the review: "Start amendment" on a review whose decision is
// to amend carries what the review found into the new draft. Outcomes it
// found achieved or no longer relevant are offered for removal, and what
// it said is important for the future is offered as new aspirations. Each
// is unticked: nothing changes without the caseworker's tick.

// carried is one change a review offers to carry into the amendment:
// taking out an outcome (Remove is its ID) or adding an aspiration.
type carried struct {
	Remove string
	Add    plan.Aspiration // Text and Area; its ID is given when it is added
	Reason string          // the review's judgement of a removed outcome, in words
}

// carryForward lists what review r offers: outcomes still in the plan
// that it marked achieved or no longer relevant, then the statements about
// the future (with who said them, or from the older list) that are not
// already an aspiration, each once.
func carryForward(p *plan.Plan, r *plan.Review) (removals, additions []carried) {
	idx := p.Index()
	seen := map[string]bool{}
	for _, g := range r.Progress {
		if ref, ok := idx[g.Outcome]; !ok || ref.Kind != plan.KindOutcome || seen[g.Outcome] {
			continue
		}
		if g.Status == "achieved" || g.Status == "no_longer_relevant" {
			seen[g.Outcome] = true
			removals = append(removals, carried{Remove: g.Outcome, Reason: plan.ProgressWord(g.Status)})
		}
	}
	known := map[string]bool{}
	for _, a := range p.SectionA.Aspirations {
		known[sameWords(a.Text)] = true
	}
	offer := func(text string) {
		if k := sameWords(text); k != "" && !known[k] {
			known[k] = true
			additions = append(additions, carried{Add: plan.Aspiration{Text: strings.TrimSpace(text)}})
		}
	}
	for _, v := range r.Views {
		if v.Kind == "future" {
			offer(v.Text)
		}
	}
	for _, t := range r.Future {
		offer(t)
	}
	return removals, additions
}

// sameWords folds a text for comparing: case and spacing aside.
func sameWords(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// applyCarried makes the ticked changes in p, a new draft: each outcome is
// removed with every link to it (plan.DeleteItem), each aspiration added
// with the next free ID. It returns what it did, in words, for the
// caseworker.
func applyCarried(p *plan.Plan, picks []carried) []string {
	var did []string
	for _, c := range picks {
		if c.Remove != "" {
			if p.DeleteItem(c.Remove) == nil {
				did = append(did, "outcome "+c.Remove+" taken out")
			}
			continue
		}
		a := c.Add
		a.ID = p.NewID(plan.KindAspiration)
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, a)
		did = append(did, "aspiration "+a.ID+" added")
	}
	return did
}

// dialogWidth is the width of the Start amendment dialog's list.
const dialogWidth = 680

// askAmendFromReview is the Start amendment dialog of review i.
func (e *Editor) askAmendFromReview(i int) {
	r := &e.p.Reviews[i]
	removals, additions := carryForward(e.p, r)
	type pick struct {
		tick *widget.Check
		area *widget.Select
		c    carried
	}
	var picks []pick
	body := []fyne.CanvasObject{para(fmt.Sprintf(
		"This starts version %d of %s’s plan as a draft, copied from the final plan; the issued version %d stays as it is. "+
			"Tick what the review on %s carries into the amended plan. Nothing is changed without a tick.",
		e.p.Version+1, e.p.DisplayName(), e.p.Version, r.Date.Long()))}
	if len(removals) > 0 {
		body = append(body, boldLabel("Outcomes to take out"),
			hint("The review found these achieved or no longer relevant. A ticked outcome is taken out with its links, and with what reviews said about its progress."))
		for _, c := range removals {
			t := widget.NewCheck(fmt.Sprintf("Take out %s (%s): %s", c.Remove, plan.Lower(c.Reason), short(orBlank(e.itemText(c.Remove)), 70)), nil)
			picks = append(picks, pick{tick: t, c: c})
			body = append(body, t)
		}
	}
	if len(additions) > 0 {
		body = append(body, boldLabel("New aspirations"),
			hint("What the meeting said is important for the future. A ticked one is added to Section A, in the part of adult life you choose."))
		opts := e.areaOptions()
		labels := make([]string, len(opts))
		for k, o := range opts {
			labels[k] = o.label
		}
		for _, c := range additions {
			t := widget.NewCheck("Add: "+short(c.Add.Text, 80), nil)
			area := widget.NewSelect(labels, nil)
			area.SetSelected(labels[0])
			picks = append(picks, pick{tick: t, area: area, c: c})
			body = append(body, container.NewBorder(nil, nil, nil, container.New(textWide(12), area), t))
		}
	}
	if len(picks) == 0 {
		body = append(body, hint("The review marked no outcome achieved or no longer relevant, and nothing was said about the future that is not an aspiration already, so the amendment starts as a copy of the plan."))
	}
	box := container.NewVBox(body...)
	box.Resize(fyne.NewSize(dialogWidth, box.MinSize().Height)) // wrapped lines take their height at this width
	scroll := container.NewVScroll(box)
	scroll.SetMinSize(fyne.NewSize(dialogWidth, min(box.MinSize().Height, 440)))
	d := keydialog.NewCustomConfirm("Start an amendment from this review", "Start amendment", "Cancel", scroll, func(ok bool) {
		if !ok {
			return
		}
		var chosen []carried
		for _, p := range picks {
			if !p.tick.Checked {
				continue
			}
			c := p.c
			if p.area != nil {
				c.Add.Area = areaKeyFor(e.areaOptions(), p.area.Selected)
			}
			chosen = append(chosen, c)
		}
		e.opt.OnAmendFrom(func(p *plan.Plan) []string { return applyCarried(p, chosen) })
	}, e.w)
	d.Show()
}

// areaKeyFor is the area key of a label among the area options ("" for
// "Not sure yet").
func areaKeyFor(opts []option[string], label string) string {
	for _, o := range opts {
		if o.label == label {
			return o.value
		}
	}
	return ""
}
