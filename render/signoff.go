package render

// blank is printed where a detail is missing: a line to write it on;
// shortBlank fits after a label in a narrow column.
const (
	blank      = "______________________________"
	shortBlank = "________________"
)

const signTitle = "Signed for the local authority"

// Sign-off geometry: labels at the left, values (or a ruled line to
// write on) from signX, each field signRowH high, the signature taller.
const (
	signX      = marginX + 40
	signLineW  = 100.0
	signRowH   = 10.0
	signatureH = 16.0
)

// signOff prints, at the end of a final (or ceased) plan and before any
// appendix, the officer who issues it for the local authority, with a
// line to sign on. A draft is not signed. A missing detail prints as a
// ruled line to fill in.
func (d *doc) signOff() {
	if d.draft {
		return
	}
	o := d.p.Officer
	la := orDash(d.clean(trimmed(d.p.LocalAuthority)), "the local authority")
	intro := d.wrap(contentW, span{stBody, "This plan is issued by " + la +
		" under section 37 of the Children and Families Act 2014. Signed for the local authority by:"})
	fields := []struct{ label, value string }{
		{"Name", o.Name}, {"Role", o.Role}, {"Date", longDate(o.Signed, "")}, {"Signature", ""},
	}
	keep := 3 + height(intro) + 4 + 3*signRowH + signatureH + 6 // the whole block stays on one page
	d.running = running{}
	d.heading(stH1, signTitle, "", keep)
	d.headBookmark(signTitle, 0)
	d.rule(d.y, accent)
	d.y += 3
	d.flow(marginX, intro)
	d.y += 4
	for _, f := range fields {
		h := signRowH
		if f.label == "Signature" {
			h = signatureH
		}
		d.signField(f.label, f.value, h)
	}
}

// signField prints one field of the sign-off: its label and value on the
// lower part of an h-millimetre row, or a ruled line when the value is
// missing.
func (d *doc) signField(label, value string, h float64) {
	lines := d.wrap(contentW-(signX-marginX), span{stBody, d.clean(trimmed(value))})
	h = max(h, height(lines)+4)
	d.need(h)
	top := d.y + h - max(height(lines), stBody.lineHeight()) - 1
	d.write(marginX, top, stBold, label)
	if len(lines) == 0 {
		d.setDraw(black, 0.3)
		base := top + stBody.lineHeight() - 0.5
		d.pdf.Line(signX, base, signX+signLineW, base)
	}
	for _, l := range lines {
		d.drawLine(signX, top, l)
		top += l.h
	}
	d.y += h
}
