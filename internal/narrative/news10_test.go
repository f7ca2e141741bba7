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
				"2023-06-10 day Explosions/Remote violence people killed at least 3 wounded 12 [Quetta]"}},
		{"same paragraph, same incident", "Blast in city\n\n" +
			"At least three people were killed on Saturday in a bomb attack in the city of Quetta.\n\n" +
			"The attack wounded 12 others, officials said. The bomb was hidden in a motorcycle.\n",
			[]string{"2023-06-10 day Explosions/Remote violence people killed at least 3; others wounded 12 [Quetta]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestCaptionsInBody: a line of its own ending in a comma and a full date
// is a photo caption wherever it stands, with a credit line after it, and
// tells no incident; an appositive setting the incident in a series (",
// the latest in a spate of attacks that …") lends it no toll; an undated
// standfirst that tells no violence is not the lead; the same dead told
// again by the same noun ("a paramilitary ranger", then "One ranger
// died") are not counted twice.
func TestCaptionsInBody(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"caption in the body", "Bomb kills soldier\n\n" +
			"A soldier was killed by a roadside bomb in Yala province on Sunday, police said.\n\n" +
			"The soldiers were on patrol near a school when the device went off.\n\n" +
			"Soldiers guard the road near the school in Yala, 11 June 2023.\n" +
			"AP\n",
			[]string{"2023-06-11 day Explosions/Remote violence soldier killed 1 [Yala]"}},
		{"caption with a toll first", "Bomb kills soldier\n\n" +
			"The wreck of the truck hit by a bomb that killed one soldier in Yala, 11 June 2023.\n\n" +
			"A soldier was killed by a roadside bomb in Yala province on Sunday, police said.\n",
			[]string{"2023-06-11 day Explosions/Remote violence soldier killed 1 [Yala]"}},
		{"latest in a series", "Bomb kills soldier\n\n" +
			"A soldier was killed by a roadside bomb in Yala province on Sunday, the latest in a string of attacks that killed nine people last week.\n",
			[]string{"2023-06-11 day Explosions/Remote violence soldier killed 1 [Yala]"}},
		{"standfirst", "Gunmen kill 15 at a market\n\n" +
			"Nobody has claimed the raid near the town of Kaya, where troops are searching the bush.\n\n" +
			"Gunmen stormed a livestock market and opened fire, killing at least 15 people, an official said.\n\n" +
			"The attack on the market on Friday is under investigation, the governor said.\n",
			[]string{"2023-06-09 day Violence against civilians people killed at least 15 [Kaya]"}},
		{"same dead, same noun", "Bomb kills ranger\n\n" +
			"A paramilitary ranger was killed and four more rangers were wounded by a bomb in Yala province on Sunday.\n\n" +
			"Police said the rangers were escorting teachers. One ranger died and four others were hurt.\n",
			[]string{"2023-06-11 day Explosions/Remote violence paramilitary ranger killed 1; rangers wounded 4 [Yala]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestBackground: a year, or a month with no violence told, over a whole
// country is background, not an incident; a month's violence, a finer
// place and the story's first event stay.
func TestBackground(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a year's words", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers at a post near Ayorou on Saturday, the army said.\n\n" +
			"Niger's west slipped out of state control after a coup in 2010. A peace deal with rebel groups was signed earlier this year.\n\n" +
			"Armed groups killed more than 900 people in Niger last year.\n",
			[]string{"2023-06-10 day Battles soldiers killed 6 [Ayorou]"}},
		{"a month's words", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers at a post near Ayorou on Saturday, the army said.\n\n" +
			"The government sent more troops to the region in March.\n",
			[]string{"2023-06-10 day Battles soldiers killed 6 [Ayorou]"}},
		{"a month typed by what follows", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers at a post near Ayorou on Saturday, the army said.\n\n" +
			"The government sent troops to the region in March 2013. Most of those killed since died in ambushes.\n",
			[]string{"2023-06-10 day Battles soldiers killed 6 [Ayorou]"}},
		{"a month's violence stays", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers at a post near Ayorou on Saturday, the army said.\n\n" +
			"In March, gunmen killed 11 villagers in Niger.\n",
			[]string{"2023-03 month Violence against civilians villagers killed 11 [Niger]", "2023-06-10 day Battles soldiers killed 6 [Ayorou]"}},
		{"a finer place stays", "Soldiers killed in Niger\n\n" +
			"Gunmen killed six soldiers at a post near Ayorou on Saturday, the army said.\n\n" +
			"The army opened a base in Tillaberi in 2021.\n",
			[]string{"2021 year Strategic developments  [Tillabéri]", "2023-06-10 day Battles soldiers killed 6 [Ayorou]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestVillagesNamedSo: a village named in apposition ("Mbandfung, a
// village in …") or an administrative post named so ("the Mucojo
// administrative post") is the place, in the province the story named
// even when a person's name in the sentence ("Abdou Kanfon Borno") gave
// the geoparser's guess another country's region.
func TestVillagesNamedSo(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"apposition", "Gunmen kill nine in Cameroon\n\n" +
			"Gunmen killed nine villagers on Sunday when they raided Bafomtu, a village in Cameroon's Northwest Region, officials said.\n",
			[]string{"2023-06-11 day Violence against civilians villagers killed 9 [Bafomtu]"}},
		{"apposition in the next paragraph", "Gunmen kill nine in Cameroon\n\n" +
			"At least nine civilians were killed early Sunday when gunmen raided a community in Cameroon's Northwest Region, officials said.\n\n" +
			"The attack occurred at dawn in Bafomtu, a small village in the Ndu subdivision, Abdou Kanfon Borno, the mayor, told reporters.\n",
			[]string{"2023-06-11 day Violence against civilians civilians killed at least 9 [Bafomtu]"}},
		{"administrative post", "Insurgents kill four in Mozambique\n\n" +
			"Insurgents killed four fishermen on Sunday in the Quiterajo administrative post, in Macomia district, in Cabo Delgado province.\n",
			[]string{"2023-06-11 day Violence against civilians fishermen killed 4 [Quiterajo]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestDayToldAfter: a lead dated only by its report takes the day of a
// sentence after it that names the attack as a noun ("… suffered a
// cowardly terrorist attack") or points at the incident ("This happened
// early on Tuesday"), which then makes no event of its own; a quote of
// the lead's own paragraph that gives the day gives the village too.
func TestDayToldAfter(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"attack named in a quote", "Gunmen kill 20 farmers\n\n" +
			"Gunmen killed at least 20 farmers in Burkina Faso, the governor of the Centre-Nord region said on Sunday. " +
			"“On the afternoon of Friday, June 9, the village of Tangoula in Sanmatenga province suffered a cowardly terrorist attack,” the governor said.\n",
			[]string{"2023-06-09 day Violence against civilians farmers killed at least 20 [Tangoula]"}},
		{"this happened", "Attack on a hotel in Kenya\n\n" +
			"Police say nine people have been killed in an attack on a hotel in the town of Wajir.\n\n" +
			"\"This happened at about 2 am on Saturday,\" a reporter said from Nairobi.\n",
			[]string{"2023-06-10 day Violence against civilians people killed 9 [Wajir]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestHeadAndOthers: "the village head of X" is one of the dead and "also
// killed two other residents" two more; an attack told first on a village
// and then, the same day and toll, on a security post with officers and
// civilians among the dead is a fight.
func TestHeadAndOthers(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"head and two others", "Gunmen kill village head\n\n" +
			"Gunmen on Sunday night killed the village head of Kwall community in Bassa Local Government Area of Plateau State, Mr Dauda Musa.\n\n" +
			"The gunmen also killed two other residents of the community in the attack.\n",
			[]string{"2023-06-11 day Violence against civilians village head killed 1; residents of the community killed 2 [Kwall]"}},
		{"security post", "Separatists kill six\n\n" +
			"Armed separatists attacked a village in Cameroon's West region on Sunday, killing at least six people, officials said.\n\n" +
			"The governor said the separatists crossed over early Sunday and attacked a security post in the village of Bangourain, killing officers and civilians. Residents said at least six people were killed.\n",
			[]string{"2023-06-11 day Battles people killed at least 6 [Bangourain]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestRoundupThenOne: a roundup lead ("attacked some communities in
// Zamfara and Katsina states, killing more than 40") whose incidents the
// story then tells one by one makes no event of its own; policemen among
// the dead counted ("12 persons, including seven policemen") make a
// fight.
func TestRoundupThenOne(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"roundup, then one", "Bandits kill 30 in two states\n\n" +
			"Bandits have attacked several villages in Zamfara and Sokoto states, killing more than 30 people.\n\n" +
			"Residents said 11 persons, including six policemen and five villagers, were killed in Bakura village, Maradun Local Government Area on Saturday.\n",
			[]string{"2023-06-10 day Battles persons killed 11 [Bakura]"}},
		{"roundup alone stays", "Bandits kill 30 in two states\n\n" +
			"Bandits attacked several villages in Zamfara State on Saturday, killing more than 30 people, police said.\n",
			[]string{"2023-06-10 day Violence against civilians people killed at least 30 [Zamfara State]"}},
	} {
		checkEvents(t, Default().WithDCT(dct), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestPlaceByDistance: a name the geoparser does not see, placed in
// apposition by its distance from a known place ("Tessit, about 150
// kilometers southeast of Gao"), is the place.
func TestPlaceByDistance(t *testing.T) {
	dct := time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC)
	checkEvents(t, Default().WithDCT(dct), "distance", "Soldiers killed in Mali\n\n"+
		"BAMAKO, Mali (AP) — Armed men attacked an army post early Sunday, killing at least eight soldiers, a resident said.\n\n"+
		"The attackers came on motorcycles into Kandagoura, about 150 kilometers (95 miles) southeast of the city of Gao, the resident said.\n",
		eventLine, []string{"2023-06-11 day Battles Mali killed at least 8 [Kandagoura]"})
}
