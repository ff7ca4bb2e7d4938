package main

import (
	"fmt"
	"io"
)

func init() {
	register("migrate", "copy a caseload between a plans file and a team server (--from A --to B), then verify it", runMigrate)
}

// runMigrate copies every plan, issued version, change-log row and setting
// from one store to another (a plans file or a postgres:// URL, either
// way) and verifies the copy by checksums. Running it again changes
// nothing; a target holding other plans is refused, unchanged.
func runMigrate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("migrate", "--from DB --to DB", stderr)
	from := fs.String("from", "", "the store to copy from: a plans file or postgres://user@host/database")
	to := fs.String("to", "", "the store to copy to (created or brought up to date): a plans file or postgres:// URL")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *from == "" || *to == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	src, ok := openStoreReadOnly(*from, stderr)
	if !ok {
		return exitUsage
	}
	defer src.Close()
	dst, ok := openStore(*to, stderr)
	if !ok {
		return exitUsage
	}
	defer dst.Close()
	report, err := src.CopyTo(dst)
	if err != nil {
		fmt.Fprintf(stderr, "ehcplanctl: migrate: %s\nNothing was changed in %s.\n", termSafe(err.Error()), dst.Path())
		return exitProblems
	}
	fmt.Fprintf(stdout, "copied %s to %s and verified it:\n", src.Path(), dst.Path())
	for _, t := range report {
		fmt.Fprintf(stdout, "  %-9s %6d rows (%d new)  sha256 %s\n", t.Table, t.Rows, t.Added, t.Checksum[:16])
	}
	return exitOK
}
