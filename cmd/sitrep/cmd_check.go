package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
)

func init() {
	c := &command{name: "check", usage: "check [--json] FILE",
		summary: "check an article's infobox casualty claims against the events its own narrative reports"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		asJSON := fs.Bool("json", false, "print the verdicts as JSON")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: want one FILE", errUsage)
		}
		r, err := readFile(fs.Arg(0))
		if err != nil {
			return err
		}
		warn(stderr, fs.Arg(0), r)
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(r.Reconciliation)
		}
		return printVerdicts(stdout, r)
	}
	register(c)
}
