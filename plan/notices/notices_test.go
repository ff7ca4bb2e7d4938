package notices

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"ehcplan/plan"
)

func yes() *bool { b := true; return &b }

// fictional is a made-up plan with a main contact.
func fictional(status plan.Status, dob string) *plan.Plan {
	p := plan.New("Jordan Example")
	p.Status = status
	p.LocalAuthority = "Northbridge Council"
	p.Person.DateOfBirth = plan.MustDate(dob)
	p.Person.Contacts = []plan.Contact{
		{Name: "Alex Example", Relationship: "Aunt"},
		{Name: "Sam Example", Relationship: "Mother", ParentalResponsibility: true, Main: true},
	}
	return p
}

func TestTheNoticeGivesTheDatesTheLawSets(t *testing.T) {
	tests := []struct {
		name       string
		status     plan.Status
		date       string
		wantDate   string // the reply-by or appeal-by date in the text
		wantPhrase string
	}{
		{"draft: 15 days to reply", plan.StatusDraft, "2026-03-02", "17 March 2026", "at least 15 days"},
		{"draft across a month end", plan.StatusDraft, "2026-01-25", "9 February 2026", "ask for a meeting"},
		{"final: 2 months to appeal", plan.StatusFinal, "2026-03-02", "2 May 2026", "within 2 months of the date of this notice"},
		{"final on the 31st: the month's last day", plan.StatusFinal, "2025-12-31", "28 February 2026", "1 month after the date on the certificate"},
		{"final in a leap year", plan.StatusFinal, "2027-12-31", "29 February 2028", "mediation adviser"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fictional(tt.status, "2014-05-14")
			got, ok := For(p, Default(), plan.MustDate(tt.date))
			if !ok {
				t.Fatal("no notice")
			}
			text := strings.Join(got.Paragraphs, "\n")
			if !strings.Contains(text, "by "+tt.wantDate) {
				t.Errorf("the notice does not give the date %s:\n%s", tt.wantDate, text)
			}
			if !strings.Contains(text, tt.wantPhrase) {
				t.Errorf("the notice does not say %q:\n%s", tt.wantPhrase, text)
			}
			if strings.ContainsAny(text+got.Title+got.Law, "{}") {
				t.Errorf("a placeholder is left unfilled:\n%s", text)
			}
			if got.YoungPerson || got.To != "Sam Example" || !strings.Contains(text, "Dear Sam Example,") {
				t.Errorf("to %q (young person %v), want the main contact", got.To, got.YoungPerson)
			}
		})
	}
}

func TestDatesAreCountedFromTheNoticeDate(t *testing.T) {
	tests := []struct {
		day, reply, appeal string
	}{
		{"2026-03-02", "2026-03-17", "2026-05-02"},
		{"2026-12-20", "2027-01-04", "2027-02-20"},
		{"2026-08-31", "2026-09-15", "2026-10-31"},
		{"2026-10-31", "2026-11-15", "2026-12-31"},
		{"2026-07-31", "2026-08-15", "2026-09-30"},
	}
	for _, tt := range tests {
		d := plan.MustDate(tt.day)
		if got := ReplyBy(d); got != plan.MustDate(tt.reply) {
			t.Errorf("ReplyBy(%s) = %s, want %s", tt.day, got, tt.reply)
		}
		if got := AppealBy(d); got != plan.MustDate(tt.appeal) {
			t.Errorf("AppealBy(%s) = %s, want %s", tt.day, got, tt.appeal)
		}
	}
}

func TestTheNoticeIsToTheYoungPersonWhoDecidesForThemself(t *testing.T) {
	no := func() *bool { b := false; return &b }
	year := func(y int) *int { return &y }
	today := plan.MustDate("2026-03-02")
	tests := []struct {
		name      string
		dob       string
		year      *int
		own       *bool
		contacts  bool
		wantYP    bool
		wantTo    string
		wantWords string
	}{
		{"Year 12, own decisions", "2009-05-14", nil, yes(), true, true, "Jordan Example", "your draft plan"},
		{"Year 12, not recorded", "2009-05-14", nil, nil, true, false, "Sam Example", "the draft plan for Jordan Example"},
		{"Year 12, parents decide", "2009-05-14", nil, no(), true, false, "Sam Example", "for Jordan Example"},
		{"Year 11 aged 16 is still of school age", "2009-09-10", nil, yes(), true, false, "Sam Example", "for Jordan Example"},
		{"recorded Year 13", "2013-01-01", year(13), yes(), true, true, "Jordan Example", "your draft plan"},
		{"Year 8 cannot decide alone", "2013-01-01", nil, yes(), true, false, "Sam Example", "for Jordan Example"},
		{"no contacts: a blank to fill in", "2013-01-01", nil, nil, false, false, "", "Dear " + Blank + ","},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fictional(plan.StatusDraft, tt.dob)
			p.Person.YearGroup = tt.year
			p.Person.OwnDecisions = tt.own
			if !tt.contacts {
				p.Person.Contacts = nil
			}
			if got := Addressee(p, today); got.YoungPerson != tt.wantYP || got.Name != tt.wantTo {
				t.Errorf("Addressee = %+v, want %q (young person %v)", got, tt.wantTo, tt.wantYP)
			}
			n, _ := For(p, Default(), today)
			text := strings.ToLower(n.Title + "\n" + strings.Join(n.Paragraphs, "\n"))
			if !strings.Contains(text, strings.ToLower(tt.wantWords)) {
				t.Errorf("the notice does not say %q:\n%s", tt.wantWords, text)
			}
		})
	}
}

