package render

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ehcplan/plan"
)

func ptr[T any](v T) *T { return &v }

// withDetails gives a plan the wave-2 details, all fictional.
func withDetails(p *plan.Plan) *plan.Plan {
	p.Person.Address = "14 Larkspur Row\nNorthbridge\nNB4 7QT"
	p.Person.Sex = "Female"
	p.Person.Ethnicity = "White and Black Caribbean"
	p.Person.NHSNumber = "943 476 5919"
	p.Person.UPN = "H801200001001"
	p.Person.LookedAfter = ptr(false)
	p.Person.OwnDecisions = ptr(true)
	p.Person.Contacts = []plan.Contact{
		{Name: "Dana Quill", Relationship: "Mother", ParentalResponsibility: true, Phone: "07700 900123",
			Email: "dana.quill@example.org", Address: "14 Larkspur Row, Northbridge NB4 7QT", Main: true},
		{Name: "Owen Quill", Relationship: "Grandfather", Phone: "01632 960555", Email: "owen.q@example.net",
			Address: "2 Fenwick Close, Southmere SM2 9XY"},
	}
	p.Person.Professionals = []plan.Professional{
		{Name: "Dr Hana Brook", Role: "GP", Service: "Larkspur Surgery", Phone: "01632 960001", Email: "reception@larkspur.example"},
		{Name: "Priya Vale", Role: "Social worker", Service: "Northbridge Children's Services", Phone: "01632 960777"},
	}
	return p
}

// redacted lists the values a copy for a provider must not print.
func redacted(p *plan.Plan) []string {
	v := []string{p.Person.NHSNumber, strings.ReplaceAll(p.Person.NHSNumber, " ", ""), p.Person.UPN}
	v = append(v, strings.Split(p.Person.Address, "\n")[0], "NB4 7QT")
	for _, c := range p.Person.Contacts {
		v = append(v, c.Phone, c.Email, c.Address, strings.Split(c.Address, ",")[0])
	}
	return v
}

// pageWith is the first page (1-based) whose text contains want, or 0.
func (r rendered) pageWith(want string) int {
	for i, pg := range r.pages {
		if strings.Contains(squash(pg), squash(want)) {
			return i + 1
		}
	}
	return 0
}

func TestDetailsPagePrintsEveryDetail(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			p := withDetails(loadFixture(t, name))
			r := renderText(t, p, Options{Today: today})
			at := r.pageWith("My details and who is involved")
			if at == 0 || at >= r.pageWith("Section A – About me") {
				t.Fatalf("details page is on page %d, want one before Section A (page %d)", at, r.pageWith("Section A – About me"))
			}
			page := squash(r.pages[at-1] + r.pages[at])
			want := []string{p.Person.Name, p.Person.PreferredName, p.Person.DateOfBirth.Long(), p.Person.Setting,
				p.Person.HomeLanguage, p.Person.Sex, p.Person.Ethnicity, p.Person.Address, p.Person.NHSNumber,
				p.Person.UPN, "Lookedafterbyalocalauthority", "No", "Makestheirowndecisions", "Mother", "Grandfather",
				"Parentalresponsibility", "Maincontact", "Yes"}
			for _, c := range p.Person.Contacts {
				want = append(want, c.Name, c.Phone, c.Email, c.Address)
			}
			for _, pr := range p.Person.Professionals {
				want = append(want, pr.Name, pr.Role, pr.Service, pr.Phone, pr.Email)
			}
			for _, w := range want {
				if !strings.Contains(page, squash(w)) {
					t.Errorf("details page has no %q", w)
				}
			}
		})
	}
}

