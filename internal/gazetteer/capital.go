package gazetteer

import "sync"

// capitals maps a country's alpha-2 code to its capital (PPLC), built on
// first use: few texts ask for it.
type capitals struct {
	once sync.Once
	of   map[string]int32
}

// Capital returns the capital of a country given by name, code or
// demonym ("Nepal", "NP", "NPL", "Nepalese"): what "the capital" means in
// a text about that country.
func (g *Gazetteer) Capital(country string) (Place, bool) {
	c, ok := g.Country(country)
	if !ok {
		return Place{}, false
	}
	g.caps.once.Do(func() {
		g.caps.of = map[string]int32{}
		for i, p := range g.places {
			if p.FeatureCode != "PPLC" {
				continue
			}
			// The most populous, where a country lists more than one
			// seat (Bolivia's La Paz and Sucre, South Africa's three).
			if j, ok := g.caps.of[p.Country]; !ok || p.Population > g.places[j].Population {
				g.caps.of[p.Country] = int32(i)
			}
		}
	})
	i, ok := g.caps.of[c.Country]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}
