package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"ehcplan/plan"
)

// fastDecode reads a stored body written by encodeBody straight into the
// plan's types, about ten times quicker than encoding/json: reading every
// plan (Each, for Insight and check --all) is mostly decoding.
//
// It accepts only what decodeBody accepts and reads it to the same plan:
// one JSON object, each key exactly a key of its type and at most once per
// object, values of the types the fields hold, nothing after the plan. On
// anything else it reports ok=false and the caller takes the strict path,
// which refuses the body with a reason (or, for JSON the store never writes
// but decodeBody takes, such as escaped characters in a key, reads it).
// Fields are written out by hand, type by type: TestFastDecodeReadsEveryField
// fills every field of every type by reflection, so a field added to the
// format and forgotten here fails it.
func fastDecode(body string) (p *plan.Plan, ok bool) {
	// Every string of the plan without escapes is a piece of the body: no
	// allocation for them, not one per string (a plan holds hundreds).
	d := &decoder{data: bytesOf(body), text: body}
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(notFast); !bad {
				panic(r)
			}
			p, ok = nil, false
		}
	}()
	p = new(plan.Plan)
	d.plan(p)
	if d.space(); d.i != len(d.data) {
		return nil, false // more after the plan
	}
	return p, true
}

// notFast is the panic that ends a fast decode: the body is left to the
// strict path.
type notFast struct{}

type decoder struct {
	data []byte
	text string // data as a string
	i    int
	keys [][]byte // the keys of every object open, innermost last
}

func (d *decoder) fail() { panic(notFast{}) }

func (d *decoder) space() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\n', '\r', '\t':
			d.i++
		default:
			return
		}
	}
}

// next returns the next byte that is not white space, without taking it.
func (d *decoder) next() byte {
	if d.space(); d.i >= len(d.data) {
		d.fail()
	}
	return d.data[d.i]
}

func (d *decoder) take(c byte) {
	if d.next() != c {
		d.fail()
	}
	d.i++
}

// null takes a null if one comes next.
func (d *decoder) null() bool {
	if d.next() == 'n' && bytes.HasPrefix(d.data[d.i:], []byte("null")) {
		d.i += 4
		return true
	}
	return false
}

// object reads an object, calling field with each key (its raw bytes)
// when the value is next. A key twice in one object is refused.
func (d *decoder) object(field func(key []byte)) {
	d.take('{')
	if d.next() == '}' {
		d.i++
		return
	}
	open := len(d.keys)
	for {
		key := d.rawString()
		for _, k := range d.keys[open:] {
			if bytes.Equal(k, key) {
				d.fail()
			}
		}
		d.keys = append(d.keys, key)
		d.take(':')
		field(key)
		if d.next() == ',' {
			d.i++
			continue
		}
		d.take('}')
		d.keys = d.keys[:open]
		return
	}
}

// array reads an array, calling item before each value, and reports
// whether it was null.
func (d *decoder) array(item func()) (null bool) {
	if d.null() {
		return true
	}
	d.take('[')
	if d.next() == ']' {
		d.i++
		return false
	}
	for {
		item()
		if d.next() == ',' {
			d.i++
			continue
		}
		d.take(']')
		return false
	}
}

// list reads an array into a slice: nil for null, empty for [], as
// encoding/json does.
func list[T any](d *decoder, one func(*T)) []T {
	out := []T{}
	if d.array(func() {
		out = append(out, *new(T))
		one(&out[len(out)-1])
	}) {
		return nil
	}
	return out
}

// rawString reads a string and returns its bytes between the quotes,
// escapes and all.
func (d *decoder) rawString() []byte {
	raw, _, _ := d.stringBytes()
	return raw
}

// stringBytes reads a string and returns its bytes between the quotes,
// whether it has no escapes, and whether it is all ASCII. Most strings
// have no escapes: their end is found with the library's fast byte search
// and they are checked eight bytes at a time.
func (d *decoder) stringBytes() (raw []byte, plain, ascii bool) {
	d.take('"')
	start := d.i
	if end := bytes.IndexByte(d.data[start:], '"'); end >= 0 {
		raw = d.data[start : start+end]
		switch control, escape, high := scanText(raw); {
		case control:
			d.fail() // a control character: not JSON
		case !escape:
			d.i = start + end + 1
			return raw, true, !high
		}
	}
	for d.i < len(d.data) {
		switch c := d.data[d.i]; {
		case c == '"':
			d.i++
			return d.data[start : d.i-1], false, false
		case c == '\\':
			d.i += 2
		case c < 0x20:
			d.fail()
		default:
			d.i++
		}
	}
	d.fail()
	return nil, false, false
}

