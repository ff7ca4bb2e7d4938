package render

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

var kinds = []Kind{KindPlan, KindSections, KindCheck}

// Every kind of document passes pdfcpu's strict validation.
func TestStrictValidationOfEveryKind(t *testing.T) {
	api.DisableConfigDir()
	plans := map[string]*plan.Plan{"generated-40": genPlan(40), "empty": {}}
	for _, name := range fixtures {
		plans[name] = loadFixture(t, name)
	}
	for name, p := range plans {
		for _, k := range kinds {
			t.Run(name+"/"+string(k), func(t *testing.T) {
				var buf bytes.Buffer
				if _, err := PDF(&buf, p, Options{Today: today, Kind: k}); err != nil {
					t.Fatal(err)
				}
				conf := model.NewDefaultConfiguration()
				conf.ValidationMode = model.ValidationStrict
				if err := api.Validate(bytes.NewReader(buf.Bytes()), conf); err != nil {
					t.Errorf("pdfcpu validate -m strict: %v", err)
				}
			})
		}
	}
}

func TestUnknownKindIsRefused(t *testing.T) {
	_, err := PDF(&bytes.Buffer{}, genPlan(2), Options{Today: today, Kind: "poster"})
	if !errors.Is(err, ErrUnknownKind) {
		t.Errorf("err = %v, want ErrUnknownKind", err)
	}
}

// ruleToken is what a checker rule code looks like in text.
var ruleToken = regexp.MustCompile(`\b[SGMPDAX][0-9]+\b`)

// dayCount is a number of days, as the checker's deadlines say them.
var dayCount = regexp.MustCompile(`(?i)\b[0-9]+\s+(working\s+)?days?\b`)

// The draft the family receives carries none of the checker's words: no
// rule codes (beyond the plan's own item IDs, which share their shape),
// no "ready to issue" and no day counts.
func TestFamilyDraftHasNoCheckerWords(t *testing.T) {
	drafts := map[string]*plan.Plan{"leo-y5-draft": loadFixture(t, "leo-y5-draft")}
	g := genPlan(40)
	g.Status = plan.StatusDraft
	drafts["generated-40 draft"] = g
	for name, p := range drafts {
		t.Run(name, func(t *testing.T) {
			rep := check.IssueReport(p, today)
			rules := map[string]bool{}
			for _, f := range rep.Findings {
				if _, isItem := p.Index()[f.Rule]; !isItem {
					rules[f.Rule] = true
				}
			}
			if len(rules) == 0 {
				t.Fatal("no finding with a rule code unlike an item ID: the test proves nothing")
			}
			r := renderText(t, p, Options{Today: today})
			text := strings.Join(r.pages, "\n")
			for _, tok := range ruleToken.FindAllString(text, -1) {
				if rules[tok] {
					t.Errorf("the family's draft prints rule code %s", tok)
				}
			}
			if strings.Contains(strings.ToLower(squash(text)), "readytoissue") {
				t.Errorf("the family's draft says whether it is ready to issue")
			}
			if m := dayCount.FindString(text); m != "" {
				t.Errorf("the family's draft prints a day count: %q", m)
			}
		})
	}
}

// The check report lists every finding of the checker, with its rule,
// severity, message, fix and the counts.
func TestCheckReportListsEveryFinding(t *testing.T) {
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			p := loadFixture(t, name)
			rep := check.IssueReport(p, today)
			if len(rep.Findings) == 0 {
				t.Fatal("no findings: the test proves nothing")
			}
			r := renderText(t, p, Options{Today: today, Kind: KindCheck})
			all := r.all()
			for _, f := range rep.Findings {
				d, _ := newDoc(p, Options{})
				for _, want := range []string{d.clean(f.Message), d.clean(f.Fix)} {
					if !strings.Contains(all, squash(want)) {
						t.Errorf("finding %s: %q is not in the check report", f.Rule, want)
					}
				}
			}
			text := strings.Join(r.pages, "\n")
			for _, f := range rep.Findings {
				if !regexp.MustCompile(`\b` + f.Rule + `\b`).MatchString(text) {
					t.Errorf("rule %s is not in the check report", f.Rule)
				}
			}
			counts := squash(count(rep.Errors, "error") + ", " + count(rep.Warnings, "warning") + " and " + count(rep.Tips, "tip"))
			if !strings.Contains(all, counts) {
				t.Errorf("the counts %q are not in the check report", counts)
			}
			if !strings.Contains(all, squash("Date checked"+today.Long())) {
				t.Errorf("the check report does not say when the plan was checked")
			}
		})
	}
}

// A final plan's thread map shows the thread, not what is missing from
// it; a draft's may still say "not linked" (with no rule codes).
func TestFinalThreadMapHasNoNotLinked(t *testing.T) {
	tests := []struct {
		name      string
		notLinked bool
	}{{"jordan-y10-final", false}, {"amira-y12-final", false}, {"leo-y5-draft", true}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadFixture(t, tt.name)
			if check.Check(p, today).Errors == 0 && !tt.notLinked {
				t.Logf("%s has no errors", tt.name)
			}
			all := renderText(t, p, Options{Today: today}).all()
			if got := strings.Contains(all, "notlinked"); got != tt.notLinked {
				t.Errorf("thread map says \"not linked\": %v, want %v", got, tt.notLinked)
			}
			if strings.Contains(all, "orangeborder") != tt.notLinked {
				t.Errorf("the map's key speaks of orange borders on a %s plan", p.Status)
			}
		})
	}
}

// The sections view and the check report of a copy for a provider leave
// out what the plan's copy does, and say they are such a copy.
func TestRedactedSectionsAndCheckReport(t *testing.T) {
	for _, k := range []Kind{KindSections, KindCheck} {
		for _, name := range fixtures {
			t.Run(string(k)+"/"+name, func(t *testing.T) {
				p := withDetails(loadFixture(t, name))
				r := renderText(t, p, Options{Today: today, Redact: true, Kind: k})
				text := strings.Join(r.pages, "")
				for _, v := range redacted(p) {
					if strings.Contains(text, v) || strings.Contains(squash(text), squash(v)) {
						t.Errorf("the redacted %s prints %q", k, v)
					}
				}
				for i, pg := range r.pages {
					if !strings.Contains(squash(pg), "copyforaprovider") {
						t.Errorf("page %d's header does not say it is a copy for a provider", i+1)
					}
				}
			})
		}
	}
}
