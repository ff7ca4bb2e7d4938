package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/store/storetest"
)

func checkRun(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(append([]string{"check"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

const jordan, leo, amira = "../../testdata/jordan-y10-final.json", "../../testdata/leo-y5-draft.json", "../../testdata/amira-y12-final.json"

func TestCheckExitCodes(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	data, _ := os.ReadFile(jordan)
	os.WriteFile(bad, bytes.Replace(data, []byte(`"by": "2026-07-17"`), []byte(`"by": 2026`), 1), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		out  string // must appear on stdout ("" for none)
		err  string // must appear on stderr
	}{
		{"errors found", []string{jordan, "--today", "2026-01-12"}, exitProblems, "Not ready: 6 errors.", ""},
		{"flags before files", []string{"--today", "2026-01-12", jordan}, exitProblems, "Not ready: 6 errors.", ""},
		{"several files", []string{jordan, leo, "--today=2026-01-12"}, exitProblems, "Leo Nowak (Year 5, draft plan)", ""},
		{"unreadable file names file and path", []string{bad, "--today", "2026-01-12"}, exitUsage, "", "bad.json: areas[0].outcomes[0].by"},
		{"missing file", []string{"nope.json"}, exitUsage, "", "nope.json"},
		{"bad date", []string{jordan, "--today", "12/01/2026"}, exitUsage, "", "today"},
		{"no files", []string{}, exitUsage, "", "usage: ehcplanctl check"},
		{"json needs one file", []string{"--json", jordan, leo}, exitUsage, "", "exactly one FILE"},
		{"--db names a missing store", []string{"--db", "x.db", jordan}, exitUsage, "", "x.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := checkRun(tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.err) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
		})
	}
}

func TestCheckGroupsAndMarks(t *testing.T) {
	_, out, _ := checkRun(leo, "--today", "2026-01-12")
	order := []string{"\nPlan\n", "! warning  S3 D:", "✗ error    S4:", "\nSection A\n", "· tip      A1 dreams:",
		"\nLearning and future work\n", "P1 P1:", "\nFriends, relationships and community\n", "M4 O2:",
		"6 errors, 8 warnings, 2 tips. Not ready: 6 errors."}
	at := 0
	for _, s := range order {
		i := strings.Index(out[at:], s)
		if i < 0 {
			t.Fatalf("%q missing or out of order in:\n%s", s, out)
		}
		at += i
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, _ := checkRun("--json", amira, "--today", "2026-01-12")
	if code != exitProblems {
		t.Errorf("exit %d, want %d (M4 is an error)", code, exitProblems)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(got) != 5 {
		t.Fatalf("want 5 findings, got %d", len(got))
	}
	for _, f := range got {
		if len(f) != 6 {
			t.Errorf("want exactly rule, severity, where, item, message, fix; got %v", f)
		}
	}
	if got[0]["rule"] != "S7" || got[0]["severity"] != "warning" || got[0]["where"] != "personal_budget.provision" || got[0]["item"] != "" {
		t.Errorf("first finding: %v", got[0])
	}
	if got[1]["rule"] != "S10" || got[1]["where"] != "advice" || got[1]["item"] != "" {
		t.Errorf("second finding: %v", got[1])
	}
	if got[3]["rule"] != "M4" || got[3]["item"] != "O6" || got[3]["where"] != "areas[3].outcomes[1].text" {
		t.Errorf("fourth finding: %v", got[3])
	}
}

func TestCheckJSONCleanPlanIsEmptyArray(t *testing.T) {
	var p map[string]any
	data, _ := os.ReadFile(amira)
	json.Unmarshal(data, &p)
	p["personal_budget"].(map[string]any)["provision"] = []string{"P4"}
	health := p["areas"].([]any)[3].(map[string]any)
	health["provision"].([]any)[1].(map[string]any)["section"] = "F"
	need := health["needs"].([]any)[1].(map[string]any)
	need["section"], need["category"] = "B", "sensory_physical"
	o := health["outcomes"].([]any)[1].(map[string]any)
	o["text"], o["measure"] = "By December 2026, Amira will walk from the bus stop to college without a rest, 4 days a week.", "Walking log"
	p["advice"] = append(p["advice"].([]any), // the rest of reg 6(1), for S10
		map[string]any{"title": "College advice", "author": "M Reid", "role": "Head of learning support", "date": "2022-10-05"},
		map[string]any{"title": "Careers guidance", "author": "L Grant", "role": "Careers adviser", "date": "2025-06-03", "kind": "adulthood"})
	clean := filepath.Join(t.TempDir(), "clean.json")
	data, _ = json.Marshal(p)
	os.WriteFile(clean, data, 0o644)
	code, out, errs := checkRun("--json", clean, "--today", "2026-01-12")
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = checkRun(clean, "--today", "2026-01-12")
	if code != exitOK || !strings.Contains(out, "0 errors, 0 warnings, 0 tips. Ready to issue.") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
}

// --today moves the date rules: Jordan's review (due 9 June 2026) is not
// overdue in January but is in July.
func TestCheckTodayMovesDateRules(t *testing.T) {
	for _, tt := range []struct {
		today string
		d1    bool
	}{{"2026-01-12", false}, {"2026-06-09", false}, {"2026-07-01", true}} {
		_, out, _ := checkRun("--json", jordan, "--today", tt.today)
		if got := strings.Contains(out, `"rule": "D1"`); got != tt.d1 {
			t.Errorf("--today %s: D1 %v, want %v", tt.today, got, tt.d1)
		}
	}
}

func TestCheckAllInStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	var out, errb bytes.Buffer
	if code := run([]string{"import", jordan, leo, amira, "--db", db}, &out, &errb); code != exitOK {
		t.Fatalf("import: %d %s", code, errb.String())
	}
	code, stdout, stderr := checkRun("--all", "--db", db, "--today", "2026-01-12")
	if code != exitProblems {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	for _, want := range []string{"NAME", "Jordan Ellis", "Leo Nowak", "Amira Haddad", "3 plans: 0 ready to issue, 3 not ready (13 errors, 16 warnings in all)."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("missing %q in:\n%s", want, stdout)
		}
	}
}

// The command line judges readiness by the same rule as the app: a draft
// with no errors of its own that would be issued overdue is not ready, and
// a ready draft is told that Section I is named at issue.
func TestCheckJudgesReadinessForIssue(t *testing.T) {
	dir := t.TempDir()
	p := readyDraftFile(t, dir, "2027-02-01")
	overdue := readyDraftFile(t, dir, "2026-01-01")
	tests := []struct {
		name, file, want string
		code             int
	}{
		{"ready, Section I asked at issue", p, "Ready to issue. Section I (the placement) stays blank in the draft", exitOK},
		{"issued today it would be overdue (D1)", overdue, "Not ready: 1 error.", exitProblems},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := checkRun(tt.file, "--today", "2026-03-02")
			if code != tt.code || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
		})
	}
}

// readyDraftFile writes a small draft with no errors, whose next review is
// next, and returns its path.
func readyDraftFile(t *testing.T, dir, next string) string {
	t.Helper()
	p := plan.New("Noor Haddad")
	p.Person.DateOfBirth = plan.MustDate("2016-05-01")
	p.Dates.NextReview = plan.MustDate(next)
	p.SectionA.Aspirations = []plan.Aspiration{{ID: "A1", Area: plan.AreaCommunity, Text: "I want to go to Brownies."}}
	p.Areas = []plan.Area{{Key: plan.AreaCommunity, Title: "Friends",
		Needs:     []plan.Need{{ID: "N1", Section: plan.SectionB, Category: plan.CategorySEMH, Text: "Noor finds new groups hard."}},
		Outcomes:  []plan.Outcome{{ID: "O1", Text: "By July 2026 Noor will go to Brownies each week with a friend.", By: "2026-07-20", Measure: "attendance register", Aspirations: []string{"A1"}, Needs: []string{"N1"}}},
		Provision: []plan.Provision{{ID: "P1", Section: plan.SectionF, Text: "A teaching assistant meets Noor at the door for 5 minutes each morning.", Who: "Teaching assistant", HowOften: "daily", Duration: "5 minutes, until July 2026", Outcomes: []string{"O1"}, Needs: []string{"N1"}}}}}
	data, err := plan.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, next+".json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// With a store, check runs the caseload rules: a plan that names another
// young person of the store's caseload has X1 (an error), in the listing,
// the JSON and the store's one-line-a-plan summary.
func TestCheckCaseloadRules(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	var out, errb bytes.Buffer
	if code := run([]string{"import", leo, amira, "--db", db}, &out, &errb); code != exitOK {
		t.Fatalf("import: %d %s", code, errb.String())
	}
	copied := filepath.Join(dir, "jordan-copied.json")
	data, _ := os.ReadFile(jordan)
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	p.Areas[0].Outcomes[0].Text += " Leo Nowak will read with him."
	data, _ = plan.Encode(p)
	os.WriteFile(copied, data, 0o600)

	_, listing, _ := checkRun(copied, "--db", db, "--today", "2026-01-12")
	if !strings.Contains(listing, "X1 "+p.Areas[0].Outcomes[0].ID+": ") || !strings.Contains(listing, "“Leo Nowak”") {
		t.Errorf("the listing has no X1 naming Leo Nowak:\n%s", listing)
	}
	_, js, _ := checkRun("--json", copied, "--db", db, "--today", "2026-01-12")
	if !strings.Contains(js, `"rule": "X1"`) {
		t.Errorf("the JSON has no X1:\n%s", js)
	}
	if _, plain, _ := checkRun(copied, "--today", "2026-01-12"); strings.Contains(plain, "X1") {
		t.Errorf("without a store there is no caseload, but X1 fired:\n%s", plain)
	}
	if code := run([]string{"import", copied, "--db", db}, &out, &errb); code != exitOK {
		t.Fatalf("import: %d %s", code, errb.String())
	}
	_, all, _ := checkRun("--all", "--db", db, "--today", "2026-01-12")
	if !strings.Contains(all, "3 plans: 0 ready to issue, 3 not ready (14 errors") {
		t.Errorf("the store's summary does not count X1 (13 errors before, 14 with it):\n%s", all)
	}
}

// A final plan naming another young person of the store (X1) is held back
// by render --db as a plan with checker errors is, and its check report
// lists the finding; without a store there is no caseload to judge by.
func TestRenderWithAStoreJudgesTheCaseloadRules(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "plans.db")
	var out, errb bytes.Buffer
	if code := run([]string{"import", leo, "--db", db}, &out, &errb); code != exitOK {
		t.Fatalf("import: %d %s", code, errb.String())
	}
	data, _ := os.ReadFile(amira)
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	p.Areas[0].Outcomes[0].Text += " Leo Nowak will read with her."
	copied := filepath.Join(dir, "amira-copied.json")
	data, _ = plan.Encode(p)
	os.WriteFile(copied, data, 0o600)

	// The fixture has one error of its own (its .expected); X1 is a second.
	if _, _, stderr := runCmd("render", copied, "-o", filepath.Join(dir, "a.pdf"), "--today", "2026-01-12"); !strings.Contains(stderr, "has 1 error ") {
		t.Fatalf("without a store: want the fixture's one error: %s", stderr)
	}
	code, _, stderr := runCmd("render", copied, "--db", db, "-o", filepath.Join(dir, "b.pdf"), "--today", "2026-01-12")
	if code != exitProblems || !strings.Contains(stderr, "has 2 errors ") {
		t.Fatalf("with the store: exit %d, want %d and X1 counted as a second error: %s", code, exitProblems, stderr)
	}
	report := filepath.Join(dir, "check.pdf")
	if code, _, stderr := runCmd("render", copied, "--db", db, "--kind", "check", "-o", report, "--today", "2026-01-12"); code != exitOK {
		t.Fatalf("check report: exit %d: %s", code, stderr)
	}
	if text := pdfText(t, report); !strings.Contains(text, "Leo Nowak") {
		t.Errorf("the check report does not name the match:\n%s", text)
	}
}

// TestCheckAllCountsADamagedPlan: check --all over a store with a damaged
// plan checks every other plan, says which could not be read, counts it
// as not ready and ends with problems (1), not bad usage (2), as due and
// insight do.
func TestCheckAllCountsADamagedPlan(t *testing.T) {
	db := filepath.Join(t.TempDir(), "plans.db")
	var out, errb bytes.Buffer
	if code := run([]string{"import", jordan, leo, amira, "--db", db}, &out, &errb); code != exitOK {
		t.Fatalf("import: %d %s", code, errb.String())
	}
	data, err := os.ReadFile(leo)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	storetest.DamageBody(t, db, p.ID)
	code, stdout, stderr := checkRun("--all", "--db", db, "--today", "2026-01-12")
	if code != exitProblems {
		t.Errorf("exit %d, want %d; stderr %s", code, exitProblems, stderr)
	}
	for _, want := range []string{"Jordan Ellis", "Amira Haddad", "3 plans: 0 ready to issue, 3 not ready (1 could not be read;"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("missing %q in:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "could not be read and are not checked") || !strings.Contains(stderr, "damaged") {
		t.Errorf("stderr does not say which plan could not be read: %s", stderr)
	}
}
