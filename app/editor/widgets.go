package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageTitle is a page's heading and a sentence saying what the page is for.
func pageTitle(title, intro string) fyne.CanvasObject {
	h := widget.NewLabel(title)
	h.TextStyle.Bold = true
	h.SizeName = theme.SizeNameHeadingText
	h.Wrapping = fyne.TextWrapWord
	if intro == "" {
		return h
	}
	return container.NewVBox(h, para(intro))
}

// sectionTitle heads a part of a page ("Outcomes (Section E)").
func sectionTitle(title, intro string) fyne.CanvasObject {
	h := widget.NewLabel(title)
	h.TextStyle.Bold = true
	h.SizeName = theme.SizeNameSubHeadingText
	h.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{widget.NewSeparator(), h}
	if intro != "" {
		objs = append(objs, para(intro))
	}
	return container.NewVBox(objs...)
}

// para is a paragraph of wrapped text.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// hint is quieter wrapped text under a field.
func hint(text string) *widget.Label {
	l := para(text)
	l.Importance = widget.LowImportance
	return l
}

// labelled puts a field's label above it, and an optional hint below.
func labelled(label, hintText string, obj fyne.CanvasObject) *fyne.Container {
	l := widget.NewLabel(label)
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{l, obj}
	if hintText != "" {
		objs = append(objs, hint(hintText))
	}
	return container.New(layout.NewCustomPaddedVBoxLayout(0), objs...)
}

// twoCols lays short fields side by side, or one above the other when the
// form is too narrow for both (Extra large text on a small screen).
func twoCols(a, b fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&twoColsLayout{}, a, b)
}

// card frames one item (an outcome, a need...) with its title and actions.
func card(title string, actions []fyne.CanvasObject, body ...fyne.CanvasObject) fyne.CanvasObject {
	return cardWith(boldLabel(title), actions, body...)
}

// cardWith is card with a title label the caller keeps, e.g. to update it.
func cardWith(t *widget.Label, actions []fyne.CanvasObject, body ...fyne.CanvasObject) fyne.CanvasObject {
	t.Wrapping = fyne.TextWrapWord
	head := container.NewBorder(nil, nil, nil, container.NewHBox(actions...), t)
	inner := container.NewVBox(append([]fyne.CanvasObject{head}, body...)...)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(bg, container.NewPadded(inner))
}

// addButton adds an item to a list.
func addButton(label string, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, theme.ContentAddIcon(), tapped)
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// removeFor makes the Remove button of the item at path.
func (e *Editor) removeFor(path string, tapped func()) *widget.Button {
	b := removeButton(tapped)
	e.actions[path+" remove"] = b
	return b
}

// removeButton asks to remove an item.
func removeButton(tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), tapped)
	b.Importance = widget.LowImportance
	return b
}

// iconButton is a small button for moving items.
func iconButton(icon fyne.Resource, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	return b
}

// page stacks a page's parts with room to breathe, and pads the edges.
func page(parts ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewPadded(container.NewVBox(append(parts, layout.NewSpacer())...))
}

// boldLabel is a short bold label.
func boldLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}
