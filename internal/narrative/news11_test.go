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

// TestCaptionCredits: a short paragraph ending in a photo's credit in
// brackets or parentheses ("[Jane Doe/AP Photo]", "(Photo supplied/…)") is
// a caption, and so is the line of alt text before it that opens with the
// same words and has no full stop; a page's "Published On …" line after a
// caption goes with it. The caption tells no incident of its own and does
// not keep the lead from its day.
func TestCaptionCredits(t *testing.T) {
	dct := time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"alt text, credited caption, published line", "Gangs strike suburb\n\n" +
			"Armed gangs attacked a suburb of the capital in a rampage that left at least nine people dead.\n\n" +
			"A man stands near a burned car after an overnight attack in the suburb\n" +
			"A man stands near a burned car after an overnight attack in the Delmas suburb of Port-au-Prince. [Jane Doe/AP Photo]\n" +
			"Published On 19 Mar 2024\n\n" +
			"Gunmen attacked homes in Delmas early on Monday, forcing residents to flee.\n",
			[]string{"2024-03-18 day Violence against civilians people killed at least 9 [Haiti]"}},
		{"caption in parentheses", "Bomb kills ranger\n\n" +
			"Soldiers inspect the site of a blast in Yala province. The bomb killed one ranger. (Photo supplied/Jane Doe)\n\n" +
			"A ranger was killed by a roadside bomb in Yala province on Monday, police said.\n",
			[]string{"2024-03-18 day Explosions/Remote violence ranger killed 1 [Yala]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRetoldList: a later sentence whose dead are a list of the same
// figures, in order, of the same kinds ("one policeman and three
// attackers" after "One police officer and three militants") tells the
// same dead again; a list of other figures adds.
func TestRetoldList(t *testing.T) {
	dct := time.Date(2025, 8, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"same figures, other words", "Checkpost attacked\n\n" +
			"One police officer and three militants were killed when gunmen attacked a police checkpost in Lakki Marwat district late on Saturday, officials said. In the exchange of fire, one policeman and three attackers were killed, and the rest fled.\n",
			[]string{"2025-08-02 day Battles police officer killed 1; militants killed 3 [Lakki Marwat District]"}},
		{"other figures add", "Checkpost attacked\n\n" +
			"One police officer and three militants were killed when gunmen attacked a police checkpost in Lakki Marwat district late on Saturday, officials said. In a second attack, two policemen and one attacker were killed.\n",
			[]string{"2025-08-02 day Battles police officer killed 1; militants killed 3; policemen killed 2; attacker killed 1 [Lakki Marwat District]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestYearOverProvince: background dated only by a year and placed no
// finer than a province ("Formed in 1978, the front has been carrying out
// violence in Manipur") is no event when it counts no one; a year's
// event with a toll there stays.
func TestYearOverProvince(t *testing.T) {
	dct := time.Date(2021, 11, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a group's founding", "Convoy ambushed\n\n" +
			"Four soldiers were killed in an ambush on Saturday in Churachandpur district of Manipur, police said.\n\n" +
			"Formed in 1978, the front has been carrying out violence in Manipur in support of its demand for independence.\n",
			[]string{"2021-11-13 day Battles soldiers killed 4 [Churachandpur]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestWeekLeadThenDay: a lead dated by its week ("an attack last week")
// takes the day of a later sentence that names an attack that day, even
// with the attack's name in quotes ("launched a \"violent terrorist
// attack\""), passing over a line that gives the lead's week again.
func TestWeekLeadThenDay(t *testing.T) {
	dct := time.Date(2022, 5, 19, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"quoted attack after the week told again", "Post attacked\n\n" +
			"Ten soldiers were killed during an attack last week near Bawku in the north of Ghana, a minister said Wednesday.\n\n" +
			"The minister said last week's attack was the first in the region.\n\n" +
			"On May 11, about 50 gunmen launched a \"violent terrorist attack\" on an army post, killing ten soldiers.\n",
			[]string{"2022-05-11 day Battles soldiers killed 10 [Bawku]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestPlaceFromCity: a village the gazetteer lacks, placed by its distance
// from a city with the figure given twice ("near Tacueyo, about 43 miles
// (73 kilometers) from the city of Cali"), is the place, not the city.
func TestPlaceFromCity(t *testing.T) {
	dct := time.Date(2019, 10, 30, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"miles then kilometers, from a city", "Villagers killed\n\n" +
			"Four villagers were killed on Tuesday near Ulloque, about 30 miles (48 kilometers) from the city of Cali, in Colombia.\n",
			[]string{"2019-10-29 day Violence against civilians villagers killed 4 [Ulloque]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}
