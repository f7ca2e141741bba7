package timeml

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Tagger finds temporal expressions in a document's text, given its DCT
// (zero when the document has none).
type Tagger func(text string, dct time.Time) []Tag

// files lists the .tml files under dir, sorted.
func files(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".tml") {
			out = append(out, path)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func readFile(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Read(bytes.NewReader(b), path)
}

// TagDir reads every .tml file under in, inserts the tagger's TIMEX3 tags
// and writes it under out with the same relative path. It returns the
// number of files written.
func TagDir(ctx context.Context, in, out string, tag Tagger) (int, error) {
	paths, err := files(in)
	if err != nil {
		return 0, fmt.Errorf("list %s: %w", in, err)
	}
	n := 0
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		d, err := readFile(path)
		if err != nil {
			return n, err
		}
		b, _ := d.Annotate(tag(d.Text, d.DCT))
		rel, err := filepath.Rel(in, path)
		if err != nil {
			return n, err
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return n, fmt.Errorf("write %s: %w", dst, err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return n, fmt.Errorf("write %s: %w", dst, err)
		}
		n++
	}
	return n, nil
}

// DocResult is one document's matched and unmatched spans.
type DocResult struct {
	Name   string
	Text   string
	Pairs  []Pair
	Counts Counts // this document's share of the totals
}

// Half puts a document in one of two fixed halves (0 or 1) by a hash of
// its file name, so that rules can be developed on one half and checked on
// the other; the split does not depend on the directory or file order.
func Half(name string) int {
	h := fnv.New32a()
	h.Write([]byte(filepath.Base(name)))
	return int(h.Sum32() & 1)
}

// Merge adds another tally to c.
func (c *Counts) Merge(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.ValueOK += o.ValueOK
	c.TypeOK += o.TypeOK
}

// Evaluate tags the text of every annotated .tml file under the dirs and
// scores the result against the TIMEX3 already there.
func Evaluate(ctx context.Context, tag Tagger, dirs ...string) (Counts, []DocResult, error) {
	var c Counts
	var paths []string
	for _, dir := range dirs {
		p, err := files(dir)
		if err != nil {
			return c, nil, fmt.Errorf("list %s: %w", dir, err)
		}
		if len(p) == 0 {
			return c, nil, fmt.Errorf("%s: no .tml files", dir)
		}
		paths = append(paths, p...)
	}
	var res []DocResult
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return c, res, err
		}
		d, err := readFile(path)
		if err != nil {
			return c, res, err
		}
		var sys []Span
		for _, t := range tag(d.Text, d.DCT) {
			if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
				continue
			}
			sys = append(sys, Span{Start: t.Start, End: t.End, Text: d.Text[t.Start:t.End], Type: t.Type, Value: t.Value, Mod: t.Mod})
		}
		var dc Counts
		pairs := dc.Add(d.Gold, sys)
		c.Merge(dc)
		res = append(res, DocResult{Name: path, Text: d.Text, Pairs: pairs, Counts: dc})
	}
	return c, res, nil
}
