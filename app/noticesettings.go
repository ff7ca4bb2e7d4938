package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan/notices"
)

// noticesPath is the notices file: Options.NoticesPath, or the one beside
// the plans store (the command line reads the same file).
func (a *App) noticesPath() string {
	if a.opt.NoticesPath != "" {
		return a.opt.NoticesPath
	}
	if a.opt.StorePath != "" {
		return notices.Beside(a.opt.StorePath)
	}
	path, err := notices.DefaultPath()
	if err != nil {
		return notices.FileName
	}
	return path
}

// serviceForm edits one local service's contact details.
type serviceForm struct {
	name, phone, email, web *widget.Entry
}

func newServiceForm(s notices.Service) serviceForm {
	f := serviceForm{widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()}
	f.name.SetText(s.Name)
	f.phone.SetText(s.Phone)
	f.email.SetText(s.Email)
	f.web.SetText(s.Web)
	return f
}

func (f serviceForm) service() notices.Service {
	return notices.Service{Name: f.name.Text, Phone: f.phone.Text, Email: f.email.Text, Web: f.web.Text}
}

func (f serviceForm) items(title, hint string) []*widget.FormItem {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return []*widget.FormItem{
		{Widget: container.NewVBox(widget.NewSeparator(), head, messageLabel(hint))},
		{Text: "Name", Widget: f.name},
		{Text: "Phone", Widget: f.phone},
		{Text: "Email", Widget: f.email},
		{Text: "Website", Widget: f.web},
	}
}

// askNoticeServices is Settings › Notices and local services: the contact
// details the notices sent with every plan give. They are saved in the
// notices file, which keeps the texts as they are.
func (a *App) askNoticeServices() {
	path := a.noticesPath()
	n, err := notices.Load(path)
	if err != nil {
		a.showProblem("The notices file cannot be read", err)
		return
	}
	iass, med, drs := newServiceForm(n.Services.IASS), newServiceForm(n.Services.Mediation), newServiceForm(n.Services.DRS)
	items := []*widget.FormItem{{Widget: messageLabel("The notices sent with each plan tell the family how to reach these services. " +
		"Leave a box blank and the notice prints a line to fill in by hand.")}}
	items = append(items, iass.items("Information, advice and support service (SENDIASS)",
		"Free, impartial advice for families: named in every notice.")...)
	items = append(items, med.items("Mediation adviser",
		"Families must contact them before appealing a final plan.")...)
	items = append(items, drs.items("Disagreement resolution service",
		"Helps settle disagreements without going to the Tribunal.")...)
	form := widget.NewForm(items...)
	scroll := container.NewVScroll(form)
	scroll.SetMinSize(fyne.NewSize(600, 520))
	d := dialog.NewCustomConfirm("Notices and local services", "Save", "Cancel", scroll, func(ok bool) {
		if !ok {
			return
		}
		n.Services = notices.Services{IASS: iass.service(), Mediation: med.service(), DRS: drs.service()}
		if err := n.Save(path); err != nil {
			a.showProblem("The local services were not saved", err)
		}
	}, a.win)
	d.Resize(fyne.NewSize(680, 640))
	d.Show()
	a.win.Canvas().Focus(iass.name)
}
