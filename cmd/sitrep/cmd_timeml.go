package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

func init() {
	register(&command{
		name:    "timeml",
		usage:   "timeml IN_DIR OUT_DIR",
		summary: "tag TempEval-3 TimeML files (.tml, .tml.TE3input) with TIMEX3 temporal expressions; a file that is not TimeML is copied unchanged",
		run:     runTimeML,
	})
}

func runTimeML(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := commands["timeml"]
	fs := newFlags(c, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return fmt.Errorf("%w: want IN_DIR OUT_DIR", errUsage)
	}
	res, err := timeml.TagDir(ctx, fs.Arg(0), fs.Arg(1), timexTagger(timex.News))
	if err != nil {
		return err
	}
	for _, e := range res.Copied {
		fmt.Fprintf(stderr, "timeml: copied unchanged: %v\n", e)
	}
	fmt.Fprintf(stdout, "tagged %d files into %s", res.Tagged, fs.Arg(1))
	if len(res.Copied) > 0 {
		fmt.Fprintf(stdout, " (%d copied unchanged)", len(res.Copied))
	}
	fmt.Fprintln(stdout)
	return nil
}

// timexTagger adapts timex.Parse to timeml: span ends become their own
// TIMEX3, the way TimeML annotates "from 1990 to 1992".
func timexTagger(mode timex.Mode) timeml.Tagger {
	return func(text string, dct time.Time) []timeml.Tag {
		var out []timeml.Tag
		for _, t := range timex.Parse(text, timex.Options{DCT: dct, Mode: mode}) {
			parts := t.Parts
			if len(parts) == 0 {
				parts = []timex.Timex{t}
			}
			for _, p := range parts {
				out = append(out, timeml.Tag{Start: p.Start, End: p.End, Type: string(p.Type), Value: p.Value, Mod: p.Mod})
			}
		}
		return out
	}
}
