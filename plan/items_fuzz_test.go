package plan

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Every plan the app can save must export to a file that imports again
// (PLAN-FORMAT.md). FuzzEditedPlanRoundTrips builds plans the way the editor
// does (app/editor: the same appends, selects, link toggles, deletes and
// renames, with any text, blank and extreme dates, links to missing IDs)
// from a tape of bytes, then asserts Export -> Import succeeds and gives
// back the same plan. TestEditedPlansRoundTrip runs it on random tapes.
func FuzzEditedPlanRoundTrips(f *testing.F) {
	starts := editStarts(f)
	f.Add([]byte{})
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Add([]byte("\x01\x03\x05\x07\x09\x0b\x0d\x0f\x11\x13\x15\x17\x19\x1b\x1d\x1f!#%')+-/13579"))
	f.Add([]byte{2, 3, 1, 4, 1, 2, 2, 0}) // a need, moved to Section B from C
	f.Fuzz(func(t *testing.T, data []byte) {
		editAndRoundTrip(t, starts, &tape{data})
	})
}

func TestEditedPlansRoundTrip(t *testing.T) {
	starts := editStarts(t)
	r := rand.New(rand.NewPCG(9, 26))
	for i := range 300 {
		data := make([]byte, 20+r.IntN(600))
		for j := range data {
			data[j] = byte(r.Uint32())
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) { editAndRoundTrip(t, starts, &tape{data}) })
	}
}

// editStarts are the plans an edit can start from: a new plan, each
// fixture, and an imported plan with a Section C need whose category is in
// the author's own words (allowed for C and D).
func editStarts(tb testing.TB) [][]byte {
	var starts [][]byte
	for _, path := range fixturePaths(tb) {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		starts = append(starts, data)
	}
	own := strings.Replace(base, `"section":"B","category":"semh"`, `"section":"C","category":"hearing"`, 1)
	return append(starts, []byte(own))
}

func editAndRoundTrip(t *testing.T, starts [][]byte, tp *tape) {
	var p *Plan
	if i := tp.n(len(starts) + 1); i == len(starts) {
		p = New(tp.text())
	} else {
		var err error
		if p, err = Decode(starts[i]); err != nil {
			t.Fatal(err)
		}
	}
	var done []string
	for steps := 0; len(tp.b) > 0 && steps < 200; steps++ {
		op := editOps[tp.n(len(editOps))]
		done = append(done, op.name)
		op.do(p, tp)
	}
	out, err := Encode(p)
	if err != nil {
		t.Fatalf("export failed: %v\nafter %v", err, done)
	}
	back, err := Decode(out)
	if err != nil {
		t.Fatalf("the export does not import again: %v\nafter %v", err, done)
	}
	if !reflect.DeepEqual(p, back) {
		t.Fatalf("export -> import changed the plan:\n%s\nafter %v", out, done)
	}
}

// tape hands out the fuzzer's bytes as choices; an empty tape gives zeros.
type tape struct{ b []byte }

func (t *tape) byte() byte {
	if len(t.b) == 0 {
		return 0
	}
	c := t.b[0]
	t.b = t.b[1:]
	return c
}

// n returns a choice in [0, k).
func (t *tape) n(k int) int {
	if k <= 0 {
		return 0
	}
	return int(t.byte()) % k
}

func (t *tape) bool() bool { return t.byte()&1 == 1 }

var awkwardTexts = []string{
	"", " ", "  \t ", "Short text.", "Ünïcødé – “quotes” and ‘apostrophes’", "漢字とかな", "مرحبا", "🙂👍🏽",
	"para one\n\npara two", "line\r\nbreak", "a\u2028b\u2029c", "nul\x00byte", "\ufeffBOM", "<b>&amp;</b>",
	`"quoted" and \back\slash`, "A1", "N1", "L1", "O1", "P1", "O9", "N+5", "O05", "P-1", " O1 ",
	"O9223372036854775807", "O99999999999999999999", "2026-07-31", "31/07/2027", "by the end of Year 11",
	"0000-01-01", "9999-12-31", strings.Repeat("long words ", 300), "extra", "{}", "null",
}

// text returns one of the awkward texts above, or up to 24 bytes from the
// tape made valid UTF-8 (what a text box can hold).
func (t *tape) text() string {
	c := t.byte()
	if c < 160 {
		return awkwardTexts[int(c)%len(awkwardTexts)]
	}
	raw := make([]byte, t.n(25))
	for i := range raw {
		raw[i] = t.byte()
	}
	return strings.ToValidUTF8(string(raw), "\ufffd")
}

