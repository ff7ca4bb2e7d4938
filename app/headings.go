package app

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
)

// prefSectionAHeadings holds the local authority's default Section A
// headings as a JSON list of {"key","title"}. Absent means the national
// defaults (plan.DefaultHeadings).
const prefSectionAHeadings = "sectionAHeadings"

// maxHeadingKey is the longest key made from a heading's title.
const maxHeadingKey = 40

// loadSectionAHeadings returns the headings every new plan starts with
// (texts empty). A missing, unreadable or empty setting, or one with a
// heading that has no title, gives the national defaults; missing,
// malformed or repeated keys are made again from the titles.
func loadSectionAHeadings(p fyne.Preferences) []plan.Heading {
	defaults := append([]plan.Heading(nil), plan.DefaultHeadings...)
	raw := strings.TrimSpace(p.String(prefSectionAHeadings))
	if raw == "" {
		return defaults
	}
	var stored []plan.Heading
	if err := json.Unmarshal([]byte(raw), &stored); err != nil || len(stored) == 0 {
		return defaults
	}
	out := make([]plan.Heading, 0, len(stored))
	for _, h := range stored {
		title := strings.TrimSpace(h.Title)
		if title == "" {
			return defaults
		}
		out = append(out, plan.Heading{Key: h.Key, Title: title})
	}
	return withKeys(out)
}

// saveSectionAHeadings stores hs (keys and titles only). The national
// defaults are stored as "no setting", so they follow any later change to
// the defaults themselves.
func saveSectionAHeadings(p fyne.Preferences, hs []plan.Heading) {
	hs = withKeys(hs)
	if slices.Equal(hs, plan.DefaultHeadings) {
		p.RemoveValue(prefSectionAHeadings)
		return
	}
	data, err := json.Marshal(hs)
	if err != nil {
		return // cannot happen: headings are plain strings
	}
	p.SetString(prefSectionAHeadings, string(data))
}

// sectionAHeadings are the local authority's default Section A headings.
func (a *App) sectionAHeadings() []plan.Heading { return loadSectionAHeadings(a.fa.Preferences()) }

// withKeys returns a copy of hs with texts emptied, titles trimmed, and
// every heading given a valid key unique in the list: a good existing key
// is kept, otherwise one is made from the title.
func withKeys(hs []plan.Heading) []plan.Heading {
	out := make([]plan.Heading, len(hs))
	taken := map[string]bool{}
	for i, h := range hs {
		out[i] = plan.Heading{Key: h.Key, Title: strings.TrimSpace(h.Title)}
		if validHeadingKey(h.Key) && !taken[h.Key] {
			taken[h.Key] = true
		} else {
			out[i].Key = ""
		}
	}
	for i := range out {
		if out[i].Key == "" {
			out[i].Key = headingKey(out[i].Title, taken)
			taken[out[i].Key] = true
		}
	}
	return out
}

// validHeadingKey: lower-case letters, digits and underscores, not empty.
func validHeadingKey(k string) bool {
	if k == "" || len(k) > maxHeadingKey {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// headingKey makes a key from a title: lower-case letters and digits, with
// an underscore for each run of anything else, made unique against taken
// by adding _2, _3…
func headingKey(title string, taken map[string]bool) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			gap = false
			b.WriteRune(r)
			continue
		}
		gap = true
	}
	base := b.String()
	if len(base) > maxHeadingKey-4 { // leave room for a _NNN suffix
		base = strings.TrimRight(base[:maxHeadingKey-4], "_")
	}
	if base == "" {
		base = "heading"
	}
	key := base
	for n := 2; taken[key]; n++ {
		key = fmt.Sprintf("%s_%d", base, n)
	}
	return key
}

// headingsDialog is Settings › Section A headings: a working copy of the
// list that is stored only when the user saves.
type headingsDialog struct {
	a       *App
	list    []plan.Heading
	rows    *fyne.Container
	problem *widget.Label
	boxes   []*keydialog.Entry // the title box of each row
	d       *keydialog.Dialog
}

