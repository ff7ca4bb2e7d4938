package check

import (
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
)

// The caseload of these tests: fictional young people with names in many
// scripts and spellings.
var testCaseload = []Person{
	{"p-leo", "Leo Nowak", ""},
	{"p-maya", "Maya Kowalska", ""},
	{"p-lukasz", "Łukasz Wójcik", ""},
	{"p-sukru", "Şükrü Öztürk", ""},
	{"p-ayse", "Ayşe Yılmaz", ""},
	{"p-omar", "عمر الحسن", ""},
	{"p-wang", "王小明", ""},
	{"p-nikos", "Νίκος Παπαδόπουλος", ""},
	{"p-anna", "Анна Иванова", ""},
	{"p-aoife", "Aoife O’Sullivan", ""},
	{"p-sean", "Seán Mac Giolla Phádraig", ""},
	{"p-amelia", "Amelia Adeyemi-Clarke", "Millie"},
	{"p-grace", "Grace Rose Turner", ""},
	{"p-will", "Will Hart", ""},
	{"p-may", "May Lin", ""},
	{"p-faith", "Faith Okafor", ""},
	{"p-rose", "Rose Ellis", ""},
	{"p-siobhan", "Siobhán Ní Bhriain", ""},
}

// caseloadPlan is Jordan's plan with one outcome's text.
func caseloadPlan(outcome string) *plan.Plan {
	p := plan.New("Jordan Ellis")
	p.ID = "p-jordan"
	p.Areas[0].Outcomes = []plan.Outcome{{ID: "O1", Text: outcome, By: "2027-07-16"}}
	return p
}

func caseloadFindings(p *plan.Plan, cl *Caseload) []Finding {
	var out []Finding
	for _, f := range CheckAmong(p, plan.MustDate("2026-12-01"), cl).Findings {
		if f.Rule[0] == 'X' {
			out = append(out, f)
		}
	}
	return out
}

