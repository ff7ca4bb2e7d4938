package render

import (
	"slices"
	"strings"
	"unicode/utf8"

	"ehcplan/plan"
)

// What a copy for a provider says about the details it leaves out.
const (
	redactedMark = "Copy for a provider: personal contact details left out"
	leftOut      = "Left out of this copy"
	leftOutText  = "[left out]"
)

// minSecret is the fewest characters a left-out value must have to be
// scrubbed from the rest of the text too: shorter ones ("12", "Flat")
// would blank ordinary words.
const minSecret = 5

// redactedValues are the details a copy for a provider leaves out, as
// printed (cleaned): the young person's address, NHS number and UPN, and
// each contact's phone, email and address. An address is also taken line
// by line (and part by part between commas) where a part has a digit in
// it, such as "12 Mill Lane" or a postcode: a town's name alone is not
// personal and is often the school's name too.
func (d *doc) redactedValues(pp *plan.Person) []string {
	vals := []string{pp.NHSNumber, pp.UPN}
	addresses := []string{pp.Address}
	for _, c := range pp.Contacts {
		vals = append(vals, c.Phone, c.Email)
		addresses = append(addresses, c.Address)
	}
	for _, a := range addresses {
		vals = append(vals, a)
		for _, part := range strings.FieldsFunc(a, func(r rune) bool { return r == '\n' || r == ',' }) {
			if strings.ContainsAny(part, "0123456789") {
				vals = append(vals, part)
			}
		}
	}
	var out []string
	for _, v := range vals {
		if v = trimmed(d.cl.clean(v)); utf8.RuneCountInString(v) >= minSecret && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	// Longest first, so a whole address goes before its first line.
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// scrub replaces every left-out value found in s: the details page never
// prints them, and this catches the same words copied into free text (a
// heading, a notice's letter head) so none of them reaches the page.
func (d *doc) scrub(s string) string {
	for _, v := range d.secrets {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, leftOutText)
		}
	}
	return s
}
