package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// notesPage: the statements printed in sections C, D, G, H1 and H2 when
// they have no entries ("No social care needs have been identified.").
func (e *Editor) notesPage() fyne.CanvasObject {
	parts := []fyne.CanvasObject{
		pageTitle("Statements for empty sections",
			"Every section of the plan must be there, even when it is empty. If a section has nothing in it, say so here and the statement is printed in that section."),
	}
	counts := e.sectionCounts()
	for _, s := range emptySections {
		letter := s.letter
		en := e.newTextBox(e.p.SectionNotes[letter], 2)
		en.SetPlaceHolder(s.example)
		en.OnChanged = func(t string) {
			if t == "" {
				delete(e.p.SectionNotes, letter)
			} else {
				e.p.SectionNotes[letter] = t
			}
			e.changed(textChange)
		}
		e.register(en, "section_notes."+letter)
		parts = append(parts, labelled(fmt.Sprintf("Section %s – %s", letter, s.name), countText(counts[letter]), en))
	}
	return page(parts...)
}

func countText(n int) string {
	switch n {
	case 0:
		return "Nothing is recorded in this section, so it needs a statement."
	case 1:
		return "1 item is recorded in this section, so no statement is needed."
	}
	return fmt.Sprintf("%d items are recorded in this section, so no statement is needed.", n)
}

// sectionCounts counts the needs and provision recorded under each letter.
func (e *Editor) sectionCounts() map[string]int {
	n := map[string]int{}
	for _, a := range e.p.Areas {
		for _, x := range a.Needs {
			n[string(x.Section)]++
		}
		for _, x := range a.Provision {
			n[string(x.Section)]++
		}
	}
	return n
}
