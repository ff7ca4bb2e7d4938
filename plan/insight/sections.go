package insight

import (
	"fmt"
	"strconv"
	"strings"

	"ehcplan/plan"
)

// Small is the smallest count shown as it is when shared: counts from 1
// to Small-1 print as "<5", so no young person can be picked out.
const Small = 5

// Count prints a count; when shared (masked), 1 to 4 print as "<5".
func Count(n int, masked bool) string {
	if masked && n >= 1 && n < Small {
		return fmt.Sprintf("<%d", Small)
	}
	return strconv.Itoa(n)
}

// Section is one part of the view, laid out for the screen, a CSV file or
// a PDF page: a table of cells already printed (and, when shared, with
// small counts hidden) and a bar chart of one or more of its columns.
type Section struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	// About says how the numbers were made.
	About string `json:"about,omitempty"`
	// Empty, when set, is why there is nothing to show.
	Empty   string     `json:"empty,omitempty"`
	Columns []string   `json:"columns"`
	Rows    [][]string `json:"rows"`
	// Bars are the chart: one bar group per row label, one bar per series.
	Series []string `json:"series,omitempty"`
	Bars   []Bar    `json:"bars,omitempty"`
	// Themes are the statements under each theme (the themes sections
	// only). When shared, only themes of Small or more young people are
	// listed, with names replaced.
	Themes []SharedTheme `json:"themes,omitempty"`
}

// Bar is one row of a chart. Values are the bar lengths (0 for a count
// hidden when shared, so its length tells nothing) and Shown their labels.
type Bar struct {
	Label  string   `json:"label"`
	Values []int    `json:"values"`
	Shown  []string `json:"shown"`
}

// SharedTheme is a theme as printed.
type SharedTheme struct {
	Label       string   `json:"label"`
	YoungPeople string   `json:"young_people"`
	Words       string   `json:"words"`
	Statements  []string `json:"statements"`
}

// Method says how the numbers were made, for the top of every export.
func Method(r *Report, masked bool) []string {
	lines := []string{
		fmt.Sprintf("Made on %s from %s (%s).", r.Today.Long(), plural(r.Given, "plan", "plans"), r.Scope.Describe()),
		"Each young person is counted once per row: ceased plans are left out; year groups are as on the day the view was made.",
		"Review statements come from each young person's latest review (in the dates chosen): the views with who said them, and the older lists of what is working, not working and important for the future, as \"speaker not recorded\". The same words twice in one review count once.",
		"Themes: each statement is folded (case, accents), its stop words, general words (school, college, staff...) and people's names are dropped, and each word is cut to its stem (travelling is travel) with a few words made one (lunchtime is lunch, a bus is travel). A statement joins the theme of its word said in the most statements of its kind (ties by the alphabet); a theme the caseworker named or merged keeps its words first. Caseworkers may rename, merge, split and move themes.",
		"The area choice narrows aspirations, provision, needs and progress; review statements and destinations are not tied to an area.",
		"Destinations are counted for young people in Year 9 and up. Provision is counted by statutory section and by the kind of provider read from who provides it. Needs with no provision are the checker's rule G4 (a B need with no F provision, C with no G, D with no H1 or H2).",
	}
	if masked {
		lines = append(lines,
			fmt.Sprintf("For sharing: no names, dates of birth or other personal details; every count from 1 to %d is shown as \"<%d\" and its bar is not drawn; statements are shown only in themes of %d or more young people, with every name from the plans replaced by \"[name]\".", Small-1, Small, Small))
	}
	return lines
}

// Sections lays the report out in print order; masked is for sharing.
// baseline, if not nil, is compared with the counts now.
func Sections(r *Report, masked bool, baseline *Baseline) []Section {
	if why := r.Empty["plans"]; why != "" {
		return []Section{{Key: "plans", Title: "Nothing to show yet", Empty: why}}
	}
	secs := []Section{
		gridSection("aspirations", "Aspirations by Preparing for Adulthood area and year group",
			"Young people with at least one aspiration in Section A in each area.", "Year group", r.Aspirations, r.Empty["aspirations"], masked),
	}
	for _, k := range []plan.ViewKind{"working", "not_working", "future"} {
		secs = append(secs, themeSection(r, k, masked))
	}
	secs = append(secs,
		gridSection("speakers", "Who said what at the reviews", "Statements by who said them.", "Who", r.Speakers, r.Empty["themes"], masked),
		gridSection("destinations", "Destinations: now and planned (Year 9 and up)", "Young people by where they are now and where their plan says they are heading.", "Destination", r.Destinations, r.Empty["destinations"], masked),
		gridSection("provision", "Provision by statutory section", "Items of provision and young people with them.", "Section", r.Provision, r.Empty["provision"], masked),
		gridSection("providers", "Provision by kind of provider", "Items of provision and young people with them, by who provides it.", "Provider", r.Providers, r.Empty["provision"], masked),
		gridSection("gaps", "Needs with no provision, by setting", "Needs in B, C or D with no provision of the matching kind (rule G4).", "Setting", r.Gaps, r.Empty["gaps"], masked),
		gridSection("progress", "Progress at the last review, by area", "Outcomes judged at each young person's latest review.", "Area", r.Progress, r.Empty["progress"], masked),
		indicatorSection(r, baseline, masked),
	)
	return secs
}

