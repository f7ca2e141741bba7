package narrative

import "testing"

// TestArticles14 reads phrasings that unseen encyclopedic articles used
// (session 11), in articles we wrote: a lead that defines its incident
// with the day as a modifier ("was a 6 April 2010 ambush"); a conflict
// told as a period that started on the infobox's first day; a town that
// "came under attack"; "the city" of an article on a long fight for one
// town; a party named as an armed group, and its members named for it;
// "its own soldiers"; "a day before the massacre," as a phrase.
// Each row is one article and the events it must give.
func TestArticles14(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"day as a modifier", "= Kavala ambush =\n\n- Conflict: Kavala ambush\n- Date: 6 April 2010\n- Place: Kavala, Greece\n\n" +
			"The Kavala ambush was a 6 April 2010 ambush by rebels near Kavala, killing 12 soldiers.\n",
			[]string{"2010-04-06 day Battles soldiers killed 12 [Kavála]"}},
		// "the 2009 ambush" names one told elsewhere; only the indefinite
		// article's day dates this sentence.
		{"a definite reference stays a reference", "= Kavala raid =\n\n- Conflict: Kavala raid\n- Date: 6 April 2010\n- Place: Kavala, Greece\n\n" +
			"Rebels attacked the town again on 6 April 2010, a year after the 3 March 2009 ambush.\n",
			[]string{"2010-04-06 day Battles  [Kavála]"}},
		{"the conflict's own start", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 23 May 2017 – present\n- Place: Kavala, Greece\n\n" +
			"The Battle of Kavala is an ongoing armed conflict in Kavala that started on 23 May 2017 between government forces and militants.\n",
			[]string{"2017-05-23 day Battles  [Kavála]"}},
		// A period that starts on another day than the infobox's is still
		// a period's bound.
		{"another period's start", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 23 May 2017 – present\n- Place: Kavala, Greece\n\n" +
			"The fighting is part of an insurgency that began on 2 March 2015 in the north.\n",
			nil},
		{"came under attack", "= Siege of Kavala =\n\n- Conflict: Siege of Kavala\n- Date: 18 January – 11 March 2012\n- Place: Kavala, Greece\n\n" +
			"== Siege ==\n\nOn 18 January 2012, Kavala came under attack by rebels.\n",
			[]string{"2012-01-18 day Battles  [Kavála]"}},
		{"the city of a long battle", "= Battle of Kavala (2009–10) =\n\n- Conflict: Battle of Kavala (2009–10)\n- Date: 23 August 2009 – 20 October 2010\n- Place: Kavala, Greece\n\n" +
			"The battle began on 23 August 2009 when rebels attacked government positions in Kavala.\n\n" +
			"On 5 December 2009, at least twelve people died in an artillery exchange in one of the city's northern districts.\n\n" +
			"On 9 January 2010, rebels shelled a village in the north of Greece.\n",
			[]string{"2009-08-23 day Battles  [Kavála]", "2009-12-05 day Explosions/Remote violence people killed at least 12 [Kavála]",
				"2010-01-09 day Explosions/Remote violence  [Greece]"}},
		// "the capital" is the town only where the town is the capital.
		{"the capital, elsewhere", "= Battle of Kavala (2009–10) =\n\n- Conflict: Battle of Kavala (2009–10)\n- Date: 23 August 2009 – 20 October 2010\n- Place: Kavala, Greece\n\n" +
			"On 5 December 2009, rebels attacked a police post in the capital.\n",
			[]string{"2009-12-05 day Battles  [Greece]"}},
		// A party the actor table lacks, named as an armed group, is the
		// armed side; its members are named for it.
		{"a party named for its members", "= Kavala ambush =\n\n- Conflict: Kavala ambush\n- Date: 6 April 2010\n- Place: Kavala, Greece\n" +
			"- Combatant1: Workers' Party of Norland (Maoist)\n- Combatant2: Greece\n- Casualties1: 5 killed\n- Casualties2: 30 killed\n\n" +
			"The Kavala ambush was a 6 April 2010 ambush by rebels near Kavala, leading to the killing of 30 policemen and 5 Maoists.\n",
			[]string{"2010-04-06 day Battles Greece killed 30; Workers' Party of Norland (Maoist) killed 5 [Kavála]"}},
		// "its own soldiers" are the men of the actor the sentence opens with.
		{"its own soldiers", "= Battle of Kavala =\n\n- Conflict: Battle of Kavala\n- Date: 3 October 2009\n- Place: Kavala, Greece\n" +
			"- Combatant1: France, Greece\n- Combatant2: Taliban\n\n" +
			"The Battle of Kavala took place on 3 October 2009. French troops claimed to have killed at least 21 Taliban fighters for nine of their own soldiers killed and two Greek soldiers wounded.\n",
			[]string{"2009-10-03 day Battles Taliban killed at least 21; France killed 9; Greece wounded 2 [Kavála]"}},
		// "a day before the massacre," places this incident; "a week after
		// gunmen killed 58 villagers" tells another's toll, read as its own
		// event in the week before.
		{"a time phrase, not another incident", "= Kavala massacres =\n\n- Conflict: Kavala massacres\n- Date: 3–4 October 2009\n- Place: Kavala, Greece\n\n" +
			"On 3 October 2009, a day before the massacre, rebels attacked the village of Drama, killing eleven civilians.\n\n" +
			"Rebels killed four soldiers near Kavala on 4 October 2009, a week after gunmen killed 58 villagers in Serres.\n",
			[]string{"2009-09-24/2009-09-30 week Violence against civilians villagers killed 58 [Sérres]",
				"2009-10-03 day Violence against civilians civilians killed 11 [Dráma]", "2009-10-04 day Battles soldiers killed 4 [Kavála]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, eventLine, tc.want)
	}
}
