package geoparse

import (
	"strings"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// datelineCounty reads, at token i, a county named in parentheses right
// after a state's abbreviation that ends at byte end, as some papers write
// their datelines ("TRENTON, NJ (MERCER) -", "Tacoma, WA (Pierce County)"):
// the words name the county with or without its word. Only a county of
// that state is read, so a wire service's or a station's letters ("(AP)",
// "(WFIE)") name none.
func (p *Parser) datelineCounty(text string, toks []token, i, end int, st gazetteer.Place) (mention, bool) {
	if i >= len(toks) || toks[i].start != end+2 || text[end:toks[i].start] != " (" {
		return mention{}, false
	}
	for j := i; j < len(toks) && j < i+3; j++ {
		if !toks[j].cap || j > i && text[toks[j-1].end:toks[j].start] != " " {
			return mention{}, false
		}
		if toks[j].end >= len(text) || text[toks[j].end] != ')' {
			continue
		}
		key := gazetteer.Fold(text[toks[i].start:toks[j].end])
		if !strings.HasSuffix(key, " county") {
			key += " county"
		}
		for _, c := range p.g.LookupKey(key) {
			if c.Level() == 3 && c.Country == st.Country && c.Admin1Code == st.Admin1Code && gazetteer.Fold(c.Name) == key {
				return mention{first: i, last: j, start: toks[i].start, end: toks[j].end, key: key,
					cands: []gazetteer.Place{c}, parent: -1, strong: true, wantAdmin: true}, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}
