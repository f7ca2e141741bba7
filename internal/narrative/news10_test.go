package narrative

import (
	"testing"
	"time"
)

// TestOtherIncidentParagraph: a paragraph pointing back at the incident
// ("The attacks come amid …") that names another incident's time is cut
// there, and the sentences after the cut go on telling that other
// incident: its toll ("the killing of 20 hostages") is not the lead's.
func TestOtherIncidentParagraph(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"hostages of an earlier seizure", "Blast in city\n\n" +
			"At least three people were killed and 12 others injured on Saturday in a bomb attack in the city of Quetta.\n\n" +
			"Officials said a device hidden in a motorcycle went off near a police van.\n\n" +
			"The attacks come amid rising tension in the province, following the seizure of a train by militants earlier this month. The train was seized, leading to the killing of 20 hostages.\n",
			[]string{"2023-06-01/2023-06-10 week Violence against civilians hostages killed 20 [Pakistan]",
				"2023-06-10 day Explosions/Remote violence people killed at least 3; others wounded 12 [Quetta]"}},
		{"same paragraph, same incident", "Blast in city\n\n" +
			"At least three people were killed on Saturday in a bomb attack in the city of Quetta.\n\n" +
			"The attack wounded 12 others, officials said. The bomb was hidden in a motorcycle.\n",
			[]string{"2023-06-10 day Explosions/Remote violence people killed at least 3; others wounded 12 [Quetta]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
