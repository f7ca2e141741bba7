package narrative

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles20 reads, in articles we wrote, what a seventh set of
// unseen encyclopedic articles (round 20) and the earlier sets showed:
// the days of the fight told without a year after a background year, and
// a one-sentence lead that ends in its date (and, beside it, a news
// story's caption that does), and police counted with no nationality.
// Each row is one article and the events it must give.
func TestArticles20(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// The infobox dates the fight within one year: its days, told
		// without a year after a background year, are that year's, and
		// so is "the next day" after them.
		{"a background year before the fight's days", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Battle of Kordi was fought between a local militia and the Northern Liberation Front.\n\n== Background ==\n\n" +
			"The Front was founded in 2009. In July 2013 it took Douentza.\n\n== Battle ==\n\n" +
			"On 12 March, about 200 rebels attacked Kordi, killing six militiamen. The next day, the militia retook the market.\n",
			[]string{"2016-03-12 day Battles militiamen killed 6 [Kordi]", "2016-03-13 day Battles  [Kordi]"}},
		{"a bare background year before the fight's days", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Front was founded in 2009.\n\nOn 14 March, the militia attacked the rebels in Kordi.\n",
			[]string{"2016-03-14 day Battles  [Kordi]"}},
		// What fits the background year's narrative stays there: a day
		// after the month it follows (history, no event: the one left is
		// the lead's, dated by the infobox), and a day far from the fight.
		{"a day that follows its background month", "= Battle of Kordi =\n\n- Date: 12–14 August 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Battle of Kordi was fought between a local militia and the Northern Liberation Front.\n\n== Background ==\n\n" +
			"In July 2013 the Front took Douentza. On 12 August it attacked Mopti, killing four soldiers.\n",
			[]string{"2016-08-12/2016-08-14 day Battles  [Kordi]"}},
		{"a day far from the fight", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"In July 2015 the Front took Douentza.\n\nOn 9 June, the Front attacked Mopti, killing four soldiers.\n",
			[]string{"2015-06-09 day Battles soldiers killed 4 [Mopti]", "2015-07 month Strategic developments  [Douentza]"}},
		// A day told as background keeps the year it was given: a
		// flashback before the date that wrote that year, in that date's
		// paragraph or in the past perfect, and a background day that the
		// fight's year would put after the fight, are no days of the fight.
		{"a flashback in a background paragraph", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Battle of Kordi was fought between a local militia and the Northern Liberation Front.\n\n== Background ==\n\n" +
			"In April 2015 the Front took Douentza. On 20 March, a week before, it had killed four soldiers near Mopti.\n\n== Battle ==\n\n" +
			"On 12 March 2016, about 200 rebels attacked Kordi, killing six militiamen.\n",
			[]string{"2016-03-12 day Battles militiamen killed 6 [Kordi]"}},
		{"a background day the fight's year would put after it", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Battle of Kordi was fought between a local militia and the Northern Liberation Front.\n\n" +
			"== Background ==\n\nIn April 2015 the Front took Douentza.\n\nOn 20 March, the Front attacked Mopti, killing four soldiers.\n",
			[]string{"2016-03-12/2016-03-14 day Battles  [Kordi]"}},
		{"a flashback in the paragraph of its year", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn April 2015 the Front took Douentza. On 20 March, the Front attacked Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-04 month Strategic developments  [Douentza]"}},
		{"a flashback in the past perfect", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn April 2015 the Front took Douentza.\n\nOn 20 March, the Front had attacked Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-04 month Strategic developments  [Douentza]"}},
		// What is not told so still takes the record's year: the fight's
		// day in the simple past after a year in the paragraph before, a
		// day whose past perfect is only what was reported, and a
		// background section's day just before the fight after a bare year.
		{"the fight's day after a year in the paragraph before", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn April 2015 the Front took Douentza.\n\nOn 13 March, the Front attacked Kordi, killing four soldiers.\n",
			[]string{"2015-04 month Strategic developments  [Douentza]", "2016-03-13 day Battles soldiers killed 4 [Kordi]"}},
		{"a reported past perfect on the fight's day", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn April 2015 the Front took Douentza.\n\nOn 13 March, the army said that rebels had attacked Kordi, killing four soldiers.\n",
			[]string{"2015-04 month Strategic developments  [Douentza]", "2016-03-13 day Battles soldiers killed 4 [Kordi]"}},
		{"a background day just before the fight", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"The Battle of Kordi was fought between a local militia and the Northern Liberation Front.\n\n== Background ==\n\n" +
			"The Front has attacked the region since 2009. On 8 March, four days before the battle, it attacked Mopti, killing four soldiers.\n",
			[]string{"2016-03-08 day Battles soldiers killed 4 [Mopti]", "2016-03-12/2016-03-14 day Battles  [Kordi]"}},
		// A day the record's year puts within the record's own dates is
		// the fight, told after its paragraph's background year or in the
		// past perfect; and a past perfect counts only in the main
		// clause, not in a relative or subordinate one.
		{"the fight's day in the paragraph of a year before", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Battle ==\n\nIn May 2015 the Front took Douentza, and it trained new recruits over the dry season. On 13 March, its columns attacked Kordi, killing five militiamen.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-13 day Battles militiamen killed 5 [Kordi]"}},
		{"the fight's day in the past perfect", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Battle ==\n\nIn May 2015 the Front took Douentza.\n\nOn 13 March, the Front had attacked Kordi, killing five militiamen.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-13 day Battles militiamen killed 5 [Kordi]"}},
		{"a relative clause's past perfect", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Battle ==\n\nIn May 2015 the Front took Douentza.\n\nOn 15 March, rebels who had waded across the river before dawn attacked Mopti, killing five soldiers.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-15 day Battles soldiers killed 5 [Mopti]"}},
		{"a subordinate clause's past perfect", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Battle ==\n\nIn May 2015 the Front took Douentza.\n\nOn 15 March, after they had blocked the road, the rebels attacked Mopti, killing five soldiers.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-15 day Battles soldiers killed 5 [Mopti]"}},
		// A main clause's past perfect beside a relative one still tells
		// a flashback where the day falls outside the record's dates.
		{"a main clause's past perfect after a relative one", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, rebels who had crossed the river had attacked Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-05 month Strategic developments  [Douentza]"}},
		// A background section's flashback keeps its year though the
		// record's year would put it within a fight of weeks, told in its
		// year's paragraph or in the past perfect.
		{"a background flashback within a long fight's dates", "= Battle of Kordi =\n\n- Date: 2 March – 25 June 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Background ==\n\nIn May 2015 the Front took Douentza. On 22 March, two months before, it had burned a checkpoint near Mopti.\n\n== Siege ==\n\n" +
			"On 2 March 2016, about 200 rebels surrounded Kordi, killing six militiamen.\n",
			[]string{"2016-03-02 day Battles militiamen killed 6 [Kordi]"}},
		{"a background flashback in the past perfect within a long fight's dates", "= Battle of Kordi =\n\n- Date: 2 March – 25 June 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Background ==\n\nIn May 2015 the Front took Douentza.\n\nOn 22 March, the Front had burned a checkpoint near Mopti, killing four soldiers.\n\n== Siege ==\n\n" +
			"On 2 March 2016, about 200 rebels surrounded Kordi, killing six militiamen.\n",
			[]string{"2016-03-02 day Battles militiamen killed 6 [Kordi]"}},
		// A background section may lead into the fight: a day in its
		// year's paragraph, told in the simple past, that the record's
		// year puts within the record's dates is the fight's first day.
		{"a background section that leads into a long fight", "= Battle of Kordi =\n\n- Date: 2 March – 25 June 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Background ==\n\nIn October 2015 the Front seized Boni and gathered its men east of the lake. On 2 March, its fighters surrounded Kordi, killing six militiamen.\n",
			[]string{"2016-03-02 day Battles militiamen killed 6 [Kordi]"}},
		// A flashback's word is as strong a sign as the past perfect: a
		// day it dates back keeps its paragraph's year; "before" with no
		// span of time is no flashback.
		{"a flashback in the simple past in a background section", "= Battle of Kordi =\n\n- Date: 2 March – 25 June 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Background ==\n\nIn October 2015 the Front seized Boni and gathered its men east of the lake. Five months earlier, on 12 May, its fighters raided Sevare, killing three gendarmes.\n",
			nil},
		{"a lead-in before dawn in a background section", "= Battle of Kordi =\n\n- Date: 2 March – 25 June 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Background ==\n\nIn October 2015 the Front seized Boni and gathered its men east of the lake. On 2 March, before dawn, its fighters surrounded Kordi, killing six militiamen.\n",
			[]string{"2016-03-02 day Battles militiamen killed 6 [Kordi]"}},
		// A "that" before a singular noun is its determiner, and the
		// past perfect after them is the main clause's; a "that" before
		// a plural opens a relative clause, whose past perfect is not.
		{"a determiner's that before a main past perfect", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, that same column had burned a checkpoint near Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-05 month Strategic developments  [Douentza]"}},
		// After a preposition "that" is a determiner too; after a verb
		// of saying or fearing it opens what was feared, even past a
		// comma or an "and".
		{"a determiner's that after a preposition", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, by that hour the militia had burned a checkpoint near Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-05 month Strategic developments  [Douentza]"}},
		{"a determiner's that after a preposition opening the clause", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, in that raid the Front had burned a checkpoint near Mopti, killing four soldiers.\n",
			[]string{"2015-03-20 day Battles soldiers killed 4 [Mopti]", "2015-05 month Strategic developments  [Douentza]"}},
		{"a complementizer that past an aside", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, the prefect feared, as did the imam, that armed scouts had reached Mopti, and four soldiers were killed there.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-20 day Battles soldiers killed 4 [Mopti]"}},
		{"a second complementizer that after and", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, the colonel warned that the bridge was weak, and that rebel scouts had reached Mopti, and four soldiers were killed there.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-20 day Battles soldiers killed 4 [Mopti]"}},
		{"a relative that before a plural subject", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, rebels attacked the convoy that militiamen had escorted to Mopti, killing four soldiers.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-20 day Battles soldiers killed 4 [Mopti]"}},
		// A "that" after a noun or a verb opens a clause whatever word
		// follows it: the past perfect after it is not the main clause's.
		{"a relative that before a collective noun", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, rebels ambushed the lorries that police had guarded on the Mopti road, killing four soldiers.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-20 day Battles soldiers killed 4 [Mopti]"}},
		{"a complementizer that after a verb", "= Battle of Kordi =\n\n- Date: 12–14 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"== Campaign ==\n\nIn May 2015 the Front took Douentza.\n\nOn 20 March, the mayor feared that rebel fighters had entered Mopti, and four soldiers were killed there.\n",
			[]string{"2015-05 month Strategic developments  [Douentza]", "2016-03-20 day Battles soldiers killed 4 [Mopti]"}},
		// A span of years names no one year.
		{"an infobox over two years", "= Battle of Kordi =\n\n- Date: 12 March 2015 – 14 January 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"In July 2015 the Front took Douentza.\n\nOn 10 January, the militia attacked the rebels in Kordi.\n",
			[]string{"2015-01-10 day Battles  [Kordi]", "2015-07 month Strategic developments  [Douentza]"}},
		// An article's lead of one sentence that ends in its date is no
		// news photo's caption: its event stays when a paragraph follows.
		{"a one-sentence lead that ends in its date", "= Kordi ambush =\n\n- Date: 18 August 2008\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"Malian troops were ambushed by rebels near Kordi on 18 August 2008.\n\n" +
			"It was the army's worst loss in years.\n",
			[]string{"2008-08-18 day Battles  [Kordi]"}},
		// A news story in plain text keeps the caption rule: its first
		// line, a photo's caption ending in a full date and counting no
		// one, is no event of its own, though no DCT is given; the lead
		// below it keeps its event.
		{"a news photo's caption before the lead", "Gunmen kill nine at a market in central Mali\n\n" +
			"Traders sweep the burned stalls of the market in Mopti on March 4, 2024.\n\n" +
			"Gunmen on motorbikes killed nine traders at the weekly market in Mopti on Saturday, a local official said.\n\n" +
			"The attackers set fire to dozens of stalls before fleeing north.\n",
			[]string{"2024-03-02 day Violence against civilians traders killed 9 [Mopti]"}},
		// Police counted with no nationality in an article are the
		// police of the country it is set in; soldiers with none keep
		// their noun (either side's, or a foreign force's).
		{"police with no nationality", "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"On 3 October 2016, gunmen attacked the police station in Kordi. Two police officers were shot dead.\n",
			[]string{"2016-10-03 day Battles Mali killed 2 [Kordi]"}},
		{"soldiers with no nationality", "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\n" +
			"On 3 October 2016, gunmen attacked a convoy near Kordi, killing two soldiers.\n",
			[]string{"2016-10-03 day Battles soldiers killed 2 [Kordi]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestForeignPolice reads police counted in an article set in one country
// whose sentence names another country or a UN force: they are no police
// of the article's country and keep their noun; police "from" the
// article's own country are its own. Only the toll is compared: the
// place such a sentence gives is another rule's.
func TestForeignPolice(t *testing.T) {
	const head = "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\n"
	for _, tc := range []struct{ name, text, want string }{
		{"police from another country", "On 3 October 2016, gunmen raided a camp in Kordi, killing two police officers from Togo who guarded it.\n", "police officers"},
		{"police of a UN mission", "On 3 October 2016, gunmen raided a U.N. camp in Kordi, killing two police officers.\n", "police officers"},
		{"police of a peacekeeping force", "On 3 October 2016, gunmen raided the peacekeepers' camp in Kordi, killing two police officers.\n", "police officers"},
		{"police from the country itself", "On 3 October 2016, gunmen raided a camp in Kordi, killing two police officers from Mali.\n", "Mali"},
		{"police of an international mission", "On 3 October 2016, gunmen raided the base of an international police mission in Kordi, killing two police officers.\n", "police officers"},
		{"a bus from a town of the country", "On 3 October 2016, gunmen stopped a bus from Mopti at a checkpoint near Kordi, killing two police officers.\n", "Mali"},
		{"an international market", "On 3 October 2016, gunmen fired on a patrol beside the international market in Kordi, killing two police officers.\n", "Mali"},
		{"police with no one named", "On 3 October 2016, gunmen raided a camp in Kordi, killing two police officers.\n", "Mali"},
	} {
		checkEvents(t, Default(), tc.name, head+tc.text, tollWho, []string{tc.want})
	}
}

// tollWho lists whose dead or wounded an event counts, in its order.
func tollWho(e event.Event) string {
	var s []string
	for _, c := range e.Casualties {
		s = append(s, c.Who)
	}
	return strings.Join(s, ",")
}
