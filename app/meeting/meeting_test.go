package meeting

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/internal/uitest"
	"ehcplan/plan"
)

var testToday = plan.MustDate("2026-03-02")

func TestReplaceParagraph(t *testing.T) {
	for _, c := range []struct{ name, text, old, new, want string }{
		{"first words", "", "", "Hi", "Hi"},
		{"after text written before", "Before.", "", "Hi", "Before.\n\nHi"},
		{"trailing newline kept tidy", "Before.\n", "", "Hi", "Before.\n\nHi"},
		{"typing on", "Before.\n\nH", "H", "Hi", "Before.\n\nHi"},
		{"cleared", "Before.\n\nHi", "Hi", "", "Before."},
		{"cleared first paragraph", "Hi\n\nAfter.", "Hi", "", "After."},
		{"only the whole paragraph", "Hi there\n\nHi", "Hi", "Hello", "Hi there\n\nHello"},
		{"the last of two the same", "Hi\n\nHi", "Hi", "Hey", "Hi\n\nHey"},
		{"changed in the editor: appended", "Someone rewrote it.", "Hi", "Hi!", "Someone rewrote it.\n\nHi!"},
		{"changed in the editor, cleared: nothing lost", "Someone rewrote it.", "Hi", "", "Someone rewrote it."},
		{"a middle paragraph", "A\n\nB\n\nC", "B", "Bee", "A\n\nBee\n\nC"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := c.text
			replaceParagraph(&s, c.old, c.new)
			if s != c.want {
				t.Errorf("got %q, want %q", s, c.want)
			}
		})
	}
}

// meetingHarness is meeting mode on a headless window with the meeting
// theme, as the app shows it.
type meetingHarness struct {
	t       *testing.T
	w       fyne.Window
	m       *Meeting
	p       *plan.Plan
	changes int
	left    bool
}

func newMeetingHarness(t *testing.T, p *plan.Plan, size fyne.Size) *meetingHarness {
	t.Helper()
	fa := test.NewTempApp(t)
	fa.Settings().SetTheme(Theme(DefaultScale))
	h := &meetingHarness{t: t, p: p, w: test.NewWindow(nil)}
	h.m = New(h.w, p, Options{Today: testToday, ReadOnly: p.Status != plan.StatusDraft,
		OnChange: func() { h.changes++ }, OnLeave: func() { h.left = true }})
	h.w.SetContent(h.m.Content())
	h.w.Resize(size)
	t.Cleanup(h.w.Close)
	return h
}

func testPlan() *plan.Plan {
	p := plan.New("Robin Fictional")
	p.Person.DateOfBirth = plan.MustDate("2011-01-15")
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaHealth, Text: "To swim every week."}}
	for i := range p.Areas {
		p.Areas[i].Outcomes = []plan.Outcome{{ID: p.NewID(plan.KindOutcome), Text: "Outcome " + p.Areas[i].Title}}
	}
	return p
}

// find is uitest.Find: every object of type T in o's tree.
func find[T fyne.CanvasObject](o fyne.CanvasObject) []T { return uitest.Find[T](o) }

func (h *meetingHarness) tap(text string) {
	h.t.Helper()
	for _, b := range find[*widget.Button](h.w.Content()) {
		if b.Text == text && b.Visible() {
			test.Tap(b)
			return
		}
	}
	h.t.Fatalf("no button %q", text)
}

func (h *meetingHarness) typeText(s string) {
	h.t.Helper()
	f := h.w.Canvas().Focused()
	if f == nil {
		h.t.Fatal("nothing has the focus")
	}
	test.Type(f, s)
}

// eachScreen runs f on the choice and every question of both meetings.
func (h *meetingHarness) eachScreen(f func(where string)) {
	h.m.Go(Place{})
	f("the choice of meeting")
	for _, k := range []Kind{Planning, ReviewMeeting} {
		h.m.Go(Place{k, 0})
		for i := range h.m.qs {
			h.m.Go(Place{k, i})
			f(string(k) + " question " + h.m.qs[i].title)
		}
		h.m.toggleList()
		f(string(k) + " list of questions")
	}
}

