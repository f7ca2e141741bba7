package geoparse

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
)

// TimeMLText returns the text of a TimeML document (TimeBank, AQUAINT):
// the character data inside its <TEXT> element, tags removed and entities
// decoded. Gold offsets into TimeML news count code points of this text.
func TimeMLText(r io.Reader, file string) (string, error) {
	d := xml.NewDecoder(r)
	var b strings.Builder
	depth := 0 // >0 inside <TEXT>
	seen := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%s: %w", file, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth > 0 {
				depth++
			} else if t.Name.Local == "TEXT" {
				depth, seen = 1, true
			}
		case xml.EndElement:
			if depth > 0 {
				depth--
			}
		case xml.CharData:
			if depth > 0 {
				b.Write(t)
			}
		}
	}
	if !seen {
		return "", fmt.Errorf("%s: no <TEXT> element", file)
	}
	return b.String(), nil
}

// ReadTimeMLGold reads hand-annotated toponyms of TimeML news, one a line:
// file, start, end (code points of TimeMLText), name, geonameid (empty
// when the place has no GeoNames row here), latitude, longitude and a
// note, tab-separated; '#' starts a comment line. The texts are read from
// dir, and every gold span is checked against its text, so that offsets
// that drifted from the text fail loudly rather than score wrong.
func ReadTimeMLGold(gold io.Reader, goldFile, dir string) ([]Article, error) {
	byFile := map[string][]Gold{}
	sc := bufio.NewScanner(gold)
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 7 {
			return nil, fmt.Errorf("%s:%d: %d fields, want at least 7", goldFile, ln, len(f))
		}
		var g Gold
		var err error
		num := func(name, s string, parse func(string) error) {
			if err == nil {
				if e := parse(s); e != nil {
					err = fmt.Errorf("%s:%d: field %s: %w", goldFile, ln, name, e)
				}
			}
		}
		num("start", f[1], func(s string) (e error) { g.Start, e = strconv.Atoi(s); return })
		num("end", f[2], func(s string) (e error) { g.End, e = strconv.Atoi(s); return })
		num("lat", f[5], func(s string) (e error) { g.Lat, e = strconv.ParseFloat(s, 64); return })
		num("lon", f[6], func(s string) (e error) { g.Lon, e = strconv.ParseFloat(s, 64); return })
		if err != nil {
			return nil, err
		}
		if g.Start < 0 || g.End <= g.Start || g.Lat < -90 || g.Lat > 90 || g.Lon < -180 || g.Lon > 180 {
			return nil, fmt.Errorf("%s:%d: bad span %d–%d or point %g,%g", goldFile, ln, g.Start, g.End, g.Lat, g.Lon)
		}
		if strings.ContainsAny(f[0], `/\`) || f[0] == "" {
			return nil, fmt.Errorf("%s:%d: field file: %q is no plain file name", goldFile, ln, f[0])
		}
		g.Name = f[3]
		byFile[f[0]] = append(byFile[f[0]], g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", goldFile, err)
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	out := make([]Article, 0, len(files))
	for i, name := range files {
		text, err := readTimeMLFile(dir, name)
		if err != nil {
			return nil, err
		}
		runes := []rune(text)
		gs := byFile[name]
		sort.Slice(gs, func(a, b int) bool { return gs[a].Start < gs[b].Start })
		for _, g := range gs {
			if g.End > len(runes) || string(runes[g.Start:g.End]) != g.Name {
				return nil, fmt.Errorf("%s: %s: %q not at %d–%d", goldFile, name, g.Name, g.Start, g.End)
			}
		}
		out = append(out, Article{Index: i, Source: name, Text: text, Gold: gs})
	}
	return out, nil
}

// readTimeMLFile finds a TimeML file by name in dir or its
// subfolders (TimeBank and AQUAINT sit side by side).
func readTimeMLFile(dir, name string) (string, error) {
	for _, sub := range []string{"", "TimeBank", "AQUAINT"} {
		path := filepath.Join(dir, sub, name)
		f, err := os.Open(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		defer f.Close()
		return TimeMLText(f, path)
	}
	return "", fmt.Errorf("%s: not found in %s, %s/TimeBank or %s/AQUAINT", name, dir, dir, dir)
}

// TimeMLSelection picks n TimeML documents of dir (and its TimeBank and
// AQUAINT folders) for annotation without reading them: in the order of
// an FNV-1a hash of the file name, those whose text names a country or a
// US state at least twice (so that most picks hold places). It is how the
// gold set in testdata/tbaq-gold.tsv was chosen.
func TimeMLSelection(g *gazetteer.Gazetteer, dir string, n int) ([]string, error) {
	var files []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		m, err := filepath.Glob(filepath.Join(dir, sub, "*.tml"))
		if err != nil {
			return nil, err
		}
		for _, p := range m {
			files = append(files, filepath.Base(p))
		}
	}
	hash := func(s string) uint32 {
		h := fnv.New32a()
		h.Write([]byte(s))
		return h.Sum32()
	}
	sort.Slice(files, func(i, j int) bool { return hash(files[i]) < hash(files[j]) })
	var out []string
	for _, f := range files {
		if len(out) == n {
			break
		}
		text, err := readTimeMLFile(dir, f)
		if err != nil {
			return nil, err
		}
		hits := 0
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
			w = strings.TrimSuffix(w, ".")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				continue
			}
			for _, p := range g.Lookup(w) {
				if p.Name == w && (p.IsCountry() || p.Level() == 2 && p.Country == "US") {
					hits++
					break
				}
			}
		}
		if hits >= 2 {
			out = append(out, f)
		}
	}
	return out, nil
}
