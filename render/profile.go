package render

import (
	"errors"
	"fmt"
	"strings"
)

// ErrProfileTooLong is returned for a one-page profile whose answers do not
// fit on one A4 page even at the smallest type it allows. The message
// names the longest answer, so the practitioner knows what to shorten.
var ErrProfileTooLong = errors.New("the one-page profile does not fit on one page")

// The profile's answers are set as large as fits: from profileLargest down
// to profileSmallest points, in steps of half a point. Below 12 pt the
// paper would no longer be large print.
const (
	profileLargest  = 20.0
	profileSmallest = 12.0
)

// profileQuestion is one of the three questions of a one-page profile.
type profileQuestion struct {
	field, title, text string
}

// profileQuestions are the profile's questions with the plan's answers,
// in the order the paper asks them.
func (d *doc) profileQuestions() []profileQuestion {
	pr := d.p.SectionA.Profile
	return []profileQuestion{
		{"section_a.profile.admire", "What people like and admire about me", pr.Admire},
		{"section_a.profile.important", "What is important to me", pr.Important},
		{"section_a.profile.support", "How best to support me", pr.Support},
	}
}

// profilePage is the profile laid out at one size of type.
type profilePage struct {
	size   float64
	title  []line
	blocks []profileBlock
}

// profileBlock is one question: its heading and its answer, laid out.
type profileBlock struct {
	q           profileQuestion
	head, words []line
}

// Spacing of the profile, in millimetres.
const (
	profileBandPad  = 2.5 // above and below a question in its band
	profileAnswerIn = 4.0 // the answer's indent
	profileGap      = 6.0 // between one answer and the next question
	profileTitleGap = 4.0 // below the title
)

func (pg profilePage) height() float64 {
	h := height(pg.title) + profileTitleGap
	for i, b := range pg.blocks {
		h += height(b.head) + 2*profileBandPad + 2 + height(b.words)
		if i < len(pg.blocks)-1 {
			h += profileGap
		}
	}
	return h
}

// profileTitle is "About me: Jordan", or "About me" with no name.
func (d *doc) profileTitle() string {
	if name := d.callName(); name != "" {
		return "About me: " + name
	}
	return "About me"
}

// layProfile lays the profile out at size points.
func (d *doc) layProfile(size float64) profilePage {
	// The title shrinks with the answers, so a very long name leaves them room.
	title := stBigTitle
	title.size = min(title.size, size+8)
	pg := profilePage{size: size, title: d.wrap(contentW, span{title, d.profileTitle()}, span{stBigIntro, "\nMy one-page profile"})}
	answer := style{size: size, color: black}
	for _, q := range d.profileQuestions() {
		b := profileBlock{q: q, head: d.wrap(contentW-2*profileAnswerIn, span{stBigH2.withColor(accent), q.title})}
		words := span{answer, d.clean(strings.TrimSpace(q.text))}
		if words.text == "" {
			words = span{style{size: size, color: grey}, "Not written yet."}
		}
		b.words = d.wrap(contentW-profileAnswerIn, words)
		pg.blocks = append(pg.blocks, b)
	}
	return pg
}

// profileLayout is the profile at the largest size that fits on one page,
// or ErrProfileTooLong naming the longest answer.
func (d *doc) profileLayout() (profilePage, error) {
	room := bodyBottom - bodyTop
	var pg profilePage
	for size := profileLargest; size >= profileSmallest; size -= 0.5 {
		if pg = d.layProfile(size); pg.height() <= room {
			return pg, nil
		}
	}
	longest := pg.blocks[0]
	words := 0
	for _, b := range pg.blocks {
		words += len(strings.Fields(b.q.text))
		if height(b.words) > height(longest.words) {
			longest = b
		}
	}
	// What the page holds, in words, is about what is there scaled by how
	// much of it fits.
	holds := int(float64(words) * room / pg.height())
	return pg, fmt.Errorf("%w, even in %g pt type: %q (%s) is the longest answer, %d words; "+
		"the three answers have %d words and a page holds about %d: shorten them",
		ErrProfileTooLong, profileSmallest, longest.q.title, longest.q.field,
		len(strings.Fields(longest.q.text)), words, holds)
}

// buildProfile prints the one-page profile: the young person's name and
// their answers to the three questions, as large as fits on one page.
func (d *doc) buildProfile() {
	d.startYoungPersonPaper()
	pg, err := d.profileLayout()
	if err != nil { // PDF refuses first (kindNeeds); never print a second page
		panic(err)
	}
	d.newPage(false)
	d.bookmark(d.profileTitle(), 0)
	d.flow(marginX, pg.title)
	d.y += profileTitleGap
	for i, b := range pg.blocks {
		if i > 0 {
			d.y += profileGap
		}
		band := height(b.head) + 2*profileBandPad
		d.setFill(headFill)
		d.pdf.Rect(marginX, d.y, contentW, band, "F")
		d.y += profileBandPad
		d.flow(marginX+profileAnswerIn, b.head)
		d.y += profileBandPad + 2
		d.flow(marginX+profileAnswerIn, b.words)
	}
	d.finish()
}

// withColor is s in colour c.
func (s style) withColor(c rgb) style {
	s.color = c
	return s
}

// layoutNeeds says what stops the kind of document being laid out as it
// must be: a one-page profile whose answers do not fit on one page.
func (d *doc) layoutNeeds() error {
	if d.kind() != KindProfile {
		return nil
	}
	_, err := d.profileLayout()
	return err
}