func TestCaseloadNames(t *testing.T) {
	cl := NewCaseload(testCaseload)
	tests := []struct {
		text string
		want []string // "X1 name as matched" or "X2 name"
	}{
		// X1: a full name, any script, accents and case ignored
		{"By July 2027, Jordan will read to Leo Nowak's class.", []string{"X1 Leo Nowak's"}},
		{"Jordan will sit next to LEO NOWAK in maths.", []string{"X1 LEO NOWAK"}},
		{"Jordan will text Maya Kowalska to plan a trip.", []string{"X1 Maya Kowalska"}},
		{"Jordan will play chess with Lukasz Wojcik.", []string{"X1 Lukasz Wojcik"}},
		{"Jordan will play chess with Łukasz Wójcik.", []string{"X1 Łukasz Wójcik"}},
		{"Jordan will travel with Sukru Ozturk.", []string{"X1 Sukru Ozturk"}},
		{"Jordan will travel with AYŞE YILMAZ.", []string{"X1 AYŞE YILMAZ"}},
		{"Jordan will greet عمر الحسن each morning.", []string{"X1 عمر الحسن"}},
		{"Jordan will say hello to 王小明 at lunch.", []string{"X1 王小明"}},
		{"Jordan will help Νίκος Παπαδόπουλος set up.", []string{"X1 Νίκος Παπαδόπουλος"}},
		{"Jordan will help ΝΊΚΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ set up.", []string{"X1 ΝΊΚΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ"}},
		{"Jordan will wave to Анна Иванова.", []string{"X1 Анна Иванова"}},
		{"Jordan will wave to Aoife O'Sullivan.", []string{"X1 Aoife O'Sullivan"}},
		{"Jordan will wave to aoife osullivan.", []string{"X1 aoife osullivan"}},
		{"Jordan will sit with Sean Mac Giolla Phadraig.", []string{"X1 Sean Mac Giolla Phadraig"}},
		{"Jordan will sit with Seán Phádraig.", []string{"X1 Seán Phádraig"}},
		{"Jordan will sit with Amelia Adeyemi-Clarke.", []string{"X1 Amelia Adeyemi-Clarke"}},
		{"Jordan will sit with Millie Adeyemi-Clarke.", []string{"X1 Millie Adeyemi-Clarke"}},
		{"Jordan will sit with Grace Turner.", []string{"X1 Grace Turner"}},
		{"Jordan will write to Siobhan Ni Bhriain.", []string{"X1 Siobhan Ni Bhriain"}},
		// X2: another young person's forename as the subject
		{"By July 2027, Maya will catch the bus to college.", []string{"X2 Maya"}},
		{"Łukasz will use his timetable.", []string{"X2 Łukasz"}},
		{"Within two terms, Şükrü will read the menu.", []string{"X2 Şükrü"}},
		{"Millie will ask for help.", []string{"X2 Millie"}},
		{"By July 2027, Νίκος will read the menu.", []string{"X2 Νίκος"}},
		{"Анна will ask for help.", []string{"X2 Анна"}},
		{"عمر will ask for help.", []string{"X2 عمر"}},
		{"Aoife will ask for help.", []string{"X2 Aoife"}},
		{"王小明 will ask for help.", []string{"X1 王小明"}},
		{"Leo will ask for help. Jordan will wait.", []string{"X2 Leo"}},
		{"Will will ask for help.", []string{"X2 Will"}},
		{"May will order her lunch.", []string{"X2 May"}},
		// the full name wins over the forename
		{"Maya Kowalska will catch the bus.", []string{"X1 Maya Kowalska"}},
		// nothing: the young person's own name, other people, common words
		{"By July 2027, Jordan will catch the bus to college.", nil},
		{"Jordan will read with Maya at lunch.", nil}, // a forename as an object is not X2
		{"Jordan will meet Leo's brother.", nil},
		{"Nowak, Leo will be there.", nil},
		{"Will he manage the stairs by July 2027?", nil},
		{"May is a busy month for Jordan. May 2027 is his review.", nil},
		{"Grace and courtesy lessons will help Jordan.", nil},
		{"Rose petals are used in the sensory garden.", nil},
		{"Faith is important to Jordan's family.", nil},
		{"Grace may need to move her chair, Jordan will help.", nil},
		{"Jordan rose from his seat with grace.", nil},
		{"Jordan will ask the will writer.", nil},
		{"Jordan will wait for his turn, as Mr Turner asks.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range caseloadFindings(caseloadPlan(tt.text), cl) {
			_, name, _ := strings.Cut(f.Message, "“")
			name, _, _ = strings.Cut(name, "”")
			got = append(got, f.Rule+" "+name)
			if f.Item != "O1" || f.Where.String() != "areas[0].outcomes[0].text" {
				t.Errorf("%q: %s at %s (%s), want O1's text", tt.text, f.Rule, f.Where, f.Item)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got  %v\n want %v", tt.text, got, tt.want)
		}
	}
}

// The plan's own young person is not "another" young person, whether the
// caseload has them by this plan's ID or another plan of theirs by name.
func TestCaseloadLeavesOutOwnPerson(t *testing.T) {
	text := "Jordan Ellis will tell Jordan's mum. Jordan will wait."
	for _, own := range []Person{{"p-jordan", "Jordan E.", ""}, {"p-old", "Jordan Ellis", ""}, {"p-old", "JORDAN ELLIS", "Jord"}} {
		cl := NewCaseload(append(slices.Clone(testCaseload), own))
		if got := caseloadFindings(caseloadPlan(text), cl); len(got) != 0 {
			t.Errorf("own person %v: %v", own, got)
		}
	}
	// someone else named Jordan: the forename is this young person's own
	cl := NewCaseload(append(slices.Clone(testCaseload), Person{"p-j2", "Jordan Smith", ""}))
	if got := caseloadFindings(caseloadPlan("Jordan will wait."), cl); len(got) != 0 {
		t.Errorf("own forename: %v", got)
	}
}

// X1 reads every text a caseworker writes, says where, and stops the
// plan being issued; X2 reads outcome, provision and Section A texts.
func TestCaseloadFieldsAndIssue(t *testing.T) {
	cl := NewCaseload(testCaseload)
	p := caseloadPlan("By July 2027, Jordan will catch the bus.")
	p.SectionA.FamilyViews = "Maya Kowalska's mum says she is doing well."
	p.Areas[1].Needs = []plan.Need{{ID: "N1", Section: plan.SectionB, Text: "Leo finds noise hard."}}
	p.Areas[0].Provision = []plan.Provision{{ID: "P1", Section: plan.SectionF, Text: "Reading with a TA.",
		Who: "Teaching assistant", HowOften: "Daily", Duration: "20 minutes", Outcomes: []string{"O1"}}}
	p.Areas[0].Provision[0].Who = "Leo Nowak's keyworker"
	var got []string
	for _, f := range caseloadFindings(p, cl) {
		got = append(got, f.Rule+" "+f.Where.String()+" "+f.Item)
	}
	want := []string{"X1 section_a.family_views ", "X1 areas[0].provision[0].who P1"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	if r := IssueReportAmong(p, plan.MustDate("2026-12-01"), cl); r.Ready || !slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Rule == "X1" && f.Severity == Error }) {
		t.Errorf("a plan naming another young person is ready to issue: %+v", r.Findings)
	}
	if r := IssueReport(p, plan.MustDate("2026-12-01")); slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Rule[0] == 'X' }) {
		t.Error("IssueReport with no caseload ran the caseload rules")
	}
}

// The checker remembers each text's names from one check to the next, but
// never across caseloads: a new caseload is read afresh.
func TestCaseloadRemembered(t *testing.T) {
	p := caseloadPlan("Jordan will sit with Leo Nowak.")
	c := newChecker()
	one := NewCaseload(testCaseload)
	none := NewCaseload([]Person{{"p-x", "Someone Else", ""}})
	for i, tt := range []struct {
		cl   *Caseload
		want int
	}{{one, 1}, {one, 1}, {none, 0}, {one, 1}, {nil, 0}} {
		c.cl = tt.cl
		r := c.check(p, plan.MustDate("2026-12-01"))
		n := 0
		for _, f := range r.Findings {
			if f.Rule == "X1" {
				n++
			}
		}
		c.reset()
		if n != tt.want {
			t.Errorf("check %d: %d X1, want %d", i, n, tt.want)
		}
	}
}

func TestFoldName(t *testing.T) {
	for in, want := range map[string]string{
		"Siobhán Ní Bhriain":    "siobhan ni bhriain",
		"Aoife O’Sullivan":      "aoife osullivan",
		"Amelia Adeyemi-Clarke": "amelia adeyemi clarke",
		"Łukasz Wójcik":         "lukasz wojcik",
		"ŞÜKRÜ Öztürk":          "sukru ozturk",
		"Νίκος Παπαδόπουλος":    "νικοσ παπαδοπουλοσ",
		"Анна Иванова":          "анна иванова",
		"  Zoë   Brontë ":       "zoe bronte",
		"José\u0301":            "jose",
	} {
		if got := FoldName(in); got != want {
			t.Errorf("FoldName(%q) = %q, want %q", in, got, want)
		}
	}
}