// A detail that is missing prints as a line to fill in, never "Not
// stated"; a young person over school age is asked about decisions.
func TestMissingDetailsPrintBlanksToFillIn(t *testing.T) {
	p := loadFixture(t, "amira-y12-final")
	p.Dates.Issued = plan.MustDate("2025-10-20") // Year 12 at issue: over compulsory school age
	r := renderText(t, p, Options{Today: today})
	at := r.pageWith("My details and who is involved")
	page := squash(r.pages[at-1] + r.pages[at])
	for _, label := range []string{"Homeaddress" + blank, "NHSnumber" + blank, "Uniquepupilnumber(UPN)" + blank,
		"Lookedafterbyalocalauthority" + "Notrecorded", "Makestheirowndecisionsaboutthisplan" + blank,
		"Phone:" + shortBlank, "Role:" + shortBlank, "Relationship:" + shortBlank} {
		if !strings.Contains(page, label) {
			t.Errorf("details pages have no %q:\n%s", label, r.pages[at-1]+r.pages[at])
		}
	}
	if strings.Contains(page, "Notstated") {
		t.Errorf("details page says \"Not stated\"")
	}
}

func TestRedactedCopyLeavesOutContactDetails(t *testing.T) {
	needTool(t, "qpdf")
	needTool(t, "pdfinfo")
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			p := withDetails(loadFixture(t, name))
			// The same values copied into free text and into the notice are scrubbed too.
			p.SectionA.Headings[0].Text += " We live at 14 Larkspur Row; call Mum on 07700 900123."
			notice := &Notice{Title: "Your right to comment", Paragraphs: []string{"Dana Quill\n14 Larkspur Row, Northbridge NB4 7QT", "Dear Dana,"}}
			r := renderText(t, p, Options{Today: today, Redact: true, Notice: notice})
			text := strings.Join(r.pages, "")
			info, err := exec.Command("pdfinfo", r.path).Output()
			if err != nil {
				t.Fatal(err)
			}
			qdf := filepath.Join(t.TempDir(), "qdf.pdf")
			if out, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", r.path, qdf).CombinedOutput(); err != nil {
				t.Fatalf("qpdf --qdf: %v\n%s", err, out)
			}
			raw, err := os.ReadFile(qdf)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range redacted(p) {
				if strings.Contains(text, v) || strings.Contains(squash(text), squash(v)) {
					t.Errorf("the redacted copy prints %q", v)
				}
				if strings.Contains(string(info), v) {
					t.Errorf("the redacted copy's metadata has %q", v)
				}
				if bytes.Contains(raw, []byte(v)) || bytes.Contains(bytes.ToLower(raw), []byte(strings.ToLower(utf16Hex(v)))) || bytes.Contains(raw, utf16BE(v)) {
					t.Errorf("the redacted copy's bytes hold %q", v)
				}
			}
			all := squash(text)
			for _, want := range []string{redactedMark, leftOut, "copyforaprovider", "DrHanaBrook", "01632960001", "DanaQuill", "Mother"} {
				if !strings.Contains(all, squash(want)) {
					t.Errorf("the redacted copy has no %q", want)
				}
			}
			if front := squash(r.pages[0]); !strings.Contains(front, squash(redactedMark)) {
				t.Errorf("the front page does not say it is a copy for a provider")
			}
			for i, pg := range r.pages {
				if !strings.Contains(squash(pg), "copyforaprovider") {
					t.Errorf("page %d's header does not say it is a copy for a provider", i+1)
				}
			}
		})
	}
}

// layoutLine is the line of page pg (pdftotext -layout) that starts with
// label, spaces squeezed.
func layoutLine(t *testing.T, path string, pg int, label string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", "-f", itoa(pg), "-l", itoa(pg), path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.Join(strings.Fields(l), " "); strings.HasPrefix(l, label) {
			return l
		}
	}
	return ""
}

func utf16BE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func utf16Hex(s string) string { return hex.EncodeToString(utf16BE(s)) }

