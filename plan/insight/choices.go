package insight

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"ehcplan/plan"
)

// ChoicesKey is the store setting (store.Setting / PutSetting) the theme
// choices are kept under, as JSON.
const ChoicesKey = "insight.themes"

// Errors of the theme choices, for errors.Is.
var (
	// ErrNoTheme: the choice names a theme that is not there.
	ErrNoTheme = errors.New("there is no such theme")
	// ErrMergeSelf: a theme cannot be merged into itself (or into one
	// already merged into it).
	ErrMergeSelf = errors.New("a theme cannot be merged into itself")
	// ErrBadChoices: the saved choices could not be read.
	ErrBadChoices = errors.New("the saved theme choices could not be read")
)

// Choices are the user's changes to the automatic themes. They name
// themes by their anchor key and statements by their statement key (the
// same for the same words), never by position, so they still apply when
// new reviews arrive: a new statement that shares a named theme's word
// joins it, and a moved statement said again is moved again.
type Choices struct {
	// Labels: theme key -> the "I" statement the user gave it.
	Labels map[string]string `json:"labels,omitempty"`
	// Merges: theme key -> the theme it was merged into.
	Merges map[string]string `json:"merges,omitempty"`
	// Moves: statement key -> the theme it was moved to.
	Moves map[string]string `json:"moves,omitempty"`
	// Splits counts the themes split off, to name the next one.
	Splits int `json:"splits,omitempty"`
}

// ParseChoices reads choices saved by JSON; empty data is no choices.
func ParseChoices(data []byte) (*Choices, error) {
	ch := &Choices{}
	if len(data) == 0 {
		return ch, nil
	}
	if err := json.Unmarshal(data, ch); err != nil {
		return &Choices{}, fmt.Errorf("%w: %v", ErrBadChoices, err)
	}
	return ch, nil
}

// JSON is the choices as saved.
func (ch *Choices) JSON() []byte {
	data, _ := json.Marshal(ch) // maps of strings always marshal
	return data
}

// resolve follows merges from a theme key to the theme that holds it now.
func (ch *Choices) resolve(key string) string {
	for range len(ch.Merges) + 1 {
		next, ok := ch.Merges[key]
		if !ok {
			return key
		}
		key = next
	}
	return key // a loop (only from hand-edited data): stop anywhere
}

// themeOf is the theme a statement belongs to: where the user moved it,
// else its automatic theme; then wherever that theme was merged.
func (ch *Choices) themeOf(stmtKey, auto string) string {
	if moved, ok := ch.Moves[stmtKey]; ok {
		auto = moved
	}
	return ch.resolve(auto)
}

// pinned are the automatic themes the user has named or merged: a
// statement that has one of their words joins them first.
func (ch *Choices) pinned() map[anchor]bool {
	p := map[anchor]bool{}
	add := func(key string) {
		kind, stem, _ := strings.Cut(key, ":")
		if !strings.HasPrefix(stem, "one:") && !strings.HasPrefix(stem, "yours:") {
			p[anchor{plan.ViewKind(kind), stem}] = true
		}
	}
	for k := range ch.Labels {
		add(k)
	}
	for k, v := range ch.Merges {
		add(k)
		add(v)
	}
	return p
}

// Rename gives a theme the user's words, an "I" statement such as "I want
// to travel to college on my own". Empty words go back to the automatic
// label.
func (ch *Choices) Rename(theme, label string) {
	label = strings.TrimSpace(label)
	if label == "" {
		delete(ch.Labels, theme)
		return
	}
	if ch.Labels == nil {
		ch.Labels = map[string]string{}
	}
	ch.Labels[theme] = label
}

// Merge puts every statement of theme from into theme into.
func (ch *Choices) Merge(from, into string) error {
	if from == into || ch.resolve(into) == from {
		return fmt.Errorf("merge %s into %s: %w", from, into, ErrMergeSelf)
	}
	if ch.Merges == nil {
		ch.Merges = map[string]string{}
	}
	ch.Merges[from] = ch.resolve(into)
	return nil
}

// Move puts one statement (by its key) into another theme.
func (ch *Choices) Move(stmtKey, theme string) {
	if ch.Moves == nil {
		ch.Moves = map[string]string{}
	}
	ch.Moves[stmtKey] = theme
}

// Split makes a new theme of kind from the statements given (by key),
// named label (which may be empty), and returns its key.
func (ch *Choices) Split(kind plan.ViewKind, stmtKeys []string, label string) string {
	ch.Splits++
	key := fmt.Sprintf("%s:yours:%d", kind, ch.Splits)
	for _, k := range stmtKeys {
		ch.Move(k, key)
	}
	ch.Rename(key, label)
	return key
}