// lines is what the editor's one-per-line boxes store: trimmed, no blanks,
// nil when empty.
func (t *tape) lines() []string {
	var out []string
	for _, l := range strings.Split(t.text()+"\n"+t.text(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// date returns a date the editor's date box can store: absent, an extreme,
// or any day from 0001-01-01 to 9999-12-31.
func (t *tape) date() Date {
	switch t.n(6) {
	case 0:
		return Date{}
	case 1:
		return MustDate("0001-01-01")
	case 2:
		return MustDate("9999-12-31")
	case 3:
		return MustDate("0000-01-01") // "0000" has four digits, so the date box takes it
	}
	offset := (int(t.byte())<<16 | int(t.byte())<<8 | int(t.byte())) % 3652059
	return MustDate("0001-01-01").AddDays(offset)
}

// id returns an existing item's ID, or any text (a link to a missing ID).
func (t *tape) id(p *Plan) string {
	items := p.Items()
	if len(items) > 0 && t.n(4) != 0 {
		return items[t.n(len(items))].ID
	}
	return t.text()
}

func pick[T any](t *tape, from []T) T { return from[t.n(len(from))] }

// toggle is a link checkbox: add the ID if absent, remove it if present.
func toggle(ids *[]string, id string) {
	if slices.Contains(*ids, id) {
		*ids = slices.DeleteFunc(*ids, func(s string) bool { return s == id })
	} else {
		*ids = append(*ids, id)
	}
}

// one returns a pointer to a random element of list, or nil if it is empty.
func one[T any](t *tape, list []T) *T {
	if len(list) == 0 {
		return nil
	}
	return &list[t.n(len(list))]
}

func area(p *Plan, t *tape) *Area { return one(t, p.Areas) }

type editOp struct {
	name string
	do   func(p *Plan, t *tape)
}

var needSections = []NeedSection{SectionB, SectionC, SectionD}
var provisionSections = []ProvisionSection{SectionF, SectionG, SectionH1, SectionH2}
var editorArrangements = []Arrangement{ArrangementNone, ArrangementDirectPayment, ArrangementNotional, ArrangementThirdParty, ArrangementMixed}
var noteLetters = []string{"C", "D", "G", "H1", "H2"}

var editOps = []editOp{
	{"add aspiration", func(p *Plan, t *tape) {
		p.SectionA.Aspirations = append(p.SectionA.Aspirations, Aspiration{ID: p.NewID(KindAspiration)})
	}},
	{"edit aspiration", func(p *Plan, t *tape) {
		if a := one(t, p.SectionA.Aspirations); a != nil {
			a.Text = t.text()
			if ar := area(p, t); ar != nil {
				a.Area = ar.Key
			}
		}
	}},
	{"add need", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			ar.Needs = append(ar.Needs, Need{ID: p.NewID(KindNeed), Section: SectionB})
		}
	}},
	{"choose need section", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if n := one(t, ar.Needs); n != nil {
				n.SetSection(pick(t, needSections))
			}
		}
	}},
	{"choose need category", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if n := one(t, ar.Needs); n != nil {
				n.Category = pick(t, Categories)
			}
		}
	}},
	{"edit need", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if n := one(t, ar.Needs); n != nil {
				n.Text = t.text()
			}
		}
	}},
	{"add aim", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			ar.Aims = append(ar.Aims, Aim{ID: p.NewID(KindAim)})
		}
	}},
	{"edit aim", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if a := one(t, ar.Aims); a != nil {
				a.Text, a.By = t.text(), t.text()
			}
		}
	}},
	{"add outcome", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			ar.Outcomes = append(ar.Outcomes, Outcome{ID: p.NewID(KindOutcome)})
		}
	}},
	{"edit outcome", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if o := one(t, ar.Outcomes); o != nil {
				o.Text, o.Measure = t.text(), t.text()
				if d := t.date(); t.bool() && !d.IsZero() {
					o.By = d.String() // a date typed in the "by" box
				} else {
					o.By = t.text()
				}
			}
		}
	}},
	{"link outcome", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if o := one(t, ar.Outcomes); o != nil {
				switch t.n(3) {
				case 0:
					toggle(&o.Aspirations, t.id(p))
				case 1:
					toggle(&o.Needs, t.id(p))
				default:
					o.Aim = t.id(p)
				}
			}
		}
	}},
	{"add provision", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			ar.Provision = append(ar.Provision, Provision{ID: p.NewID(KindProvision), Section: SectionF})
		}
	}},
	{"edit provision", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if pr := one(t, ar.Provision); pr != nil {
				pr.Section = pick(t, provisionSections)
				pr.Text, pr.Who, pr.HowOften, pr.Duration = t.text(), t.text(), t.text(), t.text()
			}
		}
	}},
	{"link provision", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			if pr := one(t, ar.Provision); pr != nil {
				if t.bool() {
					toggle(&pr.Outcomes, t.id(p))
				} else {
					toggle(&pr.Needs, t.id(p))
				}
			}
		}
	}},
	{"delete item", func(p *Plan, t *tape) { _ = p.DeleteItem(t.id(p)) }},
	{"rename item", func(p *Plan, t *tape) { _ = p.RenameID(t.id(p), t.text()) }},
	{"edit person", func(p *Plan, t *tape) {
		pe := &p.Person
		pe.Name, pe.PreferredName, pe.Setting, pe.HomeLanguage, pe.Communication = t.text(), t.text(), t.text(), t.text(), t.text()
		pe.DateOfBirth = t.date()
		if y := t.n(17) - 1; y >= 0 && y <= 14 {
			pe.YearGroup = &y
		} else {
			pe.YearGroup = nil // "work it out from the date of birth"
		}
	}},
	{"edit plan details", func(p *Plan, t *tape) {
		p.Status = pick(t, []Status{StatusDraft, StatusFinal, StatusCeased})
		p.LocalAuthority, p.Caseworker = t.text(), t.text()
		p.Dates = Dates{Request: t.date(), Issued: t.date(), LastReview: t.date(), NextReview: t.date()}
	}},
	{"edit section note", func(p *Plan, t *tape) {
		letter, text := pick(t, noteLetters), t.text()
		if text == "" {
			delete(p.SectionNotes, letter)
		} else {
			p.SectionNotes[letter] = text
		}
	}},
	{"edit placement", func(p *Plan, t *tape) {
		if t.bool() {
			p.Placement = Placement{} // "Clear Section I"
		} else {
			p.Placement = Placement{Name: t.text(), Type: t.text()}
		}
	}},
	{"edit personal budget", func(p *Plan, t *tape) {
		pb := &p.PersonalBudget
		pb.Arrangement = pick(t, editorArrangements)
		pb.Notes = t.text()
		amount := math.Float64frombits(uint64(t.byte())<<56 | uint64(t.byte())<<48 | uint64(t.byte())<<8)
		if math.IsNaN(amount) || math.IsInf(amount, 0) || amount < 0 {
			amount = 0 // the amount box refuses anything but a number of pounds
		}
		pb.AmountGBP = amount
		toggle(&pb.Provision, t.id(p))
	}},
	{"edit advice", func(p *Plan, t *tape) {
		switch t.n(3) {
		case 0:
			p.Advice = append(p.Advice, Advice{})
		case 1:
			if len(p.Advice) > 0 {
				i := t.n(len(p.Advice))
				p.Advice = slices.Delete(p.Advice, i, i+1)
			}
		default:
			if a := one(t, p.Advice); a != nil {
				*a = Advice{Title: t.text(), Author: t.text(), Role: t.text(), Date: t.date()}
			}
		}
	}},
	{"record review", func(p *Plan, t *tape) {
		r := Review{Date: t.date()}
		for _, ref := range p.Items() {
			if ref.Kind == KindOutcome {
				r.Progress = append(r.Progress, Progress{Outcome: ref.ID, Status: "progressing"})
			}
		}
		p.Reviews = append(p.Reviews, r)
	}},
	{"edit review", func(p *Plan, t *tape) {
		if len(p.Reviews) == 0 {
			return
		}
		i := t.n(len(p.Reviews))
		r := &p.Reviews[i]
		switch t.n(5) {
		case 0:
			r.Progress = append(r.Progress, Progress{Status: "progressing"})
		case 1:
			if g := one(t, r.Progress); g != nil {
				g.Outcome, g.Note = t.id(p), t.text()
				g.Status = pick(t, []ProgressStatus{"achieved", "progressing", "not_yet", "no_longer_relevant"})
			}
		case 2:
			if len(r.Progress) > 0 {
				i := t.n(len(r.Progress))
				r.Progress = slices.Delete(r.Progress, i, i+1)
			}
		case 3:
			r.Attendees, r.Working, r.NotWorking, r.Future = t.lines(), t.lines(), t.lines(), t.lines()
			r.Recommendation = pick(t, []Recommendation{"maintain", "amend", "cease"})
			r.Date = t.date()
		default:
			p.Reviews = slices.Delete(p.Reviews, i, i+1)
		}
	}},
	{"edit destination", func(p *Plan, t *tape) {
		kinds := append([]string{""}, DestinationKinds...)
		p.Destination = Destination{Current: DestinationKind(pick(t, kinds)), Planned: DestinationKind(pick(t, kinds))}
	}},
	{"edit headings", func(p *Plan, t *tape) {
		hs := &p.SectionA.Headings
		switch t.n(3) {
		case 0:
			*hs = append(*hs, Heading{Key: fmt.Sprintf("heading%d", len(*hs)+1), Title: "My new heading"})
		case 1:
			if len(*hs) > 0 {
				i := t.n(len(*hs))
				*hs = slices.Delete(*hs, i, i+1)
			}
		default:
			if h := one(t, *hs); h != nil {
				h.Title, h.Text = t.text(), t.text()
			}
		}
		p.SectionA.FamilyViews, p.SectionA.HowInvolved = t.text(), t.text()
	}},
	{"edit area note", func(p *Plan, t *tape) {
		if ar := area(p, t); ar != nil {
			ar.Note = t.text()
		}
	}},
}
