package meeting

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

func questionCount(at, n int) string { return fmt.Sprintf("Question %d of %d", at+1, n) }

// choiceScreen asks which meeting this is.
func (m *Meeting) choiceScreen(name string) fyne.CanvasObject {
	plan := bigButton("Planning meeting: getting to know "+name, func() { m.choose(Planning) })
	plan.Importance = widget.HighImportance
	review := bigButton("Review meeting: how are things going?", func() { m.choose(ReviewMeeting) })
	review.Importance = widget.HighImportance
	parts := []fyne.CanvasObject{title("What kind of meeting is this?"), plan, review}
	if m.opt.ReadOnly {
		parts = append(parts, quiet("This plan has been issued. The planning meeting shows what was said; to change those words, start an amendment first. A review can be held now."))
	}
	parts = append(parts, quiet("Questions are for "+m.stage.Name+". Everything typed is saved as you go. Press Esc to go back to the plan."))
	return container.NewVScroll(container.NewVBox(parts...))
}

// questionList is the list of every question, to jump to one.
func (m *Meeting) questionList() fyne.CanvasObject {
	objs := []fyne.CanvasObject{bigButton("Choose the meeting", func() { m.Go(Place{}) })}
	part := ""
	for i, q := range m.qs {
		if q.part != part {
			part = q.part
			objs = append(objs, boldText(part))
		}
		b := bigButton(short(q.title, 70), func() { m.Go(Place{m.kind, i}) })
		b.Alignment = widget.ButtonAlignLeading
		if i == m.at {
			b.Importance = widget.HighImportance
		}
		objs = append(objs, b)
	}
	return container.NewVScroll(container.NewVBox(objs...))
}

// screen is one question on screen, with the answer being typed.
type screen struct {
	m       *Meeting
	q       *question
	cur     answer
	object  fyne.CanvasObject
	box     *answerBox
	note    *widget.Label
	star    *widget.Check
	others  *fyne.Container // what else was said, beside the box
	center  *fyne.Container // the box, or the box and the others
	who     map[plan.Speaker]*widget.Button
	loading bool // the box's text is being set, not typed
}

func (m *Meeting) newScreen(q *question) *screen {
	s := &screen{m: m, q: q, who: map[plan.Speaker]*widget.Button{}}
	s.cur = q.fresh(m.speaker)
	head := []fyne.CanvasObject{title(q.title)}
	if q.prompt.Ask != "" {
		head = append(head, text(q.prompt.Ask))
	}
	if more := promptMore(q); more != "" {
		head = append(head, quiet(more))
	}
	s.box = newAnswerBox(m.Leave)
	s.box.SetPlaceHolder("Type their words here, as they say them")
	s.box.OnChanged = s.typed
	s.note = quiet("")
	s.others = container.NewVBox()
	// Who is speaking: the six buttons wrap onto a second row when the
	// window is narrow or the text very large.
	speakers := []fyne.CanvasObject{boldText("Who is speaking?")}
	for _, w := range plan.Speakers {
		sp := plan.Speaker(w)
		b := bigButton(plan.SpeakerWord(sp), func() { s.pick(sp) })
		s.who[sp] = b
		speakers = append(speakers, b)
	}
	head = append(head, container.New(layout.NewRowWrapLayout(), speakers...))
	another := bigButton("+  Another answer", s.another)
	actions := []fyne.CanvasObject{another}
	if q.kind != "" {
		s.star = widget.NewCheck("★  One of their top two", s.starred)
		actions = []fyne.CanvasObject{s.star, another}
	}
	under := container.NewBorder(nil, nil, nil, container.NewHBox(actions...), s.note)
	s.center = container.NewStack(s.box)
	// The box takes the height left; when there is none (very large
	// text), the whole screen scrolls and the box keeps three lines.
	s.object = container.NewVScroll(container.NewBorder(container.NewVBox(head...), under, nil, nil, s.center))
	if q.locked {
		s.box.Disable()
		another.Disable()
		for _, b := range s.who {
			b.Disable()
		}
	}
	s.load(s.cur)
	return s
}

// load makes a the answer in the box.
func (s *screen) load(a answer) {
	s.cur = a
	s.loading = true
	s.box.SetText(a.text())
	// The cursor goes to the end of the words, to go on typing.
	lines := strings.Split(a.text(), "\n")
	s.box.CursorRow, s.box.CursorColumn = len(lines)-1, len([]rune(lines[len(lines)-1]))
	s.loading = false
	if w := a.who(); w != "" {
		s.m.speaker = w
	}
	s.showWho()
	if s.star != nil {
		s.star.SetChecked(a.(*viewAnswer).top())
	}
	s.listOthers()
	s.showNote()
}

// typed is the box's OnChanged: the words go into the plan at once.
func (s *screen) typed(text string) {
	if s.loading || s.q.locked {
		return
	}
	if s.cur.who() == "" && s.m.speaker != "" {
		s.cur.setWho(s.m.speaker)
	}
	structural := s.cur.setText(text)
	s.m.changed()
	if structural {
		s.listOthers()
	}
	s.showNote()
}

// pick is a speaker's button: the answer is theirs.
func (s *screen) pick(w plan.Speaker) {
	s.m.speaker = w
	s.cur.setWho(w)
	if s.cur.text() != "" {
		s.m.changed()
	}
	s.showWho()
	s.showNote()
	s.m.w.Canvas().Focus(s.box)
}

