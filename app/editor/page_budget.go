package editor

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ehcplan/plan"
)

// budgetPage: Section J, the personal budget.
func (e *Editor) budgetPage() fyne.CanvasObject {
	pb := &e.p.PersonalBudget
	if pb.Arrangement == "" {
		pb.Arrangement = plan.ArrangementNone
	}
	arr := choose(e, arrangements, func() *plan.Arrangement { return &pb.Arrangement }, textChange, nil,
		"personal_budget.arrangement", "personal_budget")
	var opts []linkOpt
	for _, r := range e.p.Items() {
		if r.Kind == plan.KindProvision {
			opts = append(opts, linkOpt{id: r.ID, text: e.textOf(r), where: e.p.Areas[r.Area].Title})
		}
	}
	return page(
		pageTitle("Personal budget (Section J)", "If part of the provision is paid for through a personal budget, say how it is held, how much it is and what it pays for."),
		labelled("How the budget is held", "", arr),
		labelled("Amount", "In pounds, for example 1200 or 1,200.50.", e.amountEntry()),
		labelled("Which provision does it pay for?", "",
			e.linkGroup("personal_budget.provision", opts, func() *[]string { return &pb.Provision },
				"There is no provision in the plan yet.")),
		labelled("Notes", "", e.textEntry(func() *string { return &pb.Notes }, 3, "personal_budget.notes")),
	)
}

// amountEntry edits the budget in pounds, gently saying when it is not a number.
func (e *Editor) amountEntry() fyne.CanvasObject {
	pb := &e.p.PersonalBudget
	en := widget.NewEntry()
	if pb.AmountGBP != 0 {
		en.SetText(strconv.FormatFloat(pb.AmountGBP, 'f', -1, 64))
	}
	note := hint("")
	note.Hide()
	en.OnChanged = func(s string) {
		v, err := parseAmount(s)
		if err != nil {
			note.Importance = widget.WarningImportance
			note.SetText(err.Error())
			note.Show()
			return
		}
		note.Hide()
		pb.AmountGBP = v
		e.changed(textChange)
	}
	e.register(en, "personal_budget.amount_gbp")
	return container.NewVBox(container.NewBorder(nil, nil, boldLabel("£"), nil, en), note)
}

// parseAmount reads pounds as typed: "1200", "£1,200.50", "" (nothing).
func parseAmount(s string) (float64, error) {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "£"))
	t = strings.ReplaceAll(t, ",", "")
	if t == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsNaN(v) || math.IsInf(v, 0) { // ParseFloat takes "NaN" and "Inf"
		return 0, fmt.Errorf("write the amount in pounds as a number, for example 1200.50")
	}
	return v, nil
}