// askSectionAHeadings shows the local authority's default Section A
// headings for renaming, adding, removing and reordering.
func (a *App) askSectionAHeadings() {
	hd := &headingsDialog{a: a, list: a.sectionAHeadings()}
	intro := widget.NewLabel("These headings start every new plan's Section A. Existing plans keep theirs.\n" +
		"Change a heading's words in its box. The young person's own words go under each heading in the plan.")
	intro.Wrapping = fyne.TextWrapWord
	hd.rows = container.NewVBox()
	scroll := container.NewVScroll(hd.rows)
	scroll.SetMinSize(fyne.NewSize(680, 300))
	hd.problem = widget.NewLabel("")
	hd.problem.Importance = widget.DangerImportance
	hd.problem.Wrapping = fyne.TextWrapWord
	hd.problem.Hide()
	add := widget.NewButtonWithIcon("Add a heading", theme.ContentAddIcon(), hd.add)
	reset := widget.NewButtonWithIcon("Reset to the national defaults", theme.ContentUndoIcon(), hd.reset)
	content := container.NewBorder(intro, container.NewVBox(hd.problem, container.NewHBox(add, reset)), nil, nil, scroll)

	hd.d = keydialog.New("Section A headings", "Save", "Cancel", content, func(save bool) {
		if save {
			saveSectionAHeadings(hd.a.fa.Preferences(), hd.list)
		}
	}, a.win)
	hd.d.SetValidate(hd.complete)
	hd.build()
	hd.d.Resize(fyne.NewSize(760, 560))
	hd.d.Show()
}

// build remakes one row per heading: its title box, Move up, Move down
// and Remove.
func (hd *headingsDialog) build() {
	hd.rows.RemoveAll()
	hd.boxes = hd.boxes[:0]
	for i := range hd.list {
		title := keydialog.NewEntry()
		hd.d.Own(title)
		hd.boxes = append(hd.boxes, title)
		title.SetText(hd.list[i].Title)
		title.SetPlaceHolder("Type the heading")
		title.OnChanged = func(s string) { hd.list[i].Title = s }
		up := widget.NewButtonWithIcon("Move up", theme.MoveUpIcon(), func() { hd.move(i, -1) })
		down := widget.NewButtonWithIcon("Move down", theme.MoveDownIcon(), func() { hd.move(i, +1) })
		remove := widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), func() { hd.remove(i) })
		if i == 0 {
			up.Disable()
		}
		if i == len(hd.list)-1 {
			down.Disable()
		}
		if len(hd.list) == 1 {
			remove.Disable() // a plan needs somewhere to write
		}
		number := widget.NewLabel(fmt.Sprintf("%d.", i+1))
		// The box has the row's whole width, so a long heading can be read.
		hd.rows.Add(container.NewBorder(nil, nil, number, nil,
			container.NewVBox(title, container.NewHBox(up, down, remove))))
	}
	hd.rows.Refresh()
}

// entry is the title box of row i.
func (hd *headingsDialog) entry(i int) *keydialog.Entry { return hd.boxes[i] }

func (hd *headingsDialog) add() {
	hd.list = append(hd.list, plan.Heading{})
	hd.build()
	hd.a.win.Canvas().Focus(hd.entry(len(hd.list) - 1))
}

func (hd *headingsDialog) remove(i int) {
	if len(hd.list) > 1 {
		hd.list = slices.Delete(hd.list, i, i+1)
		hd.build()
	}
}

func (hd *headingsDialog) move(i, by int) {
	j := i + by
	if j < 0 || j >= len(hd.list) {
		return
	}
	hd.list[i], hd.list[j] = hd.list[j], hd.list[i]
	hd.build()
}

func (hd *headingsDialog) reset() {
	hd.list = append([]plan.Heading(nil), plan.DefaultHeadings...)
	hd.problem.Hide()
	hd.build()
}

// complete is true when every heading has words; otherwise it says what
// to put right, and Save (or Enter) leaves the dialog open.
func (hd *headingsDialog) complete() bool {
	for i, h := range hd.list {
		if strings.TrimSpace(h.Title) == "" {
			hd.problem.SetText(fmt.Sprintf("Heading %d has no words. Type the heading, or remove it.", i+1))
			hd.problem.Show()
			hd.a.win.Canvas().Focus(hd.entry(i))
			return false
		}
	}
	return true
}