// scanText reports whether b holds a byte below 0x20 (which JSON text must
// escape), a backslash, and a byte of 0x80 or more (not ASCII).
func scanText(b []byte) (control, escape, high bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var hi uint64
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		hi |= w
		// (x - ones) &^ x & highs is not 0 exactly when a byte of x is 0.
		if (w-0x20*ones)&^w&highs != 0 {
			return true, false, false
		}
		if x := w ^ '\\'*ones; (x-ones)&^x&highs != 0 {
			escape = true
		}
		b = b[8:]
	}
	for _, c := range b {
		switch {
		case c < 0x20:
			return true, false, false
		case c == '\\':
			escape = true
		}
		hi |= uint64(c)
	}
	return false, escape, hi&highs != 0
}

// str reads a string; null reads as "", as encoding/json leaves the field.
func (d *decoder) str() string {
	if d.null() {
		return ""
	}
	start := d.i
	if raw, plain, ascii := d.stringBytes(); plain && (ascii || utf8.Valid(raw)) {
		return d.text[start+1 : d.i-1]
	}
	var s string // escapes, or bytes encoding/json replaces: its own rules
	if err := json.Unmarshal(d.data[start:d.i], &s); err != nil {
		d.fail()
	}
	return s
}

func (d *decoder) strings() []string {
	return list(d, func(s *string) { *s = d.str() })
}

// number returns the bytes of a JSON number.
func (d *decoder) number() []byte {
	d.next()
	start := d.i
	digits := func() int {
		n := 0
		for d.i < len(d.data) && '0' <= d.data[d.i] && d.data[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.i < len(d.data) && d.data[d.i] == '-' {
		d.i++
	}
	if n := digits(); n == 0 || n > 1 && d.data[start] == '0' || n > 1 && d.data[start] == '-' && d.data[start+1] == '0' {
		d.fail()
	}
	if d.i < len(d.data) && d.data[d.i] == '.' {
		d.i++
		if digits() == 0 {
			d.fail()
		}
	}
	if d.i < len(d.data) && (d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		d.i++
		if d.i < len(d.data) && (d.data[d.i] == '+' || d.data[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			d.fail()
		}
	}
	return d.data[start:d.i]
}

func (d *decoder) integer() int {
	if d.null() {
		return 0
	}
	n, err := strconv.ParseInt(string(d.number()), 10, 64)
	if err != nil {
		d.fail()
	}
	return int(n)
}

func (d *decoder) float() float64 {
	if d.null() {
		return 0
	}
	f, err := strconv.ParseFloat(string(d.number()), 64)
	if err != nil {
		d.fail()
	}
	return f
}

func (d *decoder) boolean() bool {
	switch {
	case d.null():
		return false
	case bytes.HasPrefix(d.data[d.i:], []byte("true")):
		d.i += 4
		return true
	case bytes.HasPrefix(d.data[d.i:], []byte("false")):
		d.i += 5
		return false
	}
	d.fail()
	return false
}

func (d *decoder) intPointer() *int {
	if d.null() {
		return nil
	}
	n := d.integer()
	return &n
}

func (d *decoder) boolPointer() *bool {
	if d.null() {
		return nil
	}
	b := d.boolean()
	return &b
}

// date reads a date as plan.Date's UnmarshalJSON does.
func (d *decoder) date() plan.Date {
	if d.null() {
		return plan.Date{}
	}
	if d.next() != '"' {
		d.fail()
	}
	s := d.str()
	if s == "" {
		return plan.Date{}
	}
	date, err := plan.ParseDate(s)
	if err != nil {
		d.fail()
	}
	return date
}

// skip reads any JSON value and returns its bytes.
func (d *decoder) skip() []byte {
	d.next()
	start := d.i
	switch d.data[d.i] {
	case '{':
		d.take('{')
		if d.next() == '}' {
			d.i++
			break
		}
		for {
			if d.next() != '"' {
				d.fail()
			}
			d.str() // (checks the key's escapes as encoding/json does)
			d.take(':')
			d.skip()
			if d.next() == ',' {
				d.i++
				continue
			}
			d.take('}')
			break
		}
	case '[':
		d.array(func() { d.skip() })
	case '"':
		d.str()
	case 't', 'f':
		d.boolean()
	case 'n':
		if !d.null() {
			d.fail()
		}
	default:
		d.number()
	}
	return d.data[start:d.i]
}

// raw reads Extra: its bytes as written (encoding/json copies them), nil
// for null (as decodeBody leaves it).
func (d *decoder) raw() json.RawMessage {
	if d.null() {
		return nil
	}
	return bytes.Clone(d.skip())
}

func (d *decoder) notes() map[string]string {
	if d.null() {
		return nil
	}
	m := map[string]string{}
	d.object(func(key []byte) {
		k := string(key)
		if bytes.IndexByte(key, '\\') >= 0 || !utf8.Valid(key) {
			d.fail() // encoding/json's rules for such keys: the strict path
		}
		m[k] = d.str()
	})
	return m
}

func (d *decoder) plan(p *plan.Plan) {
	d.object(func(key []byte) {
		switch string(key) {
		case "format":
			p.Format = d.str()
		case "id":
			p.ID = d.str()
		case "version":
			p.Version = d.integer()
		case "status":
			p.Status = plan.Status(d.str())
		case "local_authority":
			p.LocalAuthority = d.str()
		case "caseworker":
			p.Caseworker = d.str()
		case "dates":
			d.dates(&p.Dates)
		case "person":
			d.person(&p.Person)
		case "section_a":
			d.sectionA(&p.SectionA)
		case "areas":
			p.Areas = list(d, d.area)
		case "section_notes":
			p.SectionNotes = d.notes()
		case "placement":
			d.structure(func(key []byte) {
				switch string(key) {
				case "name":
					p.Placement.Name = d.str()
				case "type":
					p.Placement.Type = d.str()
				default:
					d.fail()
				}
			})
		case "personal_budget":
			d.budget(&p.PersonalBudget)
		case "advice":
			p.Advice = list(d, d.advice)
		case "reviews":
			p.Reviews = list(d, d.review)
		case "destination":
			d.structure(func(key []byte) {
				switch string(key) {
				case "current":
					p.Destination.Current = plan.DestinationKind(d.str())
				case "planned":
					p.Destination.Planned = plan.DestinationKind(d.str())
				default:
					d.fail()
				}
			})
		case "officer":
			d.structure(func(key []byte) {
				switch string(key) {
				case "name":
					p.Officer.Name = d.str()
				case "role":
					p.Officer.Role = d.str()
				case "signed":
					p.Officer.Signed = d.date()
				default:
					d.fail()
				}
			})
		case "extra":
			p.Extra = d.raw()
		default:
			d.fail()
		}
	})
}

// structure reads an object into a struct, or takes null (which leaves a
// struct as it is, in encoding/json).
func (d *decoder) structure(field func(key []byte)) {
	if !d.null() {
		d.object(field)
	}
}

func (d *decoder) dates(x *plan.Dates) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "request":
			x.Request = d.date()
		case "issued":
			x.Issued = d.date()
		case "last_review":
			x.LastReview = d.date()
		case "next_review":
			x.NextReview = d.date()
		default:
			d.fail()
		}
	})
}

