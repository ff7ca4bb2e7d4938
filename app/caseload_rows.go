package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
	"ehcplan/plan/store"
)

// Caseload columns, in order, with their share of the width. The last
// column (the row's "⋮" menu button) takes only the room it needs.
var columnTitles = []string{"Name", "Year", "Setting", "Status", "Next review", "Next step", "Needs attention", ""}

var columnWeights = []float32{2.1, 0.8, 2.2, 0.7, 1.1, 3.2, 2.3, 0}

func newColumns(cells ...fyne.CanvasObject) *fyne.Container {
	return container.New(&columnsLayout{weights: columnWeights, gap: theme.Padding()}, cells...)
}

// newHeaderRow is the line of column titles above the list.
func newHeaderRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(columnTitles))
	for i, t := range columnTitles {
		l := widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	// the last cell keeps the header aligned with the rows' menu button
	cells[len(cells)-1] = spacerLike(widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil))
	return newColumns(cells...)
}

// spacerLike is an invisible object the size of o. (A hidden object in a
// container counts for nothing, so the header lost the width of the rows'
// menu button and its columns drifted right of the cells below.)
func spacerLike(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&sizeOfLayout{of: o})
}

// sizeOfLayout has no visible objects and the minimum size of of.
type sizeOfLayout struct{ of fyne.CanvasObject }

func (l *sizeOfLayout) Layout([]fyne.CanvasObject, fyne.Size) {}

func (l *sizeOfLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.of.MinSize() }

// rowCells are the widgets of one visible caseload row, reused as the
// list scrolls.
type rowCells struct {
	name, year, setting, status, review, next, marks *tipLabel
	nextIcon, icon                                   *widget.Icon
	more                                             *widget.Button
}

// newRow makes a row whose cut-short cells show their whole text in a tip.
func (c *caseload) newRow() fyne.CanvasObject {
	r := &rowCells{}
	labels := []**tipLabel{&r.name, &r.year, &r.setting, &r.status, &r.review, &r.next, &r.marks}
	for _, l := range labels {
		*l = newTipLabel(c.tips)
	}
	r.name.TextStyle.Bold = true
	r.icon = widget.NewIcon(nil)
	r.more = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil)
	r.more.Importance = widget.LowImportance
	r.nextIcon = widget.NewIcon(nil)
	next := container.NewBorder(nil, nil, r.nextIcon, nil, r.next)
	marks := container.NewBorder(nil, nil, r.icon, nil, r.marks)
	row := &rowObject{box: newColumns(r.name, r.year, r.setting, r.status, r.review, next, marks, r.more), cells: r}
	row.ExtendBaseWidget(row)
	return row
}

// rowObject is one list row; it carries its cells so updateRow need not
// dig through containers.
type rowObject struct {
	widget.BaseWidget
	box   *fyne.Container
	cells *rowCells
}

func (r *rowObject) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

func (c *caseload) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(c.rows) {
		return
	}
	s := c.rows[i]
	r := o.(*rowObject).cells
	today := c.today()
	r.name.SetText(rowName(s))
	r.year.SetText(rowYear(s, today))
	r.setting.SetText(s.Setting)
	r.status.SetText(plan.StatusWord(s.Status))
	r.review.SetText(shortDate(reviewDate(s)))
	showNext(r, c.nextOf(i), today)
	c.showMarks(r, append(c.marks(s, today), c.a.presence.marks(s.ID)...))
	id := s.ID
	r.more.OnTapped = func() { c.showRowMenu(id, r.more) }
}

// showNext writes the row's next step; an overdue one also gets the error
// icon and colour.
func showNext(r *rowCells, n nextCell, today plan.Date) {
	r.next.Importance = widget.MediumImportance
	r.nextIcon.SetResource(nil)
	if n.ok && n.step.Overdue {
		r.next.Importance = widget.DangerImportance
		r.nextIcon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	}
	r.next.SetText(nextStepText(n, today))
}

// showMarks writes a row's marks in words, with an icon and colour.
func (c *caseload) showMarks(r *rowCells, marks []mark) {
	var words []string
	urgent := false
	for _, m := range marks {
		words = append(words, m.text)
		urgent = urgent || m.urgent
	}
	r.marks.Importance = widget.MediumImportance
	switch {
	case urgent:
		r.icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
		r.marks.Importance = widget.DangerImportance
	case len(marks) > 0:
		r.icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
		r.marks.Importance = widget.WarningImportance
	default:
		r.icon.SetResource(nil)
	}
	r.marks.SetText(strings.Join(words, " · "))
}

// rowName is the legal name, with the name they go by when it differs.
func rowName(s store.Summary) string {
	if s.PreferredName == "" || strings.HasPrefix(s.Name, s.PreferredName+" ") || s.PreferredName == s.Name {
		return s.Name
	}
	return s.Name + " (" + s.PreferredName + ")"
}

// rowYear is the year group, or the age of a young person past Year 14.
func rowYear(s store.Summary, today plan.Date) string {
	y, ok := s.YearGroupOn(today)
	switch {
	case !ok:
		return "–"
	case y > 14 && !s.DateOfBirth.IsZero():
		return fmt.Sprintf("Age %d", plan.AgeOn(s.DateOfBirth, today))
	}
	return plan.YearGroupName(y)
}

// reviewDate is the next review, or none for a ceased plan.
func reviewDate(s store.Summary) plan.Date {
	if s.Status == plan.StatusCeased {
		return plan.Date{}
	}
	return s.NextReview
}

// shortDate is "5 Dec 2026", short enough for a column at large text sizes.
func shortDate(d plan.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.Time().Format("2 Jan 2006")
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
