package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"ehcplan/plan"
)

// S10: Section K of a final plan lacks advice of a kind that the SEND
// Regulations 2014, regulation 6(1), require the local authority to seek:
// (a) from the parent or the young person, (b) educational, (c) medical,
// (d) psychological (from an educational psychologist), (e) social care
// and, from Year 9, (g) on preparing for adulthood and independent living.
// One finding names every kind missing.
func (c *checker) checkAdviceKinds() {
	if c.p.Status != plan.StatusFinal {
		return
	}
	var has [len(adviceKindBits)]bool
	for _, a := range c.p.Advice {
		if i := slices.Index(adviceKindBits[:], c.adviceKind(a)); i >= 0 {
			has[i] = true
		}
	}
	year, known := c.p.YearGroup(c.today)
	var missing uint8 // bit i: required kind i of requiredAdvice is missing
	for i, kinds := range requiredAdvice {
		if kinds[0] == "adulthood" && (!known || year < 9) {
			continue
		}
		if !slices.ContainsFunc(kinds, func(k plan.AdviceKind) bool { return has[kindBit(k)] }) {
			missing |= 1 << i
		}
	}
	if missing == 0 {
		return
	}
	// The words depend only on the name and what is missing: written once.
	msg := c.forName(s10Keys[missing], func(name string) string { return s10Message(name, missing) })
	c.add(planPos, "S10", plan.At("advice"), "", msg,
		"Add the missing advice to Section K with its kind (for example the community paediatrician's report is medical advice), "+
			"or set the kind of advice already listed under another title. If existing advice was used instead (regulation 6(4)), list it with its kind.")
}

// requiredAdvice are the kinds reg 6(1) requires, each met by any of its
// kinds: (a) the views, (b)-(e), and (g) from Year 9.
var requiredAdvice = [...][]plan.AdviceKind{
	{"parent", "young_person"}, {"educational"}, {"medical"}, {"psychological"}, {"social_care"}, {"adulthood"},
}

// s10Keys key the S10 messages by what is missing (see forName).
var s10Keys = func() (keys [1 << len(requiredAdvice)]string) {
	for i := range keys {
		keys[i] = fmt.Sprintf("S10/%d", i)
	}
	return keys
}()

// s10Message says in plain words what Section K lacks: "Section K has no
// medical or psychological advice."
func s10Message(name string, missing uint8) string {
	var parts, adjectives []string
	for i, kinds := range requiredAdvice {
		if missing&(1<<i) == 0 {
			continue
		}
		switch kinds[0] {
		case "parent":
			parts = append(parts, "no views from "+name+" or their parents")
		case "adulthood":
		default:
			adjectives = append(adjectives, adviceAdjective[kinds[0]])
		}
	}
	if len(adjectives) > 0 {
		parts = append(parts, "no "+orList(adjectives)+" advice")
	}
	adulthood := missing&(1<<(len(requiredAdvice)-1)) != 0
	if adulthood {
		parts = append(parts, "no advice on preparing for adulthood")
	}
	msg := "Section K has " + andList(parts) + ". The law (SEND Regulations 2014, regulation 6(1)) requires this advice for the assessment behind a final plan."
	if adulthood {
		msg += " Advice on preparing for adulthood is required from Year 9."
	}
	return msg
}

// roleTitle keys the kinds read from advice (see checker.adviceKind).
type roleTitle struct{ role, title string }

// adviceKindBits are the advice kinds S10 looks for.
var adviceKindBits = [...]plan.AdviceKind{"parent", "young_person", "educational", "medical", "psychological", "social_care", "adulthood"}

func kindBit(k plan.AdviceKind) int { return slices.Index(adviceKindBits[:], k) }

var adviceAdjective = map[plan.AdviceKind]string{
	"educational": "educational", "medical": "medical", "psychological": "psychological", "social_care": "social care",
}

// orList is "a", "a or b", "a, b or c".
func orList(words []string) string { return joinLast(words, ", ", " or ") }

// andList is "a", "a and b", "a, b and c".
func andList(words []string) string { return joinLast(words, ", ", " and ") }

func joinLast(words []string, sep, last string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	n := len(words) - 1
	return strings.Join(words[:n], sep) + last + words[n]
}

// adviceKind is the kind of a piece of advice: as given, or read from its
// role, or failing that its title (older files have no kind). Answers are
// remembered: the same few roles come back on every keystroke.
func (c *checker) adviceKind(a plan.Advice) plan.AdviceKind {
	if a.Kind != "" {
		return a.Kind
	}
	key := roleTitle{a.Role, a.Title}
	if k, ok := c.adviceKinds[key]; ok {
		return k
	}
	k := InferAdviceKind(a.Role)
	if k == "" {
		k = InferAdviceKind(a.Title)
	}
	if c.adviceKinds == nil || len(c.adviceKinds) >= 256 {
		c.adviceKinds = map[roleTitle]plan.AdviceKind{}
	}
	c.adviceKinds[key] = k
	return k
}

