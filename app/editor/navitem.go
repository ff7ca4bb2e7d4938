package editor

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// navItem is one rail entry: an icon, a label that wraps, a quiet line
// for the statutory section, and a badge counting what needs fixing. It
// can be tapped, or focused with Tab and opened with Enter or Space.
type navItem struct {
	widget.BaseWidget
	label      *widget.Label
	sub, badge *canvas.Text
	icon       fyne.Resource
	bg         *canvas.Rectangle
	onTap      func()

	selected, hovered, focused bool
	errors, warnings           int
}

var (
	_ fyne.Tappable      = (*navItem)(nil)
	_ fyne.Focusable     = (*navItem)(nil)
	_ desktop.Hoverable  = (*navItem)(nil)
	_ desktop.Cursorable = (*navItem)(nil)
)

func newNavItem(label, sub string, icon fyne.Resource, tapped func()) *navItem {
	n := &navItem{icon: icon, onTap: tapped, bg: canvas.NewRectangle(color.Transparent)}
	n.label = widget.NewLabel(label)
	n.label.Wrapping = fyne.TextWrapWord
	n.sub = canvas.NewText(sub, theme.Color(theme.ColorNamePlaceHolder))
	n.sub.Hidden = sub == ""
	n.badge = canvas.NewText("", theme.Color(theme.ColorNameError))
	n.badge.TextStyle.Bold = true
	n.badge.Hidden = true
	n.styleFromTheme()
	n.ExtendBaseWidget(n)
	return n
}

// styleFromTheme sets the sizes and colours the theme gives. The captions
// are canvas texts, which keep the size they were given, so this runs on
// every Refresh: a change of text size then redraws them at once.
func (n *navItem) styleFromTheme() {
	n.sub.TextSize = theme.CaptionTextSize()
	n.sub.Color = theme.Color(theme.ColorNamePlaceHolder)
	n.badge.TextSize = theme.CaptionTextSize()
	n.badge.Color = theme.Color(theme.ColorNameWarning)
	if n.errors > 0 {
		n.badge.Color = theme.Color(theme.ColorNameError)
	}
	n.bg.CornerRadius = theme.InputRadiusSize()
}

// Refresh redraws the entry in the current theme.
func (n *navItem) Refresh() {
	n.styleFromTheme()
	n.BaseWidget.Refresh()
}

func (n *navItem) CreateRenderer() fyne.WidgetRenderer {
	var left fyne.CanvasObject
	if n.icon != nil {
		left = container.NewCenter(widget.NewIcon(n.icon))
	}
	pad := theme.InnerPadding()
	captions := container.New(layout.NewCustomPaddedLayout(-pad/2, pad/2, pad, 0),
		container.New(layout.NewCustomPaddedVBoxLayout(theme.Padding()/2), n.sub, n.badge))
	text := container.New(layout.NewCustomPaddedVBoxLayout(0), n.label, captions)
	return widget.NewSimpleRenderer(container.NewStack(n.bg, container.NewBorder(nil, nil, left, nil, text)))
}

// Text is the entry's label.
func (n *navItem) Text() string { return n.label.Text }

func (n *navItem) setSelected(on bool) {
	if n.selected != on {
		n.selected = on
		n.label.TextStyle.Bold = on
		n.label.Refresh()
		n.paint()
	}
}

func (n *navItem) setBadge(errors, warnings int) {
	if n.errors == errors && n.warnings == warnings {
		return
	}
	n.errors, n.warnings = errors, warnings
	n.badge.Text = badgeText(errors, warnings)
	n.badge.Hidden = n.badge.Text == ""
	n.Refresh()
}

// rowFill is the background of a clickable row: selected, then keyboard
// focus, then mouse hover, else none.
func rowFill(selected, focused, hovered bool) color.Color {
	switch {
	case selected:
		return theme.Color(theme.ColorNameSelection)
	case focused:
		return theme.Color(theme.ColorNameFocus)
	case hovered:
		return theme.Color(theme.ColorNameHover)
	}
	return color.Transparent
}

func (n *navItem) paint() {
	n.bg.FillColor = rowFill(n.selected, n.focused, n.hovered)
	if n.focused {
		n.bg.StrokeColor, n.bg.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
	} else {
		n.bg.StrokeWidth = 0
	}
	n.bg.Refresh()
}

func (n *navItem) Tapped(*fyne.PointEvent) {
	if n.onTap != nil {
		n.onTap()
	}
}

func (n *navItem) FocusGained()           { n.focused = true; n.paint() }
func (n *navItem) FocusLost()             { n.focused = false; n.paint() }
func (n *navItem) TypedRune(r rune)       {}
func (n *navItem) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (n *navItem) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter || k.Name == fyne.KeySpace {
		n.Tapped(nil)
	}
}

func (n *navItem) MouseIn(*desktop.MouseEvent)    { n.hovered = true; n.paint() }
func (n *navItem) MouseMoved(*desktop.MouseEvent) {}
func (n *navItem) MouseOut()                      { n.hovered = false; n.paint() }
