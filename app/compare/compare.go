// Package compare is the side-by-side comparison of two versions of a
// plan: the older on the left, the newer on the right, section by section
// in statutory order, each added, removed and changed item marked with an
// icon, a word and a colour, and the words that changed highlighted (struck
// through where taken out, underlined where put in, so colour is never the
// only sign). The Versions page shows it for two issued versions or the
// working draft against the last issued one; a save conflict can show it
// for two copies of one draft, with Extra adding its own choice under each
// change.
//
// It compares with plan/diff and shows what diff.Compare finds; it keeps no
// state of its own and never changes either plan.
package compare

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/diff"
)

// View shows what changed from one plan to another.
type View struct {
	widget.BaseWidget

	oldLabel, newLabel string
	changes            []diff.Change
	names              namer

	// Extra, when set before the view is first shown, is put under each
	// change (a save conflict's "Keep this one"); nil adds nothing.
	Extra func(diff.Change) fyne.CanvasObject
}

// New compares old with new. The labels head the two columns ("Version 1,
// issued 2 March 2026", "Working draft (version 2)").
func New(old, new *plan.Plan, oldLabel, newLabel string) *View {
	v := &View{oldLabel: oldLabel, newLabel: newLabel}
	v.changes = diff.Compare(old, new)
	v.names = newNamer(old, new)
	v.ExtendBaseWidget(v)
	return v
}

// Changes are the differences shown, in statutory order.
func (v *View) Changes() []diff.Change { return v.changes }

// Summary counts the changes in words: "3 changes: 1 added, 2 changed",
// or "No changes".
func (v *View) Summary() string { return Summary(v.changes) }

// Summary counts changes in words, as the view's heading says them.
func Summary(changes []diff.Change) string {
	if len(changes) == 0 {
		return "No changes"
	}
	n := map[string]int{}
	for _, c := range changes {
		n[c.Change]++
	}
	var parts []string
	for _, k := range []string{diff.Added, diff.Removed, diff.Changed} {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
		}
	}
	return fmt.Sprintf("%s: %s", plural(len(changes), "change", "changes"), strings.Join(parts, ", "))
}

// CreateRenderer lays the comparison out: the summary and the two column
// headings stay at the top, the sections scroll under them.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(v.top(), nil, nil, nil, container.NewVScroll(v.body())))
}

func (v *View) top() fyne.CanvasObject {
	summary := widget.NewLabel(v.Summary())
	summary.TextStyle.Bold = true
	summary.SizeName = theme.SizeNameSubHeadingText
	summary.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{summary}
	if len(v.changes) == 0 {
		parts = append(parts, wrapped("The two versions say the same thing in every section."))
	} else {
		parts = append(parts, legend())
	}
	heads := container.NewGridWithColumns(2, columnHead("Before", v.oldLabel), columnHead("After", v.newLabel))
	return container.NewVBox(append(parts, heads, widget.NewSeparator())...)
}

// legend says how changed words are marked, in words.
func legend() fyne.CanvasObject {
	r := widget.NewRichText(
		inline("Changed words: taken out are ", sameStyle),
		inline("struck through in red", removedStyle),
		inline(", put in are ", sameStyle),
		inline("underlined in green", addedStyle),
		inline(".", sameStyle),
	)
	r.Wrapping = fyne.TextWrapWord
	return r
}

func columnHead(side, label string) fyne.CanvasObject {
	r := widget.NewRichText(
		inline(side+": ", widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}),
		inline(label, widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNamePrimary}),
	)
	r.Wrapping = fyne.TextWrapWord
	return r
}

// body is every section in statutory order: a changed section with its
// changes, a run of unchanged ones as one quiet line.
func (v *View) body() fyne.CanvasObject {
	box := container.NewVBox()
	bySection := map[string][]diff.Change{}
	var extra []string // sections diff knows that this list does not
	for _, c := range v.changes {
		if _, ok := bySection[c.Section]; !ok && diff.SectionRank(c.Section) == diff.SectionRank("?") {
			extra = append(extra, c.Section)
		}
		bySection[c.Section] = append(bySection[c.Section], c)
	}
	var quiet []string // a run of unchanged sections, said in one line
	for _, s := range slices.Concat(sections, extra) {
		cs := bySection[s]
		if len(cs) == 0 {
			quiet = append(quiet, s)
			continue
		}
		if len(quiet) > 0 {
			box.Add(unchangedLine(quiet))
			quiet = nil
		}
		box.Add(v.section(s, cs))
	}
	if len(quiet) > 0 {
		box.Add(unchangedLine(quiet))
	}
	return box
}

// unchangedLine says in one quiet line that a run of sections did not
// change.
func unchangedLine(sections []string) fyne.CanvasObject {
	l := wrapped(UnchangedWords(sections))
	l.Importance = widget.LowImportance
	icon := widget.NewIcon(theme.NewDisabledResource(theme.ConfirmIcon()))
	return container.NewBorder(nil, nil, icon, nil, l)
}

