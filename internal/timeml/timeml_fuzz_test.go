package timeml

import (
	"bytes"
	"os"
	"testing"
	"time"
)

// FuzzAnnotate reads arbitrary documents; whatever Read accepts, Annotate
// must turn into well-formed XML from which Strip gives the input back.
func FuzzAnnotate(f *testing.F) {
	if b, err := os.ReadFile("testdata/sample.tml"); err == nil {
		f.Add(Strip(b), 3, 9)
		f.Add(b, 0, 4)
	}
	f.Add([]byte(`<TimeML><TEXT>a &amp; b <EVENT eid="e1">c</EVENT> d</TEXT></TimeML>`), 2, 7)
	f.Add([]byte(`<TimeML><TEXT><![CDATA[x<y]]> and <!-- c --> z</TEXT></TimeML>`), 0, 3)
	f.Add([]byte(`<TimeML><TEXT>on <TIMEX3 tid="t3" type="DATE" value="X">Monday</TIMEX3> and <EVENT eid="e1">Friday</EVENT></TEXT></TimeML>`), 3, 9)
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<TimeML><TEXT>caf\xe9\r\non Monday</TEXT></TimeML>"), 4, 12)
	f.Fuzz(func(t *testing.T, raw []byte, s, e int) {
		d, err := Read(bytes.NewReader(raw), "fuzz")
		if err != nil {
			return
		}
		_ = d.DCT.After(time.Time{})
		n := len(d.Text)
		tags := []Tag{{Start: s, End: e, Type: "DATE", Value: `a"<&>`}, {Start: 0, End: n, Type: "DATE", Value: "X"}, {Start: n / 2, End: n, Type: "DURATION", Value: "P1D"}}
		out, _ := d.Annotate(tags)
		if err := wellFormedXML(out); err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, out)
		}
		if back, err := Read(bytes.NewReader(out), "out"); err != nil {
			t.Fatalf("output does not read back (nested TIMEX3?): %v\n%s", err, out)
		} else if len(back.Gold) < len(d.Gold) {
			t.Fatalf("the document's own TIMEX3 were lost: %d, had %d", len(back.Gold), len(d.Gold))
		}
		if len(d.Gold) == 0 && !bytes.Equal(Strip(out), raw) {
			t.Fatalf("Strip(Annotate(x)) != x\n%s\n%s", raw, out)
		}
	})
}
