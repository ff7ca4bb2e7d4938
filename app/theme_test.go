package app

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// over alpha-blends c over base, as fyne draws a focused button.
func over(base, c color.Color) color.Color {
	br, bg, bb, _ := base.RGBA()
	r, g, b, a := c.RGBA() // premultiplied
	mix := func(under, top uint32) uint8 { return uint8((top + under*(0xffff-a)/0xffff) >> 8) }
	return color.NRGBA{mix(br, r), mix(bg, g), mix(bb, b), 0xff}
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// A focused button must look clearly different from an unfocused one, on
// the blue primary button as on a grey one, and its words must stay
// readable. On the dark theme no one tint lightens grey and darkens blue,
// so there coloured buttons are only checked for readable words (the app's
// own primary buttons draw a focus ring).
func TestFocusIsPlainOnEveryButton(t *testing.T) {
	th := newScaledTheme(TextNormal)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		focus := th.Color(theme.ColorNameFocus, v)
		buttons := []struct {
			name       string
			background fyne.ThemeColorName
			text       fyne.ThemeColorName
		}{
			{"primary", theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary},
			{"grey", theme.ColorNameButton, theme.ColorNameForeground},
			{"low importance", theme.ColorNameBackground, theme.ColorNameForeground},
			{"danger", theme.ColorNameError, theme.ColorNameForegroundOnError},
		}
		for _, b := range buttons {
			t.Run(fmt.Sprintf("%s on %s", b.name, variantName(v)), func(t *testing.T) {
				bg := over(th.Color(theme.ColorNameBackground, v), th.Color(b.background, v))
				focused := over(bg, focus)
				if c := contrast(bg, focused); c < 1.6 && !(v == theme.VariantDark && b.text != theme.ColorNameForeground) {
					t.Errorf("focused and unfocused differ by a contrast of %.2f, want at least 1.6", c)
				}
				if c := contrast(focused, th.Color(b.text, v)); c < 3 {
					t.Errorf("the label on a focused button has a contrast of %.2f, want at least 3", c)
				}
			})
		}
	}
}

func variantName(v fyne.ThemeVariant) string {
	if v == theme.VariantDark {
		return "dark"
	}
	return "light"
}
