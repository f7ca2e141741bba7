package geoparse

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// BenchmarkParse measures geoparsing throughput on the seed article
// repeated to about 1 MB, in bytes of text per second.
func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed)+"\n\n", 1<<20/len(seed)+1)
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParseArticle measures one article at a time, as a pipeline
// calls it.
func BenchmarkParseArticle(b *testing.B) {
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		b.Fatal(err)
	}
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(seed)))
	b.ResetTimer()
	for b.Loop() {
		p.Parse(string(seed))
	}
}

// BenchmarkParseParagraphs parses the seed article one paragraph at a
// time, as a user geoparses a folder of short notes or news items.
func BenchmarkParseParagraphs(b *testing.B) {
	seed, err := os.ReadFile("testdata/seed_niger.txt")
	if err != nil {
		b.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(string(seed), "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
	}
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(seed)))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range paras {
			p.Parse(s)
		}
	}
	b.ReportMetric(float64(len(paras)), "texts/op")
}

// BenchmarkParseDatelines parses a dateline story whose sentences each
// name a county bare and another state (about 30 KB): the dateline's
// state prior looks at each county's neighbours, and must stay linear.
func BenchmarkParseDatelines(b *testing.B) {
	text := "CARBONDALE, Ill. — " + strings.Repeat("Jackson County deputies stopped a Missouri driver near the levee. ", 450)
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParsePossessives parses a story (about 40 KB) whose sentences
// each compare a town's figure with another's "'s": every such "'s" owns
// nothing, so each asks whether the text writes the name as a shop's
// elsewhere, which must not search the whole text each time.
func BenchmarkParsePossessives(b *testing.B) {
	text := strings.Repeat("Turnout in Medford was 40 percent; Bend's was 52. ", 800)
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParseFamilyLine parses one long line (about 100 KB, no line
// break) in which a town's name stands before "Family" in every
// sentence: the line's case is read once, not once per name.
func BenchmarkParseFamilyLine(b *testing.B) {
	text := strings.Repeat("The Irpin Family members met the mayor on Monday. ", 2000)
	p := New(gazetteer.Default())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParseCreditChain parses a closing parenthesis holding a long
// run of names joined by slashes and one by hyphens (about 60 KB each):
// a credit joins a few agencies, and each name must not walk the whole
// run again.
func BenchmarkParseCreditChain(b *testing.B) {
	p := New(gazetteer.Default())
	for _, tc := range []struct{ name, text string }{
		{"slashes", "Talks ended.\n(" + strings.Repeat("Ab/", 20000) + "Ab)\n"},
		{"hyphens", "Talks ended (" + strings.Repeat("AB-", 20000) + "AB) - more."},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				p.Parse(tc.text)
			}
		})
	}
}
