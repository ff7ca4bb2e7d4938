package store

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Environment of the helper process (this test binary run again).
const (
	envHelper = "EHCPLAN_STORE_HELPER" // the store path; unset in normal runs
	envTag    = "EHCPLAN_STORE_TAG"    // prefix of the plan IDs the child writes
	envSaves  = "EHCPLAN_STORE_SAVES"  // how many saves; 0 = until killed
)

// TestHelperProcess is not a test: it is the child process of the
// two-process and SIGKILL tests. It saves plans in a loop and prints
// "saved <id>" after each commit.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(envHelper)
	if path == "" {
		return
	}
	saves, _ := strconv.Atoi(os.Getenv(envSaves))
	if err := childWriter(path, os.Getenv(envTag), saves); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

func childWriter(path, tag string, saves int) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	fmt.Println("open")
	for i := 0; saves == 0 || i < saves; i++ {
		p := person(fmt.Sprintf("Child%s Writer%d", tag, i), "")
		p.ID = fmt.Sprintf("%s-%06d", tag, i)
		p.Person.Communication = strings.Repeat("Give me time to answer. ", 1+i%40)
		if err := s.Save(p, "Child Process"); err != nil {
			return err
		}
		fmt.Println("saved", p.ID) // only after the commit returned
		if _, err := s.List(Filter{Search: "parent"}); err != nil {
			return err
		}
	}
	fmt.Println("done")
	return s.Close()
}

// child starts the helper process writing to path.
func child(t *testing.T, path, tag string, saves int) (*exec.Cmd, *bufio.Scanner, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), envHelper+"="+path, envTag+"="+tag, envSaves+"="+strconv.Itoa(saves))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out), &stderr
}

// committed reads the child's output, returning the IDs it reported saved.
func committed(lines *bufio.Scanner, firstSave chan<- struct{}) (ids []string, done bool) {
	for lines.Scan() {
		id, ok := strings.CutPrefix(lines.Text(), "saved ")
		switch {
		case ok:
			ids = append(ids, id)
			if len(ids) == 1 && firstSave != nil {
				close(firstSave)
			}
		case lines.Text() == "done":
			done = true
		}
	}
	return ids, done
}

func TestTwoProcessesShareTheFile(t *testing.T) {
	const saves = 200
	s := openTemp(t)
	cmd, lines, stderr := child(t, s.Path(), "child", saves)

	var childIDs []string
	var childDone bool
	var wg sync.WaitGroup
	wg.Go(func() { childIDs, childDone = committed(lines, nil) })

	for i := range saves {
		p := person(fmt.Sprintf("Parent Writer%d", i), "")
		p.ID = fmt.Sprintf("parent-%06d", i)
		if err := s.Save(p, "Parent Process"); err != nil {
			t.Fatalf("parent save %d: %v", i, err)
		}
		if _, err := s.List(Filter{Search: "child"}); err != nil {
			t.Fatalf("parent list %d: %v", i, err)
		}
	}
	wg.Wait()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child failed: %v\n%s", err, stderr)
	}
	if !childDone || len(childIDs) != saves {
		t.Fatalf("child reported %d saves (done=%v), want %d\n%s", len(childIDs), childDone, saves, stderr)
	}
	for _, id := range childIDs {
		mustLoad(t, s, id)
	}
	if n, _ := s.Count(); n != 2*saves {
		t.Errorf("Count = %d, want %d", n, 2*saves)
	}
}

// TestKilledWriterLosesNothingCommitted kills a writing child with SIGKILL
// at a random moment, ten times over one file, and proves the file is sound
// and holds every save the child reported.
func TestKilledWriterLosesNothingCommitted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plans.db")
	var all []string
	for round := range 10 {
		cmd, lines, stderr := child(t, path, fmt.Sprintf("round%d", round), 0)
		firstSave := make(chan struct{})
		var ids []string
		var wg sync.WaitGroup
		wg.Go(func() { ids, _ = committed(lines, firstSave) })
		select {
		case <-firstSave:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("round %d: child never saved\n%s", round, stderr)
		}
		time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
			t.Fatal(err)
		}
		wg.Wait()
		cmd.Wait()
		all = append(all, ids...)
		verifyAfterKill(t, path, round, all)
	}
}

func verifyAfterKill(t *testing.T, path string, round int, ids []string) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("round %d: open after kill: %v", round, err)
	}
	defer s.Close()
	if problems, err := s.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("round %d: integrity_check: %v %v", round, problems, err)
	}
	for _, id := range ids {
		if _, err := s.Load(id); err != nil {
			t.Fatalf("round %d: save %s was reported committed but is missing: %v", round, id, err)
		}
	}
	if n, _ := s.Count(); n < len(ids) {
		t.Fatalf("round %d: %d plans, fewer than the %d reported", round, n, len(ids))
	}
	t.Logf("round %d: %d committed saves so far, all present", round, len(ids))
}
