package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/check"
)

// issueOrAmend is the top bar's main button: issue a draft, or start an
// amendment of a final plan.
func (v *planView) issueOrAmend() {
	if v.plan().Status == plan.StatusFinal {
		v.askAmendment()
		return
	}
	v.askIssue()
}

// askIssue judges the plan with the one readiness rule (check.IssueReport,
// with the caseload rules: a plan naming another young person is refused):
// with errors it refuses and lists them, otherwise it asks for Section I
// (which stays blank in a draft) and issues.
func (v *planView) askIssue() {
	if r := check.IssueReportAmong(v.plan(), v.a.today(), v.a.caseloadNames()); !r.Ready {
		v.showBlockers(r)
		return
	}
	v.askPlacement()
}

// showBlockers lists the checker's errors; clicking one goes to it.
func (v *planView) showBlockers(r check.Report) {
	var d dialog.Dialog
	items := container.NewVBox()
	for _, f := range r.Findings {
		if f.Severity != check.Error {
			continue
		}
		f := f
		goTo := widget.NewButtonWithIcon("Go to it", theme.NavigateNextIcon(), func() {
			d.Hide()
			v.ed.GoTo(f)
		})
		icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
		items.Add(container.NewBorder(nil, nil, icon, goTo, wrapped(f.Message)))
	}
	intro := messageLabel(fmt.Sprintf("Before the plan can be issued as final, %s must be put right. "+
		"“Go to it” shows you where.", plural(r.Errors, "thing", "things")))
	scroll := container.NewVScroll(items)
	scroll.SetMinSize(fyne.NewSize(640, min(float32(len(items.Objects))*64, 360)))
	d = keydialog.NewCustom("This plan cannot be issued yet", "Close", container.NewBorder(intro, nil, nil, nil, scroll), v.a.win)
	d.Show()
}

// placementForm is the Issue dialog's Section I: what the final plan names.
type placementForm struct {
	name, kind, preference *keydialog.Entry
	officer                officerForm
}

// askPlacement is the Issue dialog: it says what issuing does and asks
// for Section I, the placement the final plan names, and when the
// family's preference for a school or college was received.
func (v *planView) askPlacement() {
	p := v.plan()
	f := placementForm{name: keydialog.NewEntry(), kind: keydialog.NewEntry(), preference: keydialog.NewEntry()}
	prev := v.previousPlacement()
	f.name.SetText(prev.Name)
	f.kind.SetText(prev.Type)
	f.name.SetPlaceHolder("for example, Riverside Academy")
	f.kind.SetPlaceHolder("for example, mainstream academy, secondary")
	f.preference.SetPlaceHolder("DD/MM/YYYY, or leave blank")
	if d, ok := placementPreference(p); ok {
		f.preference.SetText(showDate(d))
	}
	f.name.Validator = required("type the name of the school, college or other placement")
	f.kind.Validator = required("type what kind of placement it is")
	f.preference.Validator = func(s string) error {
		_, err := readDate(s, v.a.today())
		return err
	}
	intro := messageLabel(fmt.Sprintf("This makes version %d of %s’s plan the final plan, issued today (%s). "+
		"A copy of this version is kept, and later changes need an amendment.\n\n"+
		"Section I stays blank in the draft. Name the placement the final plan gives, after consulting the family and the setting.",
		p.Version, p.Person.Name, v.a.today().Long()))
	items := []*widget.FormItem{
		{Text: "School, college or other placement", Widget: f.name},
		{Text: "Type of placement", Widget: f.kind},
		{Text: "Family’s preference received on", Widget: f.preference,
			HintText: "The date the family asked for a school or college. Leave blank if they gave no preference."},
	}
	f.officer = v.a.newOfficerForm()
	items = append(items, f.officer.items()...)
	form := widget.NewForm(items...)
	d := keydialog.NewCustomConfirm("Issue the final plan", "Issue final plan", "Not yet",
		container.NewVBox(intro, form), func(ok bool) {
			v.a.rememberOfficer(plan.Officer{Name: strings.TrimSpace(f.officer.name.Text), Role: strings.TrimSpace(f.officer.role.Text)})
			if ok {
				v.issueWith(f)
			}
		}, v.a.win)
	d.Own(f.name) // Enter in a box issues, Escape cancels
	d.Own(f.kind)
	d.Own(f.preference)
	f.officer.ownedBy(d)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
	v.a.win.Canvas().Focus(f.name)
}

// issueWith checks what the dialog holds, then issues the plan with it.
func (v *planView) issueWith(f placementForm) {
	name, kind := strings.TrimSpace(f.name.Text), strings.TrimSpace(f.kind.Text)
	pref, err := readDate(f.preference.Text, v.a.today())
	if err == nil && (name == "" || kind == "") {
		err = errors.New("name the placement and say what kind it is")
	}
	if err != nil {
		v.a.showMessage("The plan was not issued", "Section I is not complete: "+err.Error()+".")
		return
	}
	officer, err := f.officer.read(v.a.today())
	if err != nil {
		v.a.showMessage("The plan was not issued", "The sign-off is not complete: "+err.Error()+".")
		return
	}
	v.issue(plan.Placement{Name: name, Type: kind}, pref, officer)
}

