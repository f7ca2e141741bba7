package conflict

import (
	"testing"

	"github.com/sitrep-project/sitrep/internal/article"
)

// namedTable is an isoTable that also knows each country's own name, so
// that an alias ("America", "Congo") can be told from the name itself.
type namedTable map[string][2]string

func (t namedTable) ISO3(name string) (string, bool) { v, ok := t[name]; return v[0], ok }

func (t namedTable) CountryName(name string) (string, bool) { v, ok := t[name]; return v[1], ok }

// TestReview22CompassRegion: a bearing before a region or continent, or
// before a word the country list holds only as an alias, is no country's
// part (ninth review of session 18); a bearing before a country's own name
// still is. The lines are ours.
func TestReview22CompassRegion(t *testing.T) {
	countries := namedTable{"America": {"USA", "United States"}, "Congo": {"COG", "Republic of the Congo"},
		"Mali": {"MLI", "Mali"}, "Sri Lanka": {"LKA", "Sri Lanka"}, "Ireland": {"IRL", "Ireland"},
		"United Kingdom": {"GBR", "United Kingdom"}}
	for _, tc := range []struct{ in, site, places string }{
		{"Cali, South America", "", `[{"name":"Cali"},{"name":"South America"}]`},
		{"Managua, Central America", "", `[{"name":"Managua"},{"name":"Central America"}]`},
		{"Uvira, Eastern Congo", "", `[{"name":"Uvira"},{"name":"Eastern Congo"}]`},
		// A bearing before a country's own name is still that country.
		{"Kordi, Southern Mali", "Kordi", `[{"name":"Mali","iso":"MLI"}]`},
		{"Jaffna, Northern Sri Lanka", "Jaffna", `[{"name":"Sri Lanka","iso":"LKA"}]`},
		{"Omagh, Northern Ireland", "Omagh", `[{"name":"United Kingdom","iso":"GBR"}]`},
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
