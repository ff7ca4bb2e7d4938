//go:build unix

package pgtest

import (
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"syscall"
)

// owner is the user the server's programs run as.
type owner struct{ uid, gid int }

// setOwner makes the folder the postgres user's when we are root, since
// initdb refuses to run as root.
func (s *Server) setOwner() error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root, and there is no postgres user to run the test server as: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	s.cred = &owner{uid, gid}
	return os.Chown(s.dir, uid, gid)
}

func runAs(cmd *exec.Cmd, o *owner) {
	if o != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(o.uid), Gid: uint32(o.gid)}}
	}
}

func chownTo(path string, o *owner) {
	if o != nil {
		_ = os.Chown(path, o.uid, o.gid)
	}
}

func kill(pid int) error { return syscall.Kill(pid, syscall.SIGKILL) }

func alive(pid int) bool { return syscall.Kill(pid, 0) == nil }
