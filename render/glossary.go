package render

import "strings"

// A short glossary at the end explains the abbreviations the plan uses,
// only those that appear in its text: every text printed passes through
// doc.clean, which notes the terms it meets (see noteTerms).

// term is one glossary entry: how it is written (every spelling that
// counts, the first is printed) and what it means in plain English.
type term struct {
	spellings []string
	means     string
}

var glossary = []term{
	{[]string{"AAC"}, "Augmentative and alternative communication: ways to communicate other than speech, such as signs, symbols or a device that speaks."},
	{[]string{"ADHD"}, "Attention deficit hyperactivity disorder."},
	{[]string{"ASC", "ASD"}, "Autism spectrum condition (also called autism spectrum disorder)."},
	{[]string{"CAMHS", "CYPMHS"}, "Child and Adolescent Mental Health Services: the NHS service that helps children and young people with their mental health."},
	{[]string{"CSDPA"}, "The Chronically Sick and Disabled Persons Act 1970. Social care a council must provide under section 2 of this Act goes in Section H1."},
	{[]string{"DLD"}, "Developmental language disorder: lasting difficulty learning and using language."},
	{[]string{"EHC", "EHCP"}, "Education, Health and Care. An EHC plan (EHCP) sets out a child's or young person's needs, the outcomes they are working towards and the help they will get."},
	{[]string{"ELSA"}, "Emotional literacy support assistant: a teaching assistant trained to help with feelings and friendships."},
	{[]string{"EP"}, "Educational psychologist: a psychologist who helps schools and families understand how a child learns and what helps."},
	{[]string{"FE"}, "Further education: education after 16, usually at a college."},
	{[]string{"GP"}, "General practitioner: the family doctor."},
	{[]string{"HCPC"}, "Health and Care Professions Council: the body that registers therapists such as speech and language therapists and occupational therapists."},
	{[]string{"IASS", "SENDIASS"}, "Information, advice and support service: free, impartial help with SEND for children, young people and parents."},
	{[]string{"ICB"}, "Integrated Care Board: the NHS body that plans and pays for health services in an area."},
	{[]string{"LA"}, "Local authority: the council."},
	{[]string{"LSA"}, "Learning support assistant: an adult who supports learning in class."},
	{[]string{"OT"}, "Occupational therapy (or therapist): help with everyday skills such as dressing, writing and getting around."},
	{[]string{"PECS"}, "Picture Exchange Communication System: a way to communicate by handing over pictures."},
	{[]string{"PfA"}, "Preparing for Adulthood: planning from Year 9 for work, living independently, friends and community, and good health."},
	{[]string{"SALT", "SaLT", "SLT"}, "Speech and language therapy (or therapist)."},
	{[]string{"SEMH"}, "Social, emotional and mental health."},
	{[]string{"SEN"}, "Special educational needs."},
	{[]string{"SENCO", "SENCo"}, "Special educational needs co-ordinator: the teacher who organises help for pupils with SEN in a school or college."},
	{[]string{"SEND"}, "Special educational needs and disabilities."},
	{[]string{"TA"}, "Teaching assistant: an adult who supports pupils in class."},
}

// glossaryIndex finds an entry by any of its spellings.
var glossaryIndex = func() map[string]int {
	m := map[string]int{}
	for i, t := range glossary {
		for _, s := range t.spellings {
			m[s] = i
		}
	}
	return m
}()

// noteTerms records the glossary terms in s: whole words, spelt exactly
// (case counts: "ta" or "Ot" are not the abbreviations), or with a plural
// "s" ("TAs", "EPs").
func (d *doc) noteTerms(s string) {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		// A word inside a longer run of letters and digits ("EP2") is not one.
		whole := (i == 0 || !isASCIIDigit(s[i-1])) && (j == len(s) || !isASCIIDigit(s[j]))
		if w := s[i:j]; whole && len(w) >= 2 && len(w) <= 9 && w[0] >= 'A' && w[0] <= 'Z' {
			d.noteWord(w)
		}
		i = j
	}
}

func (d *doc) noteWord(w string) {
	k, ok := glossaryIndex[w]
	if !ok && len(w) > 2 && w[len(w)-1] == 's' {
		k, ok = glossaryIndex[w[:len(w)-1]]
	}
	if !ok {
		return
	}
	if d.terms == nil {
		d.terms = make([]bool, len(glossary))
	}
	d.terms[k] = true
}

func isASCIILetter(c byte) bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') }
func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }

// glossaryPage prints the terms the plan used, in alphabetical order, each
// with its other spellings. The
// running header says "EHC plan" on every page, so EHC is always there.
func (d *doc) glossaryPage() {
	d.noteWord("EHC")
	var rows []row
	for k, used := range d.terms {
		if !used {
			continue
		}
		t := glossary[k]
		rows = append(rows, row{cells: [][]span{{{stCellB, strings.Join(t.spellings, " or ")}}, {{stCell, t.means}}}})
	}
	d.chapter("Words used in this plan", "")
	d.para(span{stBody, "Some words in this plan are short forms. This is what they mean."})
	d.drawTable([]column{{"Short form", 30}, {"What it means", contentW - 30}}, rows)
}
