package meeting

import (
	"slices"
	"strconv"
	"strings"

	"ehcplan/plan"
)

// Said keys for the one-page profile: section_a.said entries whose
// heading is one of these hold the words of the profile's three parts.
const (
	SaidAspiration = "aspiration"
	SaidAdmire     = "profile.admire"
	SaidImportant  = "profile.important"
	SaidSupport    = "profile.support"
)

// answer is one person's words for one question, however the plan keeps
// them. A new answer exists only in the meeting until its first letter is
// typed; clearing a new answer takes it out of the plan again.
type answer interface {
	text() string
	who() plan.Speaker
	setText(s string) (structural bool) // true when an item was added or removed
	setWho(w plan.Speaker)
	// ref names the answer's place in the plan ("" while new), to tell
	// whether two answers are the same.
	ref() string
}

// paragraphSep is what goes between the answers added to a text.
const paragraphSep = "\n\n"

// replaceParagraph changes the paragraph old of *text to new: an empty old
// appends new as a paragraph of its own, an empty new takes old out. When
// old is not there as a paragraph (the text was changed in the editor),
// new is appended, so nothing already written is ever lost.
func replaceParagraph(text *string, old, new string) {
	if old == new {
		return
	}
	if old != "" {
		if i := lastParagraph(*text, old); i >= 0 {
			before, after := (*text)[:i], (*text)[i+len(old):]
			if new == "" {
				// Take one separator with the paragraph.
				switch {
				case strings.HasSuffix(before, paragraphSep):
					before = strings.TrimSuffix(before, paragraphSep)
				case strings.HasPrefix(after, paragraphSep):
					after = strings.TrimPrefix(after, paragraphSep)
				}
			}
			*text = before + new + after
			return
		}
	}
	if new == "" {
		return
	}
	if strings.TrimSpace(*text) == "" {
		*text = new
		return
	}
	*text = strings.TrimRight(*text, "\n") + paragraphSep + new
}

// lastParagraph is where p last stands as a whole paragraph of text, or -1.
func lastParagraph(text, p string) int {
	for end := len(text); end > 0; {
		i := strings.LastIndex(text[:end], p)
		if i < 0 {
			return -1
		}
		startOK := i == 0 || strings.HasSuffix(text[:i], paragraphSep)
		endOK := i+len(p) == len(text) || strings.HasPrefix(text[i+len(p):], paragraphSep)
		if startOK && endOK {
			return i
		}
		end = i + len(p) - 1
	}
	return -1
}

// saidAnswer is words kept as a section_a.said entry with the key, and
// also as a paragraph of a text of the plan (a heading's text, a part of
// the profile).
type saidAnswer struct {
	p          *plan.Plan
	key        string
	target     func() *string // the text the words are also a paragraph of; nil: none
	index      int            // in p.SectionA.Said; -1 while the answer is new
	pendingWho plan.Speaker
}

func (a *saidAnswer) ref() string {
	if a.index < 0 {
		return ""
	}
	return "said " + strconv.Itoa(a.index)
}

func (a *saidAnswer) text() string {
	if a.index < 0 {
		return ""
	}
	return a.p.SectionA.Said[a.index].Text
}

func (a *saidAnswer) who() plan.Speaker {
	if a.index < 0 {
		return a.pendingWho
	}
	return a.p.SectionA.Said[a.index].Who
}

func (a *saidAnswer) setWho(w plan.Speaker) {
	if a.index < 0 {
		a.pendingWho = w
		return
	}
	a.p.SectionA.Said[a.index].Who = w
}

func (a *saidAnswer) setText(s string) bool {
	old := a.text()
	if old == s {
		return false
	}
	if a.target != nil {
		replaceParagraph(a.target(), old, s)
	}
	sa := &a.p.SectionA
	switch {
	case a.index < 0:
		sa.Said = append(sa.Said, plan.Said{Heading: a.key, Who: a.pendingWho, Text: s})
		a.index = len(sa.Said) - 1
		return true
	case s == "":
		a.pendingWho = sa.Said[a.index].Who
		sa.Said = slices.Delete(sa.Said, a.index, a.index+1)
		a.index = -1
		return true
	}
	sa.Said[a.index].Text = s
	return false
}

// saidAnswers lists the plan's answers with this key, and a new one.
func saidAnswers(p *plan.Plan, key string, target func() *string) []answer {
	var out []answer
	for i, s := range p.SectionA.Said {
		if s.Heading == key {
			out = append(out, &saidAnswer{p: p, key: key, target: target, index: i})
		}
	}
	return out
}

// aspirationAnswer is an aspiration of one area, with who said it kept as
// a section_a.said entry ("aspiration") with the same words.
type aspirationAnswer struct {
	p          *plan.Plan
	area       string
	id         string // "" while the answer is new
	created    bool   // added in this meeting: clearing it removes it
	pendingWho plan.Speaker
}

func (a *aspirationAnswer) asp() *plan.Aspiration {
	for i := range a.p.SectionA.Aspirations {
		if a.p.SectionA.Aspirations[i].ID == a.id {
			return &a.p.SectionA.Aspirations[i]
		}
	}
	return nil
}

func (a *aspirationAnswer) ref() string { return a.id }

