// Command ehcplanctl is EHC Plan Writer's command-line tool, for scripts,
// batch printing and tests. See PLAN-FORMAT.md ("Command line").
//
// Exit status: 0 success, 1 the command ran and found problems, 2 bad usage
// or input.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Exit codes shared by every subcommand.
const (
	exitOK       = 0
	exitProblems = 1
	exitUsage    = 2
)

// command is one subcommand. run gets the arguments after the command name.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is filled by each subcommand's file in its init function.
var commands = map[string]command{}

func register(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	commands[name] = command{summary, run}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "ehcplanctl: unknown command %q\n\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: ehcplanctl COMMAND [options]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'ehcplanctl COMMAND -h' for a command's options.")
}

// termSafe is s as it may be printed to a terminal: control characters
// (newlines and escape sequences too), format characters (the bidi
// overrides and isolates U+202A-202E and U+2066-2069, zero-width
// characters) and line separators become visible escapes like \u202e,
// and bytes that are not UTF-8 become \xff; so a plan's name can neither
// move the cursor, recolour the terminal, break a line nor reorder the
// text around it. Every plan name and ID ehcplanctl prints goes through
// it, and every error that can quote one.
func termSafe(s string) string {
	if !strings.ContainsFunc(s, unprintable) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case unprintable(r):
			q := strconv.QuoteRune(r) // '\n', '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	return b.String()
}

func unprintable(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}
