package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "gazetteer",
		usage:   "gazetteer import [--db PATH|URL] [--skip-bad] [--alone] FILE… | lookup [--db PATH|URL] NAME… | nearest [--db PATH|URL] LAT LON",
		summary: "import GeoNames dumps into the store, or look places up (embedded gazetteer unless --db holds an import)"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
			newFlags(c, stderr).Usage()
			if len(args) == 0 {
				return fmt.Errorf("%w: want import, lookup or nearest", errUsage)
			}
			return nil
		}
		sub, args := args[0], args[1:]
		fs := newFlags(c, stderr)
		switch sub {
		case "import":
			db := fs.String("db", store.DefaultPath, "store to import into: a DuckDB file or a postgres:// URL")
			skipBad := fs.Bool("skip-bad", false, "skip malformed dump lines, reporting each with file:line (default: stop at the first)")
			alone := fs.Bool("alone", false, "import the files alone (default: on top of the embedded gazetteer, so that a country's dump such as CF.txt adds its villages to the world's towns and replaces the rows it shares)")
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			if fs.NArg() == 0 {
				return fmt.Errorf("%w: want at least one GeoNames dump FILE", errUsage)
			}
			return gazetteerImport(ctx, *db, *skipBad, *alone, fs.Args(), stdout, stderr)
		case "lookup", "nearest":
			db := fs.String("db", "", "store holding an imported gazetteer (default: the embedded one)")
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			g, err := loadGazetteer(ctx, *db)
			if err != nil {
				return err
			}
			if sub == "lookup" {
				if fs.NArg() == 0 {
					return fmt.Errorf("%w: want a NAME", errUsage)
				}
				for _, name := range fs.Args() {
					ps := g.Lookup(name)
					if len(ps) == 0 {
						fmt.Fprintf(stdout, "%s: not found\n", name)
					}
					for i, p := range ps {
						if i == 10 {
							fmt.Fprintf(stdout, "  … %d more\n", len(ps)-10)
							break
						}
						printPlace(stdout, p, -1)
					}
				}
				return nil
			}
			if fs.NArg() != 2 {
				return fmt.Errorf("%w: want LAT LON", errUsage)
			}
			lat, err1 := strconv.ParseFloat(fs.Arg(0), 64)
			lon, err2 := strconv.ParseFloat(fs.Arg(1), 64)
			if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return fmt.Errorf("%w: LAT LON must be decimal degrees", errUsage)
			}
			p, km, ok := g.Nearest(lat, lon)
			if !ok {
				return fmt.Errorf("gazetteer is empty")
			}
			printPlace(stdout, p, km)
			return nil
		}
		return fmt.Errorf("%w: unknown gazetteer command %q (want import, lookup or nearest)", errUsage, sub)
	}
	register(c)
}

func printPlace(w io.Writer, p gazetteer.Place, km float64) {
	id := "-"
	if p.ID > 0 {
		id = strconv.Itoa(p.ID)
	}
	fmt.Fprintf(w, "%-9s %s\t%s %s\t%s\t%.4f,%.4f\tpop %d", id, p.Name, p.FeatureClass, p.FeatureCode, joinNonEmpty(p.Admin1Name, p.Country3), p.Lat, p.Lon, p.Population)
	if km >= 0 {
		fmt.Fprintf(w, "\t%.1f km", km)
	}
	fmt.Fprintln(w)
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// addEmbedded is a variable for tests to see when the embedded places are
// built.
var addEmbedded = (*gazetteer.Builder).AddEmbedded

func gazetteerImport(ctx context.Context, db string, skipBad, alone bool, files []string, stdout, stderr io.Writer) error {
	start := time.Now()
	if err := gazetteer.CheckFiles(files); err != nil {
		return err
	}
	b := gazetteer.NewBuilder()
	if !alone {
		addEmbedded(b)
	}
	begin := time.Now()
	prog := newProgress(stderr, "")
	st, err := gazetteer.Import(ctx, b, files, gazetteer.ImportOptions{
		SkipBad: skipBad,
		Warn:    func(err error) { fmt.Fprintf(stderr, "skipped: %v\n", err) },
		Progress: func(file string, rows int64, done bool) {
			if prog.on {
				end := ""
				if done {
					end = "\n"
				}
				fmt.Fprintf(stderr, "\r%s: %d rows%s", file, rows, end)
			}
		},
	})
	if err != nil {
		return err
	}
	if st.Dropped > 0 {
		fmt.Fprintf(stderr, "dropped: %d alternate names not valid UTF-8 (first at %s); their places were kept\n", st.Dropped, st.FirstDropped)
	}
	read := time.Since(begin)
	if alone {
		b.AddDemonymsFrom(gazetteer.Default())
	}
	g := b.Build("store " + db)
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := gazetteer.Save(ctx, s.DB(), g); err != nil {
		return err
	}
	on := ""
	if !alone {
		on = " (the embedded gazetteer's, the files' on top)"
	}
	fmt.Fprintf(stdout, "%d rows from %d files (%d skipped) in %s, %.0f rows/s; %d places%s saved to %s in %s\n",
		st.Rows, st.Files, st.Skipped, read.Round(time.Millisecond), float64(st.Rows)/read.Seconds(), g.Len(), on, s.Name(), time.Since(start).Round(time.Millisecond))
	return nil
}

// loadGazetteer returns the gazetteer imported into the store at db, or the
// embedded one when db is empty.
func loadGazetteer(ctx context.Context, db string) (*gazetteer.Gazetteer, error) {
	if db == "" {
		return gazetteer.Default(), nil
	}
	s, err := openExisting(ctx, db)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	g, err := gazetteer.Load(ctx, s.DB(), "store "+s.Name())
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, fmt.Errorf("store %s holds no gazetteer: run 'sitrep gazetteer import --db %s FILE…' first", s.Name(), db)
	}
	return g, nil
}
