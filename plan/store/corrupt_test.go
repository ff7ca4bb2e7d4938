package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// damage describes a way a plans file can be ruined.
type damage struct {
	name  string
	apply func(t *testing.T, path string)
}

var damages = []damage{
	{"garbage bytes", func(t *testing.T, path string) {
		writeBytes(t, path, bytes.Repeat([]byte("not a database, just some bytes "), 200))
	}},
	{"too short", func(t *testing.T, path string) {
		writeBytes(t, path, []byte("SQLite format 3\x00"))
	}},
	{"pages overwritten", func(t *testing.T, path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 4096; i < len(data); i++ { // keep the header page, ruin the rest
			data[i] = byte(i * 7)
		}
		writeBytes(t, path, data)
	}},
}

func writeBytes(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// storeWithBackup makes a closed store holding one plan and one backup.
func storeWithBackup(t *testing.T) (path, backup, id string) {
	t.Helper()
	s := openTemp(t)
	p := person("Siobhán Murphy", "Shiv")
	mustSave(t, s, p, "Priya Shah")
	for i := range 30 { // enough pages for "pages overwritten" to hit data
		mustSave(t, s, bigPlan(3+i%5), "Priya Shah")
	}
	backup, err := s.BackupIfDue(time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return s.Path(), backup, p.ID
}

func TestCorruptFileIsNeverWritten(t *testing.T) {
	sqliteOnly(t)
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			path, backup, _ := storeWithBackup(t)
			d.apply(t, path)
			before, _ := os.ReadFile(path)

			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open of a damaged file succeeded")
			}
			var ce *CorruptError
			if !errors.As(err, &ce) {
				t.Fatalf("Open: %v (%T), want *CorruptError", err, err)
			}
			if kind := kindOf(err); kind != "damaged+corrupt" {
				t.Errorf("Open: kind %q, want only damaged", kind)
			}
			if ce.Path != path || len(ce.Backups) != 1 || ce.Backups[0] != backup {
				t.Errorf("CorruptError = %+v, want path %s and backup %s", ce, path, backup)
			}
			if msg := ce.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, "has not been changed") || !strings.Contains(msg, backup) {
				t.Errorf("message %q does not name the file, say it is unchanged and offer the backup", msg)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("Open changed the damaged file")
			}
		})
	}
}

func TestCorruptWithoutBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plans.db")
	writeBytes(t, path, []byte("{\"format\": \"ehcplan/1\"} this is a plan file, not a store, and long enough to have a header"))
	_, err := Open(path)
	var ce *CorruptError
	if !errors.As(err, &ce) || len(ce.Backups) != 0 || !strings.Contains(err.Error(), "no backup") {
		t.Errorf("Open = %v, want *CorruptError with no backups", err)
	}
}

func TestRestoreKeepsDamagedFile(t *testing.T) {
	sqliteOnly(t)
	path, backup, id := storeWithBackup(t)
	damages[0].apply(t, path)
	damaged, _ := os.ReadFile(path)
	writeBytes(t, path+"-wal", []byte("stale journal"))

	if err := Restore(path, backup); err != nil {
		t.Fatal(err)
	}
	aside, _ := filepath.Glob(path + ".damaged-*")
	if len(aside) != 2 { // the file and its -wal
		t.Fatalf("damaged files kept: %q, want the file and its -wal", aside)
	}
	if kept, _ := os.ReadFile(aside[0]); !bytes.Equal(kept, damaged) {
		t.Error("the damaged file was not kept byte for byte")
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Error("the old -wal is still beside the restored file")
	}
	assertMode(t, path, 0o600)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := mustLoad(t, s, id); got.Person.Name != "Siobhán Murphy" {
		t.Errorf("restored plan is %q", got.Person.Name)
	}
}

func TestRestoreRefusesBadBackup(t *testing.T) {
	sqliteOnly(t)
	path, backup, _ := storeWithBackup(t)
	good, _ := os.ReadFile(path)
	writeBytes(t, backup, []byte("this backup was ruined as well, which is unlucky"))
	if err := Restore(path, backup); err == nil {
		t.Fatal("Restore from a ruined backup succeeded")
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, good) {
		t.Error("a refused Restore changed the store")
	}
}

// A link planted at a predictable temporary name beside the plans file must
// not be followed: Restore writes through a fresh temporary file.
func TestRestoreDoesNotFollowAPlantedLink(t *testing.T) {
	sqliteOnly(t)
	path, backup, _ := storeWithBackup(t)
	damages[0].apply(t, path)
	victim := filepath.Join(t.TempDir(), "victim.txt")
	writeBytes(t, victim, []byte("not yours"))
	if err := os.Symlink(victim, path+".restoring"); err != nil {
		t.Fatal(err)
	}
	if err := Restore(path, backup); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(victim); string(got) != "not yours" {
		t.Errorf("Restore wrote through the planted link: the target now holds %d bytes", len(got))
	}
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("restored plans file is not a regular file: %v %v", fi, err)
	}
}
