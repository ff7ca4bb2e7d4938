package editor

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"ehcplan/plan"
)

func TestParseDateInput(t *testing.T) {
	tests := []struct {
		in      string
		want    string // YYYY-MM-DD, "" for the absent date
		wantErr bool
	}{
		{"", "", false},
		{"   ", "", false},
		{"14/05/2011", "2011-05-14", false},
		{"4/5/2011", "2011-05-04", false},
		{" 14/05/2011 ", "2011-05-14", false},
		{"14.05.2011", "2011-05-14", false},
		{"14-05-2011", "2011-05-14", false},
		{"2011-05-14", "2011-05-14", false},
		{"29/02/2024", "2024-02-29", false},
		{"29/02/2025", "", true}, // not a leap year
		{"30/02/2026", "", true},
		{"31/04/2026", "", true},
		{"14/13/2011", "", true},
		{"00/05/2011", "", true},
		{"14/05/11", "", true}, // two-digit year
		{"14/05", "", true},
		{"fourteenth May", "", true},
		{"2011-5-14", "2011-05-14", false},
	}
	for _, tt := range tests {
		got, err := parseDateInput(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseDateInput(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("parseDateInput(%q) = %q, want %q", tt.in, got.String(), tt.want)
		}
	}
}

func TestByText(t *testing.T) {
	tests := []struct {
		in, stored string
		isDate     bool
	}{
		{"31/07/2027", "2027-07-31", true},
		{"2027-07-31", "2027-07-31", true},
		{"by the end of Year 11", "by the end of Year 11", false},
		{"July 2027", "July 2027", false},
		{"31/07/27", "31/07/27", false}, // kept as typed; the entry warns
		{"", "", false},
	}
	for _, tt := range tests {
		stored, _, isDate := byText(tt.in)
		if stored != tt.stored || isDate != tt.isDate {
			t.Errorf("byText(%q) = %q, %v; want %q, %v", tt.in, stored, isDate, tt.stored, tt.isDate)
		}
	}
}

// Typing into the date of birth: a half-typed date leaves the plan alone
// and says gently what is wanted; a whole one is stored.
func TestDateOfBirthEntry(t *testing.T) {
	p := plan.New("Zara Test")
	p.Person.DateOfBirth = plan.MustDate("2010-01-01")
	h := newHarness(t, p, Options{})
	en := h.entry("person.date_of_birth")
	if en.Text != "01/01/2010" {
		t.Fatalf("date of birth shown as %q, want 01/01/2010", en.Text)
	}
	test.Type(en, "5") // "01/01/20105"
	if got := p.Person.DateOfBirth.String(); got != "2010-01-01" {
		t.Fatalf("an unfinished date changed the plan to %q", got)
	}
	en.SetText("")
	if !p.Person.DateOfBirth.IsZero() {
		t.Fatal("clearing the entry should clear the date")
	}
	test.Type(en, "14/05/20")
	if !p.Person.DateOfBirth.IsZero() {
		t.Fatalf("half-typed date changed the plan to %v", p.Person.DateOfBirth)
	}
	test.Type(en, "11")
	if got := p.Person.DateOfBirth.String(); got != "2011-05-14" {
		t.Fatalf("date of birth = %q, want 2011-05-14", got)
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr bool
	}{
		{"", 0, false},
		{"1200", 1200, false},
		{"£1,200.50", 1200.5, false},
		{" £ 300 ", 300, false},
		{"lots", 0, true},
		{"-5", 0, true},
		{"NaN", 0, true}, // no JSON for these: the plan could not be saved
		{"Inf", 0, true},
		{"£infinity", 0, true},
	}
	for _, tt := range tests {
		got, err := parseAmount(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseAmount(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// Typing a date must not move what is below the box: the line under it
// that reads the date back keeps its room whether it is empty, shows the
// date in words, or says the date is not one yet.
func TestDateHintKeepsItsRoom(t *testing.T) {
	cases := []struct {
		name, page, box, below string
		setup                  func(p *plan.Plan)
	}{
		{"date of birth", pageAbout, "person.date_of_birth", "person.setting", nil},
		{"by when", areaPrefix + "employment", "areas[0].outcomes[0].by", "areas[0].outcomes[0].measure",
			func(p *plan.Plan) { p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1"}} }},
	}
	for _, c := range cases {
		for _, scale := range []float32{1, 1.5} {
			t.Run(fmt.Sprintf("%s at %gx text", c.name, scale), func(t *testing.T) {
				p := plan.New("Date Tester")
				if c.setup != nil {
					c.setup(p)
				}
				h := newHarness(t, p, Options{})
				fyne.CurrentApp().Settings().SetTheme(bigText{test.Theme(), scale})
				h.w.Resize(fyne.NewSize(1280, 720))
				h.e.ShowPage(c.page)
				box := h.entry(c.box)
				below := h.e.Field(c.below).(fyne.CanvasObject)
				y := func() float32 { return fyne.CurrentApp().Driver().AbsolutePositionForObject(below).Y }
				start := y()
				for _, typed := range []string{"3", "31/0", "31/07/2027", "31/13/2027", ""} {
					box.SetText(typed)
					h.e.layoutForm() // what the window does on its next frame
					h.e.formScroll.Content.Refresh()
					if got := y(); got != start {
						t.Errorf("after typing %q the next field moved from y=%.0f to %.0f", typed, start, got)
					}
				}
			})
		}
	}
}

// bigText is a theme drawing text scale times the size, as the app's
// text size setting does.
type bigText struct {
	fyne.Theme
	scale float32
}

func (b bigText) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return b.Theme.Size(n) * b.scale
	}
	return b.Theme.Size(n)
}
