package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "versions", usage: "versions [--db PATH|URL] [--json] [article|acled|ucdp|gdelt]",
		summary: "list the ingested versions of every dataset: release, file hash, rows, time, current"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL")
		asJSON := fs.Bool("json", false, "print the versions as a JSON array")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 1 {
			return fmt.Errorf("%w: want at most one SOURCE", errUsage)
		}
		// A mistyped source would list nothing and look like an empty store.
		switch fs.Arg(0) {
		case "", "article", "acled", "ucdp", "gdelt":
		default:
			return fmt.Errorf("%w: SOURCE %q: want article, acled, ucdp or gdelt", errUsage, fs.Arg(0))
		}
		st, err := openExisting(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		vs, err := st.Versions(ctx, fs.Arg(0))
		if err != nil {
			return err
		}
		if *asJSON {
			if vs == nil {
				vs = []store.Version{}
			}
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(vs)
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "VERSION\tSOURCE\tDATASET\tRELEASE\tROWS\tINGESTED\tSHA-256\tCURRENT")
		for _, v := range vs {
			cur := ""
			if v.Current {
				cur = "*"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%.12s\t%s\n", v.ID, v.Source, v.Dataset, v.Release, v.Rows,
				v.IngestedAt.Format(time.DateTime), v.FileHash, cur)
		}
		return tw.Flush()
	}
	register(c)
}
