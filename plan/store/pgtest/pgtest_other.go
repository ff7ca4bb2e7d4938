//go:build !unix

package pgtest

import (
	"os"
	"os/exec"
)

// owner is unused off Unix: the server runs as the current user.
type owner struct{}

func (s *Server) setOwner() error   { return nil }
func runAs(cmd *exec.Cmd, o *owner) {}
func chownTo(path string, o *owner) {}
func alive(pid int) bool            { p, err := os.FindProcess(pid); return err == nil && p != nil }
func kill(pid int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	return p.Kill()
}
