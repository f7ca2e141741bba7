package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTimeMLCommand runs `sitrep timeml IN_DIR OUT_DIR` as the TempEval-3
// judge does, over inputs in the test-input layout (a .tml.TE3input among
// them): every file comes out under its own name, with TIMEX3 added.
func TestTimeMLCommand(t *testing.T) {
	in := "../../internal/timeml/testdata/te3"
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"timeml", in, out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	src, _ := filepath.Glob(filepath.Join(in, "*"))
	if !strings.Contains(stdout.String(), "tagged 3 files") || len(src) != 3 {
		t.Errorf("stdout %q for %d inputs", stdout.String(), len(src))
	}
	for _, p := range src {
		b, err := os.ReadFile(filepath.Join(out, filepath.Base(p)))
		if err != nil {
			t.Errorf("%s not written: %v", filepath.Base(p), err)
			continue
		}
		if !bytes.Contains(b, []byte(`<TIMEX3 tid="t1" `)) && !bytes.Contains(b, []byte(`<TIMEX3 tid="t8" `)) {
			t.Errorf("%s: no new TIMEX3", filepath.Base(p))
		}
	}
	if code := run([]string{"timeml", in}, &stdout, &stderr); code != 2 {
		t.Errorf("one argument: exit %d, want 2 (usage)", code)
	}
}
