package demo

import (
	"math/rand/v2"
	"strings"

	"ehcplan/plan"
)

// addYoungWords gives two plans in three (the first two of every three) a
// one-page profile and some words said in a meeting, so the young person's
// papers (the profile and the plan in easy words) have something to print
// on a fresh install. It draws from its own generator, seeded by the
// plan's seed and place, so the rest of every plan stays exactly as it was
// before profiles existed.
func addYoungWords(p *plan.Plan, seed int64, i int) {
	if i%3 == 2 {
		return
	}
	r := rand.New(rand.NewPCG(uint64(seed)*0x9e3779b97f4a7c15+uint64(i), 0x7a1c))
	name := p.DisplayName()
	pick := func(list []string) string {
		return strings.ReplaceAll(list[r.IntN(len(list))], "{name}", name)
	}
	p.SectionA.Profile = plan.Profile{
		Admire:    pick(profileAdmire),
		Important: pick(profileImportant),
		Support:   pick(profileSupport),
	}
	p.SectionA.Said = append(p.SectionA.Said,
		plan.Said{Heading: "dreams", Who: "young_person", Text: pick(saidDreams)},
		plan.Said{Heading: "aspiration", Who: "young_person", Text: pick(saidWants)},
		plan.Said{Heading: "about", Who: "family", Text: pick(saidFamily)})
}

var (
	profileAdmire = []string{
		"People say I am kind and funny. I am good with animals. My friends say I always share.",
		"I am a hard worker when I know what is happening. My teachers like my drawings. I make people laugh.",
		"I am helpful and I remember everyone's birthday. My nan says I give the best hugs.",
	}
	profileImportant = []string{
		"My family and my dog.\nFootball on Saturdays.\nKnowing what is happening next.",
		"Seeing my friends at lunch. Music in my headphones when it is loud. Chips on Fridays.",
		"My gran. Swimming on Wednesdays. Having a quiet place to go when I feel cross.",
	}
	profileSupport = []string{
		"Tell me what is going to happen before it happens. Give me time to answer. Ask me one thing at a time.",
		"Show me pictures as well as words. If I go quiet, give me five minutes on my own, then check on me.",
		"Talk to me calmly and use my name. Let me try first, then help me if I ask.",
	}
	saidDreams = []string{
		"I want to look after animals when I am older.",
		"I want to be a chef and cook for lots of people.",
		"I would like to work in a shop and have my own money.",
	}
	saidWants = []string{
		"I want to go to college on the bus by myself.",
		"I want to have friends to go to the cinema with.",
		"I want to learn to cook my favourite tea.",
	}
	saidFamily = []string{
		"We are proud of how hard {name} tries.",
		"{name} is happiest outdoors, with the dog.",
	}
)
