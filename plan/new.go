package plan

import (
	"encoding/json"

	"github.com/google/uuid"
)

// DefaultHeadings are the young person's Section A headings used unless a
// local authority sets its own.
var DefaultHeadings = []Heading{
	{Key: "dreams", Title: "What I want to achieve in my life – my dreams and wishes"},
	{Key: "interests", Title: "My interests and what I like to do"},
	{Key: "strengths", Title: "What are my strengths?"},
	{Key: "about", Title: "A bit about me and my family"},
}

// DefaultAreas are the four Preparing for Adulthood areas, in print order.
var DefaultAreas = []Area{
	{Key: AreaEmployment, Title: "Employment and education"},
	{Key: AreaIndependentLiving, Title: "Independent living"},
	{Key: AreaCommunity, Title: "Friends, relationships and community"},
	{Key: AreaHealth, Title: "Good health"},
}

// New returns an empty draft plan (version 1) with a fresh ID, the default
// Section A headings and the four PfA areas.
func New(name string) *Plan {
	p := &Plan{
		Format:       FormatID,
		ID:           uuid.NewString(),
		Version:      1,
		Status:       StatusDraft,
		Person:       Person{Name: name},
		SectionNotes: map[string]string{},
		Extra:        json.RawMessage("{}"),
		PersonalBudget: PersonalBudget{
			Arrangement: ArrangementNone,
		},
	}
	p.SectionA.Headings = append([]Heading(nil), DefaultHeadings...)
	for _, a := range DefaultAreas {
		p.Areas = append(p.Areas, Area{Key: a.Key, Title: a.Title})
	}
	return p
}

// AreaTitle returns the printed title of an area key, or the key itself.
func (p *Plan) AreaTitle(key string) string {
	for _, a := range p.Areas {
		if a.Key == key {
			return a.Title
		}
	}
	for _, a := range DefaultAreas {
		if a.Key == key {
			return a.Title
		}
	}
	return key
}

// DisplayName is the name to call the young person by in messages.
func (p *Plan) DisplayName() string {
	if p.Person.PreferredName != "" {
		return p.Person.PreferredName
	}
	return p.Person.Name
}

// Clone returns a deep copy of the plan, made through its own JSON form
// (lossless by contract) without import's checks, so it works on a plan
// that is half-way through an edit.
func (p *Plan) Clone() *Plan {
	data, err := json.Marshal(p)
	if err != nil {
		panic("clone plan: " + err.Error()) // only unmarshalable Extra could do this
	}
	var c Plan
	if err := json.Unmarshal(data, &c); err != nil {
		panic("clone plan: " + err.Error())
	}
	return &c
}
