package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

func init() {
	register(&command{
		name:    "eval-timex",
		usage:   "eval-timex [--errors FILE] [DIR]",
		summary: "score the date engine on annotated TimeML (default ../shared/data/timebank)",
		run:     runEvalTimex,
	})
}

func runEvalTimex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := commands["eval-timex"]
	fs := newFlags(c, stderr)
	errs := fs.String("errors", "", "write every mismatch (span or value) to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir := "../shared/data/timebank"
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	} else if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one DIR", errUsage)
	}
	counts, res, err := timeml.Evaluate(ctx, dir, timexTagger(timex.News))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\n%s", dir, counts)
	if *errs == "" {
		return nil
	}
	f, err := os.Create(*errs)
	if err != nil {
		return err
	}
	for _, r := range res {
		for _, p := range r.Pairs {
			switch {
			case !p.HasSys:
				fmt.Fprintf(f, "MISS\t%s\t%q\t%s\t%s\n", r.Name, p.Gold.Text, p.Gold.Type, p.Gold.Value)
			case !p.HasGold:
				fmt.Fprintf(f, "FALSE\t%s\t%q\t%s\t%s\n", r.Name, p.Sys.Text, p.Sys.Type, p.Sys.Value)
			case p.Gold.Start != p.Sys.Start || p.Gold.End != p.Sys.End:
				fmt.Fprintf(f, "SPAN\t%s\t%q\t%q\t%s\t%s\n", r.Name, p.Gold.Text, p.Sys.Text, p.Gold.Value, p.Sys.Value)
			case p.Gold.Value != p.Sys.Value:
				fmt.Fprintf(f, "VALUE\t%s\t%q\t%s\t%s\n", r.Name, p.Gold.Text, p.Gold.Value, p.Sys.Value)
			}
		}
	}
	return f.Close()
}
