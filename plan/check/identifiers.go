package check

import (
	"fmt"
	"strings"

	"ehcplan/plan"
)

// S11: the NHS number fails its modulus-11 check, or the unique pupil
// number its check letter. The number is kept as typed: a finding, never
// a refusal, and the checker never suggests a "corrected" check digit,
// since the mistyped character is as likely to be any other.
func (c *checker) checkIdentifiers() {
	person := c.p.Person
	if problem := NHSNumberProblem(person.NHSNumber); problem != "" {
		c.add(planPos, "S11", plan.At("person").Dot("nhs_number"), "",
			fmt.Sprintf("The NHS number %s %s.", quote(person.NHSNumber, 30), problem),
			"Check the NHS number against a letter from the GP or hospital and correct it: it has 10 digits, often written 3 3 4 (e.g. “999 123 4567”).")
	}
	if problem := UPNProblem(person.UPN); problem != "" {
		c.add(planPos, "S11", plan.At("person").Dot("upn"), "",
			fmt.Sprintf("The unique pupil number %s %s.", quote(person.UPN, 30), problem),
			"Check the unique pupil number (UPN) against the school's records and correct it: a check letter, then 12 more characters.")
	}
}

// NHSNumberProblem says what is wrong with an NHS number as typed, or ""
// when it is empty or passes its check. Spaces and hyphens between the
// digits are allowed ("943 476 5919"). The check digit is the tenth: each
// of the first nine digits is multiplied by 10, 9, ... 2, and the check is
// 11 less the remainder of the sum divided by 11 (11 is written 0; 10
// means no NHS number has those nine digits).
func NHSNumberProblem(typed string) string {
	if blank(typed) {
		return ""
	}
	var digits [10]int
	n := 0
	for _, r := range typed {
		switch {
		case r >= '0' && r <= '9':
			if n < len(digits) {
				digits[n] = int(r - '0')
			}
			n++
		case r == ' ' || r == '-':
		default:
			return "has characters other than digits"
		}
	}
	if n != len(digits) {
		return fmt.Sprintf("has %d digits; an NHS number has 10", n)
	}
	sum := 0
	for i, d := range digits[:9] {
		sum += d * (10 - i)
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	if check == 10 || check != digits[9] {
		return "does not pass its check: a digit is probably mistyped or two are swapped"
	}
	return ""
}

// upnLetters are the check letters of unique pupil numbers, for the values
// 0 to 22: the alphabet without I, O and S.
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ"

// UPNProblem says what is wrong with a unique pupil number as typed, or ""
// when it is empty or passes its check. The Department for Education's
// algorithm: 13 characters, a check letter, then 11 digits, then a digit
// or (in a temporary UPN) a letter. Characters 2 to 13 are multiplied by
// their positions (2 to 13), a last letter counting as its place in
// upnLetters; the remainder of the sum divided by 23 is the check letter's
// place in upnLetters. Spaces are ignored and case does not matter.
func UPNProblem(typed string) string {
	if blank(typed) {
		return ""
	}
	upn := strings.ToUpper(strings.ReplaceAll(typed, " ", ""))
	if len(upn) != 13 {
		return fmt.Sprintf("has %d characters; a UPN has 13", len([]rune(upn)))
	}
	first := strings.IndexByte(upnLetters, upn[0])
	if first < 0 {
		return "does not start with a check letter (A to Z, except I, O and S)"
	}
	sum := 0
	for i := 1; i < 13; i++ {
		ch, v := upn[i], 0
		switch {
		case ch >= '0' && ch <= '9':
			v = int(ch - '0')
		case i == 12 && strings.IndexByte(upnLetters, ch) >= 0:
			v = strings.IndexByte(upnLetters, ch) // a temporary UPN
		case i == 12:
			return "ends in a character that is neither a digit nor a letter a UPN uses"
		default:
			return "has characters other than digits after its check letter"
		}
		sum += v * (i + 1)
	}
	if sum%23 != first {
		return "does not pass its check: its first letter does not match the other 12 characters"
	}
	return ""
}
