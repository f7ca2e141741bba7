package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/narrative"
)

func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestReadSeed(t *testing.T) {
	code, out, errs := runCmd("read", "../../testdata/articles/niger_seed.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Events         []json.RawMessage `json:"events"`
		Reconciliation []json.RawMessage `json:"reconciliation"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 22 || len(r.Reconciliation) < 4 {
		t.Errorf("%d events, %d verdicts", len(r.Events), len(r.Reconciliation))
	}
}

// TestReadBadInput: a clear error naming the file, never a panic.
func TestReadBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// 100 MB without writing it: the reader must refuse it from its size.
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, tc := range []struct{ path, want string }{
		{write("empty.txt", nil), "empty document"},
		{write("garbage.txt", []byte{0x00, 0x9f, 0x92, 0x96, 0xff, 0x01}), "not a text document"},
		{write("latin1.txt", []byte("= T =\n\nCaf\xe9 attack.")), "line 3: invalid UTF-8"},
		{write("notitle.txt", []byte("= \n\n- Conflict: X\n")), ""},
		{big, "document too large"},
		{filepath.Join(dir, "missing.txt"), "no such file"},
	} {
		code, _, errs := runCmd("read", tc.path)
		if tc.want == "" {
			if code != 0 && !strings.Contains(errs, filepath.Base(tc.path)) {
				t.Errorf("%s: exit %d, error does not name the file: %s", tc.path, code, errs)
			}
			continue
		}
		if code != 1 || !strings.Contains(errs, tc.want) || !strings.Contains(errs, filepath.Base(tc.path)) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 naming the file and %q", tc.path, code, errs, tc.want)
		}
	}
}

// TestReadTooLargeBeforeEngines: a file over the size limit is refused
// before the extractor (and its gazetteer) is asked for.
func TestReadTooLargeBeforeEngines(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	asked := false
	_, err = readFileAt(func() (*narrative.Extractor, error) { asked = true; return narrative.Default(), nil }, big, time.Time{})
	if err == nil || !strings.Contains(err.Error(), "too large") || asked {
		t.Errorf("error %v, extractor asked for: %v", err, asked)
	}
}

func TestUsage(t *testing.T) {
	if code, _, _ := runCmd(); code != 2 {
		t.Errorf("no command: exit %d", code)
	}
	if code, _, _ := runCmd("nope"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	for name := range commands {
		code, _, errs := runCmd(name, "--help")
		if code != 0 || !strings.Contains(errs, "usage: sitrep "+name) {
			t.Errorf("%s --help: exit %d, %q", name, code, errs)
		}
	}
	if code, _, _ := runCmd("read"); code != 2 {
		t.Errorf("read without FILE: exit %d", code)
	}
}
