package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan/check"
)

// rail is the navigation down the left: one entry per page, each showing
// how many things on that page need fixing.
type rail struct {
	e     *Editor
	items map[string]*navItem
	order []string
	box   *fyne.Container
}

func newRail(e *Editor) *rail {
	r := &rail{e: e, items: map[string]*navItem{}}
	var objs []fyne.CanvasObject
	add := func(key, label, sub string, icon fyne.Resource) {
		it := newNavItem(label, sub, icon, func() { e.ShowPage(key) })
		r.items[key] = it
		r.order = append(r.order, key)
		objs = append(objs, it)
	}
	for _, p := range e.navPages() {
		add(p.key, p.label, p.sub, p.icon)
	}
	if len(e.opt.Extra) > 0 {
		objs = append(objs, widget.NewSeparator())
	}
	for _, x := range e.opt.Extra {
		add(x.Label, x.Label, "", x.Icon)
	}
	r.box = container.NewVBox(objs...)
	return r
}

// object is the rail as placed in the editor: it scrolls when the text
// is large, and is about 13 characters wide at any text size.
func (r *rail) object() fyne.CanvasObject {
	scroll := container.NewVScroll(r.box)
	return container.NewBorder(nil, nil, nil, widget.NewSeparator(), container.New(textWide(13), scroll))
}

func (r *rail) selectPage(key string) {
	for k, it := range r.items {
		it.setSelected(k == key)
	}
}

// update shows each page's error and warning counts.
func (r *rail) update(rep check.Report) {
	type counts struct{ errors, warnings int }
	per := map[string]*counts{}
	for _, f := range rep.Findings {
		page := r.e.pageForPath(r.e.findingPath(f))
		if per[page] == nil {
			per[page] = &counts{}
		}
		switch f.Severity {
		case check.Error:
			per[page].errors++
		case check.Warning:
			per[page].warnings++
		}
	}
	for key, it := range r.items {
		c := per[key]
		if c == nil {
			c = &counts{}
		}
		it.setBadge(c.errors, c.warnings)
	}
}

// badgeText says "2 to fix · 1 to check" ("" when there is nothing).
func badgeText(errors, warnings int) string {
	var parts []string
	if errors > 0 {
		parts = append(parts, fmt.Sprintf("%d to fix", errors))
	}
	if warnings > 0 {
		parts = append(parts, fmt.Sprintf("%d to check", warnings))
	}
	return strings.Join(parts, " · ")
}