// InferAdviceKind reads the kind of advice from a role or title as people
// write them in Section K ("Educational Psychologist", "Parent's views",
// "School nurse"); "" when the words do not say.
//
// English compounds are right-headed: an educational psychologist is a
// psychologist, a school nurse is a nurse, a family support worker is a
// worker. So the words are read as a head (the last word that names who,
// skipping document words such as "views" or "advice"), its modifiers and
// any "of ..." or "for ..." that follows ("Teacher of the Deaf").
//
//   - When the head is a member of the family or the young person
//     themselves ("Mother", "Foster carer", "Young person's views",
//     "My views"), it is their views: reg 6(1)(a). Family words that only
//     modify a professional ("Parent partnership officer", "Carer support
//     worker") are not the family speaking.
//   - Otherwise the field named decides, the more specific field first:
//     psychology (psychological only from an educational psychologist,
//     reg 6(1)(d); a clinical, counselling or CAMHS psychologist gives
//     health advice, so medical, reg 6(1)(c); a bare "psychologist" is
//     left to the caseworker); then health: doctors, nurses, NHS services
//     and the allied health professions (speech and language therapy,
//     occupational therapy, physiotherapy), whose advice comes through the
//     health commissioning body even when their provision is educational
//     (G8), so medical; then sensory impairment (a qualified teacher of
//     the deaf or of the visually impaired: reg 6(3) asks for them beside
//     the educational advice, so sensory, not educational); then social
//     care (social workers, children's services, early help, family
//     support); then preparing for adulthood (careers, Connexions,
//     supported employment: reg 6(1)(g)); then education (teachers, head
//     teachers, SENCOs, schools, colleges, learning support).
//   - Anything else (a key worker, a youth worker, a play therapist, an
//     advocate) stays unknown: the caseworker chooses its kind.
func InferAdviceKind(text string) plan.AdviceKind {
	words := adviceWords(text)
	if len(words) == 0 {
		return ""
	}
	// The head is read outside brackets: "Grandparent (kinship carer)" is
	// a grandparent, "Pupil views (school)" the pupil's.
	switch who := headWord(adviceWords(outsideBrackets(text))); {
	case familyWords[who]:
		return "parent"
	case selfWords[who] && (who != "person" || slices.Contains(words, "young")):
		return "young_person"
	}
	for _, field := range adviceFields {
		if k := field(words); k != "" {
			return k
		}
	}
	return ""
}

// outsideBrackets is text less any part in round brackets.
func outsideBrackets(text string) string {
	if !strings.Contains(text, "(") {
		return text
	}
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
			b.WriteByte(' ')
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// adviceWords returns text's words in lower case, with the abbreviations
// people use in Section K written out and a possessive "s" dropped.
func adviceWords(text string) []string {
	fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	words := make([]string, 0, len(fields)+4)
	for _, w := range fields {
		if w == "s" {
			continue // "parent's" splits into "parent", "s"
		}
		if long, ok := adviceAbbreviations[w]; ok {
			words = append(words, long...)
			continue
		}
		words = append(words, w)
	}
	return semh(words)
}

// semh writes "social, emotional and mental health" (the broad area of
// need, and the name of schools' outreach teams) as one word, so that it
// reads as neither social care nor health.
func semh(words []string) []string {
	phrase := []string{"social", "emotional", "and", "mental", "health"}
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+len(phrase)], phrase) {
			words = slices.Replace(words, i, i+len(phrase), "semh")
		}
	}
	return words
}

var adviceAbbreviations = map[string][]string{
	"ep": {"educational", "psychologist"}, "eps": {"educational", "psychology", "service"},
	"senco": {"senco"}, "sendco": {"senco"}, "sencos": {"senco"},
	"salt": {"speech", "language", "therapist"}, "slt": {"speech", "language", "therapist"},
	"ot": {"occupational", "therapist"}, "physio": {"physiotherapist"}, "gp": {"doctor"},
	"qtod": {"teacher", "deaf"}, "tod": {"teacher", "deaf"}, "qtvi": {"teacher", "visual", "impairment"},
	"qtmsi": {"teacher", "multisensory", "impairment"}, "qthi": {"teacher", "hearing", "impairment"},
	"vi": {"visual", "impairment"}, "hi": {"hearing", "impairment"}, "msi": {"multisensory", "impairment"},
	"pfa": {"preparing", "adulthood"}, "iro": {"independent", "reviewing", "officer"}, "sw": {"social", "worker"},
	"ta": {"teaching", "assistant"}, "hlta": {"teaching", "assistant"}, "lsa": {"learning", "support", "assistant"},
	"yp": {"young", "person"}, "dco": {"clinical", "officer"}, "dmo": {"medical", "officer"},
	"mum": {"mother"}, "dad": {"father"}, "headteacher": {"head", "teacher"},
}

