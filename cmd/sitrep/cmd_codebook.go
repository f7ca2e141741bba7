package main

import (
	"context"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/internal/codebook"
)

func init() {
	c := &command{name: "codebook", usage: "codebook [LIST]",
		summary: "print the built-in code lists (ACLED, UCDP, CAMEO, countries); LIST selects by name prefix, e.g. acled, ucdp.date_prec"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 1 {
			return fmt.Errorf("%w: want at most one LIST", errUsage)
		}
		if err := codebook.Print(stdout, fs.Arg(0)); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return nil
	}
	register(c)
}
