package assets

import _ "embed"

// Icon is the application icon (512x512 PNG): a white page on a calm teal
// rounded square, with a golden thread joining three knots.
//
//go:embed icon.png
var Icon []byte