// documentWords name the advice, not who gave it: skipped to find the head.
var documentWords = set("views", "view", "voice", "advice", "information", "info", "report", "reports",
	"assessment", "contribution", "statement", "summary", "letter", "form", "profile", "comments",
	"wishes", "feelings", "submission", "evidence", "response", "guidance", "the", "a", "an", "and", "all", "about")

// headWord is the word that names who gave the advice: the last one before
// "of", "for", "from" or "by" that is not a document word, or, when the
// words before are all document words ("Views of the young person"), the
// last one after.
func headWord(words []string) string {
	cut := len(words)
	for i, w := range words {
		if w == "of" || w == "for" || w == "from" || w == "by" {
			cut = i
			break
		}
	}
	if h := lastOutside(words[:cut], documentWords); h != "" {
		return h
	}
	if cut < len(words) {
		return lastOutside(words[cut+1:], documentWords)
	}
	return ""
}

func lastOutside(words []string, skip map[string]bool) string {
	for i := len(words) - 1; i >= 0; i-- {
		if !skip[words[i]] {
			return words[i]
		}
	}
	return ""
}

var familyWords = set("parent", "parents", "parental", "carer", "carers", "mother", "father", "stepmother",
	"stepfather", "grandparent", "grandparents", "grandmother", "grandfather", "gran", "nan", "grandad",
	"grandma", "grandpa", "guardian", "aunt", "uncle", "family")

var selfWords = set("person", "child", "pupil", "student", "learner", "me", "my", "i", "myself", "self")

// adviceFields read the field of the advice from its words, most specific
// first (see InferAdviceKind).
var adviceFields = []func(w []string) plan.AdviceKind{
	psychologyField, healthField, sensoryField, socialCareField, adulthoodField, educationField,
}

func psychologyField(w []string) plan.AdviceKind {
	if !hasAny(w, "psychologist", "psychologists", "psychology", "psychological", "neuropsychologist") {
		return ""
	}
	switch {
	case hasAny(w, "clinical", "counselling", "health", "camhs", "nhs", "forensic", "neuropsychologist", "hospital"):
		return "medical"
	case hasAny(w, "educational", "education", "school"):
		return "psychological"
	case hasAny(w, "psychological", "psychology") && !hasAny(w, "psychologist", "psychologists"):
		return "psychological" // "Psychological advice": the title names the kind
	}
	return ""
}

func healthField(w []string) plan.AdviceKind {
	if hasAny(w, "paediatrician", "pediatrician", "paediatric", "paediatrics", "doctor", "physician", "psychiatrist",
		"nurse", "nursing", "physiotherapist", "physiotherapy", "dietitian", "dietician", "audiologist", "audiology",
		"ophthalmologist", "orthoptist", "optometrist", "neurologist", "surgeon", "medical", "medicine",
		"clinical", "clinician", "camhs", "nhs", "hospital", "clinic", "health", "midwife", "orthotist") ||
		hasAny(w, "speech", "occupational") {
		return "medical"
	}
	return ""
}

func sensoryField(w []string) plan.AdviceKind {
	if hasAny(w, "deaf", "hearing", "visual", "visually", "vision", "blind", "sight", "multisensory", "braille", "habilitation") ||
		hasPair(w, "sensory", "impairment", "impaired", "support", "service", "team") {
		return "sensory"
	}
	return ""
}

func socialCareField(w []string) plan.AdviceKind {
	if hasPair(w, "social", "worker", "workers", "care", "services", "work") || hasPair(w, "early", "help") ||
		hasPair(w, "family", "support", "worker", "practitioner") || hasPair(w, "children", "services", "service") ||
		hasAny(w, "reviewing", "respite") || hasPair(w, "short", "breaks") ||
		(hasAny(w, "children") && hasAny(w, "disabilities", "disabled")) {
		return "social_care"
	}
	return ""
}

func adulthoodField(w []string) plan.AdviceKind {
	if hasAny(w, "careers", "career", "connexions", "adulthood", "employment") || hasPair(w, "job", "coach") {
		return "adulthood"
	}
	return ""
}

func educationField(w []string) plan.AdviceKind {
	if hasAny(w, "teacher", "teachers", "head", "senco", "school", "college", "nursery", "academy", "educational",
		"education", "teaching", "tutor", "lecturer", "principal", "inclusion", "classroom", "portage", "curriculum", "semh") ||
		hasPair(w, "learning", "support", "mentor") || hasPair(w, "early", "years") {
		return "educational"
	}
	return ""
}

// hasAny is true if words contains one of want.
func hasAny(words []string, want ...string) bool {
	for _, w := range words {
		if slices.Contains(want, w) {
			return true
		}
	}
	return false
}

// hasPair is true if words has first followed directly by one of next.
func hasPair(words []string, first string, next ...string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == first && slices.Contains(next, words[i+1]) {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
