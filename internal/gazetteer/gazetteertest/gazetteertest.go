// Package gazetteertest spells fuzz input out of a gazetteer's own names.
// Random bytes almost never spell two place names in a row, a name before
// "county" or a village after "near"; the rules that weigh such mentions
// against each other are where the parsers have crashed, so fuzz targets
// of the geoparser and the readers above it draw on these names too.
package gazetteertest

import (
	"bufio"
	"io"
	"slices"
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// Names returns the names worth combining: every name two or more places
// share, and every country and division (their names are what the rules
// key on). The list is sorted, so a fuzz input spells the same text in
// every run.
func Names(g *gazetteer.Gazetteer) ([]string, error) {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(g.Write(pw)) }()
	seen := map[string]bool{}
	sc := bufio.NewScanner(pr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	sc.Scan() // header
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 13 {
			continue
		}
		name, code := f[1], f[6]
		if g.Candidates(gazetteer.Fold(name)) > 1 || strings.HasPrefix(code, "ADM") || strings.HasPrefix(code, "PCL") {
			seen[name] = true
		}
		for _, div := range []string{f[10], f[12]} {
			if div != "" {
				seen[div] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		pr.CloseWithError(err) // unblocks the writer
		return nil, err
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	slices.Sort(names)
	return names, nil
}

// Connectors are the words around place names in news copy that the
// geoparser's rules look at: division words, cues, datelines, sides.
var Connectors = []string{
	" ", ", ", ". ", "\n\n", " and ", " in ", " of ", " near ", " from ", " to ",
	" county", " County", " province", " Province", " state", " State", " district",
	" District", " region", " city", " City", " Township", " Twp.", " village",
	"the village of ", "the town of ", "outside ", "north of ", "southern ",
	"North ", "South ", "East ", "West ", "St. ", "Lake ", "Mount ", " River",
	"(", ")", "'s", "’s", "\"", " — ", "-", "anti-", "pro-", "al-",
	" (AP) — ", " (Reuters) - ", ", Nigeria — ", "told Xinhua", " said.", " Sheriff's Office",
	"Gunmen attacked ", " killed 12 people", " on Monday", ", PA", " (R-", " Post",
	"Mr. ", " University", " Airport", " Street", " FC", " Party", " Army",
}

// Text spells data as text: a byte below 0x80 picks a connector, and a byte
// from 0x80 up picks a name with the two bytes after it: 23 bits spread
// over the whole list, however long.
func Text(names, connectors []string, data []byte) string {
	var b strings.Builder
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 || i+2 >= len(data) || len(names) == 0 {
			if len(connectors) > 0 {
				b.WriteString(connectors[int(c)%len(connectors)])
			}
			continue
		}
		v := int(c&0x7f)<<16 | int(data[i+1])<<8 | int(data[i+2])
		i += 2
		b.WriteString(names[v*len(names)>>23])
	}
	return b.String()
}
