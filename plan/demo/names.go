package demo

import "ehcplan/plan"

// Fictional names from many of the cultures found in English schools. Any
// resemblance to a real child is chance: first names and surnames are paired
// at random.
var firstNames = []string{
	"Amira", "Jordan", "Leo", "Zoë", "Łukasz", "Siobhán", "Ngozi", "Aarav", "Fatima", "Oliver",
	"Mei", "Kacper", "Aisha", "Dylan", "Priya", "Tomasz", "Chloé", "Yusuf", "Ellie", "Kwame",
	"Anaïs", "Ravi", "Hana", "Connor", "Ioana", "Mohammed", "Lily", "Darius", "Nia", "Mateo",
	"Ελένη", "Алексей", "Jakub", "Sofia", "Tariq", "Isla", "Chidi", "Zainab", "Finley", "Bartosz",
	"Noor", "Reuben", "Amani", "Oisín", "Kai", "Ayesha", "Emre", "Freya", "Nguyễn Lan", "Sami",
}

var surnames = []string{
	"Ellis", "Hassan", "Nowak", "Okafor", "Patel", "Kowalski", "O'Brien", "Mensah", "Khan", "Smith",
	"Chen", "Wiśniewski", "Begum", "Jones", "Sharma", "Murphy", "Popescu", "Ahmed", "Taylor", "Adeyemi",
	"Papadopoulou", "Smirnov", "Nguyen", "Rossi", "Yilmaz", "Williams", "Kaur", "Dubois", "Bailey", "Osei",
	"Łukasz-Nowak", "Fernández", "Ali", "Brown", "Iqbal", "Walsh", "Novák", "Evans", "Haddad", "Mahmood",
}

// settings by phase, so a Year 2 child is never placed at a sixth form.
var (
	primarySettings   = []string{"Hillside Primary School", "St Anne's CE Primary", "Brookside Infant School", "Oakfield Special School"}
	secondarySettings = []string{"Riverside Academy", "Meadowbank High School", "Castle View Academy", "Lakeside Free School", "Greenway Pupil Referral Unit", "Oakfield Special School"}
	post16Settings    = []string{"Northbridge College", "Northbridge Sixth Form", "The Willows Specialist College", "Riverside Academy Sixth Form"}
	adultSettings     = []string{"Northbridge College", "The Willows Specialist College", "Supported internship at Northbridge Hospital"}
)

var caseworkers = []string{"Priya Shah", "Tom Ridley", "Grace Adebayo", "Marek Zielinski", "Hannah Lee"}

var languages = []string{
	"English", "English", "English", "English and Polish", "Urdu and English", "Somali", "Romanian",
	"Bengali and English", "Arabic", "Portuguese", "British Sign Language", "Greek and English",
}

var communication = []string{
	"Use short sentences and give me time to answer.",
	"I use pictures and a few signs (Makaton).",
	"I like to write my answers down rather than say them.",
	"Please check I have understood by asking me to show you.",
	"I talk best when I am doing something with my hands.",
	"I use a communication app on my tablet.",
}

// advisers are the Section K entries a plan draws on: the kinds SEND
// Regulations 2014 reg 6(1) requires first (the family's views, educational,
// medical, psychological, social care; adulthood from Year 9), then others.
var advisers = []struct {
	title, role string
	kind        plan.AdviceKind
}{
	{"Parent's views", "Parent", "parent"},
	{"School advice", "Special educational needs coordinator", "educational"},
	{"Health advice", "Designated Clinical Officer", "medical"},
	{"Educational psychology advice", "Educational Psychologist", "psychological"},
	{"Social care advice", "Social worker", "social_care"},
	{"Preparing for adulthood advice", "Careers adviser", "adulthood"},
	{"Speech and language therapy advice", "Speech and language therapist", "medical"},
	{"Occupational therapy advice", "Occupational therapist", "medical"},
}

// requiredAdvice is how many of advisers' first entries reg 6(1) requires
// before Year 9 (adulthood advice is the next one).
const requiredAdvice = 5

var adviserNames = []string{"Dr A Bell", "Ms R Khan", "Mr J Osei", "Dr S Novak", "Ms L Carter", "Mrs P Iqbal", "Mr D Walsh"}
