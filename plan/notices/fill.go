package notices

import (
	"strings"

	"ehcplan/plan"
)

// Notice is one notice filled in for a plan, ready to lay out.
type Notice struct {
	Title      string
	Paragraphs []string
	Law        string
	// To is who the notice is addressed to; YoungPerson says it is the
	// young person themself (the "you" variant).
	To          string
	YoungPerson bool
	// ReplyBy (drafts) and AppealBy (finals) are the dates the text gives.
	ReplyBy, AppealBy plan.Date
}

// Blank stands for a detail not known: a line to fill in by hand.
const Blank = "________________________"

// Values are what fills a notice's placeholders.
type Values struct {
	Addressee, YoungPerson, LocalAuthority string
	NoticeDate, ReplyBy, AppealBy          plan.Date
	Services                               Services
}

// Fill replaces the placeholders in text. A blank name or date, or a
// service with no details, becomes Blank; a blank local authority reads
// "the local authority".
func Fill(text string, v Values) string {
	la := strings.TrimSpace(v.LocalAuthority)
	if la == "" {
		la = "the local authority"
	}
	return strings.NewReplacer(
		"{addressee}", orBlank(v.Addressee),
		"{young_person}", orBlank(v.YoungPerson),
		"{local_authority}", la,
		"{notice_date}", longDate(v.NoticeDate),
		"{reply_by}", longDate(v.ReplyBy),
		"{appeal_by}", longDate(v.AppealBy),
		"{iass}", v.Services.IASS.Contact(),
		"{mediation}", v.Services.Mediation.Contact(),
		"{drs}", v.Services.DRS.Contact(),
	).Replace(text)
}

// Contact says how to reach a service in one line, or Blank.
func (s Service) Contact() string {
	var parts []string
	for _, p := range []struct{ label, v string }{
		{"", s.Name}, {"phone ", s.Phone}, {"email ", s.Email}, {"", s.Web},
	} {
		if v := strings.TrimSpace(p.v); v != "" {
			parts = append(parts, p.label+v)
		}
	}
	if len(parts) == 0 {
		return Blank
	}
	return strings.Join(parts, ", ")
}

func orBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return Blank
	}
	return strings.TrimSpace(s)
}

func longDate(d plan.Date) string {
	if d.IsZero() {
		return Blank
	}
	return d.Long()
}

// ReplyBy is the date by which the family may reply to a draft sent on d.
func ReplyBy(d plan.Date) plan.Date { return d.AddDays(ReplyDays) }

// AppealBy is the last day to appeal against a final whose notice is
// dated d (later still with a mediation certificate, which the notice says).
func AppealBy(d plan.Date) plan.Date { return d.AddMonths(AppealMonths) }

// For is the notice that goes with p in its status, filled in for a notice
// dated noticeDate (a draft's date sent; a final's date issued). ok is
// false for a status that has no notice (a ceased plan).
func For(p *plan.Plan, n Notices, noticeDate plan.Date) (Notice, bool) {
	to := Addressee(p, noticeDate)
	var t Text
	switch {
	case p.Status == plan.StatusDraft && to.YoungPerson:
		t = n.DraftYoungPerson
	case p.Status == plan.StatusDraft:
		t = n.Draft
	case p.Status == plan.StatusFinal && to.YoungPerson:
		t = n.FinalYoungPerson
	case p.Status == plan.StatusFinal:
		t = n.Final
	default:
		return Notice{}, false
	}
	v := Values{
		Addressee: to.Name, YoungPerson: p.Person.Name, LocalAuthority: p.LocalAuthority,
		NoticeDate: noticeDate, Services: n.Services,
	}
	out := Notice{To: to.Name, YoungPerson: to.YoungPerson}
	if p.Status == plan.StatusDraft {
		v.ReplyBy, out.ReplyBy = ReplyBy(noticeDate), ReplyBy(noticeDate)
	} else {
		v.AppealBy, out.AppealBy = AppealBy(noticeDate), AppealBy(noticeDate)
	}
	out.Title = Fill(t.Title, v)
	out.Law = Fill(t.Law, v)
	for _, para := range t.Paragraphs {
		out.Paragraphs = append(out.Paragraphs, Fill(para, v))
	}
	return out, true
}

// To is who a notice is addressed to.
type To struct {
	Name string
	// YoungPerson: the notice is to the young person, not a parent.
	YoungPerson bool
}

// Addressee is who the notices about p go to on day: the young person
// when they are over compulsory school age and make their own decisions
// (Children and Families Act 2014 s80), otherwise the main contact (or
// the first with parental responsibility, or the first contact). Name is
// "" when no contact is recorded (Fill prints a blank to fill in).
func Addressee(p *plan.Plan, day plan.Date) To {
	per := p.Person
	if per.OwnDecisions != nil && *per.OwnDecisions && OverCompulsorySchoolAge(p, day) {
		return To{Name: per.Name, YoungPerson: true}
	}
	return To{Name: mainContact(per.Contacts).Name}
}

func mainContact(cs []plan.Contact) plan.Contact {
	for _, c := range cs {
		if c.Main {
			return c
		}
	}
	for _, c := range cs {
		if c.ParentalResponsibility {
			return c
		}
	}
	if len(cs) > 0 {
		return cs[0]
	}
	return plan.Contact{}
}

// OverCompulsorySchoolAge reports whether the young person is over
// compulsory school age on day: in Year 12 or above. Compulsory school
// age ends with the school year in which a child turns 16 (Education Act
// 1996 s8), which is the end of Year 11 for a child in their usual year;
// so the year worked out from the date of birth counts, and so does a
// recorded year group of 12 or more.
func OverCompulsorySchoolAge(p *plan.Plan, day plan.Date) bool {
	if dob := p.Person.DateOfBirth; !dob.IsZero() && plan.YearGroupOn(dob, day) >= 12 {
		return true
	}
	return p.Person.YearGroup != nil && *p.Person.YearGroup >= 12
}
