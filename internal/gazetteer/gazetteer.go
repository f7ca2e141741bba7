// Package gazetteer is an in-memory place-name index: lookup by folded name
// and alternate names, by GeoNames id, by nearest point, and of countries
// by name, ISO code or demonym.
//
// Default returns the compact gazetteer embedded in the binary (countries,
// first-level divisions, second-level divisions, GeoNames populated places
// of 500 people or more, and a hand-written table of named regions). Import
// builds a fuller one from the GeoNames dump files, and Save and Load keep
// it in the store.
package gazetteer

import (
	"math"
	"sort"
	"strings"
)

// Place is one gazetteer entry. Entries that do not come from a GeoNames
// row (countries and divisions of the embedded gazetteer, hand-written
// regions) have a negative ID.
type Place struct {
	ID           int
	Name         string
	ASCIIName    string
	Lat, Lon     float64
	FeatureClass string // GeoNames class: A admin, P populated place, L area, H water, T terrain
	FeatureCode  string // PCLI, ADM1, ADM2, PPLC, PPL, CONT, RGN, LK...
	Country      string // ISO 3166-1 alpha-2
	Country3     string // ISO 3166-1 alpha-3
	Admin1Code   string
	Admin1Name   string
	Admin2Code   string
	Admin2Name   string
	Population   int64
}

// IsCountry reports whether p is a country or territory.
func (p Place) IsCountry() bool {
	// PCLH, a historical state, is not one now.
	return p.FeatureClass == "A" && strings.HasPrefix(p.FeatureCode, "PCL") && p.FeatureCode != "PCLH" || p.FeatureCode == "TERR"
}

// Level orders kinds of place from the largest: 0 continents and named
// regions bigger than a country, 1 countries, 2 first-level divisions,
// 3 second-level divisions, 4 other areas, water and terrain, 5 populated
// places.
func (p Place) Level() int {
	switch {
	case p.FeatureCode == "CONT" || p.FeatureCode == "OCN" || p.FeatureCode == "RGNL" || p.FeatureCode == "PCLH":
		return 0
	case p.IsCountry():
		return 1
	case p.FeatureCode == "ADM1" || p.FeatureCode == "ADMD" && p.Admin1Code == "":
		return 2
	case p.FeatureCode == "ADM2":
		return 3
	case p.FeatureClass == "P":
		return 5
	}
	return 4
}

// Gazetteer is an immutable index, safe for concurrent use.
type Gazetteer struct {
	places   []Place
	byID     map[int]int32
	names    map[string][]int32 // folded name → places, most important first
	loose    map[string]string  // Loose key → the folded name of the likeliest place under it
	country  map[string]int32   // folded name, code or demonym → country
	demonym  map[string]int32   // folded demonym → country
	dems     [][]string         // folded demonyms per place, as loaded
	admin1   map[string]int32   // "NE.09" → division
	admin2   map[string]int32   // "NE.09.123" → division
	cells    map[int32][]int32  // 1° cell → places, for Nearest
	maxWords int
	source   string
	caps     capitals
}

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Source says what the gazetteer was built from, for reports.
func (g *Gazetteer) Source() string { return g.source }

// MaxWords is the most words in any indexed name, the longest n-gram a
// caller needs to try.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Lookup returns the places a name may mean, most important first.
func (g *Gazetteer) Lookup(name string) []Place {
	return g.lookupKey(Fold(name))
}

// LookupKey is Lookup for a name already folded by Fold.
func (g *Gazetteer) LookupKey(key string) []Place { return g.lookupKey(key) }

// HasKey reports whether a folded name is indexed, without allocating.
func (g *Gazetteer) HasKey(key string) bool {
	_, ok := g.names[key]
	return ok
}

// Candidates returns the number of places under a folded key.
func (g *Gazetteer) Candidates(key string) int { return len(g.names[key]) }

func (g *Gazetteer) lookupKey(key string) []Place {
	idx := g.names[key]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Place, len(idx))
	for i, j := range idx {
		out[i] = g.places[j]
	}
	return out
}

// LooseKey returns the folded name under which the gazetteer holds a name
// transliterated from the Arabic script (or Somali) otherwise ("hudaydah"
// for "hodeidah"), or "" when none; key is folded. Only the names of places
// in those countries are so held, and only a caller whose exact lookup
// failed should ask.
func (g *Gazetteer) LooseKey(key string) string {
	if g.loose == nil {
		return ""
	}
	l := Loose(key)
	if k := g.loose[l]; k != "" {
		return k
	}
	// "Rabdhure" for Rab Dhuure: a name written as one word.
	if !strings.Contains(l, " ") {
		return g.loose["+"+l]
	}
	return ""
}

