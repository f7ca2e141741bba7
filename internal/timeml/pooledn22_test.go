package timeml_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

// TestPooledYearRun: in narrative mode a run of years written as one
// word is one length counting both ends; joined by words or spaced
// dashes, and in news mode, its ends stay two dates.
func TestPooledYearRun(t *testing.T) {
	tests := []struct {
		mode timex.Mode
		text string
		want string // the tags, "text=TYPE:value", joined by "; "
	}{
		{timex.Narrative, "The council sat in exile in 1931-33 and came home.",
			"1931-33=DURATION:P3Y"},
		{timex.Narrative, "Maria Lenk (1915–2007) was a swimmer.",
			"1915–2007=DURATION:P93Y"},
		{timex.Narrative, "He taught at the academy (1902–04) before the war.",
			"1902–04=DURATION:P3Y"},
		{timex.Narrative, "The drought of 1876—78 emptied the villages.",
			"1876—78=DURATION:P3Y"},
		// Contrasts: words or spaces between the years, a full date, news.
		{timex.Narrative, "The bridge was built from 1880 to 1883.",
			"1880=DATE:1880; 1883=DATE:1883"},
		{timex.Narrative, "The bridge was built between 1880 and 1883.",
			"1880=DATE:1880; 1883=DATE:1883"},
		{timex.Narrative, "The mill ran 1880 - 1883 on coal.",
			"1880=DATE:1880; 1883=DATE:1883"},
		{timex.News, "The council sat in exile in 1931-33 and came home.",
			"1931=DATE:1931; 33=DATE:1933"},
	}
	for _, tt := range tests {
		if s := exported(tt.mode, tt.text); s != tt.want {
			t.Errorf("mode %v, %q:\n got %s\nwant %s", tt.mode, tt.text, s, tt.want)
		}
	}
}

// TestPooledLengthBefore: in narrative mode a date counted from the
// story's last one by a length and "later" or "earlier" is exported as
// the length alone; news mode, "later that day" and dates with no
// length before the word keep the date.
func TestPooledLengthBefore(t *testing.T) {
	tests := []struct {
		mode timex.Mode
		text string
		want string
	}{
		{timex.Narrative, "The fort fell on 3 May 1860. Two days later the garrison marched out.",
			"3 May 1860=DATE:1860-05-03; Two days=DURATION:P2D"},
		{timex.Narrative, "She moved to Lagos in 1931. A year later she opened a school.",
			"1931=DATE:1931; A year=DURATION:P1Y"},
		{timex.Narrative, "The dam burst in March 1911; it had been inspected three weeks earlier.",
			"March 1911=DATE:1911-03; three weeks=DURATION:P3W"},
		{timex.Narrative, "The treaty was signed in June 1874 and ratified less than two months later.",
			"June 1874=DATE:1874-06; less than two months=DURATION:P2M/LESS_THAN"},
		// Contrasts: news mode, and no length before "later".
		{timex.News, "The fort fell on 3 May 1860. Two days later the garrison marched out.",
			"3 May 1860=DATE:1860-05-03; Two days later=DATE:1860-05-05"},
		{timex.Narrative, "The fort fell on 3 May 1860. Later that day the garrison marched out.",
			"3 May 1860=DATE:1860-05-03; Later that day=DATE:1860-05-03/END"},
	}
	for _, tt := range tests {
		if s := exported(tt.mode, tt.text); s != tt.want {
			t.Errorf("mode %v, %q:\n got %s\nwant %s", tt.mode, tt.text, s, tt.want)
		}
	}
}

// exported lists what the TimeML export tags in text, as
// "span=TYPE:value" and "/mod" when it has one, joined by "; ".
func exported(mode timex.Mode, text string) string {
	var got []string
	for _, g := range timeml.Timex(mode)(text, time.Time{}) {
		s := fmt.Sprintf("%s=%s:%s", text[g.Start:g.End], g.Type, g.Value)
		if g.Mod != "" {
			s += "/" + g.Mod
		}
		got = append(got, s)
	}
	return strings.Join(got, "; ")
}
