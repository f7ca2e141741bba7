package timex

import (
	"os"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

func benchText(b *testing.B) string {
	b.Helper()
	t, err := os.ReadFile("testdata/niger.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(t)
}

// BenchmarkParse measures Parse on a 10 KB Wikipedia article.
func BenchmarkParse(b *testing.B) {
	text := benchText(b)
	opt := Options{Mode: Narrative, DCT: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text, opt)
	}
}

// BenchmarkGoDateparserSearch is the peer: go-dateparser's search over the
// same text, English only (no language detection), same anchor.
func BenchmarkGoDateparserSearch(b *testing.B) {
	text := benchText(b)
	cfg := &dps.Configuration{CurrentTime: time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)}
	p := dps.Parser{}
	if _, err := p.SearchWithLanguage(cfg, "en", text); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.SearchWithLanguage(cfg, "en", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseQuotedToday measures Parse in news mode on one 100 KB
// line of short quotations, each with its "today": the quotation marks
// are counted once per text, not once per "today".
func BenchmarkParseQuotedToday(b *testing.B) {
	text := strings.Repeat(`"The bridge opens today," an engineer said. `, 100_000/45)
	opt := Options{Mode: News, DCT: time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text, opt)
	}
}

// BenchmarkParseOrdinalRanges measures Parse on a long text of ranges of
// bare ordinal days with no month named anywhere: each range asks whether
// a month is in view, and that must not rescan the text each time.
func BenchmarkParseOrdinalRanges(b *testing.B) {
	text := strings.Repeat("The crew worked from the 2nd to the 4th and then slept. ", 8000)
	opt := Options{Mode: Narrative, DCT: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text, opt)
	}
}
