package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sitrep-project/sitrep/internal/export"
	"github.com/sitrep-project/sitrep/internal/query"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "export", usage: "export [--db PATH|URL] --format csv|json|geojson|parquet [--out FILE] [--as-of VERSION] [filters]",
		summary: "write stored events as CSV, JSON, GeoJSON or Parquet, streaming"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		src := eventSourceFlags(fs) // the filters include --as-of and --version
		format := fs.String("format", "csv", "csv, json, geojson or parquet")
		out := fs.String("out", "", "output file (default: standard output)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
		ef, err := export.ParseFormat(*format)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		f, err := src.filter()
		if err != nil {
			return err
		}
		autoMB := int64(128)
		if ef == export.Parquet {
			autoMB = 256
		}
		st, err := src.open(ctx, autoMB, f)
		if err != nil {
			return err
		}
		defer st.Close()
		var n int64
		switch {
		case *out == "":
			n, err = export.Write(ctx, st, f, ef, stdout)
		case ef == export.Parquet:
			n, err = toPath(*out, func(path string) (int64, error) { return export.WriteParquet(ctx, st, f, path) })
		default:
			n, err = toFile(ctx, st, f, ef, *out)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "exported %d events\n", n)
		return nil
	}
	register(c)
}

// toPath writes an export whose writer opens the path itself: beside the
// target and renamed, so that a failed export leaves no half file under
// the name asked for (a Parquet COPY straight to --out had left 18 MB of
// an interrupted 200,000-event export, and DuckDB's own tmp_ file). A
// target that exists and is not a regular file (a device, a pipe) is
// written to directly: renaming over it would replace it (as root, --out
// /dev/full left a 98 MB file in its place); a directory is refused
// before any work.
func toPath(path string, write func(path string) (int64, error)) (int64, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return 0, fmt.Errorf("--out %s: is a directory", path)
	} else if err == nil && !fi.Mode().IsRegular() {
		return write(path)
	}
	tmp := path + ".part"
	os.Remove(tmp) // a crash's: DuckDB would write beside it
	n, err := write(tmp)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return n, err
	}
	return n, nil
}

// toFile writes the export to path through toPath: beside the target and
// renamed, so that a failed export leaves no half file under the name
// asked for, and into a device or a pipe directly.
func toFile(ctx context.Context, st *store.Store, f query.Filter, ef export.Format, path string) (int64, error) {
	return toPath(path, func(p string) (int64, error) {
		file, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		if err != nil {
			return 0, err
		}
		n, err := export.Write(ctx, st, f, ef, file)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		return n, err
	})
}