// TestTapTargetsAndType: on every screen, at both laptop sizes, every
// button is at least 48 px each way and the text is at least twice the
// normal size.
func TestTapTargetsAndType(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1280, Height: 800}} {
		h := newMeetingHarness(t, testPlan(), size)
		if got, normal := theme.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText); got < 2*normal {
			t.Fatalf("text %v, want at least twice %v", got, normal)
		}
		h.eachScreen(func(where string) {
			if ms := h.m.Content().MinSize(); ms.Width > size.Width || ms.Height > size.Height {
				t.Errorf("%v, %s: needs %v, more than the window (Back and Next would be cut off)", size, where, ms)
			}
			for _, c := range find[*widget.Check](h.w.Content()) {
				if s := c.MinSize(); s.Height < MinTapTarget {
					t.Errorf("%v, %s: check box %q is %v", size, where, c.Text, s)
				}
			}
			for _, b := range find[*widget.Button](h.w.Content()) {
				if s := b.MinSize(); b.Visible() && (s.Height < MinTapTarget || s.Width < MinTapTarget) {
					t.Errorf("%v, %s: button %q is %v", size, where, b.Text, s)
				}
			}
			for _, c := range find[*canvas.Text](h.w.Content()) {
				if c.Text != "" && c.TextSize < 2*theme.DefaultTheme().Size(theme.SizeNameText)*0.8 {
					t.Errorf("%v, %s: %q drawn at %v", size, where, c.Text, c.TextSize)
				}
			}
		})
	}
}

// itemID matches an item ID as the plan shows them (A1, O2, N3...).
var itemID = regexp.MustCompile(`\b[ANLOP][0-9]+\b`)

// TestNoFindingsLettersOrIDs: nothing on any screen is a checker finding,
// a statutory section letter or an item ID.
func TestNoFindingsLettersOrIDs(t *testing.T) {
	h := newMeetingHarness(t, testPlan(), fyne.NewSize(1366, 768))
	h.eachScreen(func(where string) {
		var words []string
		for _, c := range find[*canvas.Text](h.w.Content()) {
			words = append(words, c.Text)
		}
		all := strings.Join(words, "\n")
		for _, bad := range []string{"Section ", "to fix", "to check", h.p.ID} {
			if strings.Contains(all, bad) {
				t.Errorf("%s shows %q", where, bad)
			}
		}
		if id := itemID.FindString(all); id != "" {
			t.Errorf("%s shows the ID %s", where, id)
		}
	})
}

// TestGoingThroughChangesNothing: walking every question without typing
// leaves the plan exactly as it was (no empty review, no empty answers).
func TestGoingThroughChangesNothing(t *testing.T) {
	p := testPlan()
	before, _ := json.Marshal(p)
	h := newMeetingHarness(t, p, fyne.NewSize(1366, 768))
	h.eachScreen(func(string) {})
	for range 20 {
		h.m.Next()
	}
	after, _ := json.Marshal(p)
	if string(before) != string(after) || h.changes != 0 {
		t.Errorf("the plan changed (%d changes):\n%s\n%s", h.changes, before, after)
	}
}

