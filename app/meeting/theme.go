package meeting

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Text scales offered in Settings: meeting mode's type is at least twice
// the normal size.
var Scales = []float32{2, 2.5, 3}

// DefaultScale is meeting mode's text size unless Settings say otherwise.
const DefaultScale = 2

// ClampScale keeps a stored scale within what Settings offer.
func ClampScale(s float32) float32 {
	return min(max(s, Scales[0]), Scales[len(Scales)-1])
}

// Theme is meeting mode's look: the default theme in high contrast (black
// on white, or white on black in the dark variant), with text scale times
// the normal size, thicker borders and more room inside buttons, so that
// each is a large target for a finger.
func Theme(scale float32) fyne.Theme {
	return &meetingTheme{Theme: theme.DefaultTheme(), scale: ClampScale(scale)}
}

type meetingTheme struct {
	fyne.Theme
	scale float32
}

func (t *meetingTheme) Size(n fyne.ThemeSizeName) float32 {
	size := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameInlineIcon:
		return size * t.scale
	case theme.SizeNameSubHeadingText, theme.SizeNameHeadingText:
		return size * t.scale
	case theme.SizeNameCaptionText:
		// Prompts and notes: smaller than the answers, still twice normal text.
		return max(size*t.scale, t.Theme.Size(theme.SizeNameText)*2) * 0.85
	case theme.SizeNameInnerPadding:
		return size * 1.5
	case theme.SizeNameInputBorder:
		return 2
	case theme.SizeNameScrollBar:
		return size * 2
	case theme.SizeNameSelectionRadius, theme.SizeNameInputRadius:
		return size
	}
	return size
}

// High-contrast colours: text at least 15:1 on the background, buttons
// outlined by their own contrast, the focus a thick yellow or blue.
var (
	ink      = color.NRGBA{0x0b, 0x0c, 0x0c, 0xff}
	paper    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	night    = color.NRGBA{0x00, 0x00, 0x00, 0xff}
	chalk    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	deepBlue = color.NRGBA{0x00, 0x30, 0x78, 0xff}
	yellow   = color.NRGBA{0xff, 0xdd, 0x00, 0xff}
)

func (t *meetingTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	dark := v == theme.VariantDark
	pick := func(light, darkC color.Color) color.Color {
		if dark {
			return darkC
		}
		return light
	}
	switch n {
	case theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return pick(paper, night)
	case theme.ColorNameForeground:
		return pick(ink, chalk)
	case theme.ColorNameInputBackground:
		return pick(paper, color.NRGBA{0x12, 0x12, 0x12, 0xff})
	case theme.ColorNameInputBorder, theme.ColorNameSeparator:
		return pick(ink, chalk)
	case theme.ColorNameButton:
		return pick(color.NRGBA{0xe3, 0xe3, 0xe3, 0xff}, color.NRGBA{0x33, 0x33, 0x33, 0xff})
	case theme.ColorNamePrimary:
		return pick(deepBlue, yellow)
	case theme.ColorNameForegroundOnPrimary:
		return pick(chalk, night)
	case theme.ColorNameFocus:
		return pick(color.NRGBA{0xff, 0xbf, 0x47, 0xff}, color.NRGBA{0x4c, 0x9a, 0xff, 0xff})
	case theme.ColorNameHover, theme.ColorNamePressed:
		return pick(color.NRGBA{0x00, 0x00, 0x00, 0x30}, color.NRGBA{0xff, 0xff, 0xff, 0x30})
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return pick(color.NRGBA{0x50, 0x50, 0x50, 0xff}, color.NRGBA{0xb8, 0xb8, 0xb8, 0xff})
	case theme.ColorNameDisabledButton:
		return pick(color.NRGBA{0xcc, 0xcc, 0xcc, 0xff}, color.NRGBA{0x26, 0x26, 0x26, 0xff})
	case theme.ColorNameSelection:
		return pick(color.NRGBA{0xff, 0xdd, 0x00, 0x99}, color.NRGBA{0x4c, 0x9a, 0xff, 0x99})
	}
	return t.Theme.Color(n, v)
}
