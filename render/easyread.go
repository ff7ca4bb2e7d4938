package render

import (
	"strings"

	"ehcplan/plan"
)

// The easy-read plan is written for the young person: large type, one short
// sentence a line, their own words first, then each area of their life in
// plain words, each goal with who will help and how often. It has none of
// the plan's machinery: no statutory letters, no IDs, no jargon.

// plainAreaTitles are the easy-read headings of the four Preparing for
// Adulthood areas. A local area keeps the title the plan gives it.
var plainAreaTitles = map[string]string{
	plan.AreaEmployment:        "School, work and what I do in the day",
	plan.AreaIndependentLiving: "Looking after myself and my home",
	plan.AreaCommunity:         "Friends, family and my community",
	plan.AreaHealth:            "Being healthy and well",
}

// easyIndent is how far a goal's details sit in from its bullet.
const easyIndent = 8.0

// buildEasyRead lays out the easy-read plan.
func (d *doc) buildEasyRead() {
	d.startYoungPersonPaper()
	d.easyIntro()
	d.easyOwnWords()
	help := d.helpByOutcome()
	for i := range d.p.Areas {
		d.easyArea(d.p.Areas[i], help)
	}
	d.easyNext()
	d.finish()
}

// easySentences prints each sentence as its own paragraph.
func (d *doc) easySentences(st style, sentences ...string) {
	for _, s := range sentences {
		d.para(span{st, s})
	}
}

// easyIntro says whose plan it is and what it tells.
func (d *doc) easyIntro() {
	d.chapterIn(stBigTitle, "My plan in easy words", "")
	var lines []string
	if name := d.callName(); name != "" {
		lines = append(lines, "My name is "+name+".")
	}
	lines = append(lines, "This is my plan.", "It says what I want for my life.", "It says who will help me, and how often.")
	switch d.p.Status {
	case plan.StatusDraft:
		lines = append(lines, "My plan is not finished yet. It can still change.")
	case plan.StatusCeased:
		lines = append(lines, "My plan has stopped now.")
	}
	d.easySentences(stBigBody, lines...)
}

// easyOwnWords prints the young person's own words first: their Section A
// headings and what they said in meetings, heading by heading.
func (d *doc) easyOwnWords() {
	d.heading(stBigH1, "In my own words", "", 20)
	d.headBookmark("In my own words", 1)
	printed := false
	for _, g := range d.ownWords() {
		d.heading(stBigH2, g.title, "", 12)
		for _, t := range g.texts {
			d.para(span{stBigBody, t})
		}
		printed = true
	}
	if !printed {
		d.para(span{stBigNote, "Nothing is written here yet."})
	}
}

// wordsGroup is what the young person said under one heading.
type wordsGroup struct {
	title string
	texts []string
}

// ownWords groups the young person's words by heading: each Section A
// heading's text, then what they said in meetings under it (unless the
// heading's text already holds those words), then what they said under
// other headings, in the order first said. Text is clean.
func (d *doc) ownWords() []wordsGroup {
	said := map[string][]string{}
	var order []string
	for _, s := range d.p.SectionA.Said {
		text := d.clean(trimmed(s.Text))
		if s.Who != "young_person" || text == "" {
			continue
		}
		if _, seen := said[s.Heading]; !seen {
			order = append(order, s.Heading)
		}
		said[s.Heading] = append(said[s.Heading], text)
	}
	var groups []wordsGroup
	for _, h := range d.p.SectionA.Headings {
		g := wordsGroup{title: d.clean(orDash(trimmed(h.Title), words(h.Key)))}
		own := d.clean(trimmed(h.Text))
		if own != "" {
			g.texts = append(g.texts, own)
		}
		for _, t := range said[h.Key] {
			if !strings.Contains(own, t) {
				g.texts = append(g.texts, t)
			}
		}
		delete(said, h.Key)
		if len(g.texts) > 0 {
			groups = append(groups, g)
		}
	}
	for _, key := range order {
		if texts, ok := said[key]; ok {
			groups = append(groups, wordsGroup{title: d.clean(saidHeading(key)), texts: texts})
		}
	}
	return groups
}

// saidHeading is the title of words said under a heading the plan's
// Section A does not have.
func saidHeading(key string) string {
	switch key {
	case "aspiration":
		return "What I want for my life"
	case "profile.admire": // the one-page profile's parts, as meeting mode keys them
		return "What people like and admire about me"
	case "profile.important":
		return "What is important to me"
	case "profile.support":
		return "How best to support me"
	case "":
		return "Other things I said"
	}
	return words(key)
}

// helpByOutcome lists, for each outcome ID, the provision linked to it,
// from every area, in plan order.
func (d *doc) helpByOutcome() map[string][]plan.Provision {
	help := map[string][]plan.Provision{}
	for _, a := range d.p.Areas {
		for _, pr := range a.Provision {
			for _, id := range pr.Outcomes {
				help[id] = append(help[id], pr)
			}
		}
	}
	return help
}

