package main

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep-project/sitrep/internal/datagen"
)

func init() {
	c := &command{name: "bench-gen", usage: "bench-gen --source acled|ucdp|gdelt [--rows N] [--seed S] [--out FILE]",
		summary: "write a large synthetic ACLED, UCDP GED or GDELT file in the published layout, for benchmarks"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		var o datagen.Options
		fs.StringVar(&o.Source, "source", "", "acled, ucdp or gdelt")
		fs.IntVar(&o.Rows, "rows", 100000, "number of events")
		fs.Uint64Var(&o.Seed, "seed", 1, "random seed: the same seed gives the same file")
		from := fs.String("from", "2018-01-01", "first event day")
		to := fs.String("to", "2024-12-31", "last event day")
		fs.BoolVar(&o.TextDates, "text-dates", false, `ACLED: write dates as "04 October 2017"`)
		fs.BoolVar(&o.TextInter, "text-inter", false, "ACLED: write inter codes as labels, as exports since 2024 do")
		out := fs.String("out", "-", "output file; a .zip holds the file inside, as GDELT publishes")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 || o.Source == "" {
			return fmt.Errorf("%w: want --source and no arguments", errUsage)
		}
		var err error
		if o.From, err = time.Parse(time.DateOnly, *from); err != nil {
			return fmt.Errorf("%w: --from: %v", errUsage, err)
		}
		if o.To, err = time.Parse(time.DateOnly, *to); err != nil {
			return fmt.Errorf("%w: --to: %v", errUsage, err)
		}
		if *out == "-" {
			bw := bufio.NewWriter(stdout)
			if err := datagen.Write(bw, o); err != nil {
				return err
			}
			return bw.Flush()
		}
		return writeGenerated(*out, o)
	}
	register(c)
}

func writeGenerated(path string, o datagen.Options) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	if !strings.EqualFold(filepath.Ext(path), ".zip") {
		bw := bufio.NewWriterSize(f, 1<<20)
		if err := datagen.Write(bw, o); err != nil {
			return err
		}
		return bw.Flush()
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	if err != nil {
		return err
	}
	if err := datagen.Write(w, o); err != nil {
		return err
	}
	return zw.Close()
}