func (a *aspirationAnswer) text() string {
	if x := a.asp(); x != nil {
		return x.Text
	}
	return ""
}

// said is the said entry with these words, or -1.
func (a *aspirationAnswer) said(words string) int {
	if words == "" {
		return -1
	}
	return slices.IndexFunc(a.p.SectionA.Said, func(s plan.Said) bool {
		return s.Heading == SaidAspiration && s.Text == words
	})
}

func (a *aspirationAnswer) who() plan.Speaker {
	if i := a.said(a.text()); i >= 0 {
		return a.p.SectionA.Said[i].Who
	}
	return a.pendingWho
}

func (a *aspirationAnswer) setWho(w plan.Speaker) {
	a.pendingWho = w
	t := a.text()
	if i := a.said(t); i >= 0 {
		a.p.SectionA.Said[i].Who = w
	} else if t != "" {
		a.p.SectionA.Said = append(a.p.SectionA.Said, plan.Said{Heading: SaidAspiration, Who: w, Text: t})
	}
}

func (a *aspirationAnswer) setText(s string) bool {
	sa := &a.p.SectionA
	old := a.text()
	if old == s {
		return false
	}
	who := a.who()
	// The said entry keeps its place in the list as its words change.
	switch i := a.said(old); {
	case i >= 0 && s == "":
		sa.Said = slices.Delete(sa.Said, i, i+1)
	case i >= 0:
		sa.Said[i].Text = s
	case s != "" && who != "":
		sa.Said = append(sa.Said, plan.Said{Heading: SaidAspiration, Who: who, Text: s})
	}
	a.pendingWho = who
	x := a.asp()
	switch {
	case x == nil:
		a.id, a.created = a.p.NewID(plan.KindAspiration), true
		sa.Aspirations = append(sa.Aspirations, plan.Aspiration{ID: a.id, Area: a.area, Text: s})
		return true
	case s == "" && a.created:
		sa.Aspirations = slices.DeleteFunc(sa.Aspirations, func(x plan.Aspiration) bool { return x.ID == a.id })
		a.id, a.created = "", false
		return true
	}
	x.Text = s
	return false
}

// aspirationAnswers lists the area's aspirations (new ones too).
func aspirationAnswers(p *plan.Plan, area string) []answer {
	var out []answer
	for _, x := range p.SectionA.Aspirations {
		if x.Area == area {
			out = append(out, &aspirationAnswer{p: p, area: area, id: x.ID})
		}
	}
	return out
}

// viewAnswer is one statement of a review: what is working, not working
// or important for the future, with who said it and their top-two star.
type viewAnswer struct {
	review     func(create bool) *plan.Review
	kind       plan.ViewKind
	index      int // in the review's Views; -1 while new
	pendingWho plan.Speaker
	pendingTop bool
}

func (a *viewAnswer) view() *plan.View {
	if a.index < 0 {
		return nil
	}
	return &a.review(false).Views[a.index]
}

func (a *viewAnswer) ref() string {
	if a.index < 0 {
		return ""
	}
	return "view " + strconv.Itoa(a.index)
}

func (a *viewAnswer) text() string {
	if v := a.view(); v != nil {
		return v.Text
	}
	return ""
}

func (a *viewAnswer) who() plan.Speaker {
	if v := a.view(); v != nil {
		return v.Who
	}
	return a.pendingWho
}

func (a *viewAnswer) setWho(w plan.Speaker) {
	if v := a.view(); v != nil {
		v.Who = w
		return
	}
	a.pendingWho = w
}

func (a *viewAnswer) top() bool {
	if v := a.view(); v != nil {
		return v.Top
	}
	return a.pendingTop
}

func (a *viewAnswer) setTop(on bool) {
	if v := a.view(); v != nil {
		v.Top = on
		return
	}
	a.pendingTop = on
}

func (a *viewAnswer) setText(s string) bool {
	old := a.text()
	if old == s {
		return false
	}
	switch {
	case a.index < 0:
		r := a.review(true)
		r.Views = append(r.Views, plan.View{Who: a.pendingWho, Kind: a.kind, Text: s, Top: a.pendingTop})
		a.index = len(r.Views) - 1
		return true
	case s == "":
		r := a.review(false)
		a.pendingWho, a.pendingTop = r.Views[a.index].Who, r.Views[a.index].Top
		r.Views = slices.Delete(r.Views, a.index, a.index+1)
		a.index = -1
		return true
	}
	a.view().Text = s
	return false
}

// viewAnswers lists the review's statements of a kind.
func viewAnswers(review func(bool) *plan.Review, kind plan.ViewKind) []answer {
	r := review(false)
	if r == nil {
		return nil
	}
	var out []answer
	for i, v := range r.Views {
		if v.Kind == kind {
			out = append(out, &viewAnswer{review: review, kind: kind, index: i})
		}
	}
	return out
}

// topCount is how many statements of a kind a speaker has starred,
// leaving out the one at skip.
func topCount(r *plan.Review, who plan.Speaker, kind plan.ViewKind, skip int) int {
	if r == nil {
		return 0
	}
	n := 0
	for i, v := range r.Views {
		if i != skip && v.Who == who && v.Kind == kind && v.Top {
			n++
		}
	}
	return n
}
