package insight

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan/insight"
)

// seriesColours are the bars' colours, one per series. They are mid
// tones, so a bar stands out on the light and the dark theme alike (the
// PDF's darker blue was hard to see on the dark theme).
var seriesColours = []color.NRGBA{
	{40, 120, 210, 255}, {200, 90, 0, 255}, {60, 130, 80, 255}, {120, 80, 150, 255}, {110, 110, 110, 255}, {170, 140, 40, 255},
}

const (
	chartLabelW = 260 // the bars' labels
	chartBarsW  = 520 // the longest bar
	barH        = 12
)

// sectionView is one section: its title, how it was made, its chart and
// its table, or why there is nothing to show.
func sectionView(s insight.Section) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(s.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(title)
	if s.About != "" {
		about := widget.NewLabel(s.About)
		about.Wrapping = fyne.TextWrapWord
		box.Add(about)
	}
	if s.Empty != "" {
		empty := widget.NewLabel("Nothing to show yet: " + s.Empty)
		empty.Wrapping = fyne.TextWrapWord
		box.Add(empty)
		return box
	}
	if chart := barChart(s); chart != nil {
		box.Add(chart)
	}
	box.Add(table(s))
	box.Add(widget.NewSeparator())
	return box
}

// barChart draws one bar per series for each row, with canvas rectangles,
// its count beside it; a count hidden when shared has no bar.
func barChart(s insight.Section) fyne.CanvasObject {
	if len(s.Bars) == 0 || len(s.Series) == 0 {
		return nil
	}
	most := 1
	for _, b := range s.Bars {
		for _, v := range b.Values {
			most = max(most, v)
		}
	}
	box := container.NewVBox()
	if len(s.Series) > 1 {
		key := container.NewHBox(fixedWidth(chartLabelW, widget.NewLabel("")))
		for i, name := range s.Series {
			key.Add(swatch(seriesColours[i%len(seriesColours)]))
			key.Add(widget.NewLabel(name))
		}
		box.Add(key)
	}
	stacked := len(s.Series) > 2
	if stacked {
		most = 1
		for _, b := range s.Bars {
			total := 0
			for _, v := range b.Values {
				total += v
			}
			most = max(most, total)
		}
	}
	for _, b := range s.Bars {
		var bars *fyne.Container
		if stacked {
			bars = stackedBar(b, most)
		} else {
			bars = container.NewVBox()
			for i, v := range b.Values {
				bars.Add(container.NewHBox(bar(i, v, most), valueText(b.Shown[i])))
			}
		}
		label := widget.NewLabel(b.Label)
		label.Truncation = fyne.TextTruncateEllipsis
		middle := container.NewVBox(layout.NewSpacer(), bars, layout.NewSpacer()) // beside the label's middle
		box.Add(container.NewBorder(nil, nil, fixedWidth(chartLabelW, label), nil, middle))
	}
	return box
}

// bar is series i's bar for v of most.
func bar(i, v, most int) fyne.CanvasObject {
	rect := canvas.NewRectangle(seriesColours[i%len(seriesColours)])
	w := float32(chartBarsW) * float32(v) / float32(most)
	rect.SetMinSize(fyne.NewSize(max(w, 1), barH))
	if v == 0 {
		rect.FillColor = color.Transparent
	}
	return rect
}

// stackedBar is one row's series end to end (the table has the numbers).
func stackedBar(b insight.Bar, most int) *fyne.Container {
	row := container.New(&tight{})
	for i, v := range b.Values {
		if v > 0 {
			row.Add(bar(i, v, most))
		}
	}
	return container.NewVBox(row)
}

// tight lays objects side by side with no gap, each at its minimum size.
type tight struct{}

func (*tight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	return s
}

func (*tight) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	x := float32(0)
	for _, o := range objs {
		m := o.MinSize()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(m)
		x += m.Width
	}
}

// valueText is a bar's count. A label, not canvas.Text, so its colour
// follows the theme the window shows (a canvas.Text made before the
// window's theme applied kept a dark grey that was unreadable on dark).
func valueText(s string) fyne.CanvasObject {
	return widget.NewLabel(s)
}

func swatch(c color.Color) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSize(12, 12))
	return container.NewCenter(r)
}

// fixedWidth gives o a fixed width.
func fixedWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// table prints the section's table as a grid of labels, the first row
// and column in bold.
func table(s insight.Section) fyne.CanvasObject {
	grid := container.NewGridWithColumns(len(s.Columns))
	for _, c := range s.Columns {
		l := widget.NewLabelWithStyle(c, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	for _, row := range s.Rows {
		for i, c := range row {
			l := widget.NewLabel(c)
			if i == 0 {
				l.TextStyle.Bold = true
				l.Wrapping = fyne.TextWrapWord
			}
			grid.Add(l)
		}
		for range len(s.Columns) - len(row) {
			grid.Add(widget.NewLabel(""))
		}
	}
	return grid
}