func TestSignOffOnFinalsOnly(t *testing.T) {
	signed := plan.Officer{Name: "Ruth Amberley", Role: "SEND Team Manager", Signed: plan.MustDate("2026-01-09")}
	cases := []struct {
		name    string
		status  plan.Status
		officer plan.Officer
		want    []string
	}{
		{"final, signed", plan.StatusFinal, signed, []string{"Signedforthelocalauthority", "RuthAmberley", "SENDTeamManager", "9January2026", "Signature", "section37"}},
		{"final, no officer", plan.StatusFinal, plan.Officer{}, []string{"Signedforthelocalauthority", "Name", "Role", "Date", "Signature"}},
		{"ceased", plan.StatusCeased, signed, []string{"Signedforthelocalauthority", "RuthAmberley"}},
		{"draft", plan.StatusDraft, signed, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := genPlan(8)
			p.Status, p.Officer = c.status, c.officer
			r := renderText(t, p, Options{Today: today})
			at := r.pageWith("Signed for the local authority by")
			if c.want == nil {
				if at != 0 || strings.Contains(r.all(), "RuthAmberley") {
					t.Fatalf("a draft has a sign-off (page %d)", at)
				}
				return
			}
			if at == 0 {
				t.Fatal("no sign-off")
			}
			if appendix := r.pageWith("Appendix: the golden thread"); at >= appendix {
				t.Errorf("sign-off on page %d, not before the appendix (page %d)", at, appendix)
			}
			page := squash(r.pages[at-1])
			for _, w := range c.want {
				if !strings.Contains(page, w) {
					t.Errorf("sign-off page has no %q", w)
				}
			}
			if strings.Contains(page, "Notstated") || strings.Contains(page, "Notrecorded") {
				t.Errorf("a missing officer is not a blank to fill in")
			}
		})
	}
}

func TestNoticePrintsAfterFrontPage(t *testing.T) {
	notice := &Notice{Title: "Your right to appeal", Paragraphs: []string{
		"Dear Dana Quill,",
		"You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) within 2 months of the date of this notice, 12 January 2026, or 1 month after a mediation certificate if that is later.",
		strings.Repeat("Before you appeal you must think about mediation. ", 60),
		"Yours sincerely, Northbridge Council",
	}}
	p := loadFixture(t, "jordan-y10-final")
	r := renderText(t, p, Options{Today: today, Notice: notice})
	if got := r.pageWith(notice.Title); got != 2 {
		t.Errorf("notice title on page %d, want 2", got)
	}
	all := r.all()
	for _, para := range notice.Paragraphs {
		if !strings.Contains(all, squash(para)) {
			t.Errorf("paragraph %q is not printed", shorten(para, 40))
		}
	}
	idx := r.pageWith("Where to find each section")
	if idx <= 2 || !strings.Contains(squash(r.pages[0]), "Thepageafterthenoticetothefamily") {
		t.Errorf("index on page %d after the notice, and the front page must say where it is", idx)
	}
	if got := renderText(t, p, Options{Today: today}).pageWith("Where to find each section"); got != 2 {
		t.Errorf("without a notice the index is on page %d, want 2", got)
	}
}

// The year group printed is the one at the plan's date: the issue date for
// an issued version (said with it), the day of printing for a draft.
func TestYearGroupAtThePlansDate(t *testing.T) {
	nextYear := plan.MustDate("2026-09-15") // the school year after the issue
	cases := []struct {
		name     string
		status   plan.Status
		recorded *int
		today    plan.Date
		want     string
	}{
		{"final issued last school year", plan.StatusFinal, nil, nextYear, "Year 10 (on 12 January 2026, when the plan was issued)"},
		{"final, year group recorded now", plan.StatusFinal, ptr(11), nextYear, "Year 10 (on 12 January 2026, when the plan was issued)"},
		{"final taught out of year", plan.StatusFinal, ptr(10), nextYear, "Year 9 (on 12 January 2026, when the plan was issued)"},
		{"ceased", plan.StatusCeased, nil, nextYear, "Year 10 (on 12 January 2026, when the plan was issued)"},
		{"draft printed next school year", plan.StatusDraft, nil, nextYear, "Year 11"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := genPlan(4)
			p.Person.DateOfBirth = plan.MustDate("2010-11-02") // Year 10 in 2025 to 2026
			p.Person.YearGroup = c.recorded
			p.Status = c.status
			p.Dates.Issued = plan.MustDate("2026-01-12")
			r := renderText(t, p, Options{Today: c.today})
			for _, pg := range []int{1, r.pageWith("My details and who is involved")} {
				if got := layoutLine(t, r.path, pg, "Year group"); squash(got) != "Yeargroup"+squash(c.want) {
					t.Errorf("page %d: %q, want year group %q", pg, got, c.want)
				}
			}
		})
	}
}

