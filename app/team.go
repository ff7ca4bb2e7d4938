package app

import (
	"errors"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ehcplan/app/conflict"
	"ehcplan/app/keydialog"
	"ehcplan/plan"
	"ehcplan/plan/store"
)

// A shared caseload (a team server, or one plans file used by two copies
// of the app): each open plan remembers the revision it was loaded at and
// saves from it; a save refused because someone else saved meanwhile
// opens the field-by-field chooser (app/conflict). The caseload shows who
// else has a plan open.

// prefTeamServer is the team server's address (a postgres:// URL, no
// password), used instead of the plans file on this computer when set.
const prefTeamServer = "team_server"

// heartbeat is how often an open plan tells the store it is still open.
const heartbeat = 30 * time.Second

// TeamServer is the team server chosen in Settings › Team server, or "".
func TeamServer(p fyne.Preferences) string { return strings.TrimSpace(p.String(prefTeamServer)) }

// revision is the stored revision an open plan was loaded or last saved
// at: the autosave's goroutine and the UI goroutine both use it.
type revision struct {
	mu  sync.Mutex
	rev int64
}

func (r *revision) get() int64  { r.mu.Lock(); defer r.mu.Unlock(); return r.rev }
func (r *revision) set(n int64) { r.mu.Lock(); r.rev = n; r.mu.Unlock() }

// saveFrom is the open plan's store save: from its revision, moving it on.
func (v *planView) saveFrom(p *plan.Plan, by string) error {
	rev, err := v.a.st.SaveFrom(p, by, v.base.get())
	if err == nil {
		v.base.set(rev)
	}
	return err
}

// resolveConflict opens the chooser for a refused save (UI goroutine),
// once at a time; the plan chosen is put in the editor and saved from the
// other person's revision.
func (v *planView) resolveConflict(c *store.ConflictError) {
	if v.choosing || v.saver.stopped {
		return
	}
	v.choosing = true
	mine := v.ed.Plan().Clone()
	_, err := conflict.Show(v.a.win, mine, c.Theirs, c.By, c.At, func(merged *plan.Plan) {
		v.choosing = false
		if merged == nil || v.a.plan != v {
			return
		}
		page := v.ed.Page()
		v.a.showPlanAt(merged, c.Revision)
		if page != "" {
			v.a.plan.ed.ShowPage(page) // stay where the user was
		}
		v.a.plan.changed() // save what was chosen
	})
	if err != nil {
		v.choosing = false
		v.a.showSaveProblem(err)
	}
}

// isConflict reports a save refused because someone else saved first.
func isConflict(err error) (*store.ConflictError, bool) {
	var c *store.ConflictError
	return c, errors.As(err, &c)
}

// startPresence tells the store the plan is open now and every 30
// seconds until the plan is closed, then that it is closed.
func (v *planView) startPresence() {
	st, id, by := v.a.st, v.plan().ID, v.a.by()
	var beat func()
	beat = func() {
		if v.saver.stopped {
			v.a.background(func() { _ = st.Absent(id) })
			return
		}
		v.a.background(func() { _ = st.Present(id, by) })
		v.a.after(heartbeat, func() { v.a.do(beat) })
	}
	beat()
}

// presence is who else has which plan open, as last read with the caseload.
type presence struct {
	mu     sync.Mutex
	others map[string][]string
}

// refresh reads who else has plans open (any goroutine; best effort).
func (p *presence) refresh(st *store.Store) {
	others, err := st.OpenElsewhere()
	if err != nil {
		return
	}
	p.mu.Lock()
	p.others = others
	p.mu.Unlock()
}

// marks is the caseload mark for a plan someone else has open.
func (p *presence) marks(id string) []mark {
	p.mu.Lock()
	defer p.mu.Unlock()
	names := p.others[id]
	if len(names) == 0 {
		return nil
	}
	return []mark{{text: "Open now by " + strings.Join(names, ", ")}}
}

// askTeamServer asks for the team server's address (Settings › Team
// server); the app uses it from its next start.
func (a *App) askTeamServer() {
	prefs := a.fa.Preferences()
	addr := keydialog.NewEntry()
	addr.SetText(TeamServer(prefs))
	addr.SetPlaceHolder("postgres://your.name@server/database")
	items := []*widget.FormItem{
		{Widget: messageLabel("To share a caseload with your team, enter the address IT gave you. " +
			"Leave it empty to keep your plans on this computer. The password is never kept here: " +
			"IT will set up your PostgreSQL password file. The app uses the new choice when it next starts.")},
		{Text: "Team server", Widget: addr},
	}
	d := keydialog.NewForm("Team server", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		v := strings.TrimSpace(addr.Text)
		if v != "" && !store.IsServer(v) {
			a.showMessage("Not a team server address", "The address should start with postgres:// — check it against what IT gave you.")
			return
		}
		if store.HasPassword(v) {
			a.showMessage("Leave the password out", "The address holds a password, and the app never keeps one. "+
				"Enter it without the password: IT will set up your PostgreSQL password file.")
			return
		}
		prefs.SetString(prefTeamServer, v)
	}, a.win)
	d.Resize(fyne.NewSize(600, d.MinSize().Height))
	d.Show()
}
