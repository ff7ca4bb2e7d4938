package render

// The papers made for the young person themselves (KindProfile and
// KindEasyRead) share what this file holds: large type, their own name and
// words, and none of the plan's machinery (no statutory letters, no item
// IDs, no DRAFT mark across the words, no date of birth or NHS number).

// forYoungPerson reports whether k is a paper for the young person.
func (k Kind) forYoungPerson() bool { return k == KindProfile || k == KindEasyRead }

// youngPersonTitles are the right of each page's name line.
var youngPersonTitles = map[Kind]string{
	KindProfile:  "My one-page profile",
	KindEasyRead: "My plan in easy words",
}

// The large styles of the papers for the young person. Easy-read guidance
// asks for at least 14 pt; body text here is 16 pt, notes included.
var (
	stBigTitle = style{bold: true, size: 28, color: accent}
	stBigH1    = style{bold: true, size: 22, color: accent}
	stBigH2    = style{bold: true, size: 18, color: black}
	stBigBody  = style{size: 16, color: black}
	stBigBold  = style{bold: true, size: 16, color: black}
	stBigNote  = style{size: 16, color: grey}
	stBigIntro = style{size: 16, color: grey}
)

// startYoungPersonPaper prepares a paper for the young person: the name
// line names them without their date of birth, and the PDF's title says
// what the paper is.
func (d *doc) startYoungPersonPaper() {
	d.who.born = ""
	name := d.clean(d.p.Person.Name)
	d.pdf.SetTitle(youngPersonTitles[d.kind()]+" – "+name, true)
	d.pdf.SetSubject(youngPersonTitles[d.kind()]+" for "+name, true)
}

// callName is the name the young person likes to be called, ready to
// print, or "" when the plan has no name.
func (d *doc) callName() string {
	if n := d.clean(trimmed(d.p.Person.PreferredName)); n != "" {
		return n
	}
	return d.clean(trimmed(d.p.Person.Name))
}
