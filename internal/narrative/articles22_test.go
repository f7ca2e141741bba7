package narrative

import (
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/internal/event"
)

// TestArticles22Lead dates by the infobox a lead sentence that names the
// article's fight and gives no day of its own, in articles we wrote: a
// later day of the lead within the fight, or one long before it, is no
// date of the fight itself (types and other events are other rules'), and the name may open the sentence in lower
// case. A later sentence on the fight's first day still dates it.
func TestArticles22Lead(t *testing.T) {
	const box = "- Date: 12–20 March 2016\n- Place: Kordi, Mopti Region, Mali\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a day within the fight after the lead", "= Battle of Kordi =\n\n" + box +
			"The Battle of Kordi was one of the main battles of the Mopti campaign. The army announced on 15 March that it held the town, which the rebels denied.\n",
			[]string{"2016-03-12/2016-03-20 day Battles  [Kordi]"}},
		{"a background day long before", "= Battle of Kordi =\n\n" + box +
			"The Battle of Kordi was fought between the army and the Northern Liberation Front. The Front's founder had been killed on 2 January 2016.\n",
			[]string{"2016-01-02 day Strategic developments  [Mali]", "2016-03-12/2016-03-20 day Battles  [Kordi]"}},
		{"the name in lower case", "= Siege of Kordi =\n\n" + box +
			"The siege of Kordi was an armed confrontation in March 2016 between the Northern Liberation Front and the army.\n",
			[]string{"2016-03-12/2016-03-20 day Strategic developments  [Kordi]"}},
		// The fight's first day told after the lead dates it.
		{"the first day told after", "= Battle of Kordi =\n\n" + box +
			"The Battle of Kordi was fought between the army and the Northern Liberation Front. It began on 12 March 2016 when rebels entered the town.\n",
			[]string{"2016-03-12 day Strategic developments  [Kordi]"}},
	} {
		checkEvents(t, Default(), tc.name, tc.text, eventLine, tc.want)
	}
}

// TestArticles22 reads, in articles we wrote, what a ninth set of unseen
// encyclopedic articles (round 22) and the earlier sets showed: one
// civilian counted beside a force's dead is counted with the civilians,
// as civilians of a people already were. Only the toll is compared.
func TestArticles22(t *testing.T) {
	toll := func(e event.Event) string {
		var s []string
		for _, c := range e.Casualties {
			s = append(s, c.Who)
		}
		return strings.Join(s, ",")
	}
	const head = "= Kordi attack =\n\n- Date: 3 October 2016\n- Place: Kordi, Mopti Region, Mali\n\n"
	for _, tc := range []struct{ name, text, want string }{
		{"one civilian beside soldiers", "On 3 October 2016, gunmen attacked the army post at Kordi, killing 20 Malian soldiers and a civilian.\n", "Mali,civilians"},
		{"one civilian of a people", "On 3 October 2016, a bomb exploded beside a patrol in Kordi, killing six Malian soldiers and a Dutch civilian.\n", "Mali,civilians"},
		// A noun that only begins with civilian is no civilian counted.
		{"civilians already counted", "On 3 October 2016, gunmen attacked Kordi, killing four civilians; an unarmed civilian guard was also shot dead.\n", "civilians,unarmed civilian guard"},
	} {
		checkEvents(t, Default(), tc.name, head+tc.text, toll, []string{tc.want})
	}
}
