// Package assets holds the files EHC Plan Writer embeds in its binaries:
// the fonts the PDF is printed in (and, later, the application icon).
// Each asset is an exported []byte so packages need no file system access.
package assets

import _ "embed" // the vars below are filled by go:embed

// DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt) prints
// Latin, Greek and Cyrillic names in plans.
var (
	//go:embed fonts/DejaVuSans.ttf
	DejaVuSans []byte

	//go:embed fonts/DejaVuSans-Bold.ttf
	DejaVuSansBold []byte

	//go:embed fonts/LICENSE-DejaVu.txt
	DejaVuLicence []byte
)
