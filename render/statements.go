package render

// itemLetters are the sections whose entries live in the area chapters.
var itemLetters = []string{"B", "C", "D", "E", "F", "G", "H1", "H2"}

// statements prints, under its own heading, each area section that has no
// entries anywhere in the plan (with its section note, or "No entries."),
// and any note written for a section that does have entries.
func (d *doc) statements() {
	used := d.lettersUsed()
	var todo []string
	for _, l := range itemLetters {
		if !used[l] || trimmed(d.p.SectionNotes[l]) != "" {
			todo = append(todo, l)
		}
	}
	if len(todo) == 0 {
		return
	}
	d.chapter("Other statutory sections", "")
	d.para(span{stBody, "Each section of an EHC plan must be shown, even when it has nothing in it. " +
		"These sections have no entries in the area chapters, or have a note about them."})
	for _, l := range todo {
		d.heading(stH2, "Section "+sectionTitle(l), l, 12)
		d.running.letter = l
		note := d.clean(trimmed(d.p.SectionNotes[l]))
		switch {
		case used[l] && note != "":
			d.para(span{stNote, "The entries for this section are in the area chapters. Note: "}, span{stBody, note})
		case note != "":
			d.para(span{stBody, note})
		default:
			d.para(span{stBody, "No entries."})
		}
	}
	d.running.letter = ""
}

// lettersUsed reports which area sections have at least one entry.
func (d *doc) lettersUsed() map[string]bool {
	used := map[string]bool{}
	for _, a := range d.p.Areas {
		for _, n := range a.Needs {
			used[string(n.Section)] = true
		}
		if len(a.Aims)+len(a.Outcomes) > 0 {
			used["E"] = true
		}
		for _, pr := range a.Provision {
			used[string(pr.Section)] = true
		}
	}
	return used
}

// sectionNote prints the note for a section letter, or ifNone.
func (d *doc) sectionNote(letter, ifNone string) {
	if note := d.clean(trimmed(d.p.SectionNotes[letter])); note != "" {
		d.para(span{stBody, note})
		return
	}
	d.para(span{stNote, ifNone})
}
