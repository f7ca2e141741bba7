package gazetteer

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// The compact format is one place a line, tab-separated, in tsvColumns
// order; names and demonyms are folded keys joined by '|'. It is what the
// embedded default ships as (gzipped) and what Write and Read exchange.
const tsvHeader = "#sitrep-gazetteer v1"

var tsvColumns = []string{
	"id", "name", "asciiname", "lat", "lon", "feature_class", "feature_code",
	"country", "country3", "admin1_code", "admin1_name", "admin2_code", "admin2_name",
	"population", "names", "demonyms",
}

// Write writes the gazetteer in the compact format.
func (g *Gazetteer) Write(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "%s\t%s\n", tsvHeader, strings.Join(tsvColumns, "\t"))
	keys, dems := g.keysOf(), g.dems
	for i, p := range g.places {
		ascii := p.ASCIIName
		if ascii == p.Name {
			ascii = ""
		}
		// The name and ASCII name are indexed anyway: keep the others only.
		var extra []string
		fn, fa := Fold(p.Name), Fold(p.ASCIIName)
		for _, k := range keys[i] {
			if k != fn && k != fa {
				extra = append(extra, k)
			}
		}
		// Division names are restored from the division's own row on read.
		a1, a2 := p.Admin1Name, p.Admin2Name
		if _, ok := g.admin1[p.Country+"."+p.Admin1Code]; ok {
			a1 = ""
		}
		if _, ok := g.admin2[p.Country+"."+p.Admin1Code+"."+p.Admin2Code]; ok && p.FeatureCode != "ADM2" {
			a2 = ""
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n",
			p.ID, clean(p.Name), clean(ascii),
			coord(p.Lat), coord(p.Lon),
			p.FeatureClass, p.FeatureCode, p.Country, p.Country3,
			clean(p.Admin1Code), clean(a1), clean(p.Admin2Code), clean(a2),
			p.Population, strings.Join(extra, "|"), strings.Join(dems[i], "|"))
	}
	return bw.Flush()
}

// coord keeps five decimals, about a metre.
func coord(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e5)/1e5, 'f', -1, 64)
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// Read reads a gazetteer in the compact format; gzipped input is detected.
// file names the input in errors.
func Read(r io.Reader, file string) (*Gazetteer, error) {
	places, keys, dems, err := readRows(r, file)
	if err != nil {
		return nil, err
	}
	return newGazetteer(places, keys, dems, file), nil
}

func readRows(r io.Reader, file string) ([]Place, [][]string, [][]string, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", file, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var places []Place
	var keys, dems [][]string
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if line == 1 {
			if !strings.HasPrefix(t, tsvHeader) {
				return nil, nil, nil, fmt.Errorf("%s:1: not a sitrep gazetteer (want %q)", file, tsvHeader)
			}
			continue
		}
		if t == "" {
			continue
		}
		p, k, d, err := parseRow(t)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d: %w", file, line, err)
		}
		places = append(places, p)
		keys = append(keys, k)
		dems = append(dems, d)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, fmt.Errorf("%s:%d: %w", file, line, err)
	}
	return places, keys, dems, nil
}

func parseRow(t string) (Place, []string, []string, error) {
	f := strings.Split(t, "\t")
	if len(f) != len(tsvColumns) {
		return Place{}, nil, nil, fmt.Errorf("%d fields, want %d", len(f), len(tsvColumns))
	}
	var p Place
	var err error
	if p.ID, err = strconv.Atoi(f[0]); err != nil {
		return p, nil, nil, fmt.Errorf("field id: %q", f[0])
	}
	p.Name, p.ASCIIName = f[1], f[2]
	if p.ASCIIName == "" {
		p.ASCIIName = p.Name
	}
	if p.Lat, err = strconv.ParseFloat(f[3], 64); err != nil || !(p.Lat >= -90 && p.Lat <= 90) { // NaN too
		return p, nil, nil, fmt.Errorf("field lat: %q", f[3])
	}
	if p.Lon, err = strconv.ParseFloat(f[4], 64); err != nil || !(p.Lon >= -180 && p.Lon <= 180) {
		return p, nil, nil, fmt.Errorf("field lon: %q", f[4])
	}
	p.FeatureClass, p.FeatureCode, p.Country, p.Country3 = f[5], f[6], f[7], f[8]
	p.Admin1Code, p.Admin1Name, p.Admin2Code, p.Admin2Name = f[9], f[10], f[11], f[12]
	if p.Population, err = strconv.ParseInt(f[13], 10, 64); err != nil {
		return p, nil, nil, fmt.Errorf("field population: %q", f[13])
	}
	return p, splitBar(f[14]), splitBar(f[15]), nil
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}
