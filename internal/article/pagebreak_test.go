package article

import (
	"strings"
	"testing"
)

// TestPageBreaks: pdftotext ends each page with a form feed, and read,
// geoparse and dates refused such a file as holding a control character
// (session 17, review of the third pass). A form feed or vertical tab is
// read as a space: the document parses, no word is glued to the next,
// and a heading after a page break is still a heading.
func TestPageBreaks(t *testing.T) {
	tests := []struct {
		name, in string
		heading  string // a heading the parse must find; "" for none
		words    []string
	}{
		{"page break ending a line", "Shelling in the valley\n\nThe town was shelled on 5 March.\f\nThe next day it was quiet.\n", "", []string{"March.", "The"}},
		{"page break opening a line", "Shelling in the valley\n\nThe town was shelled on 5 March.\n\fThe next day it was quiet.\n", "", []string{"March.", "The"}},
		{"page break between words", "Shelling in the valley\n\nThe town was shelled on 5 March.\fThe next day it was quiet.\n", "", []string{"March.", "The"}},
		{"vertical tab between words", "Shelling in the valley\n\nThe town was shelled\von 5 March.\n", "", []string{"shelled", "on"}},
		{"page break before a heading", "= Shelling in the valley =\n\nThe town was shelled on 5 March.\n\f== Aftermath ==\nThe next day it was quiet.\n", "Aftermath", []string{"March.", "The"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("pages.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var body []string
			found := tt.heading == ""
			for _, b := range d.Blocks {
				if strings.ContainsAny(b.Text, "\f\v") {
					t.Errorf("block %q keeps a page break", b.Text)
				}
				if b.Kind == Heading && b.Text == tt.heading {
					found = true
				}
				if b.Kind != Heading {
					body = append(body, strings.Fields(b.Text)...)
				}
			}
			if !found {
				t.Errorf("heading %q not found in %+v", tt.heading, d.Blocks)
			}
			joined := " " + strings.Join(body, " ") + " "
			if !strings.Contains(joined, " "+tt.words[0]+" ") || !strings.Contains(joined, " "+tt.words[1]+" ") {
				t.Errorf("words %q not apart in %q", tt.words, joined)
			}
			if d.Text[len(d.Text)-1] != '\n' || len(d.Text) != len(tt.in) {
				t.Errorf("text is %d bytes, want the input's %d (offsets kept)", len(d.Text), len(tt.in))
			}
		})
	}
	if err := CheckText("pages.txt", []byte("One page.\fAnother\vpage.\n")); err != nil {
		t.Errorf("CheckText: %v", err)
	}
	if err := CheckText("bell.txt", []byte("A bell\a rings.\n")); err == nil {
		t.Error("CheckText took a bell character")
	}
}