func (s *screen) showWho() {
	for w, b := range s.who {
		if w == s.cur.who() || (s.cur.who() == "" && w == s.m.speaker) {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}

// starred marks or unmarks the answer as one of the speaker's top two.
func (s *screen) starred(on bool) {
	if s.loading {
		return
	}
	v := s.cur.(*viewAnswer)
	if on && topCount(s.m.review(false), v.who(), s.q.kind, v.index) >= 2 {
		s.loading = true
		s.star.SetChecked(false)
		s.loading = false
		s.note.SetText(plan.SpeakerWord(v.who()) + " has starred two already. Take the star off one of them first.")
		return
	}
	v.setTop(on)
	if v.text() != "" {
		s.m.changed()
	}
}

// another starts a new answer, by the same speaker until another is picked.
func (s *screen) another() {
	s.load(s.q.fresh(s.m.speaker))
	s.m.w.Canvas().Focus(s.box)
}

// listOthers shows the question's other answers beside the box, each
// with a Change button that brings its words back into the box.
func (s *screen) listOthers() {
	objs := []fyne.CanvasObject{boldText("Said so far")}
	for _, a := range s.q.answers() {
		if a.ref() == s.cur.ref() {
			continue
		}
		who := plan.SpeakerWord(a.who())
		if a.who() == "" {
			who = "Written before" // in the editor, or before speakers were recorded
		}
		words := who + ": " + short(oneLine(a.text()), 200)
		if v, ok := a.(*viewAnswer); ok && v.top() {
			words = "★ " + words
		}
		change := bigButton("Change", func() { s.load(a); s.m.w.Canvas().Focus(s.box) })
		if s.q.locked {
			change.SetText("Show")
		}
		objs = append(objs, container.NewBorder(nil, nil, nil, change, quiet(words)))
	}
	s.others.Objects = objs
	s.others.Refresh()
	if len(objs) == 1 {
		s.center.Objects = []fyne.CanvasObject{s.box}
	} else {
		s.center.Objects = []fyne.CanvasObject{container.NewGridWithColumns(2, s.box, container.NewVScroll(s.others))}
	}
	s.center.Refresh()
}

// showNote says, gently, what the box is for when it is empty.
func (s *screen) showNote() {
	switch {
	case s.q.locked:
		s.note.SetText("This plan has been issued, so these words cannot be changed here.")
	case s.cur.text() != "":
		s.note.SetText("Saved as you type. Said by: " + plan.SpeakerWord(s.cur.who()) + ".")
	case len(s.others.Objects) > 1:
		s.note.SetText("Type another answer, or press Next.")
	default:
		s.note.SetText("Nothing written yet. That is fine: you can leave it and come back.")
	}
}

// progressSteps are the review's four judgements, as the buttons say them.
var progressSteps = []struct {
	status plan.ProgressStatus
	label  string
}{
	{"achieved", "Achieved"},
	{"progressing", "Getting there"},
	{"not_yet", "Not yet"},
	{"no_longer_relevant", "No longer relevant"},
}

// progressScreen asks how one outcome is going.
func (m *Meeting) progressScreen(q *question) fyne.CanvasObject {
	buttons := map[plan.ProgressStatus]*widget.Button{}
	showStatus := func() {
		var cur plan.ProgressStatus
		if g := m.progress(q.outcome, false); g != nil {
			cur = g.Status
		}
		for st, b := range buttons {
			if st == cur {
				b.Importance = widget.HighImportance
			} else {
				b.Importance = widget.MediumImportance
			}
			b.Refresh()
		}
	}
	var grid []fyne.CanvasObject
	for _, ps := range progressSteps {
		b := bigButton(ps.label, func() {
			m.progress(q.outcome, true).Status = ps.status
			m.changed()
			showStatus()
			if m.focus != nil {
				m.w.Canvas().Focus(m.focus)
			}
		})
		buttons[ps.status] = b
		grid = append(grid, b)
	}
	showStatus()
	notes := newAnswerBox(m.Leave)
	notes.MultiLine = false
	notes.Wrapping = fyne.TextWrapOff
	notes.SetPlaceHolder("A line of notes (you can leave this empty)")
	if g := m.progress(q.outcome, false); g != nil {
		notes.SetText(g.Note)
		notes.CursorColumn = len([]rune(g.Note)) // to go on typing
	}
	m.focus = notes
	notes.OnChanged = func(s string) {
		g := m.progress(q.outcome, s != "")
		if g == nil {
			return
		}
		g.Note = s
		m.changed()
		showStatus()
	}
	return container.NewVScroll(container.NewVBox(
		quiet(q.area), title(orNothing(q.title)), text("How is this going?"),
		container.NewGridWithColumns(2, grid...),
		boldText("Notes"), notes))
}

// promptMore is the question's further prompts and examples, in one line.
func promptMore(q *question) string {
	var parts []string
	if len(q.prompt.Prompts) > 0 {
		parts = append(parts, strings.Join(q.prompt.Prompts, " "))
	}
	if len(q.prompt.Examples) > 0 {
		parts = append(parts, "For example: “"+strings.Join(q.prompt.Examples, "” or “")+"”")
	}
	return strings.Join(parts, "  ")
}

func orNothing(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(This outcome has no words yet)"
	}
	return s
}

// short cuts s to n characters with an ellipsis.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// title is a screen's question, in the largest type.
func title(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

func text(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func quiet(s string) *widget.Label {
	l := text(s)
	l.SizeName = theme.SizeNameCaptionText
	return l
}

func boldText(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return l
}
