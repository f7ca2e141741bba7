package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sitrep-project/sitrep/internal/event"
	"github.com/sitrep-project/sitrep/internal/gazetteer"
	"github.com/sitrep-project/sitrep/internal/geoparse"
)

func init() {
	c := &command{name: "eval-geo",
		usage:   "eval-geo [--db PATH|URL | --gazetteer FILE.tsv.gz] [--half 0|1] [--errors FILE] [FILE.xml | --tbaq DIR [--tbaq-gold FILE]]",
		summary: "score the geoparser on GeoVirus-format gold (default: ../shared/data/geovirus/GeoVirus.xml) or on the TimeBank/AQUAINT toponym gold"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", "", "store holding an imported gazetteer (default: the embedded one)")
		gzFile := fs.String("gazetteer", "", "score with this gazetteer file in the compact format (as internal/gazetteer/gen writes it) instead of the embedded one")
		half := fs.Int("half", -1, "score only the articles of this half (0 or 1, split by a hash of the source URL, or of the file name with --tbaq)")
		errs := fs.String("errors", "", "write every miss, wrong resolution, span difference and extra to this file")
		tbaq := fs.String("tbaq", "", "score on the hand-annotated TimeBank/AQUAINT stories instead: the folder holding TimeBank/ and AQUAINT/ (../shared/data/timebank)")
		tbaqGold := fs.String("tbaq-gold", "internal/geoparse/testdata/tbaq-gold.tsv", "the gold file for --tbaq")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if *half < -1 || *half > 1 {
			return fmt.Errorf("%w: --half must be 0 or 1", errUsage)
		}
		path := "../shared/data/geovirus/GeoVirus.xml"
		if fs.NArg() > 1 || fs.NArg() == 1 && *tbaq != "" {
			return fmt.Errorf("%w: want at most one FILE.xml, or --tbaq DIR alone", errUsage)
		}
		if fs.NArg() == 1 {
			path = fs.Arg(0)
		}
		var arts []geoparse.Article
		var err error
		if *tbaq != "" {
			path = *tbaqGold
			arts, err = readTBAQ(*tbaqGold, *tbaq)
		} else {
			arts, err = readGeoVirus(path)
		}
		if err != nil {
			return err
		}
		var halves [2][]geoparse.Article
		for _, a := range arts {
			halves[a.Half()] = append(halves[a.Half()], a)
		}
		if *half >= 0 {
			arts = halves[*half]
		}
		t0 := time.Now()
		if *db != "" && *gzFile != "" {
			return fmt.Errorf("%w: --db and --gazetteer exclude each other", errUsage)
		}
		g, err := loadGazetteer(ctx, *db)
		if *gzFile != "" {
			g, err = readGazetteerFile(*gzFile)
		}
		if err != nil {
			return err
		}
		load := time.Since(t0)
		p := geoparse.New(g)
		t1 := time.Now()
		s := geoparse.Evaluate(p, arts)
		el := time.Since(t1)
		fmt.Fprintf(stdout, "gazetteer: %s, %d places (loaded in %s)\n", g.Source(), g.Len(), load.Round(time.Millisecond))
		fmt.Fprintf(stdout, "corpus: %s, %d articles, %d gold toponyms, %d bytes\n", path, s.Articles, s.Gold, s.Bytes)
		fmt.Fprintf(stdout, "recognition: recall %.1f%%  precision %.1f%%  F1 %.1f%% (exact spans; %d of %d gold overlapped)\n",
			100*s.Recall, 100*s.Precision, 100*s.F1, s.Overlap, s.Gold)
		fmt.Fprintf(stdout, "resolution (found toponyms): accuracy@161km %.1f%%  mean %.0f km  median %.1f km  AUC %.3f\n",
			100*s.Acc161, s.MeanKm, s.MedianKm, s.AUC)
		for _, pr := range []event.GeoPrecision{event.GeoPoint, event.GeoNear, event.GeoAdmin2, event.GeoAdmin1, event.GeoRegion, event.GeoCountry, event.GeoWorld} {
			if tl := s.ByPrecision[pr]; tl != nil {
				fmt.Fprintf(stdout, "  %-8s %5d found, %5.1f%% within 161 km\n", pr, tl.Found, 100*float64(tl.Within161)/float64(tl.Found))
			}
		}
		if *half < 0 {
			for h, ha := range halves {
				hs := geoparse.Evaluate(p, ha)
				fmt.Fprintf(stdout, "half %d (%d articles, %d gold): recall %.1f%%  precision %.1f%%  accuracy@161km %.1f%%  mean %.0f km  median %.1f km\n",
					h, hs.Articles, hs.Gold, 100*hs.Recall, 100*hs.Precision, 100*hs.Acc161, hs.MeanKm, hs.MedianKm)
			}
		}
		if *errs != "" {
			ef, err := os.Create(*errs)
			if err != nil {
				return err
			}
			if err := geoparse.WriteErrors(ef, p, arts); err != nil {
				ef.Close()
				return fmt.Errorf("%s: %w", *errs, err)
			}
			if err := ef.Close(); err != nil {
				return err
			}
		}
		fmt.Fprintf(stdout, "speed: %.2f MB/s (parse + scoring, one core)\n", float64(s.Bytes)/el.Seconds()/1e6)
		return nil
	}
	register(c)
}

func readGeoVirus(path string) ([]geoparse.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return geoparse.ReadGeoVirus(f, path)
}

func readTBAQ(gold, dir string) ([]geoparse.Article, error) {
	f, err := os.Open(gold)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return geoparse.ReadTimeMLGold(f, gold, dir)
}

// readGazetteerFile reads a generated gazetteer file with the hand-written
// regions added, as the embedded default is read.
func readGazetteerFile(path string) (*gazetteer.Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return gazetteer.ReadWithRegions(f, path)
}
