// Package pgtest starts a throwaway PostgreSQL server for tests: initdb in
// a temporary folder, pg_ctl start listening only on a Unix socket in that
// folder (or on 127.0.0.1 when asked), and a stop that removes it all.
//
// When the server binaries are missing, Start returns ErrNoServer; tests
// skip with a clear message then, except under `make test` or CI (the
// environment variable CI or EHC_REQUIRE_PG set), where it is a failure.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoServer: PostgreSQL's server programs (initdb, pg_ctl) are not installed.
var ErrNoServer = errors.New("PostgreSQL server programs (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: install the Debian package postgresql")

// Required reports whether a missing server must fail the tests rather
// than skip them: under `make test` (EHC_REQUIRE_PG) or CI.
func Required() bool { return os.Getenv("CI") != "" || os.Getenv("EHC_REQUIRE_PG") != "" }

// Server is a running throwaway server.
type Server struct {
	dir  string // the temporary folder: data/, the socket, the log
	bin  string // the folder of initdb and pg_ctl
	port int
	tcp  bool
	cred *owner // run as this user (postgres, when we are root)

	mu      sync.Mutex
	stopped bool
}

// Options choose how the server listens.
type Options struct {
	// TCP makes the server listen on 127.0.0.1 (a free port) as well as
	// on its socket, for benchmarks over loopback.
	TCP bool
}

// findBin returns the folder holding initdb and pg_ctl, newest version first.
func findBin() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "pg_ctl")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", ErrNoServer
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

