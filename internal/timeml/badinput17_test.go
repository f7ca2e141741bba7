package timeml

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTagDirTooLarge: a file over MaxSize under timeml's input was read
// whole and parsed as XML (a 200 MB line took 1.2 GB, session 17). It is
// copied unchanged without being parsed, and the reason names the limit;
// a small document beside it is still tagged.
func TestTagDirTooLarge(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	small := `<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-21</TIMEX3></DCT><TEXT>We met on Monday.</TEXT></TimeML>` + "\n"
	big := strings.Replace(small, "We met on Monday.", strings.Repeat("We met on Monday. ", MaxSize/18+1), 1)
	for name, body := range map[string]string{"a.tml": small, "b.tml": big} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tag := func(string, time.Time) []Tag { return nil }
	res, err := TagDir(context.Background(), in, out, tag)
	if err != nil {
		t.Fatal(err)
	}
	if res.Tagged != 1 || len(res.Copied) != 1 || !strings.Contains(res.Copied[0].Error(), "b.tml") || !strings.Contains(res.Copied[0].Error(), "larger than") {
		t.Errorf("tagged %d, copied %v: want a.tml tagged and b.tml copied as too large", res.Tagged, res.Copied)
	}
	got, err := os.ReadFile(filepath.Join(out, "b.tml"))
	if err != nil || !bytes.Equal(got, []byte(big)) {
		t.Errorf("b.tml not copied unchanged: %d bytes, %v", len(got), err)
	}
}

// TestTagDirInPlace: with the output folder the input's, a file over
// MaxSize was emptied (created as the copy's destination before being
// read) and reported copied (session 17, third review). Every file keeps
// its bytes or, when tagged, gains only the tags; none is lost.
func TestTagDirInPlace(t *testing.T) {
	dir := t.TempDir()
	small := `<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-21</TIMEX3></DCT><TEXT>We met on Monday.</TEXT></TimeML>` + "\n"
	big := strings.Replace(small, "We met on Monday.", strings.Repeat("We met on Monday. ", MaxSize/18+1), 1)
	files := map[string]string{"a.tml": small, "b.tml": big, "c.tml": "this is no markup at all\n"}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tag := func(text string, _ time.Time) []Tag {
		i := strings.Index(text, "Monday")
		return []Tag{{Start: i, End: i + len("Monday"), Type: "DATE", Value: "2013-03-18"}}
	}
	res, err := TagDir(context.Background(), dir, dir, tag)
	if err != nil {
		t.Fatal(err)
	}
	if res.Tagged != 1 || len(res.Copied) != 2 {
		t.Errorf("tagged %d, kept %v: want a.tml tagged, b.tml and c.tml kept", res.Tagged, res.Copied)
	}
	for _, e := range res.Copied {
		if !strings.Contains(e.Error(), "left in place") {
			t.Errorf("%v: want it said to be left in place", e)
		}
	}
	for _, name := range []string{"b.tml", "c.tml"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != files[name] {
			t.Errorf("%s: %d bytes after the run, want %d unchanged (%v)", name, len(got), len(files[name]), err)
		}
	}
	got, err := os.ReadFile(filepath.Join(dir, "a.tml"))
	if err != nil || !strings.Contains(string(got), ">Monday</TIMEX3>") {
		t.Errorf("a.tml not tagged in place: %q, %v", got, err)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 3 {
		t.Errorf("%d files left in the folder, want 3 (no temporary file)", len(ents))
	}
}

// TestTagDirInPlaceKeepsFile: tagging in place wrote a temporary file and
// renamed it over the input, so a private (0600) input came out 0644 and
// a symlinked input became a regular file, leaving its target untagged
// (session 17, review of the third pass). The input keeps its mode, and a
// symlink stays a symlink whose target carries the tags.
func TestTagDirInPlaceKeepsFile(t *testing.T) {
	doc := `<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-21</TIMEX3></DCT><TEXT>We met on Monday.</TEXT></TimeML>` + "\n"
	tag := func(text string, _ time.Time) []Tag {
		i := strings.Index(text, "Monday")
		return []Tag{{Start: i, End: i + len("Monday"), Type: "DATE", Value: "2013-03-18"}}
	}
	tests := []struct {
		name string
		perm os.FileMode
		link bool
	}{
		{"private file", 0o600, false},
		{"read-only file", 0o444, false},
		{"ordinary file", 0o644, false},
		{"symlink to a file elsewhere", 0o640, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, elsewhere := t.TempDir(), t.TempDir()
			file := filepath.Join(dir, "a.tml")
			if tt.link {
				file = filepath.Join(elsewhere, "a.tml")
			}
			if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(file, tt.perm); err != nil {
				t.Fatal(err)
			}
			if tt.link {
				if err := os.Symlink(file, filepath.Join(dir, "a.tml")); err != nil {
					t.Fatal(err)
				}
			}
			res, err := TagDir(context.Background(), filepath.Join(dir, "a.tml"), dir, tag)
			if err != nil || res.Tagged != 1 {
				t.Fatalf("tagged %d, %v: want a.tml tagged", res.Tagged, err)
			}
			li, err := os.Lstat(filepath.Join(dir, "a.tml"))
			if err != nil {
				t.Fatal(err)
			}
			if tt.link != (li.Mode()&os.ModeSymlink != 0) {
				t.Errorf("a.tml is %v after the run, want symlink %v", li.Mode(), tt.link)
			}
			fi, err := os.Stat(file)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != tt.perm {
				t.Errorf("mode %v after the run, want %v", fi.Mode().Perm(), tt.perm)
			}
			got, err := os.ReadFile(file)
			if err != nil || !strings.Contains(string(got), ">Monday</TIMEX3>") {
				t.Errorf("%s not tagged: %q, %v", file, got, err)
			}
		})
	}
}

