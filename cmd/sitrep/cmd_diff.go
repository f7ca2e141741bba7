package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep-project/sitrep/internal/snapshot"
	"github.com/sitrep-project/sitrep/internal/store"
)

func init() {
	c := &command{name: "diff", usage: "diff [--db PATH|URL] [--json] [--summary] SOURCE V1 V2",
		summary: "list the events added, changed (field by field) and deleted between two versions of a source"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", store.DefaultPath, "store: a DuckDB file or a postgres:// URL")
		asJSON := fs.Bool("json", false, "print one JSON object per change, then the summary")
		summaryOnly := fs.Bool("summary", false, "print only the counts")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 3 {
			return fmt.Errorf("%w: want SOURCE V1 V2 (a version id, a release such as \"GED 23.1\", \"current\" or a hash prefix)", errUsage)
		}
		st, err := openExisting(ctx, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		source := fs.Arg(0)
		vs, err := st.Versions(ctx, source)
		if err != nil {
			return err
		}
		if len(vs) == 0 {
			return fmt.Errorf("no versions of source %q in %s", source, st.Name())
		}
		from, err := snapshot.Resolve(vs, fs.Arg(1))
		if err != nil {
			return fmt.Errorf("%s V1: %w", source, err)
		}
		to, err := snapshot.Resolve(vs, fs.Arg(2))
		if err != nil {
			return fmt.Errorf("%s V2: %w", source, err)
		}
		bw := bufio.NewWriter(stdout)
		defer bw.Flush()
		enc := json.NewEncoder(bw)
		sum, err := snapshot.Diff(ctx, st, from.ID, to.ID, func(ch snapshot.Change) error {
			switch {
			case *summaryOnly:
				return nil
			case *asJSON:
				return enc.Encode(ch)
			}
			return writeChange(bw, ch)
		})
		if err != nil {
			return err
		}
		if *asJSON {
			return enc.Encode(struct {
				Summary snapshot.Summary `json:"summary"`
			}{sum})
		}
		fmt.Fprintf(bw, "%s: version %d (%s) → version %d (%s): %d added, %d changed, %d deleted, %d unchanged\n",
			source, sum.From.ID, label(sum.From), sum.To.ID, label(sum.To), sum.Added, sum.Changed, sum.Deleted, sum.Unchanged)
		return nil
	}
	register(c)
}

func label(v store.Version) string {
	if v.Release != "" {
		return v.Release
	}
	return v.FileName
}

// writeChange prints "+ id", "- id" or "~ id" with the changed fields
// indented below it.
func writeChange(w io.Writer, ch snapshot.Change) error {
	var err error
	switch ch.Kind {
	case snapshot.Added:
		_, err = fmt.Fprintf(w, "+ %s\t%s\t%s\t%s\n", ch.ID, ch.New.Date, ch.New.Type, ch.New.Place.Name)
	case snapshot.Deleted:
		_, err = fmt.Fprintf(w, "- %s\t%s\t%s\t%s\n", ch.ID, ch.Old.Date, ch.Old.Type, ch.Old.Place.Name)
	case snapshot.Changed:
		if _, err = fmt.Fprintf(w, "~ %s\n", ch.ID); err != nil {
			return err
		}
		for _, f := range ch.Fields {
			if _, err = fmt.Fprintf(w, "    %s: %q → %q\n", f.Field, f.Old, f.New); err != nil {
				return err
			}
		}
	}
	return err
}
