// Package conflict lets a caseworker choose, part by part, between their
// own version of a plan and the one another caseworker saved meanwhile
// (a *store.ConflictError), and builds the plan from those choices.
package conflict

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"ehcplan/plan"
)

// Field is one part of the plan where the two versions differ.
type Field struct {
	// Path leads from the top of the plan's JSON to the part: object keys,
	// and "id=O3" for an item of a list by its ID, "#2" by its place
	// (lists of the same length whose items have no ID).
	Path []string
	// Label names the part in words ("Person › preferred name").
	Label string
	// Mine and Theirs are the part's words in each version ("" when it is
	// not there).
	Mine, Theirs string
}

// Fields lists the parts where mine and theirs differ, in the plan's order
// of sections (keys sorted within an object).
func Fields(mine, theirs *plan.Plan) ([]Field, error) {
	a, err := tree(mine)
	if err != nil {
		return nil, err
	}
	b, err := tree(theirs)
	if err != nil {
		return nil, err
	}
	var out []Field
	walk(nil, nil, a, b, &out)
	return out, nil
}

// Merge is mine with the fields where takeTheirs is true taken from theirs.
func Merge(mine, theirs *plan.Plan, fields []Field, takeTheirs []bool) (*plan.Plan, error) {
	merged, err := tree(mine)
	if err != nil {
		return nil, err
	}
	other, err := tree(theirs)
	if err != nil {
		return nil, err
	}
	for i, f := range fields {
		if i < len(takeTheirs) && takeTheirs[i] {
			v, ok := get(other, f.Path)
			merged = set(merged, f.Path, v, ok)
		}
	}
	data, err := json.Marshal(merged)
	if err != nil {
		return nil, fmt.Errorf("merge the two versions: %w", err)
	}
	var p plan.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("merge the two versions: %w", err)
	}
	return &p, nil
}

func tree(p *plan.Plan) (any, error) {
	data, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("read the plan: %w", err)
	}
	var t any
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("read the plan: %w", err)
	}
	return t, nil
}

// walk adds a Field for each differing part under path: objects are
// followed key by key, lists of items with IDs item by item, the four
// areas area by area; anything else is one part.
func walk(path, labels []string, a, b any, out *[]Field) {
	if reflect.DeepEqual(a, b) || (isEmpty(a) && isEmpty(b)) {
		return
	}
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok && bok && len(path) < 4 {
		for _, k := range unionKeys(am, bm) {
			walk(append(slices.Clone(path), k), append(slices.Clone(labels), words(k)), am[k], bm[k], out)
		}
		return
	}
	al, aok := a.([]any)
	bl, bok := b.([]any)
	if (aok || a == nil) && (bok || b == nil) && len(path) < 4 {
		if keys, ok := itemKeys(al, bl); ok {
			item := singular(last(labels))
			for _, k := range keys {
				av, _ := get(al, []string{k})
				bv, _ := get(bl, []string{k})
				walk(append(slices.Clone(path), k), append(slices.Clone(labels[:max(len(labels)-1, 0)]), item+" "+itemName(k, av, bv)), av, bv, out)
			}
			return
		}
		if len(al) == len(bl) && allObjects(al) && allObjects(bl) {
			item := singular(last(labels))
			for i := range al {
				walk(append(slices.Clone(path), "#"+strconv.Itoa(i)),
					append(slices.Clone(labels[:max(len(labels)-1, 0)]), fmt.Sprintf("%s %d", item, i+1)), al[i], bl[i], out)
			}
			return
		}
	}
	*out = append(*out, Field{Path: path, Label: strings.Join(labels, " › "), Mine: say(a), Theirs: say(b)})
}

// itemKeys names the items of two lists by their "id" (or an area by its
// "key"), mine's order first; ok is false for lists of anything else.
func itemKeys(a, b []any) ([]string, bool) {
	var keys []string
	for _, list := range [][]any{a, b} {
		for _, v := range list {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			k := itemKey(m)
			if k == "" {
				return nil, false
			}
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys, len(keys) > 0
}

func itemKey(m map[string]any) string {
	for _, f := range []string{"id", "key"} {
		if s, ok := m[f].(string); ok && s != "" {
			return f + "=" + s
		}
	}
	return ""
}

func itemName(key string, vs ...any) string {
	for _, v := range vs {
		if m, ok := v.(map[string]any); ok {
			if t, ok := m["title"].(string); ok && t != "" {
				return t
			}
		}
	}
	_, name, _ := strings.Cut(key, "=")
	return name
}

// get follows path in t; ok is false when the part is not there.
func get(t any, path []string) (any, bool) {
	for _, k := range path {
		switch x := t.(type) {
		case map[string]any:
			v, ok := x[k]
			if !ok {
				return nil, false
			}
			t = v
		case []any:
			i := indexOf(x, k)
			if i < 0 {
				return nil, false
			}
			t = x[i]
		default:
			return nil, false
		}
	}
	return t, true
}

// set puts v at path in t (removes the part when ok is false) and returns t.
func set(t any, path []string, v any, ok bool) any {
	if len(path) == 0 {
		return v
	}
	k := path[0]
	switch x := t.(type) {
	case map[string]any:
		if len(path) == 1 && !ok {
			delete(x, k)
			return x
		}
		x[k] = set(x[k], path[1:], v, ok)
		return x
	case []any, nil:
		list, _ := x.([]any)
		i := indexOf(list, k)
		switch {
		case i >= 0 && len(path) == 1 && !ok:
			return slices.Delete(list, i, i+1)
		case i >= 0:
			list[i] = set(list[i], path[1:], v, ok)
		case ok && len(path) == 1:
			list = append(list, v)
		}
		return list
	}
	return t
}

// allObjects reports whether every item of the list is an object.
func allObjects(list []any) bool {
	for _, v := range list {
		if _, ok := v.(map[string]any); !ok {
			return false
		}
	}
	return true
}

// indexOf finds an item by "id=..."/"key=..." or its place "#2".
func indexOf(list []any, key string) int {
	if n, ok := strings.CutPrefix(key, "#"); ok {
		i, err := strconv.Atoi(n)
		if err != nil || i < 0 || i >= len(list) {
			return -1
		}
		return i
	}
	for i, v := range list {
		if m, ok := v.(map[string]any); ok && itemKey(m) == key {
			return i
		}
	}
	return -1
}

func unionKeys(a, b map[string]any) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// say is a part's words: text as it is, an item by its text, a list one
// item a line.
func say(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case float64:
		return fmt.Sprint(x)
	case []any:
		var lines []string
		for _, item := range x {
			lines = append(lines, "• "+say(item))
		}
		return strings.Join(lines, "\n")
	case map[string]any:
		if t, ok := x["text"].(string); ok {
			return t
		}
		var parts []string
		for _, k := range unionKeys(x, nil) {
			if s := say(x[k]); s != "" && !strings.Contains(s, "\n") {
				parts = append(parts, words(k)+": "+s)
			}
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}

// words turns a JSON key into words: "preferred_name" → "preferred name".
func words(key string) string {
	w := strings.ReplaceAll(key, "_", " ")
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func singular(label string) string {
	switch {
	case strings.HasSuffix(label, "ies"):
		return strings.TrimSuffix(label, "ies") + "y"
	case strings.HasSuffix(label, "s"):
		return strings.TrimSuffix(label, "s")
	}
	return label
}

func last(labels []string) string {
	if len(labels) == 0 {
		return "item"
	}
	return labels[len(labels)-1]
}
