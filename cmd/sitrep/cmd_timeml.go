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
		summary: "tag TempEval-3 .tml files with TIMEX3 temporal expressions",
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
	n, err := timeml.TagDir(ctx, fs.Arg(0), fs.Arg(1), timexTagger(timex.News))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tagged %d files into %s\n", n, fs.Arg(1))
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
