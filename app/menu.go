package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/keydialog"
)

// Keyboard shortcuts. Main-menu shortcuts work even while typing in a box.
var (
	shortcutNew   = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFind  = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrint = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
)

// mainMenu is the window's menu bar.
type mainMenu struct {
	a     *App
	main  *fyne.MainMenu
	print *fyne.MenuItem
	// provider prints the open plan without the personal details.
	provider *fyne.MenuItem
	sizes    []*fyne.MenuItem
}

func newMainMenu(a *App) *mainMenu {
	m := &mainMenu{a: a}
	newItem := fyne.NewMenuItem("New plan…", a.askNewPlan)
	newItem.Shortcut = shortcutNew
	find := fyne.NewMenuItem("Find a young person", a.focusSearch)
	find.Shortcut = shortcutFind
	m.print = fyne.NewMenuItem("Print this plan…", a.printOpenPlan)
	m.print.Shortcut = shortcutPrint
	m.provider = fyne.NewMenuItem("Print a copy for a provider…", a.printOpenPlanForProvider)
	quit := fyne.NewMenuItem("Quit", a.requestClose)
	quit.IsQuit = true
	plans := fyne.NewMenu("Plans", newItem, find,
		fyne.NewMenuItem("Import a plan file…", a.askImport), m.print, m.provider,
		fyne.NewMenuItem("Print for reviews…", a.askPrintForReviews),
		fyne.NewMenuItem("Caseload insight for commissioning…", a.showInsight),
		fyne.NewMenuItemSeparator(), quit)
	for i, label := range textSizeLabels() {
		size := TextSize(i)
		m.sizes = append(m.sizes, fyne.NewMenuItem(label, func() { a.setTextSize(size) }))
	}
	settings := fyne.NewMenu("Settings", fyne.NewMenuItem("Your name…", a.askCaseworkerName),
		fyne.NewMenuItem("Section A headings…", a.askSectionAHeadings),
		fyne.NewMenuItem("Notices and local services…", a.askNoticeServices),
		fyne.NewMenuItem("Team server…", a.askTeamServer),
		fyne.NewMenuItem("Meeting mode text size…", a.askMeetingScale))
	m.main = fyne.NewMainMenu(plans, fyne.NewMenu("Text size", m.sizes...), settings)
	return m
}

// update ticks the current text size and enables Print when a plan is open.
func (m *mainMenu) update() {
	current := m.a.textSize()
	for i, item := range m.sizes {
		item.Checked = TextSize(i) == current
	}
	m.print.Disabled = m.a.plan == nil
	m.provider.Disabled = m.a.plan == nil
	m.main.Refresh()
}

// shortcutsFor adds the keyboard shortcuts to a canvas, for windows
// without a menu bar (and for tests, which have none).
func (a *App) addShortcuts() {
	c := a.win.Canvas()
	c.AddShortcut(shortcutNew, func(fyne.Shortcut) { a.askNewPlan() })
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { a.focusSearch() })
	c.AddShortcut(shortcutPrint, func(fyne.Shortcut) { a.printOpenPlan() })
}

// focusSearch goes to the caseload's search box (Ctrl+F).
func (a *App) focusSearch() {
	if a.plan != nil {
		a.showCaseload()
		if a.plan != nil {
			return // could not leave the plan
		}
	}
	a.win.Canvas().Focus(a.caseload.search)
}

// printOpenPlan prints the open plan (Ctrl+P); it does nothing on the caseload.
func (a *App) printOpenPlan() {
	if a.plan != nil {
		a.plan.print()
	}
}

// printOpenPlanForProvider prints the open plan's provider copy.
func (a *App) printOpenPlanForProvider() {
	if a.plan != nil {
		a.plan.printForProvider()
	}
}

// askCaseworkerName asks for the name (and role) printed as the
// caseworker on new plans and recorded with each change.
func (a *App) askCaseworkerName() {
	a.nameDialog("Your name", "Cancel", "", nil)
}

// nameDialog asks for the caseworker's name and role and remembers them;
// then runs after (if set), whichever button was pressed.
func (a *App) nameDialog(title, dismiss, intro string, after func()) {
	prefs := a.fa.Preferences()
	name, role := keydialog.NewEntry(), keydialog.NewEntry()
	name.SetText(caseworkerName(prefs))
	name.SetPlaceHolder("for example, Priya Shah")
	role.SetText(caseworkerRole(prefs))
	role.SetPlaceHolder("for example, SEN caseworker (you can leave this blank)")
	items := []*widget.FormItem{
		{Text: "Your name", Widget: name, HintText: "Printed as the caseworker on the plans you start."},
		{Text: "Your role", Widget: role},
	}
	if intro != "" {
		items = append([]*widget.FormItem{{Widget: messageLabel(intro)}}, items...)
	}
	d := keydialog.NewForm(title, "Save", dismiss, items, func(ok bool) {
		prefs.SetBool(prefNameAsked, true)
		if n := strings.TrimSpace(name.Text); ok && n != "" {
			prefs.SetString(prefCaseworker, n)
			prefs.SetString(prefRole, strings.TrimSpace(role.Text))
		}
		if after != nil {
			after()
		}
	}, a.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	a.win.Canvas().Focus(name)
}
