package check

// Does a provision say what will be done (P6)? "Help with writing",
// "approaches to manage anxiety", "an inclusive, adapted curriculum" and
// "school staff will put support in place" name a need and promise support,
// but a tribunal could not say what the child is owed. A moderator asks:
// take away the words that only say there will be support, who gives it,
// what it is about and how good it will be; is anything left that says
// what will be done, with what, or how? A programme, a resource, a way of
// teaching, a place, an action by staff ("pre-teach", "model", "read
// aloud") is content; a number alone is not.

// genericWords say only that there will be support, by whom, about what,
// or how good it will be. A provision made of nothing else is P6.
var genericWords = wordSet(
	// joining words
	"a an the and or of to for with in on at from by as if when where who which that this these " +
		"their his her its my our your them him she he they it is are be been being will would can could " +
		"all any each every other others some more most much many both through into within throughout " +
		"across around about so such also what how her's " +
		// who gives it
		"staff school school's college setting adults adult teacher teachers class professionals professional " +
		"team sen send senco department service services agency multi workers pupils pupil children " +
		// saying there will be support
		"support supports supported supporting help helps helped helping assistance guidance input provision " +
		"provide provided providing offer offered put place placed meet meets met use used using work working " +
		"works plan planned planning given give ensure ensured make sure available receive access " +
		"strategies strategy approaches approach interventions intervention techniques technique activities " +
		"activity programme programmes program resources tools ideas methods range variety adjustments " +
		"adjustment tasks opportunities opportunity " +
		// how good it will be
		"inclusive adapted differentiated broad balanced personalised personalized individualised " +
		"individualized appropriate suitable relevant necessary additional extra targeted specialist " +
		"specialised specific high quality first good calm nurturing structured supportive safe secure " +
		"consistent usual normal full whole reasonable general universal positive recommended tailored " +
		"flexible holistic therapeutic enhanced required needed possible as " +
		// what it is about
		"environment classroom curriculum teaching learning lessons lesson day areas aspects life needs need " +
		"wellbeing well being writing reading literacy numeracy maths spelling speech language communication " +
		"social skills skill emotions emotional anxiety anxious behaviour concentration attention independence " +
		"independent friendships friends transitions transition personal care self travelling travel " +
		"organisation confidence sensory fine motor mental health daily living community home adulthood " +
		"regulation regulate manage managing develop developing build building improve improving understand " +
		"understands aware awareness feel feels physical prepare preparing progress difficulties difficulty " +
		"dressing toileting eating feeding washing hygiene mobility handwriting homework money sleep trained")

// topicWords before "programme" name the kind of programme.
var topicWords = wordSet("literacy numeracy maths phonics reading spelling writing handwriting speech language " +
	"communication motor sensory")

// staffRatio names how many adults are with the young person: content.
var staffRatio = compilePhrases("# : #", "one to one")

// supportHeads are what a contentless provision promises. One of them must
// be there: a text of only topic words ("Reading.") is not provision at all.
var supportHeads = wordSet("support supports supported help helps helped helping assistance guidance " +
	"provision strategies strategy approaches approach interventions intervention techniques activities " +
	"programme programmes program curriculum teaching environment classroom adjustments plan work supported")

// contentless returns the words that led to P6 when a provision says no
// content, or "".
func contentless(toks []token) string {
	if staffRatio.has(toks) {
		return "" // "1:1 support in all lessons" says who is with the young person
	}
	head := false
	for i, t := range toks {
		switch {
		case t.w() == "programme" && i > 0 && topicWords[toks[i-1].w()]:
			return "" // a kind of programme named: "a specialist literacy programme"
		case t.kind == tokPunct, t.cls&(clsName|clsNamePoss) != 0:
		case t.kind == tokNum:
			// a number says how much, not what
		case genericWords[t.w()]:
			head = head || supportHeads[t.w()]
		default:
			return ""
		}
	}
	if !head {
		return ""
	}
	return words(toks)
}
