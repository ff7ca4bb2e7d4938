package insight

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/insight"
)

// At most this many themes of a kind, and statements of a theme, are
// listed (the rest are counted): enough to work with, and the page stays
// quick with a large caseload.
const (
	maxThemes     = 40
	maxStatements = 25
)

// themeList shows the themes of each kind with their statements and the
// caseworker's actions on them.
type themeList struct {
	p       *Page
	content *container.Scroll
	themes  []insight.Theme
}

func newThemeList(p *Page) *themeList {
	return &themeList{p: p, content: container.NewVScroll(container.NewVBox())}
}

var kinds = []plan.ViewKind{"working", "not_working", "future"}

// show lists the report's themes (UI goroutine).
func (l *themeList) show(r *insight.Report, shared bool) {
	l.themes = r.Themes
	box := container.NewVBox()
	intro := widget.NewLabel("Statements from the latest reviews are grouped by the words they share. " +
		"Rename a theme as an “I” statement, merge two, split some statements off, or move one: your choices are saved and kept when new reviews come in.")
	intro.Wrapping = fyne.TextWrapWord
	box.Add(intro)
	secs := insight.Sections(r, shared, nil)
	for i, k := range kinds {
		for _, s := range secs {
			if s.Key == "themes_"+string(k) {
				box.Add(themeChart(s))
			}
		}
		if shared {
			continue // shared, the statements of small themes are not shown
		}
		shown := 0
		for _, t := range r.Themes {
			if t.Kind != k {
				continue
			}
			if shown == maxThemes {
				box.Add(widget.NewLabel(fmt.Sprintf("… and more themes of %s; narrow the choice above to see them.", plan.ViewKindWord(k))))
				break
			}
			shown++
			box.Add(l.themeCard(t))
		}
		if i < len(kinds)-1 {
			box.Add(widget.NewSeparator())
		}
	}
	l.content.Content = box
	l.content.Refresh()
}