// TestTagDirOutputLinkToInput: a symlink in the output folder pointing at
// the input was written through, so the input itself was replaced by the
// tagged text (or, for a file over MaxSize, truncated and copied onto
// itself) and the original was lost (session 17, sixth review). With the
// output folder not the input's, only the output's entries change: the
// link becomes a regular file and the input keeps its bytes.
func TestTagDirOutputLinkToInput(t *testing.T) {
	small := `<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-21" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-21</TIMEX3></DCT><TEXT>We met on Monday.</TEXT></TimeML>` + "\n"
	big := strings.Replace(small, "We met on Monday.", strings.Repeat("We met on Monday. ", MaxSize/18+1), 1)
	tag := func(text string, _ time.Time) []Tag {
		i := strings.Index(text, "Monday")
		return []Tag{{Start: i, End: i + len("Monday"), Type: "DATE", Value: "2013-03-18"}}
	}
	tests := []struct {
		name, body string
		tagged     bool // the output carries the tags; otherwise it is a copy
	}{
		{"small document", small, true},
		{"file over MaxSize", big, false},
		{"file that is not TimeML", "no markup here at all\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			src := filepath.Join(in, "a.tml")
			if err := os.WriteFile(src, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(out, "a.tml")
			if err := os.Symlink(src, dst); err != nil {
				t.Fatal(err)
			}
			if _, err := TagDir(context.Background(), in, out, tag); err != nil {
				t.Fatal(err)
			}
			if got, err := os.ReadFile(src); err != nil || string(got) != tt.body {
				t.Errorf("input changed: %d bytes after the run, want %d unchanged (%v)", len(got), len(tt.body), err)
			}
			li, err := os.Lstat(dst)
			if err != nil {
				t.Fatal(err)
			}
			if !li.Mode().IsRegular() {
				t.Errorf("output is %v after the run, want a regular file", li.Mode())
			}
			got, err := os.ReadFile(dst)
			if err != nil {
				t.Fatal(err)
			}
			if tagged := strings.Contains(string(got), ">Monday</TIMEX3>"); tagged != tt.tagged {
				t.Errorf("output tagged %v, want %v", tagged, tt.tagged)
			}
			if !tt.tagged && string(got) != tt.body {
				t.Errorf("output %d bytes, want a copy of the input's %d", len(got), len(tt.body))
			}
			if ents, _ := os.ReadDir(out); len(ents) != 1 {
				t.Errorf("%d entries in the output folder, want 1 (no temporary file)", len(ents))
			}
		})
	}
}
