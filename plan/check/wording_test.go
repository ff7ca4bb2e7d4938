package check

import "testing"

// The names the heuristics may meet in these tables (M5, P5 and time
// phrases such as "by the time Jordan leaves").
var testCtx = &textCtx{names: []string{"jordan", "ellis", "leo", "nowak", "amira", "haddad", "sam", "mia"}}

type heuristic struct {
	rule    string
	fires   func(text string) bool
	yes, no []string // texts on which the rule must and must not fire
}

func toks(s string) []token { return tokenize(s, nil, testCtx) }

var heuristics = []heuristic{
	{
		rule:  "M1 no time phrase",
		fires: func(s string) bool { return !hasTimePhrase(toks(s)) },
		yes: []string{
			"Jordan will improve his social skills.",
			"Leo will have access to a lunchtime club.",
			"Jordan will travel to school by bus independently.",
			"Amira will stand by the door when the bell rings.",
			"Within the classroom, Leo will ask for help 3 times a day.",
			"Sam will work for 10 minutes without a break.",
			"At the end of each lesson, Jordan will pack his bag without prompts.",
			"Mia will read 20 words in 2 minutes.",
			"By himself, Jordan will make toast.",
			"Jordan will go to the Mayfield youth club every week.",
			"Mia will walk within 5 metres of an adult.",
		},
		no: []string{
			"By July 2027, Jordan will ask for help.",
			"By the end of Year 11, Jordan will ask an unfamiliar adult for help.",
			"Within two terms, Leo will read 50 words.",
			"By 31 July 2026, Sam will cross the road safely.",
			"Before she leaves Year 6, Mia will visit her new school 3 times.",
			"By the age of 16, Jordan will have a bank account.",
			"By Easter 2027, Amira will make a cake on her own.",
			"By the end of the summer term, Leo will swim 25 metres.",
			"By her next annual review, Amira will use a bus pass.",
			"Over the next 12 months, Jordan will take part in 3 clubs.",
			"In May 2027, Leo will swim 25 metres.",
			"By the time Jordan leaves school, he will travel alone.",
			"Mia will dress herself within 6 weeks.",
			"Sam will read 20 words by 2027-07-16.",
			"By July, Sam will read 20 words.",
		},
	},
	{
		rule:  "M2 not measurable",
		fires: func(s string) bool { var m []bool; return !measurable(toks(s), &m) },
		yes: []string{
			"Jordan will improve his social skills.",
			"By December 2026, Amira will receive support from a lunchtime assistant.",
			"By the end of Year 11, Jordan will be more confident when talking to adults.",
			"Within two terms, Leo will develop his friendships.",
			"By 31 July 2027, Sam will understand how to keep safe online.",
			"Mia will feel happier at school by Easter 2027.",
			"By age 16, Jordan will know more about jobs.",
			"By the end of Key Stage 2, Leo will enjoy reading.",
		},
		no: []string{
			"By July 2026, Leo will read a short book at the level expected for a seven-year-old with 95% accuracy.",
			"Jordan will travel independently by bus.",
			"Amira will ask for help without prompts.",
			"Jordan will ask an unfamiliar adult for help in at least 4 out of 5 observed situations.",
			"Amira will cook a two-course meal once a week.",
			"Amira will handle money with no more than 2 prompts per shift.",
			"Leo will write 3 sentences.",
			"Amira will tell staff on every occasion recorded in her seizure diary.",
			"By July 2026, Leo will improve his handwriting so that 8 out of 10 words are legible.",
			"Sam will make his own breakfast on his own.",
			"By July 2027, Mia will be dry during the day 90% of the time.",
		},
	},
	{
		rule: "M3 vague verb without criterion",
		fires: func(s string) bool {
			var m []bool
			_, vague := vagueVerb(toks(s))
			return vague && !measurable(toks(s), &m)
		},
		yes: []string{
			"Jordan will improve his social skills.",
			"Leo will develop his friendships by July 2026.",
			"By the end of Year 11, Amira will be more aware of road safety.",
			"Sam will continue to work on his handwriting.",
			"Mia will explore different careers by Easter 2027.",
			"By July 2027, Jordan will understand money.",
			"Within two terms, Leo will increase his confidence.",
			"Improving: Jordan's reading.",
		},
		no: []string{
			"By July 2026, Leo will improve his handwriting so that 8 out of 10 words are legible.",
			"Jordan will increase his reading age from 8 to 10 by July 2027.",
			"Amira will cook a meal once a week.",
			"Jordan will develop his reading so that he reads 20 words independently.",
			"Leo will improve his attendance to 95% by July 2026.",
			"Within two terms, Sam will understand and follow 3-step instructions without prompts.",
			"Jordan will complete a one-week work experience placement.",
			"Mia will improve her swimming so that she swims 25 metres on her own.",
		},
	},
	{
		rule:  "M4 provision not outcome",
		fires: func(s string) bool { _, ok := receivesProvision(toks(s)); return ok },
		yes: []string{
			"Leo will have access to a lunchtime club.",
			"By December 2026, Amira will receive support from a lunchtime assistant.",
			"Jordan will be given a visual timetable.",
			"Sam will be supported to attend the breakfast club.",
			"Mia will attend weekly speech and language therapy sessions.",
			"Jordan will continue to receive 1:1 support.",
			"Leo will have 1:1 support in literacy lessons.",
			"Amira will attend sessions with the school counsellor.",
			"Sam will be provided with a laptop.",
			"WILL RECEIVE help with reading.",
			"Jordan to receive daily support with reading.",
		},
		no: []string{
			"Amira will go to the Thursday youth dance class with a friend at least 3 times a month.",
			"By July 2027, Jordan will receive his Level 1 Food Hygiene certificate.",
			"Leo will be able to receive feedback from his teacher without leaving the room.",
			"Jordan will access the community independently by bus.",
			"Sam will attend school on at least 95% of days.",
			"Mia will give a short talk to her class.",
			"Jordan will attend the Saturday football club with his cousin.",
			"I will have my own flat by the time I am 21.",
			"Jordan to have a part-time job by July 2028.",
			"By July 2027, Leo will be given a certificate for 25 metres by his swimming club.",
		},
	},
	{
		rule:  "M5 not about the person",
		fires: func(s string) bool { return !aboutPerson(toks(s)) },
		yes: []string{
			"The TA will support Jordan to read 20 words.",
			"Staff will give Leo a visual timetable by July 2026.",
			"When Leo is anxious, staff will give him a calm card.",
			"Jordan's reading age will be 10 by July 2027.",
			"Access to a lunchtime club.",
			"By July 2026, he will read 20 words.",
			"To read 20 words by July.",
			"Staff working with Jordan will use his communication book.",
		},
		no: []string{
			"By July 2026, Jordan will complete a placement.",
			"I will make my own breakfast by Easter.",
			"Leo, with his TA, will read 20 words.",
			"With help from his mum, Jordan will plan a bus journey.",
			"Mum and Jordan will cook a meal together once a week.",
			"By the end of Year 11, I'll travel to college on my own.",
			"Jordan to travel independently by bus by March 2026.",
			"Amira will tell a member of staff when she has a warning feeling.",
			"By July 2027, Jordan Ellis can read a bus timetable.",
		},
	},
	{
		rule:  "P1 vague provision",
		fires: func(s string) bool { return len(vagueWording(toks(s))) > 0 },
		yes: []string{
			"Regular opportunities to practise travelling by bus with an adult.",
			"Access to a specialist literacy programme as appropriate.",
			"Speech and language therapy up to 30 minutes a week.",
			"Small group literacy sessions 3 times a week.",
			"Staff may offer a movement break.",
			"May be reviewed termly by the class teacher.",
			"The teaching assistant should check Leo's understanding.",
			"Ongoing support from the learning mentor.",
			"Some 1:1 reading with an adult each day.",
			"Leo would benefit from a quiet space.",
			"Movement breaks where possible.",
			"Periodic review by the educational psychologist.",
			"Jordan will be encouraged to use his calm card.",
			"Up to an hour of support each week.",
			"Sessions in a small group.",
			"A high level of adult support.",
			"A degree of 1:1 at unstructured times.",
			"Movement breaks as much as possible.",
			"Regular speech and language therapy.",
			"Access to the school counsellor.",
		},
		no: []string{
			"Work-related learning sessions in a group of no more than 6 students.",
			"Social communication group work with 5 students and 1 trained teaching assistant.",
			"Literacy teaching in a small group of 5 students, 3 times a week.",
			"A small group (maximum 6 pupils) for maths.",
			"Sessions from September 2025 to May 2026.",
			"Review in May 2027 by the class teacher.",
			"Keep Amira's health care plan up to date.",
			"Sessions in a group of up to 6 students.",
			"A named adult (someone Leo knows) meets him at the gate each morning.",
			"Her regular class teacher reads the test questions aloud.",
			"Mayfield School's outreach teacher visits weekly.",
			"Leo works with May Smith, his keyworker, daily.",
			"Teaching in Mrs May's class, daily.",
			"A small group of four for phonics.",
			"Ongoing while Amira is at college.",
			"Use of the quiet room for 10 minutes after each break time.",
			"A group of no more than 5 pupils.",
			"Opportunities to use her signing with a familiar adult, three times a day for 10 minutes.",
			"Regular check-ins with his key adult: at 9am, at lunchtime and before home time each day.",
			"Access to a reader in all exams.",
		},
	},
	{
		rule:  "M4 read as a moderator (outcome facts)",
		fires: func(s string) bool { return (&textEntry{toks: toks(s)}).outcomeFacts().describesSupport },
		yes: []string{
			"two sessions of occupational therapy every week",
			"15 hours of 1:1 teaching assistant time",
			"respite care at weekends",
			"to give him access to the playground",
			"attending the youth club",
			"By July 2027, Jordan will have two sessions of occupational therapy every week.",
			"The teaching assistant will support Leo to get changed for PE.",
			"Sam to attend a social skills group once a week.",
			"Weekly swimming lessons at the leisure centre with a support worker.",
		},
		no: []string{
			"By July 2026, Amira will go to the Thursday youth dance class with a friend at least 3 times a month.",
			"By July 2027, Jordan will attend the Saturday football club with his cousin.",
			"By the end of Year 10, Mia will have friends to sit with at lunch.",
			"By the end of Year 12, Jordan will travel to his respite placement on the bus.",
			"Leo will ask a member of staff for help when he is stuck.",
			"Jordan will access the community independently by bus.",
		},
	},
	{
		rule:  "M2 read as a moderator (outcome facts)",
		fires: func(s string) bool { return !(&textEntry{toks: toks(s)}).outcomeFacts().measured },
		yes: []string{
			"to be happier",
			"to have friends",
			"to cope better with her epilepsy",
			"By July 2027, Mia will make friends.",
			"By the end of Year 9, Jordan will work towards managing his anger.",
			"By the end of Year 11, Leo will stay healthy.",
			"By Easter 2027, Sam will be ready to learn.",
			"By July 2027, Jordan will do well in his exams.",
			"By July 2026, Jordan will know his address and phone number.",
		},
		no: []string{
			"By the end of Year 6, Leo will ask a member of staff for help when he is stuck.",
			"By July 2027, Amira will read the menu and order for herself.",
			"By the end of Year 11, Mia will manage her diabetes by counting the carbohydrates in her lunch.",
			"By Easter, I will catch the bus to college with my brother.",
			"By the end of the year, Jordan will say hello to a new adult.",
			"By July 2026, Sam will stay in the classroom for the whole lesson.",
		},
	},
	{
		rule:  "P6 no content",
		fires: func(s string) bool { return contentless(toks(s)) != "" },
		yes: []string{
			"An inclusive, adapted curriculum.",
			"High quality teaching.",
			"Help with writing.",
			"Approaches to manage anxiety.",
			"School staff will put support in place.",
			"Support for Jordan's emotional wellbeing.",
			"Support.",
			"Help with dressing and toileting from trained staff.",
		},
		no: []string{
			"Access to a specialist literacy programme as appropriate.",
			"Help with writing: a writing frame and a word bank on his desk in every lesson.",
			"Pre-teaching of topic words with picture cards, 15 minutes before each science lesson.",
			"Reading and writing.",
			"Use of the quiet room for 10 minutes after each break time.",
			"1:1 support in all lessons.",
		},
	},
	{
		rule:  "P2 no frequency",
		fires: func(s string) bool { return !hasFrequency(toks(s)) },
		yes: []string{
			"Regular opportunities to practise travelling by bus with an adult.",
			"Access to a specialist literacy programme as appropriate.",
			"Speech and language therapy programme delivered by a teaching assistant.",
			"Sessions with the learning mentor when needed.",
			"A small group of 4 for literacy.",
			"A session with the school nurse.",
			"Each student in the group gets a workbook.",
			"30 minutes of reading with an adult.",
		},
		no: []string{
			"Weekly 30-minute session.",
			"Reading with an adult 3 times a week.",
			"Every morning, a check-in with his key adult.",
			"Twice weekly, 20 minutes.",
			"In every lesson, instructions given in short chunks.",
			"Daily reading with an adult.",
			"Movement breaks at break and lunch.",
			"Support on Mondays and Thursdays.",
			"Once every 4 weeks, 45 minutes.",
			"Throughout the school day, a visual timetable.",
			"6 sessions in the spring term.",
			"20 minutes per session.",
		},
	},
	{
		rule:  "P5 achievement phrasing",
		fires: func(s string) bool { _, ok := achievementWording(toks(s)); return ok },
		yes: []string{
			"Jordan will be able to ask for help.",
			"Leo will learn to take turns in the Lego club.",
			"By July, Amira will be able to cross the road safely.",
			"Sam will know how to use the bus timetable.",
			"I will learn to cook.",
			"He will be able to read 20 words.",
		},
		no: []string{
			"Weekly sessions with the therapist so that Jordan will be able to ask for help.",
			"Staff will develop a social story with Leo.",
			"The teaching assistant will teach Leo to take turns, so he will learn to wait.",
			"Direct teaching of asking for help, using scripts and role-play.",
			"Sessions to help Jordan learn to travel by bus.",
			"The therapist will be able to advise staff.",
			"A job coach will improve the café's task cards for Amira.",
		},
	},
	{
		rule:  "G8 educating therapy in G or H",
		fires: func(s string) bool { _, ok := educatingTherapy(toks(s)); return ok },
		yes: []string{
			"Physiotherapy programme to build leg strength and stamina.",
			"Speech and language therapy to develop Jordan's vocabulary.",
			"Occupational therapy to improve handwriting.",
			"SALT sessions to work on vocabulary.",
			"OT programme for fine motor skills.",
			"Physio sessions weekly at college.",
			"A programme set by the speech and language therapist.",
		},
		no: []string{
			"An individual health care plan for epilepsy.",
			"Speech and language therapy assessment of swallowing (dysphagia).",
			"Chest physiotherapy twice daily.",
			"Occupational therapy assessment for home adaptations and a hoist.",
			"A low salt diet planned by the dietitian.",
			"Medication review by the paediatrician.",
			"Short breaks at a residential centre, one weekend a month.",
		},
	},
	{
		rule:  "A1 not first person",
		fires: func(s string) bool { return !inFirstPerson(toks(s)) },
		yes: []string{
			"Leo would like to be a train driver.",
			"He likes trains and Lego.",
			"Mum says Jordan is kind and helpful.",
			"Jimmy enjoys swimming.",
			"Amira loves baking and music.",
			"Likes: trains, Minecraft, swimming.",
		},
		no: []string{
			"I like trains, Lego and swimming.",
			"i like lego",
			"My mum helps me.",
			"Give me time to answer.",
			"I’m good at maths.",
			"The blue bike is mine.",
			"Mia and I go swimming.",
		},
	},
	{
		rule:  "A2 unexplained acronym",
		fires: func(s string) bool { return len(unexplainedAcronyms(s, toks(s))) > 0 },
		yes: []string{
			"My TA helps me in class.",
			"I see the SENCO on Mondays.",
			"I have ADHD and find it hard to sit still.",
			"I go to SALT every week.",
			"I have SEMH needs.",
			"My TAs are kind.",
			"I like my SENCo.",
			"I'm in KS2.",
		},
		no: []string{
			"My SENCO (special educational needs coordinator) helps me.",
			"My special educational needs coordinator (SENCO) helps me.",
			"My teaching assistant (TA) helps me in class.",
			"I like watching TV and playing on my PS5.",
			"I love PE and IT.",
			"I LOVE trains.",
			"I have ASD (autism) and like routines.",
			"I like LEGO.",
			"I live in the UK.",
			"I add salt to my chips.",
		},
	},
}

func TestHeuristics(t *testing.T) {
	for _, h := range heuristics {
		t.Run(h.rule, func(t *testing.T) {
			if len(h.yes) < 5 || len(h.no) < 5 {
				t.Fatalf("need at least 5 texts that fire and 5 that do not; have %d and %d", len(h.yes), len(h.no))
			}
			for _, s := range h.yes {
				if !h.fires(s) {
					t.Errorf("should fire:     %q", s)
				}
			}
			for _, s := range h.no {
				if h.fires(s) {
					t.Errorf("should not fire: %q", s)
				}
			}
		})
	}
}
