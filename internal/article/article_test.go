package article

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func TestParseSeed(t *testing.T) {
	b, err := os.ReadFile("../../testdata/articles/niger_seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("seed.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatArticle || d.Title != "United States intervention in Niger" {
		t.Fatalf("format %s title %q", d.Format, d.Title)
	}
	if len(d.Infobox) != 13 || d.Infobox[0].Key != "Conflict" || d.Infobox[12].Key != "Casualties2" {
		t.Fatalf("infobox: %d fields %+v", len(d.Infobox), d.Infobox)
	}
	if d.Infobox[0].Line != 4 {
		t.Errorf("infobox line %d, want 4", d.Infobox[0].Line)
	}
	if len(d.SeeAlso) != 5 {
		t.Errorf("see also: %q", d.SeeAlso)
	}
	levels := map[int]int{}
	for _, bl := range d.Blocks {
		if d.Text[bl.Start:bl.End] != bl.Text {
			t.Fatalf("block span %d-%d does not hold its text %q", bl.Start, bl.End, bl.Text)
		}
		if bl.Kind == Heading {
			levels[bl.Level]++
		}
	}
	if levels[1] != 1 || levels[2] != 5 || levels[3] != 5 {
		t.Errorf("heading levels %v", levels)
	}
}

func TestFormats(t *testing.T) {
	for _, tc := range []struct {
		file    string
		format  Format
		title   string
		infobox int
	}{
		{"lake_town_raids.txt", FormatArticle, "Lake town raids (2019–2021)", 12},
		{"coastal_strikes.wiki", FormatWikitext, "Coastal strikes", 8},
		{"field_note.txt", FormatText, "Field note: Tillaberi region, week 12", 0},
	} {
		b, err := os.ReadFile("../../testdata/articles/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(tc.file, b)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if d.Format != tc.format || d.Title != tc.title || len(d.Infobox) != tc.infobox {
			t.Errorf("%s: format %s title %q infobox %d", tc.file, d.Format, d.Title, len(d.Infobox))
		}
		for _, bl := range d.Blocks {
			if d.Text[bl.Start:bl.End] != bl.Text {
				t.Errorf("%s: block span does not hold its text %q", tc.file, bl.Text)
			}
		}
	}
}

func TestWikitext(t *testing.T) {
	b, _ := os.ReadFile("../../testdata/articles/coastal_strikes.wiki")
	d, err := Parse("c.wiki", b)
	if err != nil {
		t.Fatal(err)
	}
	get := func(k string) string {
		for _, f := range d.Infobox {
			if f.Key == k {
				return f.Value
			}
		}
		return ""
	}
	if get("Partof") != "War in Somalia" || get("Combatant2") != "Al-Shabaab" || get("Casualties2") != "31 killed" {
		t.Errorf("infobox %+v", d.Infobox)
	}
	if strings.Contains(d.Text, "<ref") || strings.Contains(d.Text, "[[") || strings.Contains(d.Text, "'''") {
		t.Errorf("markup left in rendering:\n%s", d.Text)
	}
	if !strings.Contains(d.Text, "On 12 January 2020, a U.S. drone strike near Kismayo killed 17 al-Shabaab militants.") {
		t.Errorf("rendering lost the prose:\n%s", d.Text)
	}
}

func TestBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("a"), MaxSize+1)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "", "empty document"},
		{"blank", " \n\n\t", "empty document"},
		{"no title", "- Conflict: X\n\nSome text.\n\n== H ==\n", ""},
		{"invalid utf8", "= T =\n\nab\xffcd", "line 3: invalid UTF-8"},
		{"binary", "= T =\x00\x01\x02", "line 1: control character"},
		{"too large", string(big), "document too large"},
		{"article without title", "= \n== A ==\ntext", ""},
	} {
		d, err := Parse(tc.name, []byte(tc.in))
		if tc.want == "" {
			// A correct result or a clear error, never a panic.
			if err == nil && d == nil {
				t.Errorf("%s: no document and no error", tc.name)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), tc.name) {
			t.Errorf("%s: err = %v, want one naming the file and %q", tc.name, err, tc.want)
		}
	}
	var e *Error
	if _, err := Parse("x", big); !errors.Is(err, err) || !errors.As(err, &e) {
		t.Errorf("too large: %T", err)
	}
	if _, err := ParseFormat("t", []byte("Title\n\nno heading"), FormatArticle); err == nil || !strings.Contains(err.Error(), "no title") {
		t.Errorf("article without title line: %v", err)
	}
}

