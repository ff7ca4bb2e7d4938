package render

import (
	"bytes"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"ehcplan/plan"
)

// Every printed plan passes pdfcpu's strict validation (issue 9, 1.12:
// the outline had /Count 0 on items without children).
func TestStrictValidation(t *testing.T) {
	api.DisableConfigDir() // no configuration written to the home folder
	plans := map[string]*plan.Plan{"generated-40": genPlan(40), "empty": {}}
	for _, name := range fixtures {
		plans[name] = loadFixture(t, name)
	}
	for name, p := range plans {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := PDF(&buf, p, Options{Today: today}); err != nil {
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
