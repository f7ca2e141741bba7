package gazetteer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep-project/sitrep/internal/geonames"
)

// ImportOptions control Import.
type ImportOptions struct {
	// SkipBad skips malformed lines, reporting each to Warn; without it
	// the first one stops the import.
	SkipBad bool
	// Warn receives every skipped line's error (file:line: field: why).
	Warn func(err error)
	// Progress, if set, is called every few thousand rows and at the end
	// of each file with the rows read so far from it.
	Progress func(file string, rows int64, done bool)
}

// ImportStats counts what Import read.
type ImportStats struct {
	Files   int
	Rows    int64
	Skipped int64
	ByKind  map[geonames.Kind]int64
	// Dropped counts alternate names left out of the places they name for
	// not being UTF-8 (the places were kept); FirstDropped is the first
	// one's file:line.
	Dropped      int64
	FirstDropped string
}

// Import streams GeoNames dump files into a builder. The kind of each file
// is told from its name (allCountries.txt, NE.txt, cities500.txt,
// admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt,
// alternateNamesV2.txt, also .zip or .gz); files may come in any order.
func Import(ctx context.Context, b *Builder, paths []string, opt ImportOptions) (ImportStats, error) {
	st := ImportStats{ByKind: map[geonames.Kind]int64{}}
	for _, path := range paths {
		rc, inner, err := geonames.Open(path)
		if err != nil {
			return st, err
		}
		kind := geonames.DetectKind(inner)
		if kind == geonames.KindUnknown {
			rc.Close()
			return st, errUnknownKind(path)
		}
		n, skipped, err := importFile(ctx, b, rc, kind, path, opt, &st)
		rc.Close()
		st.Files++
		st.Rows += n
		st.Skipped += skipped
		st.ByKind[kind] += n
		if err != nil {
			return st, err
		}
		if n == 0 {
			// An empty or cut download: imported, it replaced the
			// store's gazetteer with the embedded places alone.
			return st, fmt.Errorf("%s: no rows (%d skipped): an empty or cut download? Nothing was imported", path, skipped)
		}
	}
	return st, nil
}

func errUnknownKind(path string) error {
	return fmt.Errorf("%s: not a GeoNames dump file name (allCountries.txt, CC.txt, citiesN.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.txt)", path)
}

// CheckFiles opens each dump as Import will and checks that its name
// tells its kind, so that a missing, unreadable or misnamed file fails
// before the caller builds anything (the embedded gazetteer takes 1-2 s
// and 350 MB). A file that is not regular, such as a pipe, can be read
// once only: it is checked by its name alone.
func CheckFiles(paths []string) error {
	for _, path := range paths {
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		if !fi.Mode().IsRegular() && !fi.IsDir() {
			if geonames.DetectKind(path) == geonames.KindUnknown && !strings.HasSuffix(strings.ToLower(path), ".zip") {
				return errUnknownKind(path)
			}
			continue
		}
		rc, inner, err := geonames.Open(path)
		if err != nil {
			return err
		}
		rc.Close()
		if geonames.DetectKind(inner) == geonames.KindUnknown {
			return errUnknownKind(path)
		}
	}
	return nil
}

func importFile(ctx context.Context, b *Builder, r io.Reader, kind geonames.Kind, path string, opt ImportOptions, st *ImportStats) (rows, skipped int64, err error) {
	rd := geonames.NewReader(r, kind, path)
	for {
		if !rd.Next() {
			err := rd.Err()
			if err == nil {
				break
			}
			var le *geonames.LineError
			if opt.SkipBad && errors.As(err, &le) {
				skipped++
				if opt.Warn != nil {
					opt.Warn(err)
				}
				continue
			}
			if errors.As(err, &le) {
				return rows, skipped, fmt.Errorf("%w (use --skip-bad to skip malformed lines)", err)
			}
			return rows, skipped, err
		}
		switch kind {
		case geonames.KindGeoname:
			if d := rd.Dropped(); d > 0 {
				if st.Dropped == 0 {
					st.FirstDropped = fmt.Sprintf("%s:%d", path, rd.Line())
				}
				st.Dropped += int64(d)
			}
			b.AddGeoname(rd.Geoname())
		case geonames.KindAdmin1:
			b.AddAdmin(1, rd.Admin())
		case geonames.KindAdmin2:
			b.AddAdmin(2, rd.Admin())
		case geonames.KindCountry:
			b.AddCountryInfo(rd.Country())
		case geonames.KindAltName:
			b.AddAltName(rd.AltName())
		}
		rows++
		if rows%65536 == 0 {
			if err := ctx.Err(); err != nil {
				return rows, skipped, err
			}
			if opt.Progress != nil {
				opt.Progress(path, rows, false)
			}
		}
	}
	if opt.Progress != nil {
		opt.Progress(path, rows, true)
	}
	return rows, skipped, nil
}

// AddDemonymsFrom gives the builder's countries the demonyms another
// gazetteer knows (GeoNames dumps have none): Import callers pass Default().
func (b *Builder) AddDemonymsFrom(g *Gazetteer) {
	for i, p := range g.places {
		if p.IsCountry() {
			for _, d := range g.dems[i] {
				b.pendingDemonyms = append(b.pendingDemonyms, [2]string{p.Country, d})
			}
		}
	}
}