func (d *decoder) person(x *plan.Person) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "name":
			x.Name = d.str()
		case "preferred_name":
			x.PreferredName = d.str()
		case "date_of_birth":
			x.DateOfBirth = d.date()
		case "setting":
			x.Setting = d.str()
		case "year_group":
			x.YearGroup = d.intPointer()
		case "home_language":
			x.HomeLanguage = d.str()
		case "communication":
			x.Communication = d.str()
		case "address":
			x.Address = d.str()
		case "sex":
			x.Sex = d.str()
		case "ethnicity":
			x.Ethnicity = d.str()
		case "nhs_number":
			x.NHSNumber = d.str()
		case "upn":
			x.UPN = d.str()
		case "looked_after":
			x.LookedAfter = d.boolPointer()
		case "own_decisions":
			x.OwnDecisions = d.boolPointer()
		case "contacts":
			x.Contacts = list(d, d.contact)
		case "professionals":
			x.Professionals = list(d, d.professional)
		default:
			d.fail()
		}
	})
}

func (d *decoder) contact(x *plan.Contact) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "name":
			x.Name = d.str()
		case "relationship":
			x.Relationship = d.str()
		case "parental_responsibility":
			x.ParentalResponsibility = d.boolean()
		case "phone":
			x.Phone = d.str()
		case "email":
			x.Email = d.str()
		case "address":
			x.Address = d.str()
		case "main":
			x.Main = d.boolean()
		default:
			d.fail()
		}
	})
}

func (d *decoder) professional(x *plan.Professional) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "name":
			x.Name = d.str()
		case "role":
			x.Role = d.str()
		case "service":
			x.Service = d.str()
		case "phone":
			x.Phone = d.str()
		case "email":
			x.Email = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) sectionA(x *plan.SectionA) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "headings":
			x.Headings = list(d, func(h *plan.Heading) {
				d.structure(func(key []byte) {
					switch string(key) {
					case "key":
						h.Key = d.str()
					case "title":
						h.Title = d.str()
					case "text":
						h.Text = d.str()
					default:
						d.fail()
					}
				})
			})
		case "aspirations":
			x.Aspirations = list(d, func(a *plan.Aspiration) {
				d.structure(func(key []byte) {
					switch string(key) {
					case "id":
						a.ID = d.str()
					case "area":
						a.Area = d.str()
					case "text":
						a.Text = d.str()
					default:
						d.fail()
					}
				})
			})
		case "family_views":
			x.FamilyViews = d.str()
		case "how_involved":
			x.HowInvolved = d.str()
		case "history":
			x.History = d.str()
		case "profile":
			d.structure(func(key []byte) {
				switch string(key) {
				case "admire":
					x.Profile.Admire = d.str()
				case "important":
					x.Profile.Important = d.str()
				case "support":
					x.Profile.Support = d.str()
				default:
					d.fail()
				}
			})
		case "said":
			x.Said = list(d, func(s *plan.Said) {
				d.structure(func(key []byte) {
					switch string(key) {
					case "heading":
						s.Heading = d.str()
					case "who":
						s.Who = plan.Speaker(d.str())
					case "text":
						s.Text = d.str()
					default:
						d.fail()
					}
				})
			})
		default:
			d.fail()
		}
	})
}