func TestStorySoFarAndWhoFundsProvision(t *testing.T) {
	p := genPlan(8)
	p.SectionA.History = "I was born in Northbridge. I moved to Riverside Academy in Year 7 and loved the art room."
	for i := range p.Areas {
		for j := range p.Areas[i].Provision {
			p.Areas[i].Provision[j].Commissioner = "Northbridge Integrated Care Board"
		}
	}
	r := renderText(t, p, Options{Today: today})
	all := r.all()
	story := strings.Index(all, "Mystorysofar"+squash(p.SectionA.History))
	if story < 0 {
		t.Fatal("My story so far is not printed")
	}
	if lastHeading, asp := strings.Index(all, squash(p.SectionA.Headings[len(p.SectionA.Headings)-1].Text)), strings.Index(all, "Myaspirations"); story < lastHeading || story > asp {
		t.Errorf("My story so far is not after the headings and before the aspirations")
	}
	funded := strings.Count(all, "Agreedandfundedby:NorthbridgeIntegratedCareBoard")
	if funded != 6 { // P2, P3, P4, P6, P7, P8: G, H1 and H2; never F
		t.Errorf("\"Agreed and funded by\" printed %d times, want 6 (G, H1 and H2 only)", funded)
	}
	p.Areas[1].Provision[0].Commissioner = "" // P2, Section G
	if !strings.Contains(renderText(t, p, Options{Today: today}).all(), "Agreedandfundedby:Notstated") {
		t.Errorf("a health provision without a commissioner does not say so")
	}
}

func TestGlossaryExplainsOnlyTermsUsed(t *testing.T) {
	p := genPlan(4)
	p.Areas[0].Provision[0].Who = "TAs trained by the SENCo, with advice from SALT"
	p.Areas[1].Needs[0].Text = "Sees CAMHS each term; an otter-themed OTTER club at lunch; ta-da; EP2 report."
	p.Advice[0].Role = "Educational psychologist, HCPC registered"
	r := renderText(t, p, Options{Today: today})
	at := r.pageWith("Words used in this plan")
	if at == 0 {
		t.Fatal("no glossary")
	}
	if at != r.res.Pages {
		t.Errorf("glossary on page %d of %d, want the last", at, r.res.Pages)
	}
	page := squash(r.pages[at-1])
	for _, want := range []string{"TA", "Teachingassistant", "SENCOorSENCo", "SALTorSaLTorSLT", "CAMHS", "HCPC", "EHCorEHCP"} {
		if !strings.Contains(page, want) {
			t.Errorf("glossary has no %q", want)
		}
	}
	for _, not := range []string{"Occupationaltherapy", "Educationalpsychologist:", "ICB", "CSDPA"} {
		if strings.Contains(page, not) {
			t.Errorf("glossary explains %q, which the plan does not use", not)
		}
	}
}

