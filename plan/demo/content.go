package demo

import "ehcplan/plan"

// areaContent holds the pieces one PfA area's demo items are made of. In
// every text, {name} is replaced by the young person's preferred name.
type areaContent struct {
	aspirations []string
	needs       []needText
	aims        []string
	outcomes    []outcomeText
	provision   []provisionText
}

type needText struct {
	section  plan.NeedSection
	category string
	text     string
}

type outcomeText struct{ text, measure string }

type provisionText struct {
	section                     plan.ProvisionSection
	text, who, howOften, length string
}

var content = map[string]areaContent{
	plan.AreaEmployment: {
		aspirations: []string{"I want to work with animals.", "I want to be a train driver.", "I want to work in a café.", "I want to go to college to study art.", "I want to fix cars like my uncle."},
		needs: []needText{
			{plan.SectionB, plan.CategoryCognition, "{name} reads at about the level expected of a child three years younger and finds long written instructions hard to follow."},
			{plan.SectionB, plan.CategoryCommunication, "{name} finds it hard to ask adults for help, especially adults {name} does not know."},
			{plan.SectionB, plan.CategorySEMH, "{name} becomes anxious in busy, noisy rooms and may leave without saying why."},
			{plan.SectionB, plan.CategorySensory, "{name} has a hearing impairment and uses hearing aids in both ears."},
		},
		aims: []string{"{name} will have a paid job or a supported internship.", "{name} will go to college to follow an interest."},
		outcomes: []outcomeText{
			{"By July, {name} will read and follow a five-step picture task list with no more than one prompt per task.", "Teaching assistant's weekly record of prompts"},
			{"By the end of the school year, {name} will ask an unfamiliar adult for help in 4 out of 5 observed situations.", "Tutor's observation log, checked half-termly"},
			{"Within two terms, {name} will complete a one-week work experience placement and arrive on time every day.", "Placement supervisor's attendance record"},
			{"{name} will improve reading.", ""},
		},
		provision: []provisionText{
			{plan.SectionF, "Reading intervention in a group of no more than 4 pupils, using a structured phonics programme.", "Specialist teacher (dyslexia)", "3 times a week, 30 minutes", "Until July 2027"},
			{plan.SectionF, "Direct teaching of asking for help, using scripts and role-play.", "Speech and language therapist (HCPC registered) to plan; teaching assistant to deliver", "Twice weekly, 20 minutes", "Two terms, reviewed termly"},
			{plan.SectionF, "Access to a quiet room as needed.", "", "", ""},
			{plan.SectionF, "Radio aid set up and checked at the start of each lesson.", "Qualified teacher of the deaf", "Daily check; half-termly visit", "Until the next annual review"},
		},
	},
	plan.AreaIndependentLiving: {
		aspirations: []string{"I want to have my own flat one day.", "I want to travel to college on my own.", "I want to cook my favourite meal, spaghetti.", "I want to choose my own clothes and get ready by myself."},
		needs: []needText{
			{plan.SectionB, plan.CategorySEMH, "{name} becomes very anxious when plans change without warning."},
			{plan.SectionC, "", "{name} has epilepsy, controlled by medication, and needs a care plan for seizures."},
			{plan.SectionD, "", "{name}'s family need short breaks so that {name} can take part in activities away from home."},
			{plan.SectionB, plan.CategorySensory, "{name} has weak fine-motor skills and finds buttons, zips and cutlery hard."},
		},
		aims: []string{"{name} will live in a home of their choice with the support they need.", "{name} will travel independently in the local area."},
		outcomes: []outcomeText{
			{"By March, {name} will travel independently by bus from home to school on 3 days a week.", "Travel log signed by family and school"},
			{"By the end of Year 11, {name} will make a simple hot meal at home with no more than two verbal prompts.", "Home-school diary, weekly"},
			{"Within one term, {name} will dress independently for PE in under 10 minutes.", "PE teacher's record"},
			{"{name} will be supported to attend sessions on independence.", ""},
		},
		provision: []provisionText{
			{plan.SectionF, "Independent travel training on the route from home to school.", "Independent travel trainer", "Twice a week, 1 hour", "Until March 2027"},
			{plan.SectionG, "Seizure care plan reviewed and staff trained to give emergency medication.", "Epilepsy specialist nurse", "Termly review; training yearly", "Ongoing while at school"},
			{plan.SectionH1, "Short breaks at a local youth scheme, with a support worker.", "Northbridge short breaks service", "One evening a week, 3 hours", "Until the next annual review"},
			{plan.SectionG, "Occupational therapy programme for fine-motor skills, delivered in class.", "Occupational therapist (HCPC registered)", "Weekly, 30 minutes", "Two terms"},
			{plan.SectionF, "Regular opportunities to practise cooking.", "Food technology teacher", "", ""},
		},
	},
	plan.AreaCommunity: {
		aspirations: []string{"I want to go to football matches with my friends.", "I want to be invited to a friend's birthday party.", "I want to join a drama club.", "I want to volunteer at the animal shelter."},
		needs: []needText{
			{plan.SectionB, plan.CategoryCommunication, "{name} finds it hard to join in conversations with people of the same age."},
			{plan.SectionB, plan.CategorySEMH, "{name} has found it hard to make and keep friends since moving school."},
			{plan.SectionD, "", "{name} needs an adult with them to take part in clubs outside school."},
		},
		aims: []string{"{name} will have friends to spend free time with.", "{name} will take part in a club or group in the community."},
		outcomes: []outcomeText{
			{"By the end of the spring term, {name} will join a lunchtime club and take part in at least 3 sessions out of 4.", "Club leader's register"},
			{"By July, {name} will start and keep up a conversation with a classmate for 2 minutes, without adult prompts, in 3 out of 4 observations.", "Observations by the speech and language therapist"},
			{"{name} will develop social skills.", ""},
		},
		provision: []provisionText{
			{plan.SectionF, "Social communication group with 5 students, following a structured programme.", "Speech and language therapist (HCPC registered)", "Weekly, 45 minutes", "Until July 2027"},
			{plan.SectionH2, "Support worker to go with {name} to a community club.", "Northbridge community support team", "Every Saturday, 2 hours", "Until the next annual review"},
			{plan.SectionF, "Small group social skills sessions where possible.", "Teaching assistant", "", ""},
		},
	},
	plan.AreaHealth: {
		aspirations: []string{"I want to be fit enough to play football every week.", "I want to sleep better.", "I want to go to the doctor on my own."},
		needs: []needText{
			{plan.SectionC, "", "{name} has asthma and needs an inhaler before exercise."},
			{plan.SectionC, "", "{name} finds it hard to sleep, which affects concentration at school."},
			{plan.SectionB, plan.CategorySEMH, "{name} finds it hard to say how they are feeling when worried."},
		},
		aims: []string{"{name} will look after their own health with the support they choose."},
		outcomes: []outcomeText{
			{"By July, {name} will use an inhaler independently before PE, every lesson.", "PE teacher's checklist"},
			{"Within one term, {name} will use a feelings scale to tell an adult how they feel, at least once a day.", "Key adult's daily record"},
			{"By the next annual review, {name} will book and attend a GP appointment with a family member in the waiting room.", "Family's report at the review"},
		},
		provision: []provisionText{
			{plan.SectionG, "Asthma care plan held in school; inhaler technique checked.", "School nurse", "Termly", "Until the next annual review"},
			{plan.SectionF, "Daily check-in with a named adult using a feelings scale.", "Key adult (teaching assistant)", "Daily, 10 minutes", "Until July 2027"},
			{plan.SectionG, "Sleep clinic assessment and advice to the family.", "Paediatrician", "Initial appointment, then every 6 months", "One year"},
		},
	},
}

var headingTexts = map[string][]string{
	"dreams":    {"I want a job I enjoy and a home of my own one day.", "I want to work with animals and live near my family.", "I would like to go to college and then get a job.", "{name} would like to drive trains."},
	"interests": {"I like drawing, football and playing games with my cousins.", "I love music, cooking with my gran and swimming.", "I like Lego, trains and watching films.", "I enjoy dancing and looking after our dog."},
	"strengths": {"I am kind and I work hard when I know what is happening next.", "I remember lots of facts and I am good at building things.", "My family say I am funny and I help my little brother.", "I am good at art and I never give up."},
	"about":     {"I live with my mum, my sister and two rabbits.", "I live with my dad and my brother, and I see my mum at weekends.", "I live with my grandparents. My TA helps me in class.", "I live with my mum and dad and we speak two languages at home."},
}
