package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"

	"github.com/sitrep-project/sitrep/internal/match"
	"github.com/sitrep-project/sitrep/internal/query"
)

func init() {
	c := &command{name: "match", usage: "match [--db PATH|URL] [filters] [--days N] [--min-score S] [--format table|json|csv]",
		summary: "pair the events different sources report of one incident (same days, same place, agreeing tolls)"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		src := eventSourceFlags(fs)
		days := fs.String("days", "", "days that may separate two reports of one incident: 0 to 30 (default 1; 0: the dates must overlap)")
		minScore := fs.String("min-score", "", "lowest score kept, above 0 and at most 1 (default 0.45)")
		format := fs.String("format", "table", "table, json or csv")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
		mv := url.Values{}
		setIf(mv, "days", *days)
		setIf(mv, "min_score", *minScore)
		opt, err := query.ParseMatch(mv)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		if *format != "table" && *format != "json" && *format != "csv" {
			return fmt.Errorf("%w: --format %q: want table, json or csv", errUsage, *format)
		}
		f, err := src.filter()
		if err != nil {
			return err
		}
		st, err := src.open(ctx, 128, f)
		if err != nil {
			return err
		}
		defer st.Close()

		p := newProgress(stderr, "match")
		pairs, err := query.Matches(ctx, st, f, opt, p.tick)
		p.done()
		if err != nil {
			return err
		}
		switch *format {
		case "json":
			if pairs == nil {
				pairs = []match.Pair{}
			}
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(map[string]any{"pairs": pairs})
		case "csv":
			return match.WriteCSV(stdout, pairs)
		}
		return match.WriteTable(stdout, pairs)
	}
	register(c)
}
