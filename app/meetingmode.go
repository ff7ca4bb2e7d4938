package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/app/meeting"
	"ehcplan/plan"
	"ehcplan/plan/prompts"
	"ehcplan/plan/store"
)

// Preference keys of meeting mode.
const (
	prefMeetingScale = "meeting_text_scale"
	// prefMeetingPlace + a plan's ID is where its last meeting was
	// ("planning:3"), to go back there next time.
	prefMeetingPlace = "meeting_place:"
)

// promptsPath is the prompts file beside the plans store (see plan/prompts).
func (a *App) promptsPath() string {
	if a.opt.StorePath != "" {
		return prompts.Beside(a.opt.StorePath)
	}
	if db, err := store.DefaultPath(); err == nil {
		return prompts.Beside(db)
	}
	return prompts.FileName
}

// loadPrompts reads the prompts file; one that is not valid gives the
// built-in prompts and the error, for the caller to show.
func (a *App) loadPrompts() (*prompts.Set, error) {
	set, err := prompts.Load(a.promptsPath())
	if err != nil {
		return prompts.Default(), err
	}
	return set, nil
}

// meetingScale is the text size of meeting mode (Settings).
func (a *App) meetingScale() float32 {
	return meeting.ClampScale(float32(a.fa.Preferences().FloatWithFallback(prefMeetingScale, meeting.DefaultScale)))
}

// showMeeting puts the open plan in meeting mode, at the question its last
// meeting stopped at. A prompts file that is not valid is explained, and
// the built-in questions are used until it is put right.
func (a *App) showMeeting() {
	v := a.plan
	if v == nil {
		return
	}
	set, err := a.loadPrompts()
	p := v.plan()
	placeKey := prefMeetingPlace + p.ID
	m := meeting.New(a.win, p, meeting.Options{
		Prompts:  set,
		Today:    a.today(),
		ReadOnly: v.ed.ReadOnly(),
		OnChange: v.changed,
		OnLeave:  a.leaveMeeting,
		OnMove:   func(pl meeting.Place) { a.fa.Preferences().SetString(placeKey, formatPlace(pl)) },
		Start:    parsePlace(a.fa.Preferences().String(placeKey)),
	})
	v.meeting = m
	a.fa.Settings().SetTheme(meeting.Theme(a.meetingScale()))
	a.win.SetMainMenu(nil)
	a.win.SetContent(m.Content())
	m.FocusAnswer()
	if err != nil {
		a.showProblem("The prompts file cannot be read", fmt.Errorf("%w\n\nMeeting mode uses the built-in questions until the file is put right.", err))
	}
}

// leaveMeeting goes back to the editor, showing what was typed.
func (a *App) leaveMeeting() {
	v := a.plan
	if v == nil || v.meeting == nil {
		return
	}
	v.meeting = nil
	applyTextSize(a.fa, a.textSize())
	a.win.SetMainMenu(a.menu.main)
	v.ed.Recheck()
	v.refreshTop()
	a.win.SetContent(a.fitted(v.content))
}

// Meeting is meeting mode, while it shows (for tests and --meeting).
func (a *App) Meeting() *meeting.Meeting {
	if a.plan == nil {
		return nil
	}
	return a.plan.meeting
}

// OpenMeeting opens the plan with this ID straight in meeting mode
// (ehcplan --meeting ID).
func (a *App) OpenMeeting(id string) {
	a.openPlan(id)
	if a.plan != nil && a.plan.plan().ID == id {
		a.showMeeting()
	}
}

func formatPlace(p meeting.Place) string {
	if p.Kind == "" {
		return ""
	}
	return string(p.Kind) + ":" + strconv.Itoa(p.Question)
}

func parsePlace(s string) meeting.Place {
	k, n, ok := strings.Cut(s, ":")
	i, err := strconv.Atoi(n)
	if !ok || err != nil {
		return meeting.Place{}
	}
	return meeting.Place{Kind: meeting.Kind(k), Question: i}
}

// meetingScaleLabels word the text sizes Settings offer.
func meetingScaleLabel(s float32) string {
	switch s {
	case 2:
		return "Twice the normal size"
	case 3:
		return "Three times the normal size"
	}
	return strconv.FormatFloat(float64(s), 'f', -1, 32) + " times the normal size"
}

// askMeetingScale is Settings › Meeting mode text size.
func (a *App) askMeetingScale() {
	var labels []string
	for _, s := range meeting.Scales {
		labels = append(labels, meetingScaleLabel(s))
	}
	radio := widget.NewRadioGroup(labels, nil)
	radio.SetSelected(meetingScaleLabel(a.meetingScale()))
	intro := messageLabel("How big the words are in meeting mode, so that everyone round the screen can read them.")
	d := keydialog.NewForm("Meeting mode text size", "Save", "Cancel",
		[]*widget.FormItem{{Widget: intro}, {Text: "Text size", Widget: radio}}, func(ok bool) {
			for i, l := range labels {
				if ok && l == radio.Selected {
					a.fa.Preferences().SetFloat(prefMeetingScale, float64(meeting.Scales[i]))
				}
			}
		}, a.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

// areaPrompt is the editor's quiet hint beside an area's aspirations and
// outcomes: the question meeting mode asks for the young person's stage.
func areaPrompt(set *prompts.Set, p *plan.Plan, today plan.Date) func(string) string {
	year, known := p.YearGroup(today)
	st := set.Stage(prompts.StageFor(year, known))
	return func(area string) string {
		pr := st.Area(area)
		name := p.DisplayName()
		if name == "" {
			name = "the young person"
		}
		s := "Ask " + name + " (" + st.Name + "): “" + pr.Ask + "”"
		if len(pr.Examples) > 0 {
			s += " For example: “" + strings.Join(pr.Examples, "” or “") + "”"
		}
		return s
	}
}
