package render

// rgb is a colour with 0-255 components.
type rgb [3]int

// The palette: dark text on white, one calm accent, orange for problems.
var (
	black     = rgb{25, 25, 25}
	grey      = rgb{95, 95, 95}
	lightGrey = rgb{200, 200, 200}
	accent    = rgb{20, 70, 120}
	orange    = rgb{200, 90, 0}
	draftGrey = rgb{228, 228, 228}
	headFill  = rgb{228, 236, 244}
	noteFill  = rgb{245, 247, 250}
)

// style is how a run of text is set. There is no italic: two faces keep
// files small and fast, and plain text reads more easily.
type style struct {
	bold  bool
	size  float64 // points
	color rgb
}

// The text styles of the document. Body text is 11 pt for families.
var (
	stBody    = style{size: 11, color: black}
	stBold    = style{bold: true, size: 11, color: black}
	stNote    = style{size: 10.5, color: grey}
	stSmall   = style{size: 9, color: grey}
	stSmallB  = style{bold: true, size: 9, color: black}
	stCell    = style{size: 10, color: black}
	stCellB   = style{bold: true, size: 10, color: black}
	stCellI   = style{size: 10, color: grey}
	stLabel   = style{bold: true, size: 10, color: accent}
	stH1      = style{bold: true, size: 18, color: accent}
	stH2      = style{bold: true, size: 14, color: accent}
	stH3      = style{bold: true, size: 12, color: black}
	stWarn    = style{size: 10, color: orange}
	stRunHead = style{size: 9, color: grey}
)

// fontStyle is the gofpdf style string of s.
func (s style) fontStyle() string {
	if s.bold {
		return "B"
	}
	return ""
}

// lineHeight is the height of one line of s, in millimetres.
func (s style) lineHeight() float64 { return s.size * ptToMM * 1.38 }

// Page geometry in millimetres (A4 portrait).
const (
	pageW      = 210.0
	pageH      = 297.0
	marginX    = 20.0
	contentW   = pageW - 2*marginX
	headerY    = 10.0
	bodyTop    = 22.0
	bodyBottom = 278.0
	footerY    = 284.0
)
