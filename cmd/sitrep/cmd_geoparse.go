package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/internal/article"
	"github.com/sitrep-project/sitrep/internal/geoparse"
)

func init() {
	c := &command{name: "geoparse",
		usage:   "geoparse [--db PATH|URL] [--json] FILE.txt | --json --dir IN OUT",
		summary: "find and resolve the place names of English text, offline"}
	c.run = func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		db := fs.String("db", "", "store holding an imported gazetteer (default: the embedded one)")
		asJSON := fs.Bool("json", false, `print {"toponyms":[{"start","end","name","lat","lon","geonameid"}]} with code-point offsets`)
		dir := fs.Bool("dir", false, "parse every *.txt in folder IN, writing OUT/<name>.json (needs --json)")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if *dir && (!*asJSON || fs.NArg() != 2) {
			return fmt.Errorf("%w: --dir wants --json IN OUT", errUsage)
		}
		if !*dir && fs.NArg() != 1 {
			return fmt.Errorf("%w: want one FILE.txt (or --json --dir IN OUT)", errUsage)
		}
		g, err := loadGazetteer(ctx, *db)
		if err != nil {
			return err
		}
		p := geoparse.New(g)
		if *dir {
			return geoparseDir(ctx, p, fs.Arg(0), fs.Arg(1), stdout, stderr)
		}
		b, err := readText(fs.Arg(0))
		if err != nil {
			return err
		}
		text := string(b)
		tops := p.Parse(text)
		if *asJSON {
			return geoparse.WriteJSON(stdout, text, tops)
		}
		w := bufio.NewWriter(stdout)
		for _, t := range tops {
			name := t.Name
			if t.Modifier != "" {
				name = t.Modifier + " " + name
			}
			fmt.Fprintf(w, "%d-%d\t%s\t→ %s (%s %s, %s)\t%.4f,%.4f\t%s\t%.2f\n", t.Start, t.End, name, t.Place.Name,
				t.Place.FeatureCode, joinNonEmpty(t.Place.Admin1Name, t.Place.Country3), placeID(t.Place.ID), t.Place.Lat, t.Place.Lon, t.Precision, t.Score)
		}
		return w.Flush()
	}
	register(c)
}

func placeID(id int) string {
	if id <= 0 {
		return "no geonameid"
	}
	return fmt.Sprintf("geonameid %d", id)
}

// geoparseDir parses every *.txt in the folder in. An input it cannot
// read is listed on stderr and the rest are parsed, as a batch tool
// should: one unreadable file had left the files after it unparsed; the
// command still fails at the end, naming how many. An output it cannot
// write stops it: the next would fail alike.
func geoparseDir(ctx context.Context, p *geoparse.Parser, in, out string, stdout, stderr io.Writer) error {
	files, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no *.txt files", in)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	n, failed := 0, 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := readText(f)
		if err != nil {
			// readText's errors begin with the file's name: said once.
			why := strings.TrimLeft(strings.TrimPrefix(err.Error(), f), ": ")
			fmt.Fprintf(stderr, "%s: not parsed: %s\n", f, why)
			failed++
			continue
		}
		text := string(b)
		tops := p.Parse(text)
		dst := filepath.Join(out, strings.TrimSuffix(filepath.Base(f), ".txt")+".json")
		w, err := os.Create(dst)
		if err != nil {
			return err
		}
		if err := geoparse.WriteJSON(w, text, tops); err != nil {
			w.Close()
			return fmt.Errorf("%s: %w", dst, err)
		}
		if err := w.Close(); err != nil {
			return err
		}
		n += len(tops)
	}
	fmt.Fprintf(stdout, "%d files, %d toponyms, written to %s\n", len(files)-failed, n, out)
	if failed > 0 {
		return fmt.Errorf("%s: %d of %d files could not be read (listed above); the others were written", in, failed, len(files))
	}
	return nil
}

// readText reads a text for geoparse or dates within read's size limit
// and only if it is text as read takes it (UTF-8, no control bytes): a
// UTF-16 file had found no place and exited 0, and a file of any size was
// read whole. Its errors name the file.
func readText(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unpath(err))
	}
	defer f.Close()
	return readTextFrom(f, path)
}

// readTextFrom is readText for an open input (dates' standard input),
// named path in its errors.
func readTextFrom(f io.Reader, path string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(f, article.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unpath(err))
	}
	if len(b) > article.MaxSize {
		return nil, fmt.Errorf("%s: too large: over the limit of %d MiB", path, article.MaxSize>>20)
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return nil, fmt.Errorf("%s: not UTF-8 text (invalid byte at %d): save it as UTF-8", path, i)
	}
	// UTF-16 without a byte-order mark is valid UTF-8 (a NUL after each
	// ASCII letter) and found no place.
	if err := article.CheckText(path, b); err != nil {
		return nil, err
	}
	return article.BlankBreaks(b), nil
}

// unpath drops the operation and path of a file error, which its caller
// names itself ("x.txt: is a directory", not "x.txt: read x.txt: …").
func unpath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
