package narrative

import (
	"testing"
	"time"
)

// TestRetoldAtCountry: a later sentence that points back to the day's
// incident ("in Monday's clash") and counts some of its dead again tells
// it again, though it names no place and so stands at the story's country:
// the country holds the incident's town. A sentence that names another
// town far off stays an incident of its own.
func TestRetoldAtCountry(t *testing.T) {
	dct := time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"retold with no place", "Clash in northern Mali\n\n" +
			"Four rebels and a soldier were killed while three others were wounded in a clash near Kidal in Mali on Monday, the army said.\n\n" +
			"The spokesman said a soldier was killed in action and three others were wounded in Monday's clash.\n",
			[]string{"2024-05-06 day Battles rebels killed 4; Mali killed 1; others wounded 3 [Kidal]"}},
		{"another town far off", "Clashes in Mali\n\n" +
			"Four rebels and a soldier were killed in a clash near Kidal in Mali on Monday, the army said.\n\n" +
			"A soldier was killed and three others were wounded in a clash near Sikasso on Monday.\n",
			[]string{"2024-05-06 day Battles rebels killed 4; Mali killed 1 [Kidal]", "2024-05-06 day Battles soldier killed 1; others wounded 3 [Sikasso]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
