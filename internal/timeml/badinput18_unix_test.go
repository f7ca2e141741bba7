//go:build unix

package timeml

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Session 18: the left items of session 17's bad-input pass.

// TestTagDirSkipsNonFiles: a named pipe, a socket or a symlink to nothing
// under timeml's input was passed over without a word, so its output was
// missing unnoticed (session 17). Each is now in Skipped with what it is,
// and the documents beside it are tagged; hidden entries stay unlisted.
func TestTagDirSkipsNonFiles(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	doc := `<TimeML><DOCID>a</DOCID><TEXT>We met on Monday.</TEXT></TimeML>` + "\n"
	if err := os.WriteFile(filepath.Join(in, "a.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "piped.tml"), 0o600); err != nil {
		t.Skip("no fifo:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, ".hidden.tml"), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(in, "sock.tml"))
	if err != nil {
		t.Skip("no unix socket:", err)
	}
	defer l.Close()
	if err := os.Symlink(filepath.Join(in, "gone"), filepath.Join(in, "gone.tml")); err != nil {
		t.Fatal(err)
	}
	tag := func(string, time.Time) []Tag { return nil }
	res, err := TagDir(context.Background(), in, out, tag)
	if err != nil {
		t.Fatal(err)
	}
	if res.Tagged != 1 {
		t.Errorf("tagged %d, want a.tml", res.Tagged)
	}
	want := []string{"gone.tml: a symlink to nothing", "piped.tml: a named pipe", "sock.tml: a socket"}
	if len(res.Skipped) != len(want) {
		t.Fatalf("skipped %v, want %d entries", res.Skipped, len(want))
	}
	for i, w := range want {
		if !strings.Contains(res.Skipped[i].Error(), w) {
			t.Errorf("skipped[%d] = %v, want %q", i, res.Skipped[i], w)
		}
	}
	// A pipe given as the input itself is said to be one, not "no input
	// files" alone.
	_, err = TagDir(context.Background(), filepath.Join(in, "piped.tml"), out, tag)
	if err == nil || !strings.Contains(err.Error(), "a named pipe") {
		t.Errorf("a pipe as the input: %v, want it named as a pipe", err)
	}
}
