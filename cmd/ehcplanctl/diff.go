package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"ehcplan/plan"
	"ehcplan/plan/diff"
	"ehcplan/plan/store"
)

func init() {
	register("diff", "what changed between two versions of a plan", runDiff)
}

// workingVersion names the working copy (the draft being edited) in --from
// and --to.
const workingVersion = "working"

const diffUsage = `OLD.json NEW.json [--json]  |  diff ID [--from V] [--to V] [--db DB] [--json]

Lists what changed from the old version to the new, by statutory section
and item: "+ added", "- removed", "~ changed" with the old and new words.
In a store, V is an issued version number or "working" (the working copy);
--from defaults to the last issued version and --to to the working copy,
so "diff ID" alone shows the draft's changes against the last issued plan.
--json prints [{"section","item","change","old","new"}].
Exit status: 0 when the comparison ran (whether or not anything changed),
2 for bad usage or a file, plan or version that cannot be read.`

type diffFlags struct {
	json     bool
	db       string
	from, to string
}

// runDiff compares two plan files, or two versions of a plan in a store.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", diffUsage, stderr)
	var df diffFlags
	fs.BoolVar(&df.json, "json", false, "print the changes as a JSON array")
	fs.StringVar(&df.db, "db", "", "with ID: the store, a plans file or a postgres:// URL (default: the one the app uses)")
	fs.StringVar(&df.from, "from", "", `with ID: the old version, a number or "working" (default: the last issued)`)
	fs.StringVar(&df.to, "to", "", `with ID: the new version, a number or "working" (default: working)`)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	var old, new *plan.Plan
	switch {
	case len(pos) == 2 && df.db == "" && df.from == "" && df.to == "":
		old, new, err = diffFiles(pos[0], pos[1])
	case len(pos) == 1:
		old, new, err = diffVersions(pos[0], df, stderr)
	default:
		fs.Usage()
		return exitUsage
	}
	if errors.Is(err, errReported) {
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: diff: %s\n", termSafe(err.Error()))
		return exitUsage
	}
	changes := diff.Compare(old, new)
	if df.json {
		return printDiffJSON(changes, stdout, stderr)
	}
	printDiffText(changes, stdout)
	return exitOK
}

// errReported: the error has already been said on stderr.
var errReported = errors.New("reported")

func diffFiles(oldPath, newPath string) (*plan.Plan, *plan.Plan, error) {
	old, err := plan.ReadFile(oldPath)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", oldPath, err)
	}
	new, err := plan.ReadFile(newPath)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", newPath, err)
	}
	return old, new, nil
}

func diffVersions(id string, df diffFlags, stderr io.Writer) (*plan.Plan, *plan.Plan, error) {
	st, ok := openStoreReadOnly(df.db, stderr)
	if !ok {
		return nil, nil, errReported
	}
	defer st.Close()
	infos, err := st.Versions(id)
	if err != nil {
		return nil, nil, err
	}
	from, to := df.from, df.to
	if to == "" {
		to = workingVersion
	}
	if from == "" {
		if len(infos) == 0 {
			if _, err := loadPlan(st, id, 0); err != nil {
				return nil, nil, err
			}
			return nil, nil, fmt.Errorf("plan %s has no issued version to compare with yet: give --from", id)
		}
		from = strconv.Itoa(infos[len(infos)-1].Version)
	}
	old, err := loadDiffVersion(st, id, from, infos)
	if err != nil {
		return nil, nil, fmt.Errorf("--from %s: %w", from, err)
	}
	new, err := loadDiffVersion(st, id, to, infos)
	if err != nil {
		return nil, nil, fmt.Errorf("--to %s: %w", to, err)
	}
	return old, new, nil
}

// loadDiffVersion loads the working copy ("working") or an issued version.
func loadDiffVersion(st *store.Store, id, v string, infos []store.VersionInfo) (*plan.Plan, error) {
	if v == workingVersion {
		return loadPlan(st, id, 0)
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return nil, fmt.Errorf(`not a version: give an issued version number or %q`, workingVersion)
	}
	p, err := st.LoadVersion(id, n)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("plan %s has no issued version %d (issued: %s)", id, n, issuedList(infos))
	}
	return p, err
}

func issuedList(infos []store.VersionInfo) string {
	if len(infos) == 0 {
		return "none"
	}
	s := ""
	for i, v := range infos {
		if i > 0 {
			s += ", "
		}
		s += strconv.Itoa(v.Version)
	}
	return s
}

// diffRow is the JSON shape PLAN-FORMAT.md gives, spelt out here so a field
// added to diff.Change never changes the command's output.
type diffRow struct {
	Section string `json:"section"`
	Item    string `json:"item"`
	Change  string `json:"change"`
	Old     string `json:"old"`
	New     string `json:"new"`
}

func printDiffJSON(changes []diff.Change, stdout, stderr io.Writer) int {
	rows := make([]diffRow, len(changes)) // never null: no changes is []
	for i, c := range changes {
		rows[i] = diffRow{c.Section, c.Item, c.Change, c.Old, c.New}
	}
	out, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: diff: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s\n", out)
	return exitOK
}

// printDiffText prints the changes under a heading per section.
func printDiffText(changes []diff.Change, w io.Writer) {
	if len(changes) == 0 {
		fmt.Fprintln(w, "No changes.")
		return
	}
	section := ""
	for i, c := range changes {
		if i == 0 || c.Section != section {
			if i > 0 {
				fmt.Fprintln(w)
			}
			section = c.Section
			fmt.Fprintln(w, sectionHeading(section))
		}
		fmt.Fprintln(w, "  "+changeLine(c))
	}
}

func sectionHeading(letter string) string {
	if letter == diff.SectionDetails {
		return "Details – the young person and the plan's dates"
	}
	return "Section " + termSafe(letter) + " – " + termSafe(plan.SectionWord(letter))
}

// changeLine is "+ added O4: ...", "- removed O3: ...", "~ changed O2
// (by): old -> new"; the field is named when it is not the item itself.
func changeLine(c diff.Change) string {
	item := termSafe(c.Item)
	if c.Field != "" && c.Field != c.Item {
		item += " (" + termSafe(c.Field) + ")"
	}
	switch c.Change {
	case diff.Added:
		return "+ added " + item + ": " + termSafe(c.New)
	case diff.Removed:
		return "- removed " + item + ": " + termSafe(c.Old)
	}
	return "~ changed " + item + ": " + termSafe(c.Old) + " -> " + termSafe(c.New)
}
