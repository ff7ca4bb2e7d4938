package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// The views of a review meeting, as Working Together for Change collects
// them: what is working, what is not, and what is important for the
// future, each statement with who said it, and each speaker's top two of
// each kind starred.

// viewKinds are the three kinds of statement, in the order the page shows them.
var viewKinds = []plan.ViewKind{"working", "not_working", "future"}

// speakers offers every perspective, "Not recorded" last.
var speakers = speakerOptions()

func speakerOptions() []option[plan.Speaker] {
	var opts []option[plan.Speaker]
	for _, s := range plan.Speakers {
		opts = append(opts, option[plan.Speaker]{plan.Speaker(s), plan.SpeakerWord(plan.Speaker(s))})
	}
	return append(opts, option[plan.Speaker]{"", plan.SpeakerWord("")})
}

// maxTop is how many statements of one kind each speaker may star.
const maxTop = 2

// topCount counts the starred views of who and kind in r, leaving out view skip.
func topCount(r *plan.Review, who plan.Speaker, kind plan.ViewKind, skip int) int {
	n := 0
	for k, v := range r.Views {
		if k != skip && v.Top && v.Who == who && v.Kind == kind {
			n++
		}
	}
	return n
}

// tooManyTop words why a star was refused.
func tooManyTop(who plan.Speaker, kind plan.ViewKind) string {
	return fmt.Sprintf("%s already has two starred for %s. Untick one of those first.",
		plan.SpeakerWord(who), plan.Lower(plan.ViewKindWord(kind)))
}

// viewsPart lists the views by kind, each kind with its Add button. The
// older lists (said at the meeting, speaker not recorded) show only when
// a review has them, so nothing imported is hidden.
func (c *reviewCard) viewsPart() []fyne.CanvasObject {
	e, r := c.e, c.r
	parts := []fyne.CanvasObject{sectionTitle("What people said",
		"Each point with who said it. Tick “Top two” on the two points that matter most to each person, for each heading.")}
	for _, kind := range viewKinds {
		parts = append(parts, boldLabel(plan.ViewKindWord(kind)))
		for k := range r().Views {
			if r().Views[k].Kind == kind {
				parts = append(parts, c.viewRow(k))
			}
		}
		kind := kind
		if len(*saidList(r(), kind)) > 0 {
			parts = append(parts, labelled("Also said (who said it was not recorded)", "One point per line.",
				e.syncing(c.i, e.linesEntry(func() *[]string { return saidList(c.r(), kind) }, 3, c.path+"."+string(kind)))))
		}
		add := addButton("Add to “"+plan.Lower(plan.ViewKindWord(kind))+"”", func() { c.addView(kind) })
		e.register(add, c.path+".views:"+string(kind))
		parts = append(parts, add)
	}
	return parts
}

// saidList is the older list of one kind of statement (the JSON keys
// working, not_working and future are the kinds' own names).
func saidList(r *plan.Review, kind plan.ViewKind) *[]string {
	switch kind {
	case "working":
		return &r.Working
	case "not_working":
		return &r.NotWorking
	}
	return &r.Future
}

// viewRow is one statement: who said it, what they said, and their star.
func (c *reviewCard) viewRow(k int) fyne.CanvasObject {
	e := c.e
	v := func() *plan.View { return &c.r().Views[k] }
	path := itemPath(c.path+".views", k)
	note := hint("")
	note.Importance = widget.WarningImportance
	note.Hide()
	top := widget.NewCheck("Top two", nil)
	top.Checked = v().Top
	top.OnChanged = func(on bool) {
		if on == v().Top {
			return
		}
		if on && topCount(c.r(), v().Who, v().Kind, k) >= maxTop {
			note.SetText(tooManyTop(v().Who, v().Kind))
			note.Show()
			top.SetChecked(false) // gently: the star is not kept, and the row says why
			return
		}
		note.Hide()
		v().Top = on
		e.syncReview(c.i)
		e.changed(textChange)
	}
	e.register(top, path+".top")
	who := choose(e, speakers, func() *plan.Speaker { return &v().Who }, textChange, func(s plan.Speaker) {
		e.syncReview(c.i)
		if v().Top && topCount(c.r(), s, v().Kind, k) >= maxTop {
			v().Top = false
			top.Checked = false
			top.Refresh()
			note.SetText("No longer starred: " + tooManyTop(s, v().Kind))
			note.Show()
		}
	}, path+".who")
	text := e.syncing(c.i, e.textEntry(func() *string { return &v().Text }, 2, path+".text", path))
	text.SetPlaceHolder("What they said, in their words.")
	remove := e.removeFor(path, func() { c.askRemoveView(k) })
	return container.NewBorder(nil, note, container.NewVBox(container.New(textWide(14), who)), container.NewVBox(container.NewHBox(top, remove)), text)
}

// addView adds a statement of kind, said by whoever spoke last (the next
// point is most often theirs too), and puts the cursor in it.
func (c *reviewCard) addView(kind plan.ViewKind) {
	r := c.r()
	who := plan.Speaker("young_person")
	if n := len(r.Views); n > 0 {
		who = r.Views[n-1].Who
	}
	r.Views = append(r.Views, plan.View{Who: who, Kind: kind})
	c.e.syncReview(c.i)
	c.e.changed(structChange)
	c.e.focusPath(itemPath(c.path+".views", len(r.Views)-1) + ".text")
}

// askRemoveView removes a statement, asking first if it has words.
func (c *reviewCard) askRemoveView(k int) {
	remove := func() {
		r := c.r()
		r.Views = append(r.Views[:k:k], r.Views[k+1:]...)
		c.e.changed(structChange)
	}
	v := c.r().Views[k]
	if v.Text == "" {
		remove()
		return
	}
	c.e.confirm("Remove this point?",
		fmt.Sprintf("“%s”\n\n%s said this at the review.", short(v.Text, 120), plan.SpeakerWord(v.Who)),
		"Remove", remove)
}
