package conflict

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// TestArticles22CompassCountry reads place lines of the kind a ninth set
// of unseen encyclopedic articles (round 22) and round 21's wrote: a town
// within a country's part named by its bearing is a town within that
// country. The lines are ours.
func TestArticles22CompassCountry(t *testing.T) {
	countries := isoTable{"Mali": "MLI", "Niger": "NER", "South Sudan": "SSD", "Sudan": "SDN",
		"Ireland": "IRL", "United Kingdom": "GBR", "Central African Republic": "CAF", "Sri Lanka": "LKA"}
	for _, tc := range []struct{ in, site, places string }{
		{"Kordi, Southern Mali", "Kordi", `[{"name":"Mali","iso":"MLI"}]`},
		{"Ayorou, North Niger", "Ayorou", `[{"name":"Niger","iso":"NER"}]`},
		{"Pallai, north-eastern Sri Lanka", "Pallai", `[{"name":"Sri Lanka","iso":"LKA"}]`},
		// A country named with a bearing stays whole.
		{"Malakal, South Sudan", "Malakal", `[{"name":"South Sudan","iso":"SSD"}]`},
		{"Bria, Central African Republic", "Bria", `[{"name":"Central African Republic","iso":"CAF"}]`},
		// A part whose country is another's is read as its own.
		{"Omagh, Northern Ireland", "Omagh", `[{"name":"United Kingdom","iso":"GBR"}]`},
		// A bearing before no country is left as written.
		{"Kordi, Central Highlands", "", `[{"name":"Kordi"},{"name":"Central Highlands"}]`},
	} {
		d, err := article.Parse("t.txt", []byte("= T =\n\n- Place: "+tc.in+"\n\nSome text.\n"))
		if err != nil {
			t.Fatal(err)
		}
		r := Normalize(d, countries)
		if r.Site != tc.site || js(r.Places) != tc.places {
			t.Errorf("%q: site %q places %s, want %q %s", tc.in, r.Site, js(r.Places), tc.site, tc.places)
		}
	}
}