func TestTheDefaultsSayWhatTheLawRequires(t *testing.T) {
	n := Default()
	for _, tt := range []struct {
		name string
		t    Text
		want []string
	}{
		{"draft", n.Draft, []string{"15 days", "meeting", "school or college", "sections 38 and 39", "regulation 13"}},
		{"draft_young_person", n.DraftYoungPerson, []string{"15 days", "meeting", "school or college", "your"}},
		{"final", n.Final, []string{"2 months", "1 month after", "mediation", "{mediation}", "{drs}", "{iass}", "First-tier Tribunal", "sections 51 to 57"}},
		{"final_young_person", n.FinalYoungPerson, []string{"2 months", "1 month after", "mediation", "{drs}", "{iass}", "your plan"}},
	} {
		all := tt.t.Title + "\n" + strings.Join(tt.t.Paragraphs, "\n") + "\n" + tt.t.Law
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s does not say %q", tt.name, w)
			}
		}
	}
}

func TestServicesPrintTheirDetailsOrABlank(t *testing.T) {
	n := Default()
	n.Services.IASS = Service{Name: "Northbridge SENDIASS", Phone: "01632 960000", Web: "www.example.org/sendiass"}
	p := fictional(plan.StatusFinal, "2014-05-14")
	got, _ := For(p, n, plan.MustDate("2026-03-02"))
	text := strings.Join(got.Paragraphs, "\n")
	if !strings.Contains(text, "Northbridge SENDIASS, phone 01632 960000, www.example.org/sendiass") {
		t.Errorf("the IASS details are not in the notice:\n%s", text)
	}
	if !strings.Contains(text, "The mediation adviser: "+Blank) {
		t.Errorf("a service with no details is not a blank to fill in:\n%s", text)
	}
}

func TestACeasedPlanHasNoNotice(t *testing.T) {
	if _, ok := For(fictional(plan.StatusCeased, "2014-05-14"), Default(), plan.MustDate("2026-03-02")); ok {
		t.Error("a ceased plan has a notice")
	}
}

func TestAMissingFileGivesTheDefault(t *testing.T) {
	got, err := Load(filepath.Join(t.TempDir(), FileName))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, Default()) {
		t.Error("a missing file did not give the default notices")
	}
}

func TestSaveThenLoadGivesTheSameNotices(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	n := Default()
	n.Services.Mediation = Service{Name: "Example Mediation Ltd", Phone: "01632 960111", Email: "help@example.org", Web: "www.example.org"}
	n.Final.Paragraphs = append(n.Final.Paragraphs, "Our office is open “9 till 5”, Monday to Friday.")
	if err := n.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, n) {
		t.Errorf("round trip changed the notices:\n got %+v\nwant %+v", got.Services, n.Services)
	}
	if fi, err := os.Stat(path); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) {
		t.Errorf("the file's mode is %v (%v), want 0600", fi.Mode().Perm(), err)
	}
}

func TestSaveRefusesWhatLoadWouldRefuse(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	n := Default()
	n.Draft.Paragraphs[2] = "Reply by {reply_date}."
	err := n.Save(path)
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "draft.paragraphs[2]") {
		t.Fatalf("Save = %v, want a malformed-file error naming draft.paragraphs[2]", err)
	}
	if _, statErr := os.Stat(path); !errors.Is(statErr, os.ErrNotExist) {
		t.Error("a refused file was written")
	}
}

func TestAMalformedFileIsRefusedWithTheLineAndKey(t *testing.T) {
	good := string(defaultJSON)
	lineOf := func(s string) int {
		i := strings.Index(good, s)
		if i < 0 {
			t.Fatalf("the default has no %q", s)
		}
		return strings.Count(good[:i], "\n") + 1
	}
	firstMediationName := `"mediation": {"name": ""`
	tests := []struct {
		name      string
		file      string
		wantLine  int
		wantWords []string
	}{
		{"not JSON", strings.Replace(good, `"iass": {`, `"iass" {`, 1), lineOf(`"iass": {`), []string{"not valid JSON"}},
		{"cut short", good[:len(good)/2], 0, []string{"ends too soon"}},
		{"unknown key", strings.Replace(good, `"law": "The law: Children and Families Act 2014, sections 51`, `"lawx": "The law: Children and Families Act 2014, sections 51`, 1),
			lineOf(`"law": "The law: Children and Families Act 2014, sections 51`), []string{"final.lawx", "unknown key"}},
		{"missing key", strings.Replace(good, `"mediation": {"name": "", `, `"mediation": {`, 1), lineOf(firstMediationName), []string{"services.mediation.name", "missing"}},
		{"wrong type", strings.Replace(good, `"title": "Your final plan: if you disagree"`, `"title": 3`, 1),
			lineOf(`"title": "Your final plan: if you disagree"`), []string{"final_young_person.title", "text in quotes"}},
		{"unknown placeholder", strings.Replace(good, `{appeal_by}`, `{appeal_date}`, 1), lineOf(`{appeal_by}`), []string{"final.paragraphs[3]", "{appeal_date}"}},
		{"wrong format", strings.Replace(good, FormatID, "ehcplan/1", 1), 2, []string{"format", "ehcplan-notices/1"}},
		{"no paragraphs", noParagraphs(t), 0, []string{"draft.paragraphs", "no paragraphs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			n, err := Load(path)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("Load = %v, want ErrMalformed", err)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Path != path {
				t.Fatalf("error %v does not name the file", err)
			}
			if tt.wantLine > 0 && fe.Line != tt.wantLine {
				t.Errorf("line %d, want %d (%v)", fe.Line, tt.wantLine, err)
			}
			for _, w := range tt.wantWords {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if !reflect.DeepEqual(n, Notices{}) {
				t.Error("a malformed file was half read")
			}
		})
	}
}

// noParagraphs is the default file with the draft's paragraphs null.
func noParagraphs(t *testing.T) string {
	n := Default()
	n.Draft.Paragraphs = nil
	data, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
