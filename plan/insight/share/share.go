// Package share keeps the caseload insight's choices in the store and
// writes it out for sharing: CSV files and a PDF with no names, no dates
// of birth, no statement outside a theme of 5 or more young people and no
// count from 1 to 4 (see insight.Sections with masked set). Every file is
// written 0600 through plan/safefile (a temporary file renamed).
package share

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"

	"ehcplan/plan"
	"ehcplan/plan/insight"
	"ehcplan/plan/safefile"
	"ehcplan/render"
)

// Settings is where the choices and baselines are kept: the store's
// caseload-wide settings (store.Store has these methods).
type Settings interface {
	Setting(key string) (value []byte, ok bool, err error)
	PutSetting(key string, value []byte, by string) error
}

// LoadChoices reads the theme choices; none saved is no choices.
func LoadChoices(st Settings) (*insight.Choices, error) {
	data, _, err := st.Setting(insight.ChoicesKey)
	if err != nil {
		return &insight.Choices{}, fmt.Errorf("read the theme choices: %w", err)
	}
	return insight.ParseChoices(data)
}

// SaveChoices keeps the theme choices.
func SaveChoices(st Settings, ch *insight.Choices, by string) error {
	if err := st.PutSetting(insight.ChoicesKey, ch.JSON(), by); err != nil {
		return fmt.Errorf("save the theme choices: %w", err)
	}
	return nil
}

// LoadBaseline reads the baseline saved for the report's scope, or nil.
func LoadBaseline(st Settings, sc insight.Scope) (*insight.Baseline, error) {
	all, err := loadBaselines(st)
	if err != nil {
		return nil, err
	}
	if b, ok := all[sc.Describe()]; ok {
		return &b, nil
	}
	return nil, nil
}

// SaveBaseline keeps the report's counts as the baseline of its scope,
// replacing the one before for the same scope.
func SaveBaseline(st Settings, r *insight.Report, by string) error {
	all, err := loadBaselines(st)
	if err != nil {
		return err
	}
	b := r.Baseline()
	all[b.Scope] = b
	if err := st.PutSetting(insight.BaselinesKey, all.JSON(), by); err != nil {
		return fmt.Errorf("save the baseline: %w", err)
	}
	return nil
}

func loadBaselines(st Settings) (insight.Baselines, error) {
	data, _, err := st.Setting(insight.BaselinesKey)
	if err != nil {
		return nil, fmt.Errorf("read the baselines: %w", err)
	}
	return insight.ParseBaselines(data)
}

// Shared is the report as it may be shared.
func Shared(r *insight.Report, b *insight.Baseline) (method []string, secs []insight.Section) {
	return insight.Method(r, true), insight.Sections(r, true, b)
}

// WriteCSV writes one CSV file per section into dir (made 0700 if
// missing), with README.txt saying how the numbers were made, and returns
// the files written.
func WriteCSV(dir string, r *insight.Report, b *insight.Baseline) ([]string, error) {
	method, secs := Shared(r, b)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("make the folder %s: %w", dir, err)
	}
	var written []string
	put := func(name string, data []byte) error {
		path := filepath.Join(dir, name)
		if err := safefile.WriteFile(path, data); err != nil {
			return err
		}
		written = append(written, path)
		return nil
	}
	var readme bytes.Buffer
	readme.WriteString("Caseload insight for commissioning\n\n")
	for _, m := range method {
		readme.WriteString(m + "\n\n")
	}
	if err := put("README.txt", readme.Bytes()); err != nil {
		return written, err
	}
	for _, s := range secs {
		if err := put(s.Key+".csv", sectionCSV(s)); err != nil {
			return written, err
		}
		if len(s.Themes) > 0 {
			if err := put(s.Key+"_statements.csv", statementsCSV(s)); err != nil {
				return written, err
			}
		}
	}
	return written, nil
}

func sectionCSV(s insight.Section) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if s.Empty != "" {
		w.Write([]string{"Nothing to show yet"})
		w.Write([]string{s.Empty})
	} else {
		w.Write(s.Columns)
		for _, r := range s.Rows {
			w.Write(safeCells(r))
		}
	}
	w.Flush()
	return buf.Bytes()
}

func statementsCSV(s insight.Section) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"Theme", "Young people", "Statement (who said it)"})
	for _, t := range s.Themes {
		for _, st := range t.Statements {
			w.Write(safeCells([]string{t.Label, t.YoungPeople, st}))
		}
	}
	w.Flush()
	return buf.Bytes()
}

// safeCells keeps a spreadsheet from running a cell as a formula: a cell
// starting with = + - @ gets a leading apostrophe ("<5" and counts are
// left as they are).
func safeCells(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		if c != "" && (c[0] == '=' || c[0] == '+' || c[0] == '-' || c[0] == '@') && !isSigned(c) {
			c = "'" + c
		}
		out[i] = c
	}
	return out
}

// isSigned is a change such as "+3" or "-2".
func isSigned(c string) bool {
	if len(c) < 2 || c[0] != '+' && c[0] != '-' {
		return false
	}
	for _, r := range c[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// WritePDF writes the shared report as a PDF at path (0600, atomic).
func WritePDF(path string, r *insight.Report, b *insight.Baseline, today plan.Date) error {
	method, secs := Shared(r, b)
	var buf bytes.Buffer
	if _, err := render.InsightPDF(&buf, method, secs, today); err != nil {
		return err
	}
	return safefile.WriteFile(path, buf.Bytes())
}
