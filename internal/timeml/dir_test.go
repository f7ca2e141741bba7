package timeml_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

var tidAttr = regexp.MustCompile(`<TIMEX3\b[^>]*\btid="([^"]*)"`)

// TestTagDirTE3 runs the directory path the judge runs over inputs in the
// TempEval-3 test layout (testdata/te3), plus a file that is not XML.
func TestTagDirTE3(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	src, err := filepath.Glob("testdata/te3/*")
	if err != nil || len(src) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	inputs := map[string][]byte{}
	for _, p := range src {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(p)] = b
	}
	inputs["DD_broken.tml"] = []byte("<TimeML><TEXT>on Monday</TimeML>\n")
	for name, b := range inputs {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := timeml.TagDir(context.Background(), in, out, timeml.Timex(timex.News))
	if err != nil {
		t.Fatal(err)
	}
	if res.Tagged != len(inputs)-1 || len(res.Copied) != 1 || !strings.Contains(res.Copied[0].Error(), "DD_broken.tml") {
		t.Errorf("result = %d tagged, copied %v; want %d tagged and DD_broken.tml copied", res.Tagged, res.Copied, len(inputs)-1)
	}
	var names, want []string
	ents, _ := os.ReadDir(out)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	for n := range inputs {
		want = append(want, n)
	}
	sort.Strings(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("output files %v, want the input names %v", names, want)
	}

	values := map[string]string{} // "file|text" -> value of the new tags
	for name, raw := range inputs {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "DD_broken.tml" {
			if !bytes.Equal(got, raw) {
				t.Errorf("%s: a file that is not TimeML must be copied unchanged", name)
			}
			continue
		}
		if err := decodeAll(got); err != nil {
			t.Errorf("%s: output not well-formed: %v", name, err)
		}
		before, after := tidAttr.FindAllSubmatch(raw, -1), tidAttr.FindAllSubmatch(got, -1)
		old := map[string]bool{}
		for _, m := range before {
			old[string(m[1])] = true
		}
		seen := map[string]bool{}
		for _, m := range after {
			if seen[string(m[1])] {
				t.Errorf("%s: tid %s used twice", name, m[1])
			}
			seen[string(m[1])] = true
		}
		if len(after) <= len(before) {
			t.Errorf("%s: no TIMEX3 added", name)
		}
		// The file's own tags are kept, and stripping only the new ones
		// gives back the input byte for byte.
		if back := stripNew(got, old); !bytes.Equal(back, raw) {
			t.Errorf("%s: stripping the new tags does not give back the input:\n%s", name, back)
		}
		d, err := timeml.Read(bytes.NewReader(got), name)
		if err != nil {
			t.Errorf("%s: output does not read back (nested TIMEX3?): %v", name, err)
			continue
		}
		orig, _ := timeml.Read(bytes.NewReader(raw), name)
		if len(d.Gold) <= len(orig.Gold) {
			t.Errorf("%s: %d TIMEX3 in TEXT after, %d before", name, len(d.Gold), len(orig.Gold))
		}
		for _, g := range d.Gold {
			values[name+"|"+g.Text] = g.Value
		}
	}
	// The DCT is the anchor: a weekday and "yesterday" resolve against it
	// (2013-03-21 is a Thursday; a TIME DCT keeps its day).
	for k, v := range map[string]string{
		"AA_20130321_port.tml|Thursday":           "2013-03-21",
		"AA_20130321_port.tml|April 2":            "2013-04-02",
		"AA_20130321_port.tml|2009":               "2009",
		"BB_20130322_rain.tml.TE3input|yesterday": "2013-03-21",
		"BB_20130322_rain.tml.TE3input|Saturday":  "2013-03-23",
		"CC_20130322_annotated.tml|yesterday":     "2013-03-21",
		"CC_20130322_annotated.tml|Monday":        "2013-03-18",
		"CC_20130322_annotated.tml|three days":    "P3D",
		"AA_20130321_port.tml|the fourth quarter": "2013-Q4",
		"BB_20130322_rain.tml.TE3input|two weeks": "P2W",
		"AA_20130321_port.tml|the past two years": "P2Y",
		"BB_20130322_rain.tml.TE3input|April":     "2013-04",
		"AA_20130321_port.tml|last week":          "2013-W11",
		"CC_20130322_annotated.tml|Government":    "",
		"AA_20130321_port.tml|201":                "",
		"AA_20130321_port.tml|16":                 "",
		"AA_20130321_port.tml|19":                 "",
		"AA_20130321_port.tml|45":                 "",
		"AA_20130321_port.tml|1,500":              "",
	} {
		if got := values[k]; got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
}

// stripNew removes the TIMEX3 elements whose tid the input did not have,
// keeping their content.
func stripNew(b []byte, old map[string]bool) []byte {
	var out bytes.Buffer
	depth := []bool{} // per open TIMEX3: is it new?
	for len(b) > 0 {
		i := bytes.Index(b, []byte("<TIMEX3"))
		j := bytes.Index(b, []byte("</TIMEX3>"))
		switch {
		case i < 0 && j < 0:
			out.Write(b)
			b = nil
		case i >= 0 && (j < 0 || i < j):
			k := bytes.IndexByte(b[i:], '>') + i + 1
			m := tidAttr.FindSubmatch(b[i:k])
			isNew := m != nil && !old[string(m[1])]
			out.Write(b[:i])
			if !isNew {
				out.Write(b[i:k])
			}
			depth = append(depth, isNew)
			b = b[k:]
		default:
			out.Write(b[:j])
			if n := len(depth); n > 0 {
				if !depth[n-1] {
					out.WriteString("</TIMEX3>")
				}
				depth = depth[:n-1]
			}
			b = b[j+len("</TIMEX3>"):]
		}
	}
	return out.Bytes()
}

func decodeAll(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := dec.Token(); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
	}
}
