package app

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/meeting"
	"ehcplan/plan"
	"ehcplan/plan/prompts"
)

// meetingPlan is a fictional Year 10 draft with an outcome in each area,
// some words already under a heading, and an aspiration written before.
func meetingPlan(t *testing.T, h *harness) string {
	t.Helper()
	p := plan.New("Robin Fictional")
	p.Person.PreferredName = "Robin"
	p.Person.DateOfBirth = plan.MustDate("2011-01-15") // Year 10 on testToday
	p.SectionA.Headings[1].Text = "Written before the meeting."
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaHealth, Text: "To swim every week."}}
	for i := range p.Areas {
		p.Areas[i].Outcomes = []plan.Outcome{{ID: p.NewID(plan.KindOutcome), Text: "Outcome in " + p.Areas[i].Title}}
	}
	if err := h.st.Save(p, "test"); err != nil {
		t.Fatal(err)
	}
	return p.ID
}

// typeAnswer picks the speaker, types the words into the box (which has
// the focus) and returns them.
func (h *harness) typeAnswer(who plan.Speaker, words string) {
	h.t.Helper()
	h.tapButton(h.a.Window().Content(), plan.SpeakerWord(who))
	box, ok := h.a.Window().Canvas().Focused().(fyne.Focusable)
	if !ok || box == nil {
		h.t.Fatal("no answer box has the focus")
	}
	test.Type(box, words)
	h.drain()
}

type said struct {
	heading string
	who     plan.Speaker
	text    string
}

