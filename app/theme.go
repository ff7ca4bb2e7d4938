package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TextSize is the user's choice of how big text is drawn.
type TextSize int

// The text sizes offered, smallest first.
const (
	TextNormal TextSize = iota
	TextLarge
	TextExtraLarge
)

// textSizes are the choices as the menus and the top bar word them.
var textSizes = []struct {
	label string
	scale float32
}{
	{"Normal text", 1},
	{"Large text", 1.25},
	{"Extra large text", 1.5},
}

func (s TextSize) String() string { return textSizes[s.clamp()].label }

func (s TextSize) clamp() TextSize {
	if s < TextNormal || s > TextExtraLarge {
		return TextNormal
	}
	return s
}

// textSizeNamed returns the size whose label is name (Normal if none is).
func textSizeNamed(name string) TextSize {
	for i, t := range textSizes {
		if t.label == name {
			return TextSize(i)
		}
	}
	return TextNormal
}

func textSizeLabels() []string {
	out := make([]string, len(textSizes))
	for i, t := range textSizes {
		out[i] = t.label
	}
	return out
}

// scaledTheme is the default theme with text (and the icons that sit in
// lines of text) drawn larger, so a family round one laptop can read it.
type scaledTheme struct {
	fyne.Theme
	scale float32
}

func newScaledTheme(s TextSize) fyne.Theme {
	return &scaledTheme{Theme: theme.DefaultTheme(), scale: textSizes[s.clamp()].scale}
}

// Size scales the text sizes and leaves spacing alone.
func (t *scaledTheme) Size(n fyne.ThemeSizeName) float32 {
	size := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return size * t.scale
	}
	return size
}

// Color draws disabled text legibly: an issued plan is shown in disabled
// boxes, and its words must stay easy to read (about 5:1 on the boxes),
// while still looking unlike text that can be changed. It also makes the
// keyboard focus plain to see. Fyne tints a focused button with a pale
// blue, which on the blue "Create plan" button cannot be seen at all. A
// grey tint, dark on the light theme, shows on blue, red and grey buttons
// alike and keeps their words readable. (On the dark theme a light tint
// shows on grey buttons but little on blue ones: the app's own primary
// buttons, keydialog.Button, draw a ring as well.)
func (t *scaledTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameDisabled:
		if v == theme.VariantLight {
			return color.NRGBA{R: 0x6a, G: 0x6a, B: 0x6e, A: 0xff}
		}
		return color.NRGBA{R: 0xa0, G: 0xa0, B: 0xa4, A: 0xff}
	case theme.ColorNameFocus:
		if v == theme.VariantDark {
			return focusOnDark
		}
		return focusOnLight
	}
	return t.Theme.Color(n, v)
}

var (
	focusOnLight = color.NRGBA{R: 0x0b, G: 0x0c, B: 0x0c, A: 0x4d}
	focusOnDark  = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x3d}
)

// applyTextSize makes s the app's theme.
func applyTextSize(fa fyne.App, s TextSize) {
	fa.Settings().SetTheme(newScaledTheme(s))
}