// themeCard is one theme: its label, who and how many, its words, its
// statements, and the actions.
func (l *themeList) themeCard(t insight.Theme) fyne.CanvasObject {
	label := widget.NewLabelWithStyle(t.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label.Wrapping = fyne.TextWrapWord
	facts := fmt.Sprintf("%d young people · %d statements", t.YoungPeople, len(t.Statements))
	if len(t.Words) > 0 {
		facts += " · shared words: " + wordList(t.Words)
	}
	if len(t.Merged) > 0 {
		facts += fmt.Sprintf(" · %d themes merged in", len(t.Merged))
	}
	info := widget.NewLabel(facts)
	info.Wrapping = fyne.TextWrapWord
	key := t.Key
	actions := container.NewHBox(
		widget.NewButtonWithIcon("Rename…", theme.DocumentCreateIcon(), func() { l.askRename(key) }),
		widget.NewButton("Merge into…", func() { l.askMerge(key) }),
		widget.NewButton("Split…", func() { l.askSplit(key) }),
	)
	box := container.NewVBox(container.NewBorder(nil, nil, nil, actions, label), info)
	lines := sameWords(t.Statements)
	for i, ln := range lines {
		if i == maxStatements {
			box.Add(widget.NewLabel(fmt.Sprintf("… and %d more statements", len(lines)-maxStatements)))
			break
		}
		words := fmt.Sprintf("“%s” (%s)", ln.st.Text, plan.SpeakerWord(ln.st.Who))
		if ln.n > 1 {
			words += fmt.Sprintf(", said for %d young people", ln.n)
		}
		text := widget.NewLabel(words)
		text.Wrapping = fyne.TextWrapWord
		sk := ln.st.Key
		move := widget.NewButton("Move…", func() { l.askMove(sk, key) })
		box.Add(container.NewBorder(nil, nil, nil, move, text))
	}
	return widget.NewCard("", "", box)
}

func wordList(ws []insight.WordCount) string {
	out := ""
	for i, w := range ws[:min(5, len(ws))] {
		if i > 0 {
			out += ", "
		}
		out += w.Word
	}
	return out
}

func (l *themeList) theme(key string) (insight.Theme, bool) {
	for _, t := range l.themes {
		if t.Key == key {
			return t, true
		}
	}
	return insight.Theme{}, false
}

// others are the themes of the same kind as key, but not key.
func (l *themeList) others(key string) (labels, keys []string) {
	t, ok := l.theme(key)
	if !ok {
		return nil, nil
	}
	for _, o := range l.themes {
		if o.Kind == t.Kind && o.Key != key && len(keys) < 200 {
			labels = append(labels, fmt.Sprintf("%s (%d young people)", o.Label, o.YoungPeople))
			keys = append(keys, o.Key)
		}
	}
	return labels, keys
}

// Rename, Merge, Split and Move change the choices and save them.

func (l *themeList) rename(key, label string) {
	l.p.choices.Rename(key, label)
	l.p.saveChoices()
}

func (l *themeList) merge(from, into string) error {
	if err := l.p.choices.Merge(from, into); err != nil {
		return err
	}
	l.p.saveChoices()
	return nil
}

func (l *themeList) split(kind plan.ViewKind, stmtKeys []string, label string) {
	l.p.choices.Split(kind, stmtKeys, label)
	l.p.saveChoices()
}

func (l *themeList) move(stmtKey, theme string) {
	l.p.choices.Move(stmtKey, theme)
	l.p.saveChoices()
}

func (l *themeList) askRename(key string) {
	t, _ := l.theme(key)
	e := keydialog.NewEntry()
	e.SetText(t.Label)
	e.SetPlaceHolder("for example, I want to travel to college on my own")
	d := keydialog.NewForm("Rename the theme", "Rename", "Cancel",
		[]*widget.FormItem{{Text: "Theme", Widget: e, HintText: "Write it as the young people would say it: an “I” statement. Leave it empty for the words found."}},
		func(ok bool) {
			if ok {
				l.rename(key, e.Text)
			}
		}, l.p.d.Window)
	d.Own(e)
	d.Resize(fyne.NewSize(620, d.MinSize().Height))
	d.Show()
}

func (l *themeList) askMerge(key string) {
	labels, keys := l.others(key)
	if len(keys) == 0 {
		return
	}
	sel := widget.NewSelect(labels, nil)
	keydialog.NewForm("Merge into another theme", "Merge", "Cancel",
		[]*widget.FormItem{{Text: "Into", Widget: sel, HintText: "Every statement of this theme joins the one you choose."}},
		func(ok bool) {
			if i := sel.SelectedIndex(); ok && i >= 0 {
				if err := l.merge(key, keys[i]); err != nil {
					l.p.status.SetText("Those themes cannot be merged: " + err.Error())
				}
			}
		}, l.p.d.Window).Show()
}

func (l *themeList) askSplit(key string) {
	t, ok := l.theme(key)
	if !ok {
		return
	}
	var texts, stmtKeys []string
	for _, st := range t.Statements {
		if len(texts) < maxStatements && !contains(stmtKeys, st.Key) {
			texts, stmtKeys = append(texts, st.Text), append(stmtKeys, st.Key)
		}
	}
	checks := widget.NewCheckGroup(texts, nil)
	name := keydialog.NewEntry()
	name.SetPlaceHolder("I want to…")
	d := keydialog.NewForm("Split statements off into a new theme", "Split", "Cancel",
		[]*widget.FormItem{{Text: "Statements", Widget: container.NewVScroll(checks)}, {Text: "New theme", Widget: name}},
		func(ok bool) {
			var chosen []string
			for i, s := range texts {
				if contains(checks.Selected, s) {
					chosen = append(chosen, stmtKeys[i])
				}
			}
			if ok && len(chosen) > 0 {
				l.split(t.Kind, chosen, name.Text)
			}
		}, l.p.d.Window)
	d.Resize(fyne.NewSize(680, 480))
	d.Show()
}

func (l *themeList) askMove(stmtKey, from string) {
	labels, keys := l.others(from)
	if len(keys) == 0 {
		return
	}
	sel := widget.NewSelect(labels, nil)
	keydialog.NewForm("Move the statement", "Move", "Cancel",
		[]*widget.FormItem{{Text: "To", Widget: sel}},
		func(ok bool) {
			if i := sel.SelectedIndex(); ok && i >= 0 {
				l.move(stmtKey, keys[i])
			}
		}, l.p.d.Window).Show()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// themeChart is a kind's title and the bar chart of its themes (the
// cards below have the rest), or why there are none.
func themeChart(s insight.Section) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(s.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if s.Empty != "" {
		empty := widget.NewLabel("Nothing to show yet: " + s.Empty)
		empty.Wrapping = fyne.TextWrapWord
		return container.NewVBox(title, empty)
	}
	box := container.NewVBox(title)
	if chart := barChart(s); chart != nil {
		box.Add(chart)
	}
	return box
}

// line is a statement said in the same words by the same kind of speaker
// for n young people.
type line struct {
	st insight.Statement
	n  int
}

func sameWords(stmts []insight.Statement) []line {
	var out []line
	at := map[[2]string]int{}
	for _, st := range stmts {
		k := [2]string{st.Text, string(st.Who)}
		if i, ok := at[k]; ok {
			out[i].n++
			continue
		}
		at[k] = len(out)
		out = append(out, line{st, 1})
	}
	return out
}