func TestLinkedTextIsNeverCutShort(t *testing.T) {
	p := genPlan(8)
	long := strings.Repeat("Finds it hard to follow spoken instructions in a busy room and needs them written down. ", 4)
	p.Areas[0].Needs[0].Text = long // N1: over longRef characters
	for i := range p.Areas {
		for j := range p.Areas[i].Outcomes {
			p.Areas[i].Outcomes[j].Text += " She will say what help she wants."
		}
	}
	r := renderText(t, p, Options{Today: today})
	n1 := r.pageWith("N1" + long)
	if n1 == 0 {
		t.Fatal("N1 is not printed whole")
	}
	if !strings.Contains(r.all(), squash("see N1, page ")+itoa(n1)) {
		t.Errorf("links to the long N1 do not name it with its page (%d)", n1)
	}
	// Every link to an outcome prints its full words: O1 in P1, J, reviews.
	if !strings.Contains(r.all(), squash("For outcomes: O1 – "+p.Areas[0].Outcomes[0].Text)) {
		t.Errorf("P1's link to O1 is cut short")
	}
	maps := r.pageWith("Appendix: the golden thread")
	for i, pg := range r.pages[:maps-1] {
		body := pg[:max(0, strings.LastIndex(pg, "Page "))] // the footer may shorten the name
		if strings.Contains(body, "…") {
			t.Errorf("page %d cuts text short with \"…\"", i+1)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// The new pages (notice, details, sign-off, glossary) overlap nothing and
// pass strict validation, in full and redacted copies, with a long name
// and long details.
func TestNewPagesOverlapNothingAndValidate(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("Wilhelmina-Ånnïka Ωμέγα ", 8))
	for _, redact := range []bool{false, true} {
		for _, status := range []plan.Status{plan.StatusFinal, plan.StatusDraft} {
			t.Run(fmt.Sprintf("%s redact=%v", status, redact), func(t *testing.T) {
				p := withDetails(genPlan(12))
				p.Status = status
				p.Person.Name = long
				p.Person.Address = strings.Repeat("Flat 9, The Old Mill Building, 114 Larkspur Row\n", 4)
				p.Person.Contacts[0].Name = long
				p.Officer = plan.Officer{Name: long, Role: strings.Repeat("Head of SEND Services ", 8)}
				p.SectionA.History = strings.Repeat("I was born in Northbridge. ", 40)
				notice := &Notice{Title: strings.Repeat("Your right to appeal ", 5), Paragraphs: []string{long, strings.Repeat("You can appeal. ", 300)}}
				opt := Options{Today: today, Redact: redact, Notice: notice}
				r := renderText(t, p, opt)
				for i, words := range wordBoxes(t, r.path) {
					for _, o := range overlaps(words) {
						t.Errorf("page %d: %q overlaps %q", i+1, o[0].Text, o[1].Text)
					}
				}
				var buf bytes.Buffer
				if _, err := PDF(&buf, p, opt); err != nil {
					t.Fatal(err)
				}
				api.DisableConfigDir()
				conf := model.NewDefaultConfiguration()
				conf.ValidationMode = model.ValidationStrict
				if err := api.Validate(bytes.NewReader(buf.Bytes()), conf); err != nil {
					t.Errorf("pdfcpu validate -m strict: %v", err)
				}
			})
		}
	}
}

func TestBoxLinesNeverCutShort(t *testing.T) {
	d, err := newDoc(genPlan(4), Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	d.itemAt["O3"] = 7
	short := d.boxLines("O3", "I will catch the bus.", mapColW-2*mapPad, mapLines, stBoxB, stBox)
	if got := lineText(short); got != "O3 I will catch the bus." {
		t.Errorf("short text = %q", got)
	}
	long := d.boxLines("O3", strings.Repeat("I will catch the bus to college on my own. ", 10), mapColW-2*mapPad, mapLines, stBoxB, stBox)
	if got := lineText(long); got != "O3 see O3, page 7" {
		t.Errorf("long text = %q, want the ID and its page", got)
	}
}

func lineText(lines []line) string {
	var parts []string
	for _, l := range lines {
		for _, s := range l.segs {
			parts = append(parts, s.text)
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
