// Package meeting is meeting mode: the plan as a conversation round one
// laptop with the young person and their family. It fills the whole
// window, in very large, high-contrast type with large tap targets, one
// question on the screen at a time, with big Back and Next buttons and a
// list to jump to any question; Esc leaves. It never shows checker
// findings, statutory letters or item IDs.
//
// Two meetings are held in it. The planning conversation asks for the
// plan's own Section A headings, then what the young person wants for
// their life in each Preparing for Adulthood area, then the three parts of
// the one-page profile, with prompts for their stage of life (see
// plan/prompts). The review meeting asks what is working, not working and
// important for the future, then how each outcome is going.
//
// For every answer the practitioner picks who is speaking and types their
// words, which go into the plan as they are typed:
//
//   - a Section A heading's answer is kept in section_a.said (heading: the
//     heading's key) and added to the heading's text as a paragraph of its
//     own (after a blank line), after what is there already;
//   - an area's answer is a new aspiration of that area, with who said it
//     in section_a.said (heading "aspiration", the same words);
//   - a profile answer is kept in section_a.said (heading
//     "profile.admire", "profile.important" or "profile.support") and
//     added as a paragraph to that part of section_a.profile;
//   - a review answer is a view of the review record (who, kind, words and
//     the top-two star), and each outcome's progress a progress entry.
//
// Changing an answer changes only its own paragraph; text written in the
// editor is never removed. The package changes the plan it is given and
// tells Options.OnChange, so the app's autosave keeps every word.
package meeting

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/prompts"
)

// Options are what meeting mode needs from the app.
type Options struct {
	Prompts *prompts.Set // nil: the built-in prompts
	Today   plan.Date
	// ReadOnly: the plan is issued, so the planning conversation only
	// shows its words; a review can still be held.
	ReadOnly bool
	// OnChange is told after every change to the plan (UI goroutine).
	OnChange func()
	// OnLeave is told when the practitioner leaves (Esc or the button).
	OnLeave func()
	// OnMove is told the place after each move, so the app can return
	// there next time.
	OnMove func(Place)
	// Start is where to begin (the meeting's first screen by default).
	Start Place
}

// Place is a screen of meeting mode: the choice of meeting (Kind ""), or
// question Question (0 is the first) of a meeting.
type Place struct {
	Kind     Kind
	Question int
}

// Meeting is meeting mode for one plan.
type Meeting struct {
	w     fyne.Window
	p     *plan.Plan
	opt   Options
	stage *prompts.Stage
	today plan.Date

	kind Kind
	qs   []*question
	at   int
	list bool // the list of questions is showing

	root             *fyne.Container
	body             *fyne.Container
	heading, count   *widget.Label
	back, next, jump *widget.Button
	prevKey          func(*fyne.KeyEvent)

	screen *screen        // the question on screen, if any
	focus  fyne.Focusable // the box to type in on the screen, if any
	// speaker is the last speaker chosen: the next answer is theirs
	// until another is picked.
	speaker plan.Speaker
}

// New builds meeting mode for p in w. It changes p as answers are typed.
func New(w fyne.Window, p *plan.Plan, opt Options) *Meeting {
	if opt.Prompts == nil {
		opt.Prompts = prompts.Default()
	}
	year, known := p.YearGroup(opt.Today)
	m := &Meeting{w: w, p: p, opt: opt, today: opt.Today,
		stage: opt.Prompts.Stage(prompts.StageFor(year, known))}
	m.build()
	m.prevKey = w.Canvas().OnTypedKey()
	w.Canvas().SetOnTypedKey(m.typedKey)
	m.Go(opt.Start)
	return m
}

// Content is meeting mode's whole window content.
func (m *Meeting) Content() fyne.CanvasObject { return m.root }

// FocusAnswer puts the keyboard in the screen's box to type in, if it has
// one: the app calls it once the meeting is on the window.
func (m *Meeting) FocusAnswer() {
	if m.focus != nil {
		m.w.Canvas().Focus(m.focus)
	}
}

// Place is the screen showing.
func (m *Meeting) Place() Place {
	if m.kind == "" {
		return Place{}
	}
	return Place{m.kind, m.at}
}

// Stage is the name of the stage of life the prompts are for.
func (m *Meeting) Stage() string { return m.stage.Name }