// Start initialises and starts a server. Call Stop when done (also on
// failure); StopOnSignal stops it if the test binary is interrupted.
func Start(opts Options) (*Server, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "ehcpg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin, port: 5432, tcp: opts.TCP}
	if err := s.setOwner(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if opts.TCP {
		if s.port, err = freePort(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := s.initdb(); err != nil {
		s.Stop()
		return nil, err
	}
	if err := s.Restart(); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8", "PGTZ=UTC")
	runAs(cmd, s.cred)
	return cmd
}

func (s *Server) run(name string, args ...string) error {
	out, err := s.command(name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, out)
	}
	return nil
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

func (s *Server) initdb() error {
	return s.run("initdb", "-D", s.data(), "-U", "ehc", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
}

// Restart starts the server (again, after Kill).
func (s *Server) Restart() error {
	listen := "''"
	if s.tcp {
		listen = "127.0.0.1"
	}
	// fsync off: the tests kill the server's processes, never the machine,
	// and what a process has written survives its death without fsync.
	opts := fmt.Sprintf("-k %s -p %d -c listen_addresses=%s -c fsync=off -c full_page_writes=off -c max_connections=100",
		s.dir, s.port, listen)
	return s.run("pg_ctl", "-D", s.data(), "-l", filepath.Join(s.dir, "log"), "-w", "-t", "60", "-o", opts, "start")
}

// Kill sends SIGKILL to the server and each of its processes, as a crash
// would.
func (s *Server) Kill() error {
	pid, err := s.postmaster()
	if err != nil {
		return err
	}
	children := childrenOf(pid)
	if err := kill(pid); err != nil {
		return err
	}
	for _, c := range children {
		_ = kill(c)
	}
	for range 100 { // wait until it is gone
		if !alive(pid) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil
}

func (s *Server) postmaster() (int, error) {
	b, err := os.ReadFile(filepath.Join(s.data(), "postmaster.pid"))
	if err != nil {
		return 0, err
	}
	first, _, _ := strings.Cut(string(b), "\n")
	return strconv.Atoi(strings.TrimSpace(first))
}

// childrenOf lists the processes whose parent is pid (Linux /proc).
func childrenOf(pid int) []int {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var out []int
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so cut at the last ')'.
		i := strings.LastIndexByte(string(b), ')')
		fields := strings.Fields(string(b[i+1:]))
		if len(fields) > 1 && fields[1] == strconv.Itoa(pid) {
			if c, err := strconv.Atoi(filepath.Base(filepath.Dir(st))); err == nil {
				out = append(out, c)
			}
		}
	}
	return out
}

// Stop stops the server (immediately: its data is thrown away) and removes
// its folder. It may be called more than once.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.stopped = true
	if _, err := os.Stat(filepath.Join(s.data(), "postmaster.pid")); err == nil {
		if err := s.run("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop"); err != nil {
			_ = s.Kill()
		}
	}
	os.RemoveAll(s.dir)
}

// StopOnSignal stops the server when the test binary is interrupted or
// terminated, then exits.
func (s *Server) StopOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		sig := <-ch
		s.Stop()
		fmt.Fprintf(os.Stderr, "pgtest: stopped the test server on %v\n", sig)
		os.Exit(2)
	}()
}

// URL is the address of database db on the server, with extra query
// parameters (such as search_path).
func (s *Server) URL(db string, params ...string) string {
	q := url.Values{}
	q.Set("user", "ehc")
	if s.tcp {
		q.Set("sslmode", "disable")
	} else {
		q.Set("host", s.dir)
	}
	q.Set("port", strconv.Itoa(s.port))
	for i := 0; i+1 < len(params); i += 2 {
		q.Set(params[i], params[i+1])
	}
	host := ""
	if s.tcp {
		host = "127.0.0.1:" + strconv.Itoa(s.port)
		q.Del("port")
	}
	return "postgres://" + host + "/" + db + "?" + q.Encode()
}

// CreateDB creates a database and returns its URL.
func (s *Server) CreateDB(name string) (string, error) {
	if err := s.Exec("postgres", "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", err
	}
	return s.URL(name), nil
}

// Exec runs SQL statements on database db as the server's superuser.
func (s *Server) Exec(db string, statements ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL(db))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	for _, q := range statements {
		if _, err := conn.Exec(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// Dir is the server's temporary folder (its socket is there).
func (s *Server) Dir() string { return s.dir }

// Env is the environment that lets a child process attach to this server
// (FromEnv), for a test binary that runs its suite again against it.
func (s *Server) Env() []string {
	return []string{"EHC_PGTEST_DIR=" + s.dir, "EHC_PGTEST_BIN=" + s.bin, "EHC_PGTEST_PORT=" + strconv.Itoa(s.port),
		"EHC_PGTEST_TCP=" + strconv.FormatBool(s.tcp)}
}

// FromEnv attaches to the server a parent process started (see Env); ok
// is false when there is none. The parent stops it.
func FromEnv() (s *Server, ok bool) {
	dir := os.Getenv("EHC_PGTEST_DIR")
	if dir == "" {
		return nil, false
	}
	port, _ := strconv.Atoi(os.Getenv("EHC_PGTEST_PORT"))
	s = &Server{dir: dir, bin: os.Getenv("EHC_PGTEST_BIN"), port: port, tcp: os.Getenv("EHC_PGTEST_TCP") == "true"}
	if err := s.setOwner(); err != nil {
		return nil, false
	}
	s.stopped = true // the parent's to stop
	return s, true
}

// RequirePassword makes the server ask user for a password (SCRAM) over
// its socket, creating the role with that password, as a council's server
// would.
func (s *Server) RequirePassword(user, password string) error {
	if err := s.Exec("postgres", fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD '%s'",
		pgx.Identifier{user}.Sanitize(), strings.ReplaceAll(password, "'", "''"))); err != nil {
		return err
	}
	hba := filepath.Join(s.data(), "pg_hba.conf")
	old, err := os.ReadFile(hba)
	if err != nil {
		return err
	}
	line := fmt.Sprintf("local all %s scram-sha-256\nhost all %s 127.0.0.1/32 scram-sha-256\n", user, user)
	if err := os.WriteFile(hba, append([]byte(line), old...), 0o600); err != nil {
		return err
	}
	chownTo(hba, s.cred)
	return s.run("pg_ctl", "-D", s.data(), "reload")
}