// easyArea prints one area of life on its own page: what the young person
// wants, each goal with the help for it, and any other help.
func (d *doc) easyArea(a plan.Area, help map[string][]plan.Provision) {
	title := plainAreaTitles[a.Key]
	if title == "" {
		title = orDash(trimmed(a.Title), d.p.AreaTitle(a.Key))
	}
	d.chapterIn(stBigH1, title, "")
	wants := d.areaWants(a.Key)
	if len(wants) > 0 {
		d.heading(stBigH2, "What I want", "", 12)
		for _, w := range wants {
			d.bullet(marginX, easyIndent, contentW, span{stBigBody, w})
		}
		d.y += 2
	}
	if len(a.Outcomes) > 0 {
		d.heading(stBigH2, "What will happen", "", 20)
		for _, o := range a.Outcomes {
			d.easyGoal(o, help[o.ID])
		}
	}
	if other := d.otherHelp(a); len(other) > 0 {
		d.heading(stBigH2, "Other help I will get", "", 20)
		for _, pr := range other {
			d.easyHelp(pr, true)
		}
	}
	if len(wants) == 0 && len(a.Outcomes) == 0 {
		d.para(span{stBigNote, "Nothing is planned here yet."})
	}
}

// areaWants are the young person's aspirations in an area, clean.
func (d *doc) areaWants(key string) []string {
	var out []string
	for _, asp := range d.p.SectionA.Aspirations {
		if t := d.clean(trimmed(asp.Text)); asp.Area == key && t != "" {
			out = append(out, t)
		}
	}
	return out
}

// easyGoal prints one outcome, when it should happen by, and who will help.
func (d *doc) easyGoal(o plan.Outcome, help []plan.Provision) {
	text := d.clean(trimmed(o.Text))
	if text == "" {
		text = "This goal is not written yet."
	}
	// The goal is kept with its first line of details.
	d.need(2*stBigBody.lineHeight() + stBigBody.lineHeight())
	d.bullet(marginX, easyIndent, contentW, span{stBigBold.withColor(accent), "My goal: "}, span{stBigBody, text})
	if by := d.clean(trimmed(byWhen(o.By))); by != "" {
		d.easyDetail("By when: ", by)
	}
	if len(help) == 0 {
		d.easyDetail("Who will help: ", "not written yet.")
	}
	for _, pr := range help {
		d.easyHelp(pr, false)
	}
	d.y += 4
}

// easyHelp prints who will help, how often and what they will do. A help
// of its own (not under a goal) has a bullet.
func (d *doc) easyHelp(pr plan.Provision, own bool) {
	who := orDash(d.clean(trimmed(pr.Who)), "not written yet.")
	if own {
		d.bullet(marginX, easyIndent, contentW, span{stBigBold, "Who will help: "}, span{stBigBody, who})
	} else {
		d.y += 1
		d.easyDetail("Who will help: ", who)
	}
	d.easyDetail("How often: ", orDash(d.clean(trimmed(pr.HowOften)), "not written yet."))
	if what := d.clean(trimmed(pr.Text)); what != "" {
		d.easyDetail("What they will do: ", what)
	}
	if own {
		d.y += 3
	}
}

// easyDetail prints "Label: value" under a goal, in from its bullet.
func (d *doc) easyDetail(label, value string) {
	d.flow(marginX+easyIndent, d.wrap(contentW-easyIndent, span{stBigBold, label}, span{stBigBody, value}))
	d.y += 1
}

// otherHelp is the area's provision linked to no outcome of the plan.
func (d *doc) otherHelp(a plan.Area) []plan.Provision {
	var out []plan.Provision
	for _, pr := range a.Provision {
		linked := false
		for _, id := range pr.Outcomes {
			if ref, ok := d.idx[id]; ok && ref.Kind == plan.KindOutcome {
				linked = true
			}
		}
		if !linked {
			out = append(out, pr)
		}
	}
	return out
}

// easyNext says when the plan is looked at again and who to ask.
func (d *doc) easyNext() {
	var lines []string
	if next := d.p.Dates.NextReview; !next.IsZero() && d.p.Status != plan.StatusCeased {
		lines = append(lines, "We will meet to look at my plan again by "+next.Long()+".")
	}
	if cw := d.clean(trimmed(d.p.Caseworker)); cw != "" {
		at := ""
		if la := d.clean(trimmed(d.p.LocalAuthority)); la != "" {
			at = " at " + la
		}
		lines = append(lines, "If I have a question about my plan, I can ask "+cw+at+".")
	}
	lines = append(lines, "I can also ask my family, or an adult I trust.")
	d.heading(stBigH1, "What happens next", "", 3*stBigBody.lineHeight())
	d.headBookmark("What happens next", 1)
	d.easySentences(stBigBody, lines...)
}
