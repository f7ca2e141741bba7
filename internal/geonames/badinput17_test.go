package geonames

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenFolder: a folder named as a dump (an unpacked "NE.zip/" or a
// mistyped path) was opened and failed at its first read with "NE.txt
// line 0: read NE.txt: is a directory" (session 17). It is refused by
// Open, without a line number; files and pipes still open.
func TestOpenFolder(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "NE.txt")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "CF.txt")
	if err := os.WriteFile(file, []byte(""), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, want string
	}{
		{folder, folder + ": is a directory"},
		{file, ""},
	} {
		rc, _, err := Open(tc.path)
		if rc != nil {
			rc.Close()
		}
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.path, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "line")):
			t.Errorf("%s: got %v, want %q and no line", tc.path, err, tc.want)
		}
	}
}
