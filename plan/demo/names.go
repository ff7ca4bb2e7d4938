package demo

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

var advisers = []struct{ title, role string }{
	{"Educational psychology advice", "Educational Psychologist"},
	{"School advice", "Special educational needs coordinator"},
	{"Speech and language therapy advice", "Speech and language therapist"},
	{"Health advice", "Designated Clinical Officer"},
	{"Social care advice", "Social worker"},
	{"Parent's views", "Parent"},
	{"Occupational therapy advice", "Occupational therapist"},
}

var adviserNames = []string{"Dr A Bell", "Ms R Khan", "Mr J Osei", "Dr S Novak", "Ms L Carter", "Mrs P Iqbal", "Mr D Walsh"}
