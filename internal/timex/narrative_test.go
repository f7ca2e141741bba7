package timex

import (
	"os"
	"testing"
)

// TestNarrativeArticle parses a whole Wikipedia article with no DCT: every
// date an analyst reads off its timeline must come out somewhere, which
// needs the narrative anchor to carry years into "On April 12" and "The
// following month".
func TestNarrativeArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/niger.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, x := range Parse(string(b), Options{Mode: Narrative}) {
		got[x.Value] = true
		if x.EndValue != "" {
			got[x.Value+"/"+x.EndValue] = true
		}
		if len(x.Value) >= 4 && x.Value[:4] == "XXXX" {
			t.Errorf("%q left unresolved (%s) in a text full of years", x.Text, x.Value)
		}
	}
	for _, v := range []string{
		"2013-01", "2013-02", "2014", "2016-10", "2017-02-02", "2017-10-04", "2017-12-06", "2018",
		"2018-12-09", "2019", "2023", "2023-07-26", "2023-08-23", "2023-09", "2023-10-26", "2023-12-22",
		"2024-03", "2024-04-12", "2024-04-19", "2024-05-15", "2024-07-07", "2024-08-05",
		"2015/2017", "2013/2017", "2013-02-05/2024-08-05",
	} {
		if !got[v] {
			t.Errorf("no expression valued %s", v)
		}
	}
}
