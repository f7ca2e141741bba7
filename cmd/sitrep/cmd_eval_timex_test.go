package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalTimexMode scores one story whose bare month only narrative mode
// reads from the text's own year: --mode must reach the tagger, and an
// unknown mode is a usage error.
func TestEvalTimexMode(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0" ?>
<TimeML>
<DOCID>SIEGE</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-11-29" temporalFunction="false" functionInDocument="CREATION_TIME">2026-11-29</TIMEX3></DCT>
<TEXT>
The siege began on <TIMEX3 tid="t1" type="DATE" value="1942-06-03">3 June 1942</TIMEX3>. In <TIMEX3 tid="t2" type="DATE" value="1942-09">September</TIMEX3> the town was retaken.
</TEXT>
</TimeML>
`
	if err := os.WriteFile(filepath.Join(dir, "siege.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "value    accuracy  50.00"},
		{[]string{"--mode", "news"}, "value    accuracy  50.00"},
		{[]string{"--mode", "narrative"}, "value    accuracy 100.00"},
	} {
		var stdout, stderr bytes.Buffer
		args := append(append([]string{"eval-timex"}, tc.args...), dir)
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), tc.want) {
			t.Errorf("%v: want %q in\n%s", tc.args, tc.want, stdout.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"eval-timex", "--mode", "story", dir}, &stdout, &stderr); code != 2 {
		t.Errorf("--mode story: exit %d, want 2 (usage)", code)
	}
}
