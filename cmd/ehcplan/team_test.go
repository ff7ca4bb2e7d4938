package main

import (
	"fmt"
	"strings"
	"testing"

	"ehcplan/plan/store"
)

// A team server that cannot be opened gets advice about the server, not
// about a plans file and its folder.
func TestTeamServerOpenAdvice(t *testing.T) {
	for _, c := range []struct {
		kind  error
		title string
		says  string
	}{
		{store.ErrUnreachable, "cannot reach the team server", "network"},
		{store.ErrNotAllowed, "team caseload could not be opened", "password file"},
		{store.ErrUnsupportedServer, "team caseload could not be opened", "too old"},
		{store.ErrBadAddress, "team caseload could not be opened", "Settings › Team server"},
		{store.ErrNeedsOwner, "team caseload needs updating", "open it once as its owner"},
		{store.ErrNewerSchema, "newer version of the app", "install the version the team uses"},
	} {
		title, advice := openAdvice("postgres://priya@plans.example.org/ehc", fmt.Errorf("open: %w", c.kind))
		misleads := strings.Contains(advice, "folder") || c.kind == store.ErrNeedsOwner && strings.Contains(advice, "password")
		if !strings.Contains(title, c.title) || !strings.Contains(advice, c.says) || misleads {
			t.Errorf("%v: %q / %q", c.kind, title, advice)
		}
	}
}
