package dataset

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// Session 15's adversarial pass: a compressed file was read as text and
// refused with "cannot tell the source" (or, with --source, every row bad),
// and an empty file got the same words. Each now says what it is.
func TestCompressedOrEmpty(t *testing.T) {
	data, err := os.ReadFile("../acled/testdata/acled_2024.csv")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(data)
	w.Close()
	for _, tc := range []struct {
		name, body, source, want string
	}{
		{"gzip", gz.String(), "", "compressed with gzip"},
		{"gzip with its source given", gz.String(), "acled", "compressed with gzip"},
		{"gzip cut short", gz.String()[:40], "", "compressed with gzip"},
		{"bzip2", "BZh91AY&SY" + strings.Repeat("\x00", 20), "", "compressed with bzip2"},
		{"empty", "", "", "empty file"},
		{"a header only", strings.SplitAfter(string(data), "\n")[0], "", ""},
		{"plain", string(data), "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := NewReader(strings.NewReader(tc.body), "f", tc.source)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}
