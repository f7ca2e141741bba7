// Package pgtest starts a throwaway PostgreSQL 15 cluster for tests: initdb
// in a temporary directory, a server listening only on a unix socket in that
// directory, stopped and removed when the test ends. It never connects to a
// server it did not start.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// BinDir is where Debian puts the PostgreSQL 15 server binaries.
var BinDir = "/usr/lib/postgresql/15/bin"

// Available reports whether the server binaries are installed.
func Available() bool {
	_, err := os.Stat(filepath.Join(BinDir, "initdb"))
	return err == nil
}

// Cluster is a running throwaway server.
type Cluster struct {
	Dir  string
	DSN  string // postgres:// URL over the unix socket
	cred *syscall.Credential
}

// Start starts a cluster for t and registers its stop. When the server
// binaries are missing it skips the test unless SITREP_REQUIRE_PG is set, so
// that CI, which installs them, cannot pass by skipping.
func Start(t testing.TB) *Cluster {
	t.Helper()
	if !Available() {
		if os.Getenv("SITREP_REQUIRE_PG") != "" {
			t.Fatalf("PostgreSQL 15 not found in %s", BinDir)
		}
		t.Skipf("PostgreSQL 15 not found in %s", BinDir)
	}
	c, err := start(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Stop)
	return c
}

func start(tmp string) (*Cluster, error) {
	c := &Cluster{Dir: filepath.Join(tmp, "pg")}
	if err := os.Mkdir(c.Dir, 0o700); err != nil {
		return nil, err
	}
	// PostgreSQL refuses to run as root; CI runs as root.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			u, err = user.Lookup("nobody")
		}
		if err != nil {
			return nil, fmt.Errorf("pgtest: running as root and no unprivileged user: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		c.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		for _, d := range []string{tmp, c.Dir} {
			if err := os.Chown(d, uid, gid); err != nil {
				return nil, err
			}
		}
		// t.TempDir's parents are private to root: open them for traversal.
		for d := tmp; d != "/" && d != os.TempDir(); d = filepath.Dir(d) {
			os.Chmod(d, 0o755)
		}
	}
	data := filepath.Join(c.Dir, "data")
	if out, err := c.cmd("initdb", "-D", data, "-U", "sitrep", "-A", "trust", "-E", "UTF8", "--no-locale").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %v\n%s", err, out)
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories=%s -c fsync=off -c full_page_writes=off -c synchronous_commit=off", c.Dir)
	if out, err := c.cmd("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(c.Dir, "log"), "-w", "-t", "60", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(c.Dir, "log"))
		return nil, fmt.Errorf("pgtest: pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	c.DSN = fmt.Sprintf("postgres://sitrep@/postgres?host=%s&sslmode=disable", c.Dir)
	return c, nil
}

// CreateDB makes a fresh database and returns its URL.
func (c *Cluster) CreateDB(name string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := c.cmd("createdb", "-h", c.Dir, "-U", "sitrep", name)
	cmd = exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("pgtest: createdb %s: %v\n%s", name, err, out)
	}
	return fmt.Sprintf("postgres://sitrep@/%s?host=%s&sslmode=disable", name, c.Dir), nil
}

// Stop stops the server immediately.
func (c *Cluster) Stop() {
	out, err := c.cmd("pg_ctl", "-D", filepath.Join(c.Dir, "data"), "-m", "immediate", "-w", "stop").CombinedOutput()
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(os.Stderr, "pgtest: pg_ctl stop: %v\n%s", err, out)
	}
}

func (c *Cluster) cmd(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(BinDir, name), args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	cmd.Dir = c.Dir
	return cmd
}
