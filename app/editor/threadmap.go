package editor

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// ThreadMap draws one PfA area's golden thread: aspirations, needs,
// outcomes and provision in four columns of boxes, joined by a line for
// each link. Anything not linked has a warning-coloured border and says
// so; links to items that do not exist are drawn in the error colour.
// Clicking a box opens that item in the form (OnOpen). Call Refresh after
// links change.
type ThreadMap struct {
	widget.BaseWidget
	p     *plan.Plan
	key   string
	model threadModel

	// OnOpen is called with the ID of the item whose box was clicked.
	OnOpen func(id string)
	hover  fyne.Position // where the mouse is, for the pointer cursor
	r      *threadMapRenderer
}

var (
	_ fyne.Tappable      = (*ThreadMap)(nil)
	_ desktop.Hoverable  = (*ThreadMap)(nil)
	_ desktop.Cursorable = (*ThreadMap)(nil)
)

// textLines is how many lines of an item's text each box shows.
const textLines = 3

var columnTitles = [mapCols]string{"Aspirations (A)", "Needs (B, C, D)", "Outcomes (E)", "Provision (F, G, H)"}

// NewThreadMap makes the thread map of the area with key.
func NewThreadMap(p *plan.Plan, areaKey string) *ThreadMap {
	t := &ThreadMap{p: p, key: areaKey}
	t.model = buildThreadModel(p, areaKey)
	t.ExtendBaseWidget(t)
	return t
}

// newThreadMap is the map of the area with key, whose boxes open their
// item in the form.
func (e *Editor) newThreadMap(key string) *ThreadMap {
	t := NewThreadMap(e.p, key)
	t.OnOpen = func(id string) { e.GoTo(check.Finding{Item: id}) }
	return t
}

// boxAt is the ID of the item whose box is at pos, if any (not a box
// standing for a missing item).
func (t *ThreadMap) boxAt(pos fyne.Position) (string, bool) {
	r := t.r
	if r == nil {
		return "", false
	}
	for c := range mapCols {
		for i, b := range r.boxes[c] {
			p, sz := b.rect.Position(), b.rect.Size()
			if pos.X >= p.X && pos.X < p.X+sz.Width && pos.Y >= p.Y && pos.Y < p.Y+sz.Height {
				n := t.model.Cols[c][i]
				return n.ID, n.Note != "missing"
			}
		}
	}
	return "", false
}

// Tapped opens the item whose box was clicked.
func (t *ThreadMap) Tapped(ev *fyne.PointEvent) {
	if id, ok := t.boxAt(ev.Position); ok && t.OnOpen != nil {
		t.OnOpen(id)
	}
}