// UnchangedWords says that sections did not change: one section by its
// title ("Section C – Health needs …: no changes"), several by their
// letters ("No changes in the details, or in Sections A, B and C.").
func UnchangedWords(sections []string) string {
	if len(sections) == 1 {
		return SectionTitle(sections[0]) + ": no changes"
	}
	var letters, parts []string
	for _, s := range sections {
		if s == diff.SectionDetails {
			parts = append(parts, "the details")
			continue
		}
		letters = append(letters, s)
	}
	switch len(letters) {
	case 0:
	case 1:
		parts = append(parts, "Section "+letters[0])
	default:
		parts = append(parts, "Sections "+strings.Join(letters[:len(letters)-1], ", ")+" and "+letters[len(letters)-1])
	}
	return "No changes in " + strings.Join(parts, ", or in ") + "."
}

func (v *View) section(s string, cs []diff.Change) fyne.CanvasObject {
	head := widget.NewLabel(fmt.Sprintf("%s (%s)", SectionTitle(s), plural(len(cs), "change", "changes")))
	head.TextStyle.Bold = true
	head.SizeName = theme.SizeNameSubHeadingText
	head.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{widget.NewSeparator(), head}
	for i, c := range cs {
		if i > 0 {
			parts = append(parts, widget.NewSeparator())
		}
		parts = append(parts, v.change(c))
	}
	return container.NewVBox(append(parts, widget.NewSeparator())...)
}

// change is one change: what it is and to which item, the item's words
// when the change is to another of its fields, then old beside new.
func (v *View) change(c diff.Change) fyne.CanvasObject {
	parts := []fyne.CanvasObject{v.changeHead(c)}
	if ctx := v.names.context(c); ctx != "" {
		l := wrapped(ctx)
		l.TextStyle.Italic = true
		parts = append(parts, l)
	}
	parts = append(parts, sides(c)...)
	if v.Extra != nil {
		if x := v.Extra(c); x != nil {
			parts = append(parts, x)
		}
	}
	return container.NewVBox(parts...)
}

// kindMarks are each kind of change's word, icon and colour.
var kindMarks = map[string]struct {
	word       string
	icon       func() fyne.Resource
	importance widget.Importance
}{
	diff.Added:   {"Added", func() fyne.Resource { return theme.NewSuccessThemedResource(theme.ContentAddIcon()) }, widget.SuccessImportance},
	diff.Removed: {"Removed", func() fyne.Resource { return theme.NewErrorThemedResource(theme.ContentRemoveIcon()) }, widget.DangerImportance},
	diff.Changed: {"Changed", func() fyne.Resource { return theme.NewPrimaryThemedResource(theme.DocumentCreateIcon()) }, widget.HighImportance},
}

func (v *View) changeHead(c diff.Change) fyne.CanvasObject {
	m, ok := kindMarks[c.Change]
	if !ok {
		m = kindMarks[diff.Changed]
		m.word = upperFirst(c.Change)
	}
	word := widget.NewLabel(m.word)
	word.TextStyle.Bold = true
	word.Importance = m.importance
	what := v.names.label(c)
	if f := changedFields(c); f != "" {
		what += " · " + f
	}
	item := wrapped(what)
	item.TextStyle.Bold = true
	return container.NewBorder(nil, nil, container.NewHBox(widget.NewIcon(m.icon()), word), nil, item)
}

// sides are the old and new words side by side: for a changed item with
// the changed words marked (a row per field when several changed), for an
// added or removed item its words on one side and a note on the other.
func sides(c diff.Change) []fyne.CanvasObject {
	row := func(l, r fyne.CanvasObject) fyne.CanvasObject { return container.NewGridWithColumns(2, l, r) }
	switch c.Change {
	case diff.Added:
		return []fyne.CanvasObject{row(note("Not in this version"), plain(readable(c.New)))}
	case diff.Removed:
		return []fyne.CanvasObject{row(plain(readable(c.Old)), note("Taken out in this version"))}
	}
	olds, news := fieldParts(c, c.Old), fieldParts(c, c.New)
	if olds == nil || news == nil || len(olds) != len(news) {
		l, r := markedSegments("", c.Old, c.New)
		return []fyne.CanvasObject{row(richText(l), richText(r))}
	}
	names := strings.Split(c.Field, ", ")
	rows := make([]fyne.CanvasObject, len(names))
	for i := range names {
		l, r := markedSegments(fieldWord(names[i])+": ", olds[i], news[i])
		rows[i] = row(richText(l), richText(r))
	}
	return rows
}

