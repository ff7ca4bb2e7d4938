package render

import (
	"errors"
	"fmt"
	"sync"

	"ehcplan/assets"
	"ehcplan/render/internal/fpdf"
)

// family is the gofpdf name of the embedded font family.
const family = "DejaVu"

// face is one embedded font style.
type face struct {
	style string // gofpdf style: "" or "B"
	data  []byte
}

var faces = []face{
	{"", assets.DejaVuSans},
	{"B", assets.DejaVuSansBold},
}

// fontSet holds the metrics of every face, parsed once per process.
type fontSet struct {
	byStyle map[string]*metrics
	regular *metrics // byStyle[""] and byStyle["B"], without a map lookup
	bold    *metrics
	all     [0x10000]bool // the runes every face can show
}

var (
	loadOnce  sync.Once
	loaded    *fontSet
	loadError error
)

// fontMetrics reads the faces once per process, each on its own core: our
// metrics, and the PDF library's parse and subsetting tables, which every
// document then shares.
func fontMetrics() (*fontSet, error) {
	loadOnce.Do(func() {
		fs := &fontSet{byStyle: map[string]*metrics{}}
		ms := make([]*metrics, len(faces))
		errs := make([]error, 2*len(faces))
		var wg sync.WaitGroup
		for i, f := range faces {
			wg.Go(func() { ms[i], errs[2*i] = parseMetrics(f.data) })
			wg.Go(func() { errs[2*i+1] = fpdf.PrepareUTF8Font(family, f.style, f.data) })
		}
		wg.Wait()
		for i, f := range faces {
			if err := errors.Join(errs[2*i], errs[2*i+1]); err != nil {
				loadError = fmt.Errorf("read embedded font %q: %w", family+f.style, err)
				return
			}
			fs.byStyle[f.style] = ms[i]
		}
		fs.regular, fs.bold = fs.byStyle[""], fs.byStyle["B"]
		for r := range fs.all {
			fs.all[r] = true
			for _, m := range ms { // a slice: ranging over the map took milliseconds
				fs.all[r] = fs.all[r] && m.has[r]
			}
		}
		loaded = fs
	})
	return loaded, loadError
}

// covers reports whether every face can show r, so text may be set in any
// style.
func (fs *fontSet) covers(r rune) bool {
	return r >= 0 && r <= 0xFFFE && fs.all[r]
}

// width returns the width of s in millimetres at size points in style.
func (fs *fontSet) width(style string, size float64, s string) float64 {
	m := fs.regular
	if style == "B" {
		m = fs.bold
	} else if style != "" {
		m = fs.byStyle[style]
	}
	units := 0
	for _, r := range s {
		if r >= 0 && r < 0x10000 {
			units += int(m.width[r])
		}
	}
	return float64(units) * size / 1000 * ptToMM
}

const ptToMM = 25.4 / 72
