package render

import (
	"encoding/xml"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"ehcplan/plan"
	"ehcplan/plan/check"
)

// No two words printed on a page overlap, however long the young person's
// name or a chapter title (issue 9, 1.3: a long name ran under "Page 1 of
// 17" in the footer). The words' boxes come from pdftotext -bbox.
func TestLongNamesNeverOverlapOtherText(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("Wilhelmina-Ånnïka Ωμέγα Щедрин ", 10)) // 300 characters
	cases := []struct {
		name, person string
		draft        bool
		areaTitle    string
	}{
		{"mixed scripts", "Zoë Łukasz-Nowak Ελένη Алексей", false, ""},
		{"mixed scripts, draft", "Zoë Łukasz-Nowak Ελένη Алексей", true, ""},
		{"wide letters", "WWWWWWWW MMMMMMMMMM WWWWWWWWWWW MMMMMMMMMMM", false, ""},
		{"300 characters", long, false, ""},
		{"300 characters, draft", long, true, ""},
		{"one 300-character word", strings.Repeat("Ж", 300), false, ""},
		{"long area title", "Sam Lee", false, strings.Repeat("Getting ready for work and college ", 6)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			needTool(t, "pdftotext")
			p := genPlan(12)
			p.Person.Name = c.person
			if c.draft {
				p.Status = plan.StatusDraft
			}
			if c.areaTitle != "" {
				p.Areas[0].Title = c.areaTitle
			}
			r := renderText(t, p, Options{Today: today, Report: &check.Report{}})
			pages := wordBoxes(t, r.path)
			if len(pages) != r.res.Pages {
				t.Fatalf("pdftotext -bbox found %d pages, want %d", len(pages), r.res.Pages)
			}
			for i, words := range pages {
				for _, o := range overlaps(words) {
					t.Errorf("page %d: %q overlaps %q", i+1, o[0].Text, o[1].Text)
				}
			}
		})
	}
}

// box is one word pdftotext found, in points from the top left.
type box struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

// wordBoxes returns each page's words, without the letters of the diagonal DRAFT
// mark, which lies under the text on purpose.
func wordBoxes(t *testing.T, path string) [][]box {
	t.Helper()
	var pages [][]box
	for _, words := range allWordBoxes(t, path) {
		// Only the DRAFT mark's letters are this tall.
		pages = append(pages, slices.DeleteFunc(words, isDraftMark))
	}
	return pages
}

// isDraftMark reports whether b is a letter of the diagonal DRAFT mark:
// only they are this tall.
func isDraftMark(b box) bool { return b.YMax-b.YMin > 60 }

// allWordBoxes returns each page's words, those of the DRAFT mark too.
func allWordBoxes(t *testing.T, path string) [][]box {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var doc struct {
		Pages []struct {
			Words []box `xml:"word"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("read pdftotext -bbox output: %v", err)
	}
	var pages [][]box
	for _, pg := range doc.Pages {
		pages = append(pages, pg.Words)
	}
	return pages
}

// overlaps lists the pairs of words whose boxes overlap by more than a
// hair (a quarter of a point, so words that merely touch are fine).
func overlaps(words []box) [][2]box {
	const hair = 0.25
	slices.SortFunc(words, func(a, b box) int { return cmpFloat(a.XMin, b.XMin) })
	var found [][2]box
	for i, a := range words {
		for _, b := range words[i+1:] {
			if b.XMin >= a.XMax-hair {
				break // sorted by left edge: no later word reaches back into a
			}
			if b.YMin < a.YMax-hair && a.YMin < b.YMax-hair {
				found = append(found, [2]box{a, b})
			}
		}
	}
	return found
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