// TestClearingAnAnswer: a new answer typed and cleared again leaves
// nothing behind; an aspiration written before is only emptied, never
// removed (outcomes may be linked to it).
func TestClearingAnAnswer(t *testing.T) {
	p := testPlan()
	h := newMeetingHarness(t, p, fyne.NewSize(1366, 768))
	area := len(p.SectionA.Headings) // the first area: employment
	h.m.Go(Place{Planning, area})
	h.tap(plan.SpeakerWord("young_person"))
	h.typeText("Vet")
	if n := len(p.SectionA.Aspirations); n != 2 || len(p.SectionA.Said) != 1 {
		t.Fatalf("after typing: %d aspirations, said %+v", n, p.SectionA.Said)
	}
	for range 3 {
		h.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	if n := len(p.SectionA.Aspirations); n != 1 || len(p.SectionA.Said) != 0 {
		t.Errorf("after clearing: %d aspirations, said %+v", n, p.SectionA.Said)
	}
	h.m.Go(Place{Planning, area + 3}) // health, with A1 written before
	h.tap("Change")                   // the only other answer: A1, written before
	if h.m.screen.box.Text != "To swim every week." {
		t.Fatalf("Change brought %q into the box", h.m.screen.box.Text)
	}
	for range len("To swim every week.") {
		h.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	if len(p.SectionA.Aspirations) != 1 || p.SectionA.Aspirations[0].ID != "A1" || p.SectionA.Aspirations[0].Text != "" {
		t.Errorf("A1 after clearing: %+v", p.SectionA.Aspirations)
	}
}

// TestTopTwoStars: a speaker may star two statements of a kind, not three.
func TestTopTwoStars(t *testing.T) {
	p := testPlan()
	h := newMeetingHarness(t, p, fyne.NewSize(1366, 768))
	h.m.Go(Place{ReviewMeeting, 0})
	for i, words := range []string{"One", "Two", "Three"} {
		if i > 0 {
			h.tap("+  Another answer")
		}
		h.tap(plan.SpeakerWord("family"))
		h.typeText(words)
		tapMiddle(find[*widget.Check](h.w.Content())[0])
	}
	var top []string
	for _, v := range p.Reviews[0].Views {
		if v.Top {
			top = append(top, v.Text)
		}
	}
	if strings.Join(top, ",") != "One,Two" {
		t.Errorf("starred %q, want One and Two", top)
	}
	if c := find[*widget.Check](h.w.Content())[0]; c.Checked {
		t.Error("the third star shows as given")
	}
}

// TestIssuedPlan: on an issued plan the planning questions show the words
// but cannot change them; the review can still be held.
func TestIssuedPlan(t *testing.T) {
	p := testPlan()
	p.Status = plan.StatusFinal
	p.SectionA.Said = []plan.Said{{Heading: "dreams", Who: "family", Text: "A good job."}}
	h := newMeetingHarness(t, p, fyne.NewSize(1366, 768))
	h.m.Go(Place{Planning, 0})
	if h.m.screen.box.Disabled() == false || h.w.Canvas().Focused() != nil {
		t.Error("an issued plan's answer box can be typed in")
	}
	h.m.Go(Place{ReviewMeeting, 0})
	h.typeText("Going well")
	if len(p.Reviews) != 1 || p.Reviews[0].Views[0].Text != "Going well" {
		t.Errorf("reviews %+v", p.Reviews)
	}
}

// TestListEscAndPlace: the list of questions jumps to any question; Esc
// leaves from the box and with nothing focused; Place says where it is.
func TestListEscAndPlace(t *testing.T) {
	h := newMeetingHarness(t, testPlan(), fyne.NewSize(1366, 768))
	if h.w.Canvas().Focused() != nil {
		t.Fatal("the choice of meeting has a box with the focus")
	}
	h.w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !h.left {
		t.Error("Esc with nothing focused did not leave")
	}
	h.left = false
	h.tap("Planning meeting: getting to know Robin Fictional")
	h.tap("All questions")
	h.tap("How best to support me")
	if got, want := h.m.Place(), (Place{Planning, len(h.m.qs) - 1}); got != want {
		t.Errorf("place %+v, want %+v", got, want)
	}
	h.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !h.left {
		t.Error("Esc in the box did not leave")
	}
}

// tapMiddle taps a check box on its box and words (Fyne ignores a tap
// above or below them).
func tapMiddle(c *widget.Check) {
	test.TapAt(c, fyne.NewPos(c.Size().Width/4, c.Size().Height/2))
}

// TestFitsAtEveryScale: at every text size Settings offer, every screen
// fits both laptop windows (what does not fit scrolls inside the screen,
// so Back and Next stay in view).
func TestFitsAtEveryScale(t *testing.T) {
	for _, scale := range Scales {
		for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1280, Height: 800}} {
			h := newMeetingHarness(t, testPlan(), size)
			fyne.CurrentApp().Settings().SetTheme(Theme(scale))
			h.eachScreen(func(where string) {
				if ms := h.m.Content().MinSize(); ms.Width > size.Width || ms.Height > size.Height {
					t.Errorf("%vx at %v, %s: needs %v", scale, size, where, ms)
				}
			})
		}
	}
}
