package editor

import (
	"fmt"

	"ehcplan/app/keydialog"
)

// confirmDialog asks before something is removed. The buttons say what
// they do: action (e.g. "Remove") and "Keep it".
func (e *Editor) confirmDialog(title, message, action string, ok func()) {
	d := keydialog.NewCustomConfirm(title, action, "Keep it", para(message), func(yes bool) {
		if yes {
			ok()
		}
	}, e.w)
	d.Show()
}

// askDelete asks, naming the item, then deletes it and every link to it.
func (e *Editor) askDelete(id string) {
	ref, ok := e.p.Index()[id]
	if !ok {
		return
	}
	title := fmt.Sprintf("Remove %s %s?", ref.Kind.Noun(), id)
	msg := fmt.Sprintf("“%s”\n\nThis removes the %s and every link to it from other parts of the plan.",
		short(orBlank(e.itemText(id)), 160), ref.Kind.Noun())
	e.confirm(title, msg, "Remove", func() {
		if e.p.DeleteItem(id) == nil {
			e.changed(structChange)
		}
	})
}

// itemText is the text of the item with an ID ("" if there is none).
func (e *Editor) itemText(id string) string {
	ref, ok := e.p.Index()[id]
	if !ok {
		return ""
	}
	return e.p.Text(ref)
}