// Cursor is a pointing hand over a box that opens an item.
func (t *ThreadMap) Cursor() desktop.Cursor {
	if _, ok := t.boxAt(t.hover); ok {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (t *ThreadMap) MouseIn(ev *desktop.MouseEvent)    { t.hover = ev.Position }
func (t *ThreadMap) MouseMoved(ev *desktop.MouseEvent) { t.hover = ev.Position }
func (t *ThreadMap) MouseOut()                         { t.hover = fyne.NewPos(-1, -1) }

// Refresh works the links out again and redraws.
func (t *ThreadMap) Refresh() {
	t.model = buildThreadModel(t.p, t.key)
	t.BaseWidget.Refresh()
}

func (t *ThreadMap) CreateRenderer() fyne.WidgetRenderer {
	r := &threadMapRenderer{t: t}
	r.rebuild()
	t.r = r
	return r
}

// box is the drawn form of one node.
type box struct {
	rect  *canvas.Rectangle
	id    *canvas.Text
	note  *canvas.Text
	lines []*canvas.Text
	text  string
}

type threadMapRenderer struct {
	t       *ThreadMap
	heads   [mapCols]*canvas.Text
	empties [mapCols]*canvas.Text
	boxes   [mapCols][]*box
	edges   []*canvas.Line
	objects []fyne.CanvasObject
}

// metrics are the sizes the map is drawn with, all from the theme.
type metrics struct {
	text, pad, lineH, boxH, gapX, gapY, headH float32
}

func mapMetrics() metrics {
	m := metrics{text: theme.TextSize(), pad: theme.Padding() * 2}
	m.lineH = fyne.MeasureText("Ag", m.text, fyne.TextStyle{}).Height
	m.boxH = m.lineH*float32(textLines+1) + 2*m.pad
	m.gapX = m.text * 2
	m.gapY = m.pad * 2
	m.headH = m.lineH + 2*m.pad
	return m
}

func (r *threadMapRenderer) rebuild() {
	r.objects = r.objects[:0]
	r.edges = r.edges[:0]
	for _, e := range r.t.model.Edges {
		l := canvas.NewLine(edgeColor(e.Broken))
		l.StrokeWidth = 2
		r.edges = append(r.edges, l)
		r.objects = append(r.objects, l)
	}
	for c := range mapCols {
		r.heads[c] = canvas.NewText(columnTitles[c], theme.Color(theme.ColorNameForeground))
		r.heads[c].TextStyle.Bold = true
		r.objects = append(r.objects, r.heads[c])
		r.boxes[c] = r.boxes[c][:0]
		for _, n := range r.t.model.Cols[c] {
			b := newBox(n)
			r.boxes[c] = append(r.boxes[c], b)
			r.objects = append(r.objects, b.rect, b.id, b.note)
			for _, l := range b.lines {
				r.objects = append(r.objects, l)
			}
		}
		r.empties[c] = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
		if len(r.t.model.Cols[c]) == 0 {
			r.empties[c].Text = "None yet"
		}
		r.objects = append(r.objects, r.empties[c])
	}
}

func newBox(n mapNode) *box {
	b := &box{text: strings.Join(strings.Fields(orBlank(n.Text)), " ")}
	b.rect = canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	b.rect.CornerRadius = theme.InputRadiusSize()
	b.rect.StrokeColor, b.rect.StrokeWidth = stateColor(n.State), 1
	if n.State != nodeLinked {
		b.rect.StrokeWidth = 3
	}
	b.id = canvas.NewText(n.ID, theme.Color(theme.ColorNameForeground))
	b.id.TextStyle.Bold = true
	b.note = canvas.NewText(n.Note, stateColor(n.State))
	b.note.TextStyle.Bold = true
	if n.State == nodeLinked {
		b.note.Color = theme.Color(theme.ColorNamePlaceHolder)
	}
	for range textLines {
		b.lines = append(b.lines, canvas.NewText("", theme.Color(theme.ColorNameForeground)))
	}
	return b
}

func stateColor(s nodeState) color.Color {
	switch s {
	case nodeUnlinked:
		return theme.Color(theme.ColorNameWarning)
	case nodeBroken:
		return theme.Color(theme.ColorNameError)
	}
	return theme.Color(theme.ColorNameInputBorder)
}

func edgeColor(broken bool) color.Color {
	if broken {
		return theme.Color(theme.ColorNameError)
	}
	return theme.Color(theme.ColorNameForeground)
}

func (r *threadMapRenderer) Layout(size fyne.Size) {
	m := mapMetrics()
	colW := (size.Width - (mapCols-1)*m.gapX) / mapCols
	for c := range mapCols {
		x := float32(c) * (colW + m.gapX)
		r.heads[c].TextSize = m.text
		r.heads[c].Text = ellipsis(columnTitles[c], func(s string) bool {
			return fyne.MeasureText(s, m.text, r.heads[c].TextStyle).Width <= colW
		})
		r.heads[c].Move(fyne.NewPos(x, m.pad))
		r.empties[c].TextSize = m.text
		r.empties[c].Move(fyne.NewPos(x+m.pad, m.headH+m.pad))
		for i, b := range r.boxes[c] {
			b.layout(fyne.NewPos(x, m.headH+float32(i)*(m.boxH+m.gapY)), colW, m)
		}
	}
	for i, e := range r.t.model.Edges {
		from := r.boxes[e.FromCol][e.From].rect
		to := r.boxes[e.ToCol][e.To].rect
		r.edges[i].Position1 = fyne.NewPos(from.Position().X+from.Size().Width, from.Position().Y+m.boxH/2)
		r.edges[i].Position2 = fyne.NewPos(to.Position().X, to.Position().Y+m.boxH/2)
		r.edges[i].Refresh()
	}
}

// layout places a box and wraps its text to the column width.
func (b *box) layout(pos fyne.Position, w float32, m metrics) {
	b.rect.Move(pos)
	b.rect.Resize(fyne.NewSize(w, m.boxH))
	b.id.TextSize, b.note.TextSize = m.text, m.text
	b.id.Move(pos.AddXY(m.pad, m.pad))
	idW := fyne.MeasureText(b.id.Text+"  ", m.text, b.id.TextStyle).Width
	b.note.Move(pos.AddXY(m.pad+idW, m.pad))
	wrapped := wrapText(b.text, w-2*m.pad, m.text, len(b.lines))
	for i, l := range b.lines {
		l.TextSize = m.text
		l.Text = ""
		if i < len(wrapped) {
			l.Text = wrapped[i]
		}
		l.Move(pos.AddXY(m.pad, m.pad+float32(i+1)*m.lineH))
		l.Refresh()
	}
}

// wrapText breaks text into at most n lines that fit width, ending the
// last with "…" when the text is longer.
func wrapText(text string, width, size float32, n int) []string {
	fits := func(s string) bool { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width }
	var lines []string
	cur := ""
	words := strings.Fields(text)
	for i, w := range words {
		try := strings.TrimSpace(cur + " " + w)
		if fits(try) || cur == "" {
			cur = try
			continue
		}
		if len(lines) == n-1 {
			return append(lines, ellipsis(cur+" "+strings.Join(words[i:], " "), fits))
		}
		lines = append(lines, ellipsis(cur, fits))
		cur = w
	}
	if cur != "" {
		lines = append(lines, ellipsis(cur, fits))
	}
	return lines
}

// ellipsis shortens s with "…" until it fits.
func ellipsis(s string, fits func(string) bool) string {
	if fits(s) {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && !fits(string(r)+"…") {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

func (r *threadMapRenderer) MinSize() fyne.Size {
	m := mapMetrics()
	rows := 1
	for c := range mapCols {
		rows = max(rows, len(r.t.model.Cols[c]))
	}
	// Narrow enough for the form at Extra large text on a small screen;
	// the box texts wrap to the width there is.
	return fyne.NewSize(mapCols*m.text*6+(mapCols-1)*m.gapX, m.headH+float32(rows)*(m.boxH+m.gapY))
}

func (r *threadMapRenderer) Refresh() {
	r.rebuild()
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *threadMapRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *threadMapRenderer) Destroy()                     {}
