package render

import (
	"ehcplan/plan"
	"ehcplan/plan/notices"
)

// NoticeFor is the notice to the family printed with p on today, from the
// local authority's notices: a draft's is dated the day it is sent
// (today), a final's the day it was issued. It is nil for a plan whose
// status has no notice (a ceased plan). The app and the command line both
// print through it, so their notices say the same.
func NoticeFor(p *plan.Plan, ns notices.Notices, today plan.Date) *Notice {
	date := today
	if p.Status == plan.StatusFinal && !p.Dates.Issued.IsZero() {
		date = p.Dates.Issued
	}
	n, ok := notices.For(p, ns, date)
	if !ok {
		return nil
	}
	paras := append(append([]string(nil), n.Paragraphs...), n.Law)
	return &Notice{Title: n.Title, Paragraphs: paras}
}