// ByID returns the place with a GeoNames id (or a negative synthetic id).
func (g *Gazetteer) ByID(id int) (Place, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Country returns the country a name, ISO 3166 alpha-2 or alpha-3 code or
// demonym stands for: "Niger", "NER", "NE" and "Nigerien" all give Niger.
func (g *Gazetteer) Country(nameOrCode string) (Place, bool) {
	i, ok := g.country[Fold(nameOrCode)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Demonym returns the country whose people or adjective a word names:
// "Nigerien", "Nigeriens", "American".
func (g *Gazetteer) Demonym(word string) (Place, bool) {
	i, ok := g.demonym[Fold(word)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// DemonymKey is Demonym for a folded word.
func (g *Gazetteer) DemonymKey(key string) (Place, bool) {
	i, ok := g.demonym[key]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Admin1 returns the first-level division with a country and code.
func (g *Gazetteer) Admin1(country, code string) (Place, bool) {
	i, ok := g.admin1[country+"."+code]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

func cellOf(lat, lon float64) int32 {
	la := int32(math.Floor(lat)) + 90
	lo := int32(math.Floor(lon)) + 180
	if la < 0 {
		la = 0
	}
	if la > 180 {
		la = 180
	}
	lo = ((lo % 360) + 360) % 360
	return la*360 + lo
}

// Nearest returns the populated place or division closest to a point and its
// distance in kilometres; false only for an empty gazetteer.
func (g *Gazetteer) Nearest(lat, lon float64) (Place, float64, bool) {
	if len(g.cells) == 0 || math.IsNaN(lat) || math.IsNaN(lon) || math.IsInf(lat, 0) || math.IsInf(lon, 0) {
		return Place{}, 0, false
	}
	best, bestKm := int32(-1), math.Inf(1)
	la0, lo0 := int(math.Floor(lat)), int(math.Floor(lon))
	coslat := math.Cos(lat * math.Pi / 180)
	// Search boxes of growing size. A box reaching r degrees of latitude
	// each way, and wide enough that its sides are r degrees of arc away
	// even at its pole-most edge, holds every place closer than
	// r·111 km; once the best found is closer than that, stop.
	for r := 1; ; r *= 2 {
		edge := math.Min(math.Abs(lat)+float64(r), 89.9)
		w := int(math.Ceil(float64(r)/math.Cos(edge*math.Pi/180))) + 1
		if w > 180 {
			w = 180
		}
		for la := max(la0-r, -90); la <= min(la0+r, 90); la++ {
			for dlo := -w; dlo <= w; dlo++ {
				if w == 180 && dlo == w {
					break // -180 and 180 are the same column
				}
				for _, i := range g.cells[cellOf(float64(la), float64(lo0+dlo))] {
					p := &g.places[i]
					// A flat-earth distance, never more than 1% short at
					// these ranges, spares most haversines.
					dy := (p.Lat - lat) * 111.2
					dx := math.Remainder(p.Lon-lon, 360) * 111.2 * coslat
					if approx := math.Sqrt(dx*dx + dy*dy); approx > bestKm*1.02+1 {
						continue
					}
					if d := Distance(lat, lon, p.Lat, p.Lon); d < bestKm {
						best, bestKm = i, d
					}
				}
			}
		}
		if best >= 0 && (float64(r)*111 >= bestKm || r >= 180 && w == 180) {
			break
		}
		if r >= 256 {
			break
		}
	}
	if best < 0 {
		return Place{}, 0, false
	}
	return g.places[best], bestKm, true
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp := p2 - p1
	dl := (lon2 - lon1) * math.Pi / 180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(math.Min(1, a)))
}

// Prior is a place's importance before any context: larger kinds of place
// first, then population. Lookup orders candidates by it.
func Prior(p Place) float64 {
	base := [...]float64{11, 10, 4.5, 1.5, 3, 0}[p.Level()]
	if p.FeatureCode == "PPLC" {
		base += 2
	} else if p.FeatureCode == "PPLA" {
		base += 1
	}
	return base + math.Log10(float64(p.Population)+1)
}

// sortByPrior orders indices by Prior, ties by id for a stable result.
func sortByPrior(places []Place, prior []float64, idx []int32) {
	if len(idx) < 2 {
		return
	}
	sort.Slice(idx, func(a, b int) bool {
		pa, pb := prior[idx[a]], prior[idx[b]]
		if pa != pb {
			return pa > pb
		}
		return places[idx[a]].ID < places[idx[b]].ID
	})
}