func (m *Meeting) build() {
	m.heading = widget.NewLabel("")
	m.heading.TextStyle.Bold = true
	m.heading.Truncation = fyne.TextTruncateEllipsis
	m.count = widget.NewLabel("")
	m.count.Alignment = fyne.TextAlignCenter
	m.jump = bigButton("All questions", m.toggleList)
	leave := bigButton("Leave (Esc)", m.Leave)
	m.back = bigButton("‹  Back", m.Back)
	m.next = bigButton("Next  ›", m.Next)
	m.next.Importance = widget.HighImportance
	top := container.NewBorder(nil, nil, nil, container.NewHBox(m.jump, leave), m.heading)
	bottom := container.NewBorder(nil, nil, m.back, m.next, m.count)
	m.body = container.NewStack()
	m.root = container.NewBorder(container.NewVBox(top, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), bottom), nil, nil, container.NewPadded(m.body))
}

// typedKey is the window's key handler while nothing has the focus.
func (m *Meeting) typedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		m.Leave()
		return
	}
	if m.prevKey != nil {
		m.prevKey(ev)
	}
}

// Leave ends meeting mode: the window's key handler goes back as it was
// and the app is told.
func (m *Meeting) Leave() {
	m.w.Canvas().SetOnTypedKey(m.prevKey)
	if m.opt.OnLeave != nil {
		m.opt.OnLeave()
	}
}

// choose starts a meeting of this kind at its first question.
func (m *Meeting) choose(k Kind) { m.Go(Place{k, 0}) }

// Go shows a screen. A place past the end of its meeting shows the last
// question; an unknown kind shows the choice of meeting.
func (m *Meeting) Go(to Place) {
	m.list = false
	switch to.Kind {
	case Planning:
		m.kind, m.qs = Planning, m.planningQuestions()
	case ReviewMeeting:
		m.kind, m.qs = ReviewMeeting, m.reviewQuestions()
	default:
		m.kind, m.qs = "", nil
	}
	if m.kind != "" && len(m.qs) == 0 {
		m.kind, m.qs = "", nil
	}
	m.at = min(max(to.Question, 0), max(len(m.qs)-1, 0))
	m.show()
	if m.opt.OnMove != nil {
		m.opt.OnMove(m.Place())
	}
}

// Next goes to the next question; after the last, back to the choice.
func (m *Meeting) Next() {
	if m.kind == "" {
		return
	}
	if m.at+1 >= len(m.qs) {
		m.Go(Place{})
		return
	}
	m.Go(Place{m.kind, m.at + 1})
}

// Back goes to the question before; from the first, to the choice.
func (m *Meeting) Back() {
	if m.kind == "" {
		return
	}
	if m.at == 0 {
		m.Go(Place{})
		return
	}
	m.Go(Place{m.kind, m.at - 1})
}

// show puts the current screen in the body.
func (m *Meeting) show() {
	name := m.p.DisplayName()
	if name == "" {
		name = "the young person"
	}
	m.screen, m.focus = nil, nil
	var obj fyne.CanvasObject
	switch {
	case m.list:
		obj = m.questionList()
		m.heading.SetText("All questions")
	case m.kind == "":
		obj = m.choiceScreen(name)
		m.heading.SetText("Meeting with " + name)
	default:
		q := m.qs[m.at]
		m.heading.SetText(q.part)
		if q.outcome != "" {
			obj = m.progressScreen(q)
		} else {
			m.screen = m.newScreen(q)
			obj = m.screen.object
			if !q.locked {
				m.focus = m.screen.box
			}
		}
	}
	if m.kind == "" {
		m.count.SetText("")
		m.back.Hide()
		m.next.Hide()
	} else {
		m.count.SetText(questionCount(m.at, len(m.qs)))
		m.back.Show()
		m.next.Show()
		if m.at+1 >= len(m.qs) {
			m.next.SetText("Finish  ›")
		} else {
			m.next.SetText("Next  ›")
		}
	}
	if m.kind == "" || m.list {
		m.jump.Hide()
	} else {
		m.jump.Show()
	}
	m.body.Objects = []fyne.CanvasObject{obj}
	m.body.Refresh()
	if m.focus != nil {
		m.w.Canvas().Focus(m.focus)
	} else {
		m.w.Canvas().Unfocus()
	}
}

func (m *Meeting) toggleList() {
	m.list = !m.list
	m.show()
}

// changed tells the app the plan changed.
func (m *Meeting) changed() {
	if m.opt.OnChange != nil {
		m.opt.OnChange()
	}
}
