package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// GoTo opens the page a finding is about and focuses the field at its
// place (or the nearest field that edits it).
func (e *Editor) GoTo(f check.Finding) {
	at := e.findingPath(f)
	page := e.pageForPath(at)
	if page == "" {
		return
	}
	if key, ok := strings.CutPrefix(page, areaPrefix); ok && e.mapOn[key] {
		e.mapOn[key] = false
		e.page = ""
	}
	if page != e.page {
		e.ShowPage(page)
	}
	if w := e.lookupAt(at); w != nil {
		e.focus(w)
	}
}

// findingPath is the place a finding concerns: its Where, or failing that
// the place of the item it names.
func (e *Editor) findingPath(f check.Finding) plan.Loc {
	if !f.Where.IsZero() {
		return f.Where
	}
	if ref, ok := e.p.Index()[f.Item]; ok {
		return ref.Loc()
	}
	if f.Rule == "S3" {
		return plan.At("section_notes").Dot(f.Item)
	}
	if ai := e.areaIndex(f.Item); ai >= 0 && f.Item != "" {
		return plan.AreaAt(ai).Dot("note")
	}
	for i, h := range e.p.SectionA.Headings {
		if h.Key == f.Item && f.Item != "" {
			return plan.At("section_a").In("headings", i).Dot("text")
		}
	}
	if f.Rule == "S2" {
		return plan.At("section_a").In("aspirations", plan.NoIndex)
	}
	return plan.Loc{}
}

// focus gives a field the keyboard focus and scrolls the form to show it.
func (e *Editor) focus(w fyne.Focusable) {
	if o, ok := w.(fyne.CanvasObject); ok && !o.Visible() {
		o.Show() // e.g. a heading's rename box
	}
	e.scrollTo(w)
	if c := e.w.Canvas(); c != nil {
		c.Focus(w)
	}
}

// scrollTo scrolls the form so that a field is near the top.
func (e *Editor) scrollTo(w fyne.Focusable) {
	if obj, ok := w.(fyne.CanvasObject); ok {
		e.scrollToObject(obj)
	}
}

// scrollToObject scrolls the form so that obj is near the top.
func (e *Editor) scrollToObject(obj fyne.CanvasObject) {
	content := e.formScroll.Content
	if content == nil {
		return
	}
	e.layoutForm()
	pos, found := positionIn(content, obj)
	if !found {
		return
	}
	y := pos.Y - 3*theme.TextSize() // keep the field's label in view
	if y < 0 {
		y = 0
	}
	e.formScroll.ScrollToOffset(fyne.NewPos(0, y))
}

// layoutForm lays the form page out at the scroll's width now, so the
// positions of its fields are known before the next frame.
func (e *Editor) layoutForm() {
	content := e.formScroll.Content
	min := content.MinSize()
	size := e.formScroll.Size()
	content.Resize(fyne.NewSize(max(min.Width, size.Width), max(min.Height, size.Height)))
}

// positionIn finds obj's position relative to root by walking containers.
func positionIn(root, obj fyne.CanvasObject) (fyne.Position, bool) {
	if root == obj {
		return fyne.Position{}, true
	}
	c, ok := root.(*fyne.Container)
	if !ok {
		return fyne.Position{}, false
	}
	for _, child := range c.Objects {
		if p, found := positionIn(child, obj); found {
			return child.Position().Add(p), true
		}
	}
	return fyne.Position{}, false
}