func (d *decoder) area(x *plan.Area) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "key":
			x.Key = d.str()
		case "title":
			x.Title = d.str()
		case "note":
			x.Note = d.str()
		case "needs":
			x.Needs = list(d, d.need)
		case "aims":
			x.Aims = list(d, d.aim)
		case "outcomes":
			x.Outcomes = list(d, d.outcome)
		case "provision":
			x.Provision = list(d, d.provision)
		default:
			d.fail()
		}
	})
}

func (d *decoder) need(x *plan.Need) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "id":
			x.ID = d.str()
		case "section":
			x.Section = plan.NeedSection(d.str())
		case "category":
			x.Category = d.str()
		case "text":
			x.Text = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) aim(x *plan.Aim) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "id":
			x.ID = d.str()
		case "text":
			x.Text = d.str()
		case "by":
			x.By = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) outcome(x *plan.Outcome) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "id":
			x.ID = d.str()
		case "text":
			x.Text = d.str()
		case "by":
			x.By = d.str()
		case "measure":
			x.Measure = d.str()
		case "aspirations":
			x.Aspirations = d.strings()
		case "needs":
			x.Needs = d.strings()
		case "aim":
			x.Aim = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) provision(x *plan.Provision) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "id":
			x.ID = d.str()
		case "section":
			x.Section = plan.ProvisionSection(d.str())
		case "text":
			x.Text = d.str()
		case "who":
			x.Who = d.str()
		case "how_often":
			x.HowOften = d.str()
		case "duration":
			x.Duration = d.str()
		case "outcomes":
			x.Outcomes = d.strings()
		case "needs":
			x.Needs = d.strings()
		case "commissioner":
			x.Commissioner = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) budget(x *plan.PersonalBudget) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "arrangement":
			x.Arrangement = plan.Arrangement(d.str())
		case "amount_gbp":
			x.AmountGBP = d.float()
		case "provision":
			x.Provision = d.strings()
		case "notes":
			x.Notes = d.str()
		default:
			d.fail()
		}
	})
}

func (d *decoder) advice(x *plan.Advice) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "title":
			x.Title = d.str()
		case "author":
			x.Author = d.str()
		case "role":
			x.Role = d.str()
		case "date":
			x.Date = d.date()
		case "kind":
			x.Kind = plan.AdviceKind(d.str())
		default:
			d.fail()
		}
	})
}

func (d *decoder) review(x *plan.Review) {
	d.structure(func(key []byte) {
		switch string(key) {
		case "date":
			x.Date = d.date()
		case "attendees":
			x.Attendees = d.strings()
		case "working":
			x.Working = d.strings()
		case "not_working":
			x.NotWorking = d.strings()
		case "future":
			x.Future = d.strings()
		case "progress":
			x.Progress = list(d, func(g *plan.Progress) {
				d.structure(func(key []byte) {
					switch string(key) {
					case "outcome":
						g.Outcome = d.str()
					case "status":
						g.Status = plan.ProgressStatus(d.str())
					case "note":
						g.Note = d.str()
					default:
						d.fail()
					}
				})
			})
		case "recommendation":
			x.Recommendation = plan.Recommendation(d.str())
		case "invited":
			x.Invited = d.date()
		case "report_sent":
			x.ReportSent = d.date()
		case "decision":
			x.Decision = plan.Recommendation(d.str())
		case "decision_date":
			x.DecisionDate = d.date()
		case "amendment_sent":
			x.AmendmentSent = d.date()
		case "views":
			x.Views = list(d, func(v *plan.View) {
				d.structure(func(key []byte) {
					switch string(key) {
					case "who":
						v.Who = plan.Speaker(d.str())
					case "kind":
						v.Kind = plan.ViewKind(d.str())
					case "text":
						v.Text = d.str()
					case "top":
						v.Top = d.boolean()
					default:
						d.fail()
					}
				})
			})
		default:
			d.fail()
		}
	})
}