func gridSection(key, title, about, first string, g Grid, empty string, masked bool) Section {
	s := Section{Key: key, Title: title, About: about, Columns: append([]string{first}, g.Cols...), Series: g.Cols}
	for i, row := range g.Rows {
		cells := []string{row}
		bar := Bar{Label: row}
		for _, n := range g.Counts[i] {
			shown := Count(n, masked)
			cells = append(cells, shown)
			if shown != strconv.Itoa(n) {
				n = 0
			}
			bar.Values, bar.Shown = append(bar.Values, n), append(bar.Shown, shown)
		}
		s.Rows = append(s.Rows, cells)
		s.Bars = append(s.Bars, bar)
	}
	if len(g.Rows) == 0 {
		s.Empty = empty
		if s.Empty == "" {
			s.Empty = "Nothing to show yet."
		}
	}
	return s
}

// themeSection lists one kind's themes. Shared, a theme of fewer than
// Small young people is only counted, in one row, never listed.
func themeSection(r *Report, kind plan.ViewKind, masked bool) Section {
	s := Section{Key: "themes_" + string(kind), Title: "Themes: " + plan.ViewKindWord(kind),
		About:   "Statements from the latest reviews grouped by the words they share; each theme's young people are counted once.",
		Columns: []string{"Theme", "Young people", "Statements"}, Series: []string{"Young people"}}
	small, smallPeople := 0, map[int]bool{}
	for _, t := range r.Themes {
		if t.Kind != kind {
			continue
		}
		label := t.Label
		if masked {
			if t.YoungPeople < Small {
				small++
				for _, st := range t.Statements {
					smallPeople[st.Person] = true
				}
				continue
			}
			label = replaceNames(label, r.names)
		}
		yp := Count(t.YoungPeople, masked)
		s.Rows = append(s.Rows, []string{label, yp, Count(len(t.Statements), masked)})
		s.Bars = append(s.Bars, Bar{Label: label, Values: []int{t.YoungPeople}, Shown: []string{yp}})
		st := SharedTheme{Label: label, YoungPeople: yp, Words: wordsText(t.Words, masked)}
		st.Statements = statementLines(t.Statements, masked)
		s.Themes = append(s.Themes, st)
	}
	if small > 0 {
		s.Rows = append(s.Rows, []string{fmt.Sprintf("Other themes, each from fewer than %d young people (%s themes)", Small, Count(small, masked)),
			Count(len(smallPeople), masked), ""})
	}
	if len(s.Rows) == 0 {
		s.Empty = r.Empty["themes"]
		if s.Empty == "" {
			s.Empty = "No review in this choice says anything of this kind yet."
		}
	}
	return s
}

func wordsText(ws []WordCount, masked bool) string {
	out := ""
	for i, w := range ws[:min(len(ws), 6)] {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%s (%s)", w.Word, Count(w.Count, masked))
	}
	return out
}

// indicatorSection is the baseline and indicators: every watched count
// now, and against the saved baseline when there is one. Shared, a change
// shows only when both counts show.
func indicatorSection(r *Report, b *Baseline, masked bool) Section {
	s := Section{Key: "indicators", Title: "Baseline and indicators", Columns: []string{"Indicator", "Now"}}
	if b != nil {
		s.Title = "Indicators against the baseline of " + b.Date.Long()
		s.Columns = []string{"Indicator", "Baseline", "Now", "Change"}
		s.About = "The counts now against those saved as the baseline for the same choice."
	} else {
		s.About = "The counts now. Save them as the baseline to see the change on a later day."
	}
	for _, in := range r.Indicators(b) {
		label := in.Label
		if masked {
			if strings.HasPrefix(in.Key, "theme.") && in.Now < Small && in.Then < Small {
				continue // a small theme's words are never shared
			}
			label = replaceNames(label, r.names)
		}
		now := Count(in.Now, masked)
		if !in.HasThen {
			s.Rows = append(s.Rows, []string{label, now})
			continue
		}
		then := Count(in.Then, masked)
		change := "not shown (small numbers)"
		if then == strconv.Itoa(in.Then) && now == strconv.Itoa(in.Now) {
			change = fmt.Sprintf("%+d", in.Now-in.Then)
		}
		s.Rows = append(s.Rows, []string{label, then, now, change})
	}
	return s
}

// statementLines prints a theme's statements, the same words from the
// same kind of speaker once, with how many said them.
func statementLines(stmts []Statement, masked bool) []string {
	var lines []string
	var counts []int
	at := map[string]int{}
	for _, x := range stmts {
		text := x.Text
		if masked {
			text = x.Shared
		}
		line := fmt.Sprintf("%s (%s)", text, plan.SpeakerWord(x.Who))
		if i, ok := at[line]; ok {
			counts[i]++
			continue
		}
		at[line] = len(lines)
		lines, counts = append(lines, line), append(counts, 1)
	}
	for i, n := range counts {
		// Shared, only a count of Small or more is said: with "<5" beside
		// some lines, a line saying nothing would read as one.
		if n > 1 && (!masked || n >= Small) {
			lines[i] += fmt.Sprintf(", said for %d young people", n)
		}
	}
	return lines
}