// TestMeetingModeWholeConversationAndReview runs a planning conversation
// and a review meeting from the plan's Meeting mode button, typing every
// answer, and checks each landed in the plan, with who said it, as the
// autosave stored it.
func TestMeetingModeWholeConversationAndReview(t *testing.T) {
	h := newHarness(t, setup{})
	id := meetingPlan(t, h)
	h.a.OpenPlan(id)
	h.drain()
	h.tapButton(h.a.Window().Content(), "Meeting mode")
	if h.a.Meeting() == nil {
		t.Fatal("the Meeting mode button did not open meeting mode")
	}
	if got := h.a.Meeting().Stage(); got != "Years 9 to 11" {
		t.Errorf("stage %q, want Years 9 to 11", got)
	}
	win := h.a.Window()
	h.tapButton(win.Content(), "Planning meeting: getting to know Robin")

	long := strings.Repeat("I like the bus because it is quiet in the morning. ", 60)
	answers := []struct {
		heading string // the said key
		who     plan.Speaker
		text    string
		another bool // typed as a second answer to the same question
	}{
		{"dreams", "young_person", "I want to be a mechanic.", false},
		{"dreams", "family", "We want Robin to be happy at work.", true},
		{"interests", "young_person", "أحب كرة القدم", false}, // the young person's home language
		{"strengths", "education", long, false},
		{"about", "family", "Robin lives with mum and two cats.", false},
		{"aspiration", "young_person", "Go to college to learn about cars.", false}, // employment
		{"aspiration", "young_person", "Get the train on my own.", false},           // independent living
		{"", "", "", false}, // community: left empty
		{"aspiration", "health", "Book my own appointments.", false}, // health
		{"profile.admire", "family", "Robin never gives up.", false},
		{"profile.important", "young_person", "My headphones.", false},
		{"profile.support", "social_care", "Tell me about changes early.", false},
	}
	for i, a := range answers {
		if a.another {
			h.tapButton(win.Content(), "+  Another answer")
		} else if i > 0 {
			h.tapButton(win.Content(), "Next  ›")
		}
		if a.text == "" {
			if !strings.Contains(allText(win.Content()), "Nothing written yet. That is fine") {
				t.Errorf("answer %d: an empty question does not say so gently", i)
			}
			continue
		}
		h.typeAnswer(a.who, a.text)
	}
	h.tapButton(win.Content(), "Finish  ›")

	// The review meeting: a view of each kind, with stars, then progress.
	h.tapButton(win.Content(), "Review meeting: how are things going?")
	views := []plan.View{
		{Who: "young_person", Kind: "working", Text: "My new teaching assistant.", Top: true},
		{Who: "family", Kind: "not_working", Text: "The taxi is late."},
		{Who: "education", Kind: "future", Text: "A college taster day.", Top: true},
	}
	for i, v := range views {
		if i > 0 {
			h.tapButton(win.Content(), "Next  ›")
		}
		h.typeAnswer(v.Who, v.Text)
		if v.Top {
			for _, c := range find[*widget.Check](win.Content()) {
				test.TapAt(c, fyne.NewPos(c.Size().Width/4, c.Size().Height/2))
			}
			h.drain()
		}
	}
	statuses := []string{"Achieved", "Getting there", "Not yet", "No longer relevant"}
	for i := range statuses {
		h.tapButton(win.Content(), "Next  ›")
		h.tapButton(win.Content(), statuses[i])
		test.Type(h.a.Window().Canvas().Focused(), "Note "+statuses[i])
		h.drain()
	}
	// Esc leaves meeting mode, back to the editor.
	h.a.Window().Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	h.drain()
	if h.a.Meeting() != nil {
		t.Fatal("Esc did not leave meeting mode")
	}
	h.elapse(2 * time.Second) // the autosave
	h.a.ShowPage("reviews")
	h.drain()
	if page := allText(win.Content()); !strings.Contains(page, "The taxi is late.") || !strings.Contains(page, "A college taster day.") {
		t.Error("the Reviews page does not show the views given in the meeting")
	}

	got, err := h.st.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	var want []said
	for _, a := range answers {
		if a.text != "" {
			want = append(want, said{a.heading, a.who, a.text})
		}
	}
	var gotSaid []said
	for _, s := range got.SectionA.Said {
		gotSaid = append(gotSaid, said{s.Heading, s.Who, s.Text})
	}
	if !slices.Equal(gotSaid, want) {
		t.Errorf("section_a.said:\n got %q\nwant %q", gotSaid, want)
	}
	hs := got.SectionA.Headings
	for _, c := range []struct{ got, want string }{
		{hs[0].Text, "I want to be a mechanic.\n\nWe want Robin to be happy at work."},
		{hs[1].Text, "Written before the meeting.\n\nأحب كرة القدم"},
		{hs[2].Text, long},
		{hs[3].Text, "Robin lives with mum and two cats."},
		{got.SectionA.Profile.Admire, "Robin never gives up."},
		{got.SectionA.Profile.Important, "My headphones."},
		{got.SectionA.Profile.Support, "Tell me about changes early."},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	var asp []string
	for _, a := range got.SectionA.Aspirations {
		asp = append(asp, a.Area+": "+a.Text)
	}
	wantAsp := []string{"health: To swim every week.", "employment: Go to college to learn about cars.",
		"independent_living: Get the train on my own.", "health: Book my own appointments."}
	if !slices.Equal(asp, wantAsp) {
		t.Errorf("aspirations %q, want %q", asp, wantAsp)
	}
	if len(got.Reviews) != 1 {
		t.Fatalf("%d reviews, want 1", len(got.Reviews))
	}
	r := got.Reviews[0]
	if r.Date != testToday || !slices.Equal(r.Views, views) {
		t.Errorf("review %s views %+v, want %s %+v", r.Date, r.Views, testToday, views)
	}
	wantStatus := []plan.ProgressStatus{"achieved", "progressing", "not_yet", "no_longer_relevant"}
	if len(r.Progress) != len(got.Areas) {
		t.Fatalf("progress %+v", r.Progress)
	}
	for i, g := range r.Progress {
		if g.Outcome != got.Areas[i].Outcomes[0].ID || g.Status != wantStatus[i] || g.Note != "Note "+statuses[i] {
			t.Errorf("progress %d: %+v", i, g)
		}
	}
	if _, err := plan.Decode([]byte(h.storedJSON(id))); err != nil {
		t.Errorf("the plan after the meeting does not import again: %v", err)
	}
}

// TestAreaPageShowsPrompts: the editor's area page shows, quietly, what
// meeting mode asks about that area at the young person's age, beside the
// aspirations (the page's head) and the outcomes.
func TestAreaPageShowsPrompts(t *testing.T) {
	h := newHarness(t, setup{})
	id := meetingPlan(t, h)
	h.a.OpenPlan(id)
	h.a.ShowPage("area:" + plan.AreaEmployment)
	h.drain()
	ask := prompts.Default().Stage(prompts.Years9to11).Area(plan.AreaEmployment).Ask
	n := 0
	for _, l := range find[*widget.Label](h.a.Window().Content()) {
		if strings.HasPrefix(l.Text, "Ask Robin (Years 9 to 11): “"+ask+"”") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("the employment prompt shows %d times on its page, want 2 (aspirations and outcomes)", n)
	}
}

// TestMeetingReturnsToItsQuestion: leaving meeting mode and coming back,
// even after closing the plan, opens the question where it stopped.
func TestMeetingReturnsToItsQuestion(t *testing.T) {
	h := newHarness(t, setup{})
	id := meetingPlan(t, h)
	h.a.OpenMeeting(id)
	h.drain()
	h.tapButton(h.a.Window().Content(), "Planning meeting: getting to know Robin")
	h.tapButton(h.a.Window().Content(), "Next  ›")
	h.tapButton(h.a.Window().Content(), "Next  ›")
	h.tapButton(h.a.Window().Content(), "Leave (Esc)")
	h.a.showCaseload()
	h.a.OpenMeeting(id)
	h.drain()
	if got := h.a.Meeting().Place(); got != (meeting.Place{Kind: meeting.Planning, Question: 2}) {
		t.Errorf("meeting mode opened at %+v, want planning question 2", got)
	}
}

// TestMalformedPromptsFile: a prompts file beside the store that is not
// valid is explained, naming the file and the line, and meeting mode
// still opens with the built-in questions.
func TestMalformedPromptsFile(t *testing.T) {
	h := newHarness(t, setup{})
	id := meetingPlan(t, h)
	path := prompts.Beside(h.path)
	if err := os.WriteFile(path, []byte("{\n  \"format\": \"ehcplan-prompts/1\",\n  \"stages\": [,]\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.a.OpenPlan(id)
	h.tapButton(h.a.Window().Content(), "Meeting mode")
	if h.a.Meeting() == nil {
		t.Fatal("meeting mode did not open")
	}
	msg := allText(h.overlay())
	if !strings.Contains(msg, path) || !strings.Contains(msg, "line 3") || !strings.Contains(msg, "built-in questions") {
		t.Errorf("the problem says %q, want the file, the line and what happens", msg)
	}
}
