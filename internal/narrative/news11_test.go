package narrative

import (
	"testing"
	"time"
)

// TestReportDatedLead: a lead dated only by its report ("an official said
// on Tuesday"), behind a dateline of two towns ("Raipur/Bijapur, Jan 6
// (PTI)") or one stamped again in full ("Dakar, June 5 (AFP) Jun 05,
// 2025"), takes the day of the later sentence that tells its incident
// again, passing over a sentence that opens another incident
// ("Separately, …"); a villager killed is a civilian.
func TestReportDatedLead(t *testing.T) {
	dct := time.Date(2023, 11, 21, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"two towns in the dateline, another incident first", "Villager killed\n\n" +
			"Raipur/Bijapur, Nov 21 (PTI) A 30-year-old villager was killed by rebels in Bijapur district on suspicion of being an informer, an official said on Tuesday.\n\n" +
			"Separately, police found two bombs planted by the rebels in Sukma district on Monday, he said.\n\n" +
			"The villager was murdered by the rebels on Monday night after a meeting in the forest, the official said.\n",
			[]string{"2023-11-20 day Violence against civilians 30-year-old villager killed 1 [Bijāpur]"}},
		{"a date stamped after the credit", "Attack kills four\n\n" +
			"Dakar, Nov 21 (AFP) Nov 21, 2023 Four soldiers were killed in an attack in the town of Tambacounda in eastern Senegal, military sources told AFP on Tuesday.\n\n" +
			"The attack on an army post on Sunday night comes after weeks of raids in the region.\n",
			[]string{"2023-11-19 day Battles soldiers killed 4 [Tambacounda]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
