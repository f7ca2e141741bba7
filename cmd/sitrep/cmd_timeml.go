package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sitrep-project/sitrep/internal/timeml"
	"github.com/sitrep-project/sitrep/internal/timex"
)

func init() {
	register(&command{
		name:    "timeml",
		usage:   "timeml IN_DIR OUT_DIR",
		summary: "tag TempEval-3 TimeML files (.tml, .tml.TE3input) with TIMEX3 temporal expressions; a file that is not TimeML is kept unchanged (copied, or left in place when OUT_DIR is IN_DIR)",
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
	res, err := timeml.TagDir(ctx, fs.Arg(0), fs.Arg(1), timeml.Timex(timex.News))
	if err != nil {
		return err
	}
	for _, e := range res.Copied {
		fmt.Fprintf(stderr, "timeml: kept unchanged: %v\n", e)
	}
	// An entry that is not a file is listed and the rest tagged, as
	// geoparse --dir does with a file it cannot read; the command still
	// fails, since its output lacks that entry, unless the output is the
	// input folder, where the entry stays as it was.
	for _, e := range res.Skipped {
		fmt.Fprintf(stderr, "timeml: %v\n", e)
	}
	fmt.Fprintf(stdout, "tagged %d files into %s", res.Tagged, fs.Arg(1))
	if len(res.Copied) > 0 {
		fmt.Fprintf(stdout, " (%d kept unchanged)", len(res.Copied))
	}
	inPlace := len(res.Skipped) > 0 && sameDir(fs.Arg(0), fs.Arg(1))
	if inPlace {
		fmt.Fprintf(stdout, " (%d skipped, not files, left in place)", len(res.Skipped))
	}
	fmt.Fprintln(stdout)
	if len(res.Skipped) > 0 && !inPlace {
		return fmt.Errorf("%s: %d skipped, not files (listed above); the others were written", fs.Arg(0), len(res.Skipped))
	}
	return nil
}

// sameDir says whether two paths name one folder (the same path, or a
// link to it).
func sameDir(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	ai, aerr := os.Stat(a)
	bi, berr := os.Stat(b)
	return aerr == nil && berr == nil && os.SameFile(ai, bi)
}