// markedSegments are one field's old words with those taken out marked,
// and its new words with those put in marked, each after an optional
// bold label.
func markedSegments(label, old, new string) (left, right []widget.RichTextSegment) {
	if label != "" {
		left = append(left, inline(label, labelStyle))
		right = append(right, inline(label, labelStyle))
	}
	if old == "" {
		left = append(left, inline("(empty)", noteStyle))
	}
	if new == "" {
		right = append(right, inline("(empty)", noteStyle))
	}
	spans := diff.Words(readable(old), readable(new))
	if isDate(old) || isDate(new) { // "15 June 2026" for "11 July 2026", not "15 June" for "11 July"
		spans = []diff.Span{{Text: readable(old), Kind: diff.RemovedText}, {Text: readable(new), Kind: diff.AddedText}}
	}
	var ls, rs []diff.Span
	for _, s := range spans {
		switch s.Kind {
		case diff.Same:
			ls, rs = append(ls, s), append(rs, s)
		case diff.RemovedText:
			ls = append(ls, s)
		case diff.AddedText:
			rs = append(rs, s)
		}
	}
	for _, s := range joinGaps(ls) {
		left = append(left, inline(s.Text, spanStyle[s.Kind]))
	}
	for _, s := range joinGaps(rs) {
		right = append(right, inline(s.Text, spanStyle[s.Kind]))
	}
	return left, right
}

// isoDate is a date as the plan file writes it.
var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// readable writes the plan file's dates (2027-07-31) as the editor shows
// them (31 July 2027).
func readable(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	return isoDate.ReplaceAllStringFunc(s, func(d string) string {
		if date, err := plan.ParseDate(d); err == nil {
			return date.Long()
		}
		return d
	})
}

// isDate is true for a text that is one date as the plan file writes it.
func isDate(s string) bool {
	_, err := plan.ParseDate(s)
	return err == nil && isoDate.MatchString(s)
}

// joinGaps joins a space left between two marked words of one side into
// one marked run: "with an adult." struck through as a phrase rather than
// word by word (diff.Words keeps the spaces the two texts share). A
// marked run's own leading and trailing spaces are left unmarked, so an
// underline ends with its word.
func joinGaps(side []diff.Span) []diff.Span {
	return trimMarks(joinMarks(side))
}

func joinMarks(side []diff.Span) []diff.Span {
	var out []diff.Span
	for i := 0; i < len(side); i++ {
		s := side[i]
		n := len(out)
		if s.Kind == diff.Same && strings.TrimSpace(s.Text) == "" && n > 0 && out[n-1].Kind != diff.Same &&
			i+1 < len(side) && side[i+1].Kind == out[n-1].Kind {
			out[n-1].Text += s.Text + side[i+1].Text
			i++
			continue
		}
		if n > 0 && out[n-1].Kind == s.Kind {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// trimMarks moves the spaces at either end of a marked run out of it.
func trimMarks(side []diff.Span) []diff.Span {
	var out spanList
	for _, s := range side {
		if s.Kind == diff.Same {
			out.add(s)
			continue
		}
		core := strings.TrimSpace(s.Text)
		if core == "" {
			out.add(s) // a change of spacing alone stays marked
			continue
		}
		i := strings.Index(s.Text, core)
		out.add(diff.Span{Text: s.Text[:i], Kind: diff.Same})
		out.add(diff.Span{Text: core, Kind: s.Kind})
		out.add(diff.Span{Text: s.Text[i+len(core):], Kind: diff.Same})
	}
	return out.list
}

// spanList merges neighbouring spans of one kind and drops empty ones.
type spanList struct{ list []diff.Span }

func (l *spanList) add(s diff.Span) {
	if s.Text == "" {
		return
	}
	if n := len(l.list); n > 0 && l.list[n-1].Kind == s.Kind {
		l.list[n-1].Text += s.Text
		return
	}
	l.list = append(l.list, s)
}

// spanStyle is how each kind of span is shown.
var spanStyle = map[diff.SpanKind]widget.RichTextStyle{
	diff.Same: sameStyle, diff.RemovedText: removedStyle, diff.AddedText: addedStyle,
}

// The text styles: removed words red and struck through, added words green,
// bold and underlined, so each is told apart without colour too.
var (
	sameStyle    = widget.RichTextStyle{Inline: true}
	labelStyle   = widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	noteStyle    = widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Italic: true}, ColorName: theme.ColorNamePlaceHolder}
	removedStyle = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Strikethrough: true}}
	addedStyle   = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true, Underline: true}}
)

func inline(text string, style widget.RichTextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: style}
}

func richText(segs []widget.RichTextSegment) *widget.RichText {
	r := widget.NewRichText(segs...)
	r.Wrapping = fyne.TextWrapWord
	return r
}

// plain is an added or removed item's whole words.
func plain(text string) fyne.CanvasObject {
	return richText([]widget.RichTextSegment{inline(text, sameStyle)})
}

// note is the quiet words on the side an item is missing from.
func note(text string) fyne.CanvasObject {
	return richText([]widget.RichTextSegment{inline(text, noteStyle)})
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
