package render

// noticePages prints the notice to the family (Options.Notice) as a letter
// of its own, on the page after the front page: its title, then each
// paragraph. The words are the caller's, with the dates and names already
// filled in; nothing is added to them.
func (d *doc) noticePages() {
	n := d.opt.Notice
	if n == nil {
		return
	}
	title := orDash(n.Title, "A notice about this plan")
	d.inNotice = true
	defer func() { d.inNotice = false }()
	d.chapter(title, "")
	for _, p := range n.Paragraphs {
		if p = d.clean(trimmed(p)); p != "" {
			d.para(span{stBody, p})
			d.y += 1 // a letter's paragraphs stand apart
		}
	}
}