// TestManyTemplates: template removal is one pass (it once copied the rest
// of the text per template, quadratic on a large page).
func TestManyTemplates(t *testing.T) {
	body := strings.Repeat("Text {{cite|x={{nested|y}}}} more. ", 100000)
	d, err := Parse("big.wiki", []byte("{{Infobox military conflict|conflict=Big}}\n'''Big''' [[x]]\n\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "{{") || !strings.Contains(d.Text, "Text more. Text more.") {
		t.Errorf("templates left or text lost: %.200q", d.Text[len(d.Text)-200:])
	}
}

// TestTitleWithoutMarkup: a plain title over "- Key: Value" lines is an
// article whose "= =" was lost; a plain note with a bullet is not.
func TestTitleWithoutMarkup(t *testing.T) {
	for _, tc := range []struct {
		text    string
		infobox []string
		blocks  int
	}{
		{"Mali War\n\n- Date: 16 January 2012 – present\n- Place: Mali\n\nThe war began in 2012.\n", []string{"Date", "Place"}, 2},
		{"Mali War\n- Date: 2012\nThe war began in 2012.\n", []string{"Date"}, 2},
		// A bullet that is not a key names nothing.
		{"Field note\n\n- Patrol ambushed near Ouallam: 3 wounded.\n", nil, 2},
		{"Field note\n\nA patrol was ambushed.\n\n- Date: none\n", nil, 3},
	} {
		d, err := Parse("t.txt", []byte(tc.text))
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		var keys []string
		for _, f := range d.Infobox {
			keys = append(keys, f.Key)
		}
		if strings.Join(keys, ",") != strings.Join(tc.infobox, ",") || len(d.Blocks) != tc.blocks {
			t.Errorf("%q: infobox %v, %d blocks; want %v, %d", tc.text, keys, len(d.Blocks), tc.infobox, tc.blocks)
		}
	}
}

func TestInfoboxTemplates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{{start date|2019|12|10|df=y}}", "10 December 2019"},
		{"{{Start date|2019|12}}", "December 2019"},
		{"{{start date|2019}}", "2019"},
		{"{{start and end dates|2019|12|10|2020|1|5|df=yes}}", "10 December 2019 – 5 January 2020"},
		{"{{start and end dates|2019|12|2020|1}}", "December 2019 – January 2020"},
		{"{{start date|2019|12|10|19|30|TZ=Z}}", "10 December 2019"},
		{"{{flag|Niger}}", "Niger"},
		{"{{flagcountry|Mali}}<br />{{flagicon|France}} [[France]]", "Mali, France"},
		{"{{flag|name=x}}", ""},
	} {
		d, err := Parse("t.wiki", []byte("{{Infobox military conflict\n| date = "+tc.in+"\n}}\nThe '''battle''' was fought.\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range d.Infobox {
			if f.Key == "Date" {
				got = f.Value
			}
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestWikiTables: a table of incidents becomes one paragraph a row, read
// like prose; {{convert}} keeps its figure.
func TestWikiTables(t *testing.T) {
	src := "{{Infobox military conflict\n| conflict = Attacks\n}}\nThe '''attacks''' were about {{convert|200|km|mi}} north of [[Niamey]].\n\n" +
		"== List ==\n{| class=\"wikitable\"\n|+ Attacks in 2021\n! Date !! Location !! Deaths !! Injured !! Notes\n|-\n" +
		"| 2 January 2021 || [[Tchoma Bangou]] || 70 || 12 || Villagers killed by gunmen\n|-\n" +
		"| style=\"text-align:right\" | 15 March 2021 || [[Banibangou|Banibangou village]] || unknown || || Bus attacked\n|}\nAfter the table.\n"
	d, err := Parse("t.wiki", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"The attacks were about 200 km north of Niamey.",
		"2 January 2021: in Tchoma Bangou, 70 killed, 12 wounded, Villagers killed by gunmen.",
		"15 March 2021: in Banibangou village, unknown, Bus attacked.",
		"After the table.",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("rendering lacks %q:\n%s", want, d.Text)
		}
	}
	if strings.Contains(d.Text, "wikitable") || strings.Contains(d.Text, "Attacks in 2021") {
		t.Errorf("table markup or caption left:\n%s", d.Text)
	}
}

func TestParagraphLines(t *testing.T) {
	long := "Sixteen soldiers were killed and another reported missing, following an ambush on Saturday by armed men in the west."
	wrapped := "Sixteen soldiers were killed and another reported missing,\nfollowing an ambush on Saturday by armed men in the west.\nThe attack on a patrol near the border was the third this month."
	for _, tc := range []struct {
		name, body string
		paragraphs int
	}{
		// One paragraph a line, as text copied from a web page, short
		// paragraphs too.
		{"web", long + "\n" + long + "\nTwo were wounded.\nThe army said so.", 4},
		// Hard-wrapped lines, some of which end a sentence, are one paragraph.
		{"wrapped", wrapped, 1},
		{"wrapped paragraphs", wrapped + "\n\n" + wrapped, 2},
	} {
		d, err := Parse("n.txt", []byte("Ambush in the west\n\n"+tc.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range d.Blocks {
			if b.Kind == Paragraph {
				n++
				if d.Text[b.Start:b.End] != b.Text {
					t.Errorf("%s: block span does not hold its text %q", tc.name, b.Text)
				}
			}
		}
		if n != tc.paragraphs {
			t.Errorf("%s: %d paragraphs, want %d", tc.name, n, tc.paragraphs)
		}
	}
}
