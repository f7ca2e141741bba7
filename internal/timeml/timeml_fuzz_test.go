package timeml

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/timex"
	"github.com/sitrep-project/sitrep/internal/wordfuzz"
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

// te3Words are what TempEval-3 files are made of: the TimeML skeleton
// (DOCID, DCT with its creation-time TIMEX3, TEXT), gold TIMEX3, EVENT and
// SIGNAL tags, entities, CDATA and comments, an XML declaration naming
// Latin-1 and a Latin-1 byte, CRLF, and the date words the tagger finds
// ("February 6, 1998", "last week", "the 1990s", "from 1990 to 1992").
var te3Words = []string{
	"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\"?>", "<TimeML>", "</TimeML>",
	"<DOCID>", "</DOCID>", "APW19980206.0493", "<DCT>", "</DCT>",
	`<TIMEX3 tid="t0" type="DATE" value="1998-02-06" temporalFunction="false" functionInDocument="CREATION_TIME">`,
	`<TIMEX3 tid="t7" type="DATE" value="1998-W06">`, `<TIMEX3 tid="t9" type="DURATION" value="P2Y">`, "</TIMEX3>",
	"<TEXT>", "</TEXT>", `<EVENT eid="e1" class="OCCURRENCE">`, "</EVENT>", `<SIGNAL sid="s1">`, "</SIGNAL>",
	`<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/>`, `<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>`,
	"&amp;", "&lt;", "&gt;", "&quot;", "&#233;", "&#x2013;", "<![CDATA[", "]]>", "<!--", "-->", "<", ">", "&",
	"caf\xe9", "\xa0", "\r\n", "\n",
	"February", "6", ",", "1998", "Friday", "last", "week", "the", "1990s", "from", "1990", "to", "1992", "two", "years",
	"ago", "tomorrow", "now", "this", "month", "next", "March", "morning", "daily", "said", "on", "in", "killed", ".",
}

// te3Heads open a TE3 file up to its TEXT.
var te3Heads = []string{
	"<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW19980206.0493</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">1998-02-06</TIMEX3></DCT>\n<TEXT>",
	"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<TimeML>\r\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" functionInDocument=\"CREATION_TIME\">02/06/1998</TIMEX3></DCT>\r\n<TEXT>",
	"<TimeML><TEXT>",
}

// FuzzAnnotateWords spells the text of TE3 documents out of te3Words (one
// byte a word, wordfuzz.Spell) inside a TE3 skeleton and tags each as `sitrep timeml` does, with the date
// engine (Timex(timex.News)). The command's promise is checked, not only
// that it does not panic: the output is well-formed and reads back; every
// byte but the new TIMEX3 tags is unchanged (with the tags of both
// removed, output and input are equal, and without gold tags Strip gives
// the input itself); the document's own TIMEX3 are all still there, and
// the output has the input's creation time.
func FuzzAnnotateWords(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 250})
	tag := Timex(timex.News)
	f.Fuzz(func(t *testing.T, data []byte) {
		// The skeleton, and in it the spelt text: a byte picks the head
		// (Latin-1 or no declaration, with a DCT or none).
		head := te3Heads[0]
		if len(data) > 0 {
			head, data = te3Heads[int(data[0])%len(te3Heads)], data[1:]
		}
		raw := []byte(head + wordfuzz.Spell(te3Words, data) + "</TEXT>\n</TimeML>\n")
		d, err := Read(bytes.NewReader(raw), "fuzz")
		if err != nil {
			return
		}
		out, n := d.Annotate(tag(d.Text, d.DCT))
		if err := wellFormedXML(out); err != nil {
			t.Fatalf("not well-formed: %v\n%q\n%q", err, raw, out)
		}
		back, err := Read(bytes.NewReader(out), "out")
		if err != nil {
			t.Fatalf("output does not read back: %v\n%q\n%q", err, raw, out)
		}
		if !back.DCT.Equal(d.DCT) {
			t.Fatalf("DCT %v read back as %v\n%q\n%q", d.DCT, back.DCT, raw, out)
		}
		if len(back.Gold) != len(d.Gold)+n {
			t.Fatalf("%d TIMEX3 read back, want %d of the document's and %d new\n%q\n%q", len(back.Gold), len(d.Gold), n, raw, out)
		}
		if !bytes.Equal(Strip(out), Strip(raw)) || len(d.Gold) == 0 && !bytes.Equal(Strip(out), raw) {
			t.Fatalf("bytes outside the new tags changed\n%q\n%q", raw, out)
		}
	})
}
