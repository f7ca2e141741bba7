package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/sitrep-project/sitrep/internal/narrative"
	"github.com/sitrep-project/sitrep/internal/readeval"
	"github.com/sitrep-project/sitrep/internal/timeml"
)

func init() {
	register(&command{
		name:    "eval-read",
		usage:   "eval-read [--errors FILE] [--half 0|1] DIR",
		summary: "score the article reader on every X.txt or X.wiki in DIR that has an X.expected.json beside it",
		run:     runEvalRead,
	})
}

func runEvalRead(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := commands["eval-read"]
	fs := newFlags(c, stderr)
	errs := fs.String("errors", "", "write every miss (field, event, extra event, verdict) to this file")
	half := fs.Int("half", -1, "score only the articles of this half (0 or 1, split by file-name hash as eval-timex does)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *half < -1 || *half > 1 {
		return fmt.Errorf("%w: --half must be 0 or 1", errUsage)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one directory", errUsage)
	}
	var keep func(string) bool
	if *half >= 0 {
		keep = func(name string) bool { return timeml.Half(name) == *half }
	}
	arts, err := readeval.Dir(narrative.Default(), fs.Arg(0), keep)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("no article with an expected file in %s", fs.Arg(0))
	}
	var total readeval.Result
	fmt.Fprintf(stdout, "%-40s %4s %10s %10s %8s %6s\n", "article", "half", "conflict", "events", "verdicts", "extra")
	for _, a := range arts {
		fmt.Fprintf(stdout, "%-40s %4d %10s %10s %8s %6d\n", a.Name, timeml.Half(a.Name), frac(a.Conflict), frac(a.Events), frac(a.Verdicts), a.Extra)
		total.Conflict.Add(a.Conflict)
		total.Events.Add(a.Events)
		total.Verdicts.Add(a.Verdicts)
		total.Extra += a.Extra
	}
	fmt.Fprintf(stdout, "%-40s %4s %10s %10s %8s %6d\n", fmt.Sprintf("total (%d articles)", len(arts)), "", frac(total.Conflict), frac(total.Events), frac(total.Verdicts), total.Extra)
	fmt.Fprintf(stdout, "conflict %s  events %s  verdicts %s\n", percent(total.Conflict), percent(total.Events), percent(total.Verdicts))
	if *errs == "" {
		return nil
	}
	f, err := os.Create(*errs)
	if err != nil {
		return err
	}
	for _, a := range arts {
		for _, part := range []struct {
			kind string
			t    readeval.Tally
		}{{"conflict", a.Conflict}, {"events", a.Events}, {"verdicts", a.Verdicts}} {
			for _, m := range part.t.Misses {
				fmt.Fprintf(f, "%s\t%s\t%s\n", a.Name, part.kind, m)
			}
		}
	}
	return f.Close()
}

// percent prints a tally's share of hits, or "–" when nothing was checked
// (news gold has no conflict record, so it is not 0 %).
func percent(t readeval.Tally) string {
	if t.Total == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*t.Ratio())
}

// frac prints a tally as hits/checks.
func frac(t readeval.Tally) string { return fmt.Sprintf("%d/%d", t.Hit, t.Total) }
