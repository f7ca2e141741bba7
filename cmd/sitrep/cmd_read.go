package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/narrative"
)

func init() {
	c := &command{name: "read", usage: "read [--format json|table] [--dct DAY] [--db PATH|URL] FILE",
		summary: "read a narrative (article, wikitext or plain text) and print its conflict record, events and checks"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		format := fs.String("format", "json", "output: json or table")
		dct := dctFlag(fs)
		db := fs.String("db", "", "store holding an imported gazetteer that places the names (default: the embedded one)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: want one FILE", errUsage)
		}
		if *format != "json" && *format != "table" {
			// Told before the read, which can take seconds.
			return fmt.Errorf("%w: unknown --format %q: want json or table", errUsage, *format)
		}
		when, err := parseDCT(*dct)
		if err != nil {
			return err
		}
		var extractor func() (*narrative.Extractor, error) // nil: the default one
		if *db != "" {
			extractor = func() (*narrative.Extractor, error) {
				g, err := loadGazetteer(ctx, *db)
				if err != nil {
					return nil, err
				}
				return narrative.New(g), nil
			}
		}
		r, err := readFileAt(extractor, fs.Arg(0), when)
		if err != nil {
			return err
		}
		warn(stderr, fs.Arg(0), r)
		if *format == "table" {
			return printReading(stdout, r)
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	register(c)
}

// warn prints what could not be read out of path.
func warn(stderr io.Writer, path string, r *narrative.Reading) {
	for _, w := range r.Warnings {
		fmt.Fprintf(stderr, "sitrep: %s: %s\n", path, w)
	}
}

// dctFlag adds --dct, the day news was written.
func dctFlag(fs *flag.FlagSet) *string {
	return fs.String("dct", "", "document creation date of news text (YYYY-MM-DD): relative dates (\"on Tuesday\", \"yesterday\") resolve against it (default: a day the title of plain text gives)")
}

// parseDCT reads --dct's value; empty is the zero time.
func parseDCT(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("%w: --dct %q: want YYYY-MM-DD", errUsage, s)
	}
	return t, nil
}

// readFile reads and extracts one narrative file, refusing files over the
// reader's size limit before loading them.
func readFile(path string) (*narrative.Reading, error) { return readFileAt(nil, path, time.Time{}) }

// readFileAt reads news written at dct (zero for narratives) with the
// extractor that extractor returns (nil: the default one), asked for only
// once the file is known to be within the size limit.
func readFileAt(extractor func() (*narrative.Extractor, error), path string, dct time.Time) (*narrative.Reading, error) {
	return readFileNamed(extractor, path, "", dct)
}

// articleBytes reads an article's file, refusing one that is too large,
// empty, not text (not UTF-8, control bytes) or refused by the parser
// before the extraction engines load (seconds, for an empty upload).
func articleBytes(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, article.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > article.MaxSize {
		return nil, fmt.Errorf("%s: document too large: over the limit of %d MiB", path, article.MaxSize>>20)
	}
	// The parser's checks (emptiness once a byte-order mark is dropped,
	// text, a title where the format wants one), made here so that ingest
	// can refuse an article before it creates the store, and so that the
	// refusal names the path given, not a stream's document id.
	if _, err := article.Parse(path, data); err != nil {
		return nil, err
	}
	return data, nil
}

// readFileNamed is readFileAt with a name for the document (ingest's
// --dataset; "" keeps the file's stem, or a stream's hash): an edited
// article piped again under that name is the next version of the same
// document, as a file's edit is.
func readFileNamed(extractor func() (*narrative.Extractor, error), path, name string, dct time.Time) (*narrative.Reading, error) {
	data, err := articleBytes(path)
	if err != nil {
		return nil, err
	}
	return readData(extractor, path, name, data, dct)
}

// readData is readFileNamed for bytes already read (and checked by
// articleBytes): ingest reads a stream's article before it makes the
// store, and a stream cannot be read twice.
func readData(extractor func() (*narrative.Extractor, error), path, name string, data []byte, dct time.Time) (*narrative.Reading, error) {
	var x *narrative.Extractor
	var err error
	if extractor == nil {
		x = narrative.Default()
	} else if x, err = extractor(); err != nil {
		return nil, err
	}
	if !dct.IsZero() {
		x = x.WithDCT(dct)
	}
	id := docID(path, data)
	if name != "" {
		id = name
	}
	if !streamPath(path) {
		return x.ReadAs(path, id, data)
	}
	// A stream's path says nothing of its article: an article with no
	// title of its own is titled by its id, not "/dev/stdin".
	return x.ReadAs(id, id, data)
}

// docID names a document by its file's stem, or by its content when the
// file is a stream's (/dev/stdin, /dev/fd/N, as <(…) gives): every article
// piped in was "stdin", each a new version of the one before, so that
// only the last stayed in the current view. By content, different
// articles stay apart and the same one piped twice is the same document.
func docID(path string, data []byte) string {
	if !streamPath(path) {
		return narrative.DocID(path)
	}
	sum := sha256.Sum256(data)
	return "piped-" + hex.EncodeToString(sum[:])[:12]
}

// streamPath says whether path names an open stream rather than a file.
func streamPath(path string) bool {
	p := filepath.Clean(path)
	return p == "/dev/stdin" || strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/self/fd/")
}

func printReading(w io.Writer, r *narrative.Reading) error {
	if d := r.Conflict.Date.String(); d != "" {
		fmt.Fprintf(w, "%s  (%s)\n", r.Conflict.Name, d)
	} else {
		fmt.Fprintln(w, r.Conflict.Name)
	}
	for _, s := range r.Conflict.Sides {
		fmt.Fprintf(w, "side %d: %s\n", s.Number, strings.Join(s.Parties, "; "))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPREC\tPLACE\tTYPE\tCASUALTIES\tSUMMARY")
	for _, e := range r.Events {
		var cas []string
		for _, c := range e.Casualties {
			s := c.Who + ":"
			if c.Killed != nil {
				s += " " + c.Killed.String() + " killed"
			}
			if c.Wounded != nil {
				s += " " + c.Wounded.String() + " wounded"
			}
			if c.Captured != nil {
				s += " " + c.Captured.String() + " captured"
			}
			cas = append(cas, s)
		}
		sum := e.Summary
		if len(sum) > 70 {
			sum = sum[:70] + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Date.String(), e.Date.Precision, e.Place.Name, e.Type, strings.Join(cas, "; "), sum)
	}
	tw.Flush()
	fmt.Fprintln(w)
	return printVerdicts(w, r)
}

func printVerdicts(w io.Writer, r *narrative.Reading) error {
	for _, v := range r.Reconciliation {
		fmt.Fprintf(w, "%-12s %s\n             evidence: %s\n             verdict: %s\n", v.Status, v.Claim, orNone(v.Evidence), v.Text)
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