// issue makes the plan final with this Section I, dated today, and keeps
// the version. The editor's draft is left as it was if issuing fails.
func (v *planView) issue(pl plan.Placement, pref plan.Date, officer plan.Officer) {
	if err := v.flush(); err != nil {
		v.a.showSaveProblem(err)
		return
	}
	today := v.a.today()
	p := check.IssueCandidate(v.plan(), today)
	p.Placement = pl
	p.Officer = officer
	if err := setPlacementPreference(p, pref); err != nil {
		v.a.showProblem("The plan was not issued", err)
		return
	}
	if r := check.CheckAmong(p, today, v.a.caseloadNames()); !r.Ready {
		v.showBlockers(r)
		return
	}
	if err := v.a.st.IssueVersion(p, v.a.by()); err != nil {
		what, todo := explainSaveError(err)
		v.a.showMessage("The plan was not issued", what+"\n\n"+todo)
		return
	}
	v.reloadFromStore(p.ID)
	v.a.showMessage("Final plan issued", fmt.Sprintf("Version %d of %s’s plan is now final, issued %s, naming %s. Next review due %s.",
		p.Version, p.Person.Name, today.Long(), pl.Name, orDash(p.Dates.NextReview.Long())))
}

// previousPlacement is the Section I to start the dialog with: the
// draft's own, or else the last issued version's (for an amendment).
func (v *planView) previousPlacement() plan.Placement {
	p := v.plan()
	if p.Placement != (plan.Placement{}) || p.Version <= 1 {
		return p.Placement
	}
	last, err := v.a.st.LoadVersion(p.ID, p.Version-1)
	if err != nil {
		return plan.Placement{} // none to offer: the dialog starts blank
	}
	return last.Placement
}

// The ehcplan/1 format has no key for the date the family's preference
// for a school or college was received, so it is kept under "extra"
// (written back untouched by every reader) as extraPreference: a
// YYYY-MM-DD date, or "none_given".
const (
	extraPreference = "placement_preference_received"
	noneGiven       = "none_given"
)

// setPlacementPreference records the preference date (zero: none given).
func setPlacementPreference(p *plan.Plan, d plan.Date) error {
	extra := map[string]json.RawMessage{}
	if len(p.Extra) > 0 {
		if err := json.Unmarshal(p.Extra, &extra); err != nil {
			return fmt.Errorf("record the family's preference in the plan's extra data: %w", err)
		}
	}
	value := noneGiven
	if !d.IsZero() {
		value = d.String()
	}
	extra[extraPreference], _ = json.Marshal(value)
	data, err := json.Marshal(extra)
	if err != nil {
		return fmt.Errorf("record the family's preference in the plan's extra data: %w", err)
	}
	p.Extra = data
	return nil
}

// placementPreference reads the recorded preference date, if there is one.
func placementPreference(p *plan.Plan) (plan.Date, bool) {
	var extra map[string]json.RawMessage
	if json.Unmarshal(p.Extra, &extra) != nil {
		return plan.Date{}, false
	}
	var s string
	if json.Unmarshal(extra[extraPreference], &s) != nil {
		return plan.Date{}, false
	}
	d, err := plan.ParseDate(s)
	return d, err == nil && !d.IsZero()
}

// required is a validator for a box that must not be left empty.
func required(say string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(say)
		}
		return nil
	}
}

// readDate reads a date typed as day/month/year; blank is the zero date.
// A date after today is refused: a preference cannot be received later.
func readDate(s string, today plan.Date) (plan.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return plan.Date{}, nil
	}
	var d, m, y int
	var rest string
	n, _ := fmt.Sscanf(strings.NewReplacer(".", "/", "-", "/").Replace(s)+" end", "%d/%d/%d %s", &d, &m, &y, &rest)
	if n != 4 || rest != "end" || y < 1000 {
		return plan.Date{}, fmt.Errorf("write the date as day/month/year, for example 14/02/2026")
	}
	date, err := plan.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
	if err != nil {
		return plan.Date{}, fmt.Errorf("%s is not a date in the calendar", s)
	}
	if date.After(today) {
		return plan.Date{}, fmt.Errorf("%s is after today", s)
	}
	return date, nil
}

// showDate writes a date the way it is typed: 14/05/2011.
func showDate(d plan.Date) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// askAmendment explains and starts an amendment of a final plan.
func (v *planView) askAmendment() {
	p := v.plan()
	text := fmt.Sprintf("This starts version %d of %s’s plan as a draft, copied from the final plan. "+
		"The issued version %d stays as it is.", p.Version+1, p.Person.Name, p.Version)
	keydialog.ShowCustomConfirm("Start an amendment?", "Start amendment", "Cancel", messageLabel(text),
		func(ok bool) {
			if ok {
				v.startAmendment()
			}
		}, v.a.win)
}

func (v *planView) startAmendment() { v.amend(nil, "") }

// reloadFromStore reopens the plan as stored.
func (v *planView) reloadFromStore(id string) {
	p, err := v.a.st.Load(id)
	if err != nil {
		v.a.showProblem("The plan could not be read again", err)
		return
	}
	v.reload(p, "")
}
